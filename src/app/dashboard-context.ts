import { createContext, useContext } from 'react';
import type { Dataset } from '../domain/dataset';
import type { IgnoredPart } from '../domain/reconcile';
import type { Messages } from '../i18n/messages';
import type { HistoryMode } from '../url/use-view-state';
import type { ViewPatch, ViewState } from '../url/view-state';

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
  /** The URL of a view, for real links (open in a new tab, copy). */
  readonly hrefFor: (patch: ViewPatch) => string;
}

export const DashboardContext = createContext<Dashboard | null>(null);

export function useDashboard(): Dashboard {
  const value = useContext(DashboardContext);
  if (!value) throw new Error('useDashboard must be used inside the dashboard');
  return value;
}
