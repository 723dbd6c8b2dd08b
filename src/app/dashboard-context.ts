import { createContext, useCallback, useContext } from 'react';
import type { Dataset } from '../domain/dataset';
import type { IgnoredPart } from '../domain/reconcile';
import type { Messages } from '../i18n/messages';
import type { HistoryMode } from '../url/use-view-state';
import type { ViewPatch, ViewState } from '../url/view-state';
import { usePageAddress, usePagePath } from './use-environment';

/**
 * What every panel needs: the dataset, the reconciled view (from the URL) and the one way
 * to change it. Passed by context so panels stay thin and props stay about their own job.
 */
export interface Dashboard {
  readonly dataset: Dataset;
  readonly datasetIds: readonly string[];
  readonly view: ViewState;
  /** Parts of the link that did not fit and were left out (for the notice). */
  readonly ignored: readonly IgnoredPart[];
  readonly t: Messages;
  readonly update: (patch: ViewPatch, mode?: HistoryMode) => void;
  /**
   * The query of a view ('?…'), for real links (open in a new tab, copy); '' for the default
   * view, whose link is the page's own path: components get that from useHrefFor.
   */
  readonly hrefFor: (patch: ViewPatch) => string;
}

export const DashboardContext = createContext<Dashboard | null>(null);

export function useDashboard(): Dashboard {
  const value = useContext(DashboardContext);
  if (!value) throw new Error('useDashboard must be used inside the dashboard');
  return value;
}

/**
 * The link to a view: its query, or the page's path for the default view ('./' in the
 * prerendered HTML, the path the page was opened with once live; see usePagePath).
 *
 * A hook of the components that draw links, not part of the context: the path changes when
 * hydration ends, and in the context that change re-rendered every consumer of the dashboard
 * (every facet and chart figure, as well as the table) right after hydration, ahead of the
 * charts' first draw. Now only these components re-render for it (the table does anyway, for
 * the rows it adds once live).
 */
export function useHrefFor(): (patch: ViewPatch) => string {
  const { hrefFor } = useDashboard();
  const pagePath = usePagePath();
  return useCallback((patch: ViewPatch) => hrefFor(patch) || pagePath, [hrefFor, pagePath]);
}

/**
 * The full address of a view, for text people copy or scan (the share dialog, the print
 * footer, an embed's link to the dashboard). While the page's address is not known (the
 * prerendered HTML, hydration), the link as useHrefFor gives it.
 */
export function useViewUrl(): (patch: ViewPatch) => string {
  const hrefFor = useHrefFor();
  const address = usePageAddress();
  return useCallback(
    (patch: ViewPatch) => (address ? new URL(hrefFor(patch), address).href : hrefFor(patch)),
    [hrefFor, address],
  );
}
