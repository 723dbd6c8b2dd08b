/**
 * Sorting by precomputed rank. A Japanese collation compare is slow (Intl.Collator), and a
 * table sort calls it n·log n times; ranking every program once per column and language turns
 * each later sort into integer comparisons. Ranks are computed on first use, or ahead of time
 * when the browser is idle, and kept per dataset.
 */
import type { Dataset } from '../domain/dataset';
import type { Lang, SortColumn, SortState } from '../url/view-state';
import { buildProgramRows, jaCollator, type ProgramRow } from './program-rows';

const TEXT_FIELD = {
  name: 'name',
  department: 'departments',
  section: 'sections',
  summary: 'summary',
} as const;

/** Ascending comparator of a column; ties fall back to source order, so ranks are unique. */
export function compareRows(column: SortColumn): (a: ProgramRow, b: ProgramRow) => number {
  if (column === 'id') return (a, b) => a.order - b.order;
  if (column === 'category')
    return (a, b) => a.categoryIndex - b.categoryIndex || a.order - b.order;
  const field = TEXT_FIELD[column];
  return (a, b) => jaCollator.compare(a[field], b[field]) || a.order - b.order;
}

const cache = new WeakMap<Dataset, Map<string, ReadonlyMap<string, number>>>();

export function sortRanks(
  dataset: Dataset,
  lang: Lang,
  column: SortColumn,
): ReadonlyMap<string, number> {
  let byKey = cache.get(dataset);
  if (!byKey) {
    byKey = new Map();
    cache.set(dataset, byKey);
  }
  const key = `${lang}:${column}`;
  const cached = byKey.get(key);
  if (cached) return cached;
  const rows = buildProgramRows(dataset, dataset.programs, lang).sort(compareRows(column));
  const ranks = new Map(rows.map((row, i) => [row.id, i]));
  byKey.set(key, ranks);
  return ranks;
}

/** The rows in the view's order: source order when unsorted. Returns a new array. */
export function sortProgramRows(
  rows: readonly ProgramRow[],
  sort: SortState | null,
  dataset: Dataset,
  lang: Lang,
): ProgramRow[] {
  if (!sort) return [...rows];
  const ranks = sortRanks(dataset, lang, sort.column);
  const sign = sort.desc ? -1 : 1;
  // Look each rank up once, not twice per comparison.
  const keyed = rows.map((row) => ({ row, rank: sign * (ranks.get(row.id) ?? 0) }));
  keyed.sort((a, b) => a.rank - b.rank);
  return keyed.map((k) => k.row);
}
