import { useEffect, useMemo } from 'react';
import { buildCaption } from '../domain/caption';
import { filterKey, selectViewMemo } from '../domain/select-programs';
import { describeSummary, summarizeView } from '../domain/summary';
import type { ChartId, ViewState } from '../url/view-state';
import { useDashboard } from './dashboard-context';
import { markAfterPaint, VIEW_PAINTED } from './perf-marks';

/**
 * Everything a page derives from the dataset and the view, computed once per view and
 * shared by the three page kinds (dashboard, presentation, embed). Also keeps the document
 * title on the caption and sets the benchmark's paint mark.
 */
export function useViewModel() {
  const { dataset, view, t } = useDashboard();
  // Keyed on the filters only: a sort, a selection or a language switch reuses these.
  const key = filterKey(view);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the filter fields of `view`
  const { programs, positions, facetCounts } = useMemo(
    () => selectViewMemo(dataset, view),
    [dataset, key],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: as above
  const summary = useMemo(() => summarizeView(dataset, view, positions), [dataset, key, positions]);
  const sentence = describeSummary(dataset, view, summary);
  const caption = buildCaption(dataset, view, summary);
  useEffect(() => {
    document.title = `${caption} | ${t.appName}`;
  }, [caption, t.appName]);
  useEffect(() => {
    if (view) markAfterPaint(VIEW_PAINTED);
  }, [view]);
  return { programs, positions, facetCounts, summary, sentence, caption };
}

export type ViewModel = ReturnType<typeof useViewModel>;

/**
 * The chart a link is about, so a phone shows it first: the one named by `chart`, else the
 * department bars for a department or section filter, the portfolio for a category or search,
 * and the budget otherwise.
 */
export function focusChart(view: ViewState): ChartId {
  if (view.chart) return view.chart;
  if (view.dept.length > 0 || view.sec.length > 0) return 'departments';
  if (view.cat.length > 0 || view.q) return 'portfolio';
  return 'budget';
}
