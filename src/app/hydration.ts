import type { QueryClient } from '@tanstack/react-query';
import { budgetsQuery, datasetsQuery, programsQuery } from '../data/dataset-queries';
import { dataFingerprint } from '../data/fingerprint';

/**
 * Whether the prerendered HTML in `container` can be hydrated: it shows the default view,
 * so the URL must have no query, and it was rendered from the bundled data, so the data the
 * page loaded must be the same (a host may serve newer files than the build saw). Otherwise
 * the app renders afresh over it. Of datasets.json only the first entry counts: it is the one
 * shown, and the rest of the list changes nothing in a view without a query (`ds`).
 */
export function canHydrate(container: HTMLElement, search: string, client: QueryClient): boolean {
  const rendered = container.dataset.prerendered;
  if (!rendered || !showsPrerenderedView(container, search)) return false;
  const datasets = client.getQueryData(datasetsQuery().queryKey);
  const entry = datasets?.datasets[0];
  if (!entry) return false;
  const budgets = client.getQueryData(budgetsQuery(entry).queryKey);
  const programs = client.getQueryData(programsQuery(entry).queryKey);
  if (!budgets || !programs) return false;
  return dataFingerprint(entry, budgets, programs) === rendered;
}

/**
 * Whether the page shows the prerendered default view: there is one, and the URL has no query
 * (src/prerender-guard.js hides it otherwise; "?" alone is no query).
 */
export function showsPrerenderedView(container: HTMLElement | null, search: string): boolean {
  return Boolean(container?.dataset.prerendered) && search.length <= 1;
}
