/**
 * Filtering and facet counts. Facets combine as the issue asks: several values in one facet
 * widen (OR), facets narrow each other (AND), and the search narrows everything.
 * A facet's counts are computed with every filter except its own, so they say what a click would give.
 */
import type { Program } from '../data/schemas';
import type { ViewState } from '../url/view-state';
import type { Dataset } from './dataset';
import { normalizeSearchText } from './search-text';

export type FacetKey = 'cat' | 'dept' | 'sec';

interface Predicates {
  readonly cat: (p: Program) => boolean;
  readonly dept: (p: Program) => boolean;
  readonly sec: (p: Program) => boolean;
  /** `position`: the program's index in dataset.programs. */
  readonly q: (p: Program, position: number) => boolean;
}

const always = () => true;

function buildPredicates(dataset: Dataset, view: ViewState): Predicates {
  const cat = new Set(view.cat);
  const dept = new Set(view.dept);
  const sec = new Set(view.sec);
  const terms = view.q
    .split(/[\s\u3000]+/)
    .map(normalizeSearchText)
    .filter((t) => t.length > 0);
  return {
    cat: cat.size ? (p) => cat.has(p.categoryId) : always,
    dept: dept.size ? (p) => p.departmentIds.some((id) => dept.has(id)) : always,
    sec: sec.size ? (p) => p.sectionIds.some((id) => sec.has(id)) : always,
    // Every term must match (space-separated words narrow), each anywhere in the program's text.
    q: terms.length
      ? (_, position) => {
          const key = dataset.searchKeyAt(position);
          return terms.every((t) => key.includes(t));
        }
      : always,
  };
}

/**
 * What the selection depends on, as one string: sorting, selecting or switching language
 * changes the view but not which programs pass, and must not redo the work downstream.
 */
export function filterKey(view: ViewState): string {
  return [view.cat.join(','), view.dept.join(','), view.sec.join(','), view.q].join('\u0000');
}

/** The programs the view shows, in source order (the table sorts them). */
export function selectPrograms(dataset: Dataset, view: ViewState): readonly Program[] {
  return selectView(dataset, view).programs;
}

export type FacetCounts = Record<FacetKey, ReadonlyMap<string, number>>;

export function selectFacetCounts(dataset: Dataset, view: ViewState): FacetCounts {
  return selectView(dataset, view).facetCounts;
}

/**
 * The shown programs and every facet's counts, in one pass over the dataset: each program's
 * search text is matched once, not once for the list and again for the counts.
 */
export function selectView(
  dataset: Dataset,
  view: ViewState,
): { readonly programs: readonly Program[]; readonly facetCounts: FacetCounts } {
  const p = buildPredicates(dataset, view);
  const filtered = hasFilters(view);
  const programs: Program[] = [];
  const cat = new Map<string, number>();
  const dept = new Map<string, number>();
  const sec = new Map<string, number>();
  const bump = (map: Map<string, number>, id: string) => map.set(id, (map.get(id) ?? 0) + 1);
  dataset.programs.forEach((x, position) => {
    if (!p.q(x, position)) return;
    const c = p.cat(x);
    const d = p.dept(x);
    const s = p.sec(x);
    if (d && s) bump(cat, x.categoryId);
    if (c && s) for (const id of x.departmentIds) bump(dept, id);
    if (c && d) for (const id of x.sectionIds) bump(sec, id);
    if (filtered && c && d && s) programs.push(x);
  });
  // No filter: the dataset's own array, so every memo downstream keeps its result.
  return { programs: filtered ? programs : dataset.programs, facetCounts: { cat, dept, sec } };
}

export function hasFilters(view: ViewState): boolean {
  return view.cat.length > 0 || view.dept.length > 0 || view.sec.length > 0 || view.q.trim() !== '';
}
