/**
 * Fits a parsed view to the data, and lists what of the link was left out, so an old or
 * hand-edited link degrades to the nearest valid view with a notice instead of breaking.
 */
import { SINGLE_VALUE_KEYS, type ViewState } from '../url/view-state';
import type { Dataset } from './dataset';

export interface IgnoredPart {
  readonly key: string;
  readonly value: string;
  /** Kept in a corrected form rather than left out: the search text, cut short or cleaned. */
  readonly corrected?: true;
}

export function reconcileViewState(
  view: ViewState,
  dataset: Dataset,
  datasetIds: readonly string[],
): ViewState {
  const known = (ids: readonly string[], map: ReadonlyMap<string, unknown>) =>
    ids.filter((id) => map.has(id));
  // The first dataset is the default and is written as no `ds` at all.
  const ds =
    view.ds !== null && datasetIds.includes(view.ds) && view.ds !== datasetIds[0] ? view.ds : null;
  return {
    ...view,
    ds,
    cat: known(view.cat, dataset.categoryById),
    dept: known(view.dept, dataset.departmentById),
    sec: known(view.sec, dataset.sectionById),
    sel: view.sel !== null && dataset.programById.has(view.sel) ? view.sel : null,
  };
}

const MAX_REPORTED_LENGTH = 40;

/**
 * Compares the raw query string with the view that was kept and names each part that was
 * dropped (unknown ids, an unknown sort column, a bad language) or corrected (a search text
 * cut to its maximum length or cleaned of control characters and broken escapes).
 * Unknown keys are not reported: they are allowed (other tools add them, e.g. utm_*).
 */
export function listIgnoredParts(
  search: string,
  view: ViewState,
  datasetIds: readonly string[],
): IgnoredPart[] {
  const params = new URLSearchParams(search);
  const ignored: IgnoredPart[] = [];
  const report = (key: string, raw: string, corrected?: true) => {
    // Control characters shown as their escapes (`%00`): as text they would be invisible.
    const value = raw.replace(/\p{Cc}/gu, (c) => encodeURIComponent(c));
    ignored.push({
      key,
      value: value.length > MAX_REPORTED_LENGTH ? `${value.slice(0, MAX_REPORTED_LENGTH)}…` : value,
      ...(corrected && { corrected }),
    });
  };
  const lists = { cat: view.cat, dept: view.dept, sec: view.sec } as const;
  for (const key of ['cat', 'dept', 'sec'] as const) {
    const kept = new Set(lists[key]);
    for (const raw of params.getAll(key))
      for (const part of raw.split(',')) if (part !== '' && !kept.has(part)) report(key, part);
  }
  // Of a repeated key other than the id lists, the first is used; the rest are named, unless
  // empty or the same as the first.
  for (const key of SINGLE_VALUE_KEYS) {
    const [first, ...rest] = params.getAll(key);
    for (const raw of new Set(rest)) if (raw !== '' && raw !== first) report(key, raw);
  }
  const ds = params.get('ds');
  if (ds !== null && ds !== '' && !datasetIds.includes(ds)) report('ds', ds);
  const sel = params.get('sel');
  if (sel !== null && sel !== '' && view.sel !== sel) report('sel', sel);
  const sort = params.get('sort');
  if (sort !== null && sort !== '' && view.sort === null) report('sort', sort);
  const enumKeys = [
    ['view', view.mode, 'default'],
    ['chart', view.chart, null],
    ['scheme', view.scheme, null],
  ] as const;
  for (const [key, kept] of enumKeys) {
    const raw = params.get(key);
    if (raw !== null && raw !== '' && raw !== kept) report(key, raw);
  }
  const decal = params.get('decal');
  if (decal !== null && decal !== '1' && decal !== '') report('decal', decal);
  const lang = params.get('lang');
  if (lang !== null && lang !== view.lang) report('lang', lang);
  const q = params.get('q');
  // Corrected when some of it is still searched for, and shown as it is used; ignored when
  // nothing of it is left, and shown as it was written.
  if (q !== null && q.trim() !== view.q) {
    if (view.q === '') report('q', q);
    else report('q', view.q, true);
  }
  return ignored;
}
