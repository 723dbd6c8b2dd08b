/**
 * Stepping through a presentation with a clicker. Without a list of views, the steps are the
 * whole budget followed by each category in order; with a list, the list's views in order.
 * Pure: the page turns a step into a URL (one history entry per step).
 */
import type { ViewPatch, ViewState } from '../url/view-state';
import type { Dataset } from './dataset';
import { placeOnList, slideOf } from './presenter-list';

export type StepKey = 'next' | 'previous' | 'home';

/** The patch for the next/previous category (or the whole budget for `home`); null at either end. */
export function stepCategory(dataset: Dataset, view: ViewState, key: StepKey): ViewPatch | null {
  const ids = dataset.categories.map((c) => c.id);
  const home: ViewPatch = { cat: [], dept: [], sec: [], q: '', sel: null };
  if (key === 'home') return home;
  // Position 0 is the whole budget; a single chosen category is its own position.
  const only = view.cat.length === 1 ? view.cat[0] : undefined;
  const position = only === undefined ? 0 : ids.indexOf(only) + 1;
  const target = position + (key === 'next' ? 1 : -1);
  if (target < 0 || target > ids.length) return null;
  const id = ids[target - 1];
  return target === 0 || id === undefined ? home : { ...home, cat: [id] };
}

/** The next/previous entry of a list of view searches, when the current view is one of them. */
export function stepList(
  list: readonly string[],
  currentSearch: string,
  key: StepKey,
): string | null {
  if (list.length === 0) return null;
  if (key === 'home') return list[0] ?? null;
  const index = placeOnList(list, currentSearch);
  if (index < 0) return key === 'next' ? (list[0] ?? null) : null;
  return list[index + (key === 'next' ? 1 : -1)] ?? null;
}

/**
 * Where a key goes. With a list of views, Home goes to its first slide (the presentation's
 * start; the on-screen button still shows the whole budget), and the arrows step along the list
 * from any slide on it (`slide`: the canonical search of the one on screen). Otherwise, the
 * categories, and Home is the whole budget. Null at either end.
 */
export function presentStep(
  dataset: Dataset,
  view: ViewState,
  list: readonly string[],
  slide: string,
  key: StepKey,
): ViewPatch | null {
  if (list.length > 0 && (key === 'home' || placeOnList(list, slide) >= 0)) {
    const next = stepList(list, slide, key);
    return next === null ? null : slideOf(next);
  }
  return stepCategory(dataset, view, key);
}

/** Maps a key press to a step; null for keys a presentation does not use. */
export function stepForKey(key: string): StepKey | null {
  if (key === 'ArrowRight' || key === 'PageDown') return 'next';
  if (key === 'ArrowLeft' || key === 'PageUp') return 'previous';
  if (key === 'Home') return 'home';
  return null;
}
