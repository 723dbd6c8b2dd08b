/**
 * Sorting by precomputed order. A Japanese collation compare is slow (Intl.Collator), and a
 * table sort calls it n·log n times; ordering every program once per column and language turns
 * each later sort into one pass over that order. Orders are computed on first use, or ahead of
 * time when the browser is idle, and kept per dataset.
 */
import type { Dataset } from '../domain/dataset';
import type { Lang, SortColumn, SortState } from '../url/view-state';
import { allProgramRows, type ProgramRow } from './program-rows';
import type { SortReply, SortRequest } from './sort-worker';
import { compareText, orderByText } from './text-order';

const TEXT_FIELD = {
  name: 'name',
  department: 'departments',
  section: 'sections',
  summary: 'summary',
} as const;

type TextColumn = keyof typeof TEXT_FIELD;

/** Ascending comparator of a column; ties fall back to source order, so ranks are unique. */
export function compareRows(column: SortColumn): (a: ProgramRow, b: ProgramRow) => number {
  if (column === 'id') return (a, b) => a.order - b.order;
  if (column === 'category')
    return (a, b) => a.categoryIndex - b.categoryIndex || a.order - b.order;
  const field = TEXT_FIELD[column];
  return (a, b) => compareText(a[field], b[field]) || a.order - b.order;
}

const cache = new WeakMap<Dataset, Map<string, Int32Array>>();

const orderKey = (lang: Lang, column: SortColumn) => `${lang}:${column}`;

function cacheFor(dataset: Dataset): Map<string, Int32Array> {
  let byKey = cache.get(dataset);
  if (!byKey) {
    byKey = new Map();
    cache.set(dataset, byKey);
  }
  return byKey;
}

/** A text column's texts and tie-breaks, in dataset order: what orderByText needs. */
function textColumn(dataset: Dataset, lang: Lang, column: TextColumn) {
  const rows = allProgramRows(dataset, lang);
  const field = TEXT_FIELD[column];
  return {
    texts: rows.map((row) => row[field]),
    tieBreak: Float64Array.from(rows, (row) => row.order),
  };
}

/** Positions (in dataset.programs) of every program, in ascending order of the column. */
export function sortOrder(dataset: Dataset, lang: Lang, column: SortColumn): Int32Array {
  const byKey = cacheFor(dataset);
  const key = orderKey(lang, column);
  const cached = byKey.get(key);
  if (cached) return cached;
  let order: Int32Array;
  if (column === 'id' || column === 'category') {
    const sorted = [...allProgramRows(dataset, lang)].sort(compareRows(column));
    order = Int32Array.from(sorted, (row) => row.position);
  } else {
    const { texts, tieBreak } = textColumn(dataset, lang, column);
    order = orderByText(texts, tieBreak);
  }
  byKey.set(key, order);
  return order;
}

let worker: Worker | null = null;
let nextRequest = 0;

/**
 * Orders a text column in a worker ahead of time, so the first sort by it is a lookup. Where
 * there are no workers (or one fails), the first sort computes the order itself, as before.
 */
export function prepareSortOrder(dataset: Dataset, lang: Lang, column: TextColumn): void {
  const byKey = cacheFor(dataset);
  const key = orderKey(lang, column);
  if (byKey.has(key) || typeof Worker === 'undefined') return;
  try {
    worker ??= new Worker(new URL('./sort-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return;
  }
  const id = nextRequest++;
  const { texts, tieBreak } = textColumn(dataset, lang, column);
  const active = worker;
  const onReply = (event: MessageEvent<SortReply>) => {
    if (event.data.id !== id) return;
    active.removeEventListener('message', onReply);
    if (!byKey.has(key) && event.data.order.length === texts.length)
      byKey.set(key, event.data.order);
  };
  active.addEventListener('message', onReply);
  const request: SortRequest = { id, texts, tieBreak };
  active.postMessage(request, [tieBreak.buffer]);
}

/**
 * The rows in the view's order: source order when unsorted. No comparison sort at all: the
 * column's order over the whole dataset is computed once, and any subset is read off it by
 * position, in time linear in the dataset.
 */
export function sortProgramRows(
  rows: readonly ProgramRow[],
  sort: SortState | null,
  dataset: Dataset,
  lang: Lang,
): readonly ProgramRow[] {
  if (!sort) return rows;
  const order = sortOrder(dataset, lang, sort.column);
  // Every row is one of the dataset's own (allProgramRows), so its position is in range.
  const byPosition: (ProgramRow | undefined)[] = new Array(order.length);
  for (const row of rows) byPosition[row.position] = row;
  const sorted: ProgramRow[] = [];
  if (sort.desc) {
    for (let i = order.length - 1; i >= 0; i--) {
      const row = byPosition[order[i] ?? -1];
      if (row) sorted.push(row);
    }
  } else {
    for (const position of order) {
      const row = byPosition[position];
      if (row) sorted.push(row);
    }
  }
  return sorted;
}
