/**
 * The view state and its URL codec: the one public API of shared links (documented in the
 * README; keep it stable). Parsing never throws: any string gives a valid ViewState, and
 * anything that does not fit is dropped here (shape) or in reconcile (ids unknown to the data).
 */
import * as z from 'zod/mini';

export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const SORTABLE_COLUMNS = [
  'id',
  'name',
  'department',
  'section',
  'category',
  'summary',
] as const;
export type SortColumn = (typeof SORTABLE_COLUMNS)[number];

export const MODES = ['default', 'present', 'embed'] as const;
export type Mode = (typeof MODES)[number];
export const CHARTS = ['budget', 'portfolio', 'departments', 'table'] as const;
export type ChartId = (typeof CHARTS)[number];
export const SCHEMES = ['light', 'dark', 'contrast'] as const;
export type Scheme = (typeof SCHEMES)[number];

export interface SortState {
  readonly column: SortColumn;
  readonly desc: boolean;
}

export interface ViewState {
  /** Dataset id; null means the first dataset in datasets.json. */
  readonly ds: string | null;
  readonly cat: readonly string[];
  readonly dept: readonly string[];
  readonly sec: readonly string[];
  readonly q: string;
  readonly sort: SortState | null;
  readonly sel: string | null;
  readonly lang: Lang;
  /** `view`: presenter mode or a single-chart embed. */
  readonly mode: Mode;
  /** `chart`: which chart an embed shows (and which chart a presentation focuses). */
  readonly chart: ChartId | null;
  /** `scheme`: colour scheme; null follows the device. */
  readonly scheme: Scheme | null;
  /** `decal=1`: echarts' decal patterns on chart areas, for colour-blind audiences. */
  readonly decal: boolean;
}

export const DEFAULT_VIEW: ViewState = {
  ds: null,
  cat: [],
  dept: [],
  sec: [],
  q: '',
  sort: null,
  sel: null,
  lang: 'ja',
  mode: 'default',
  chart: null,
  scheme: null,
  decal: false,
};

/** Longest search text kept from a link: long enough for any real query, short enough for Outlook. */
export const MAX_QUERY_LENGTH = 200;
const MAX_IDS = 200;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const idSchema = z.string().check(z.regex(ID), z.maxLength(64));
const idListSchema = z.catch(
  z.pipe(
    z.string(),
    z.transform((raw: string) =>
      canonicalIds(raw.split(',').filter((part) => idSchema.safeParse(part).success)),
    ),
  ),
  [],
);
const optionalIdSchema = z.catch(z.nullable(idSchema), null);
const querySchema = z.catch(
  z.pipe(
    z.string(),
    z.transform((raw: string) =>
      // U+FFFD is what a broken percent-escape decodes to (a link cut off mid-character):
      // searching for it would match nothing. Cut on whole characters (never half an emoji),
      // then trim what the cut exposed.
      Array.from(raw.replace(/[\p{Cc}\uFFFD]/gu, ' ').trim())
        .slice(0, MAX_QUERY_LENGTH)
        .join('')
        .trim(),
    ),
  ),
  '',
);
const sortSchema = z.catch(
  z.nullable(
    z.pipe(
      z.string(),
      z.transform((raw: string): SortState | null => {
        const desc = raw.startsWith('-');
        const column = SORTABLE_COLUMNS.find((c) => c === (desc ? raw.slice(1) : raw));
        return column ? { column, desc } : null;
      }),
    ),
  ),
  null,
);
const langSchema = z.catch(z.enum(LANGS), 'ja');
const modeSchema = z.catch(z.enum(MODES), 'default');
const chartSchema = z.catch(z.nullable(z.enum(CHARTS)), null);
const schemeSchema = z.catch(z.nullable(z.enum(SCHEMES)), null);

/** Id lists are deduplicated and sorted, so one view has exactly one URL. */
export function canonicalIds(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort().slice(0, MAX_IDS);
}

/** The link's keys that hold one value; cat, dept and sec hold lists (see parseViewState). */
export const SINGLE_VALUE_KEYS = [
  'ds',
  'q',
  'sort',
  'sel',
  'lang',
  'view',
  'chart',
  'scheme',
  'decal',
] as const;

/**
 * Parses `location.search` (with or without `?`). Unknown keys are ignored. A repeated id list
 * (`cat=a&cat=b`) is one list, as `cat=a,b`; of any other repeated key the first wins (the link
 * notice names the rest, see listIgnoredParts).
 */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(key);
  const list = (key: string) => {
    const all = params.getAll(key);
    return all.length === 0 ? [] : idListSchema.parse(all.join(','));
  };
  return {
    ds: optionalIdSchema.parse(get('ds')),
    cat: list('cat'),
    dept: list('dept'),
    sec: list('sec'),
    q: get('q') === null ? '' : querySchema.parse(get('q')),
    sort: sortSchema.parse(get('sort')),
    sel: optionalIdSchema.parse(get('sel')),
    lang: get('lang') === null ? 'ja' : langSchema.parse(get('lang')),
    mode: get('view') === null ? 'default' : modeSchema.parse(get('view')),
    chart: chartSchema.parse(get('chart')),
    scheme: schemeSchema.parse(get('scheme')),
    decal: get('decal') === '1',
  };
}

/** Writes the state as a query string (with `?`, or empty). Defaults are left out; key order is fixed. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.ds) params.set('ds', state.ds);
  if (state.cat.length) params.set('cat', canonicalIds(state.cat).join(','));
  if (state.dept.length) params.set('dept', canonicalIds(state.dept).join(','));
  if (state.sec.length) params.set('sec', canonicalIds(state.sec).join(','));
  const q = state.q.trim();
  if (q) params.set('q', q);
  if (state.sort) params.set('sort', `${state.sort.desc ? '-' : ''}${state.sort.column}`);
  if (state.sel) params.set('sel', state.sel);
  if (state.lang !== 'ja') params.set('lang', state.lang);
  if (state.mode !== 'default') params.set('view', state.mode);
  if (state.chart) params.set('chart', state.chart);
  if (state.scheme) params.set('scheme', state.scheme);
  if (state.decal) params.set('decal', '1');
  // Commas in id lists are safe in a query; keeping them readable makes links shorter.
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

export type ViewPatch = Partial<ViewState>;

export function applyPatch(state: ViewState, patch: ViewPatch): ViewState {
  return { ...state, ...patch };
}

/** Adds the id when absent, removes it when present. */
export function toggleId(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : canonicalIds([...ids, id]);
}
