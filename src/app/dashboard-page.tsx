import { lazy, Suspense, useEffect, useMemo } from 'react';
import { CategoryOverview } from '../components/category-overview';
import { ChartErrorBoundary } from '../components/chart-error-boundary';
import { DataNotes } from '../components/data-notes';
import { DetailsPanel } from '../components/details-panel';
import { FacetPanel } from '../components/facet-panel';
import { FilterBar } from '../components/filter-bar';
import { HeaderBar } from '../components/header-bar';
import { LinkNotice } from '../components/link-notice';
import { SummaryPanel } from '../components/summary-panel';
import { buildCaption } from '../domain/caption';
import { selectFacetCounts, selectPrograms } from '../domain/select-programs';
import { describeSummary, summarizeView } from '../domain/summary';
import { ProgramTable } from '../table/program-table';
import { useDashboard } from './dashboard-context';
import { markAfterPaint, VIEW_PAINTED } from './perf-marks';

// echarts is the largest dependency: load it after the numbers and the table are on screen.
const ChartsPanel = lazy(() => import('../charts/charts-panel'));

/** Page layout only: composes panels from the selected data. */
export function DashboardPage() {
  const { dataset, view, t } = useDashboard();
  const programs = useMemo(() => selectPrograms(dataset, view), [dataset, view]);
  const facetCounts = useMemo(() => selectFacetCounts(dataset, view), [dataset, view]);
  const summary = useMemo(() => summarizeView(dataset, view, programs), [dataset, view, programs]);
  const sentence = describeSummary(dataset, view, summary);
  const caption = buildCaption(dataset, view, summary);
  useEffect(() => {
    document.title = `${caption} | ${t.appName}`;
  }, [caption, t.appName]);
  useEffect(() => {
    if (view) markAfterPaint(VIEW_PAINTED);
  }, [view]);

  return (
    <div className="page">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <HeaderBar caption={caption} />
      <LinkNotice />
      <main id="main" tabIndex={-1}>
        <SummaryPanel summary={summary} sentence={sentence} caption={caption} />
        <FilterBar />
        <div className="layout">
          <aside className="layout-filters" aria-label={t.filters}>
            <FacetPanel counts={facetCounts} />
          </aside>
          <div className="layout-main">
            <CategoryOverview />
            <ChartErrorBoundary message={t.chartError}>
              <Suspense fallback={<p className="charts-loading">{t.chartsLoading}</p>}>
                <ChartsPanel programs={programs} caption={caption} />
              </Suspense>
            </ChartErrorBoundary>
            <ProgramTable programs={programs} caption={caption} />
            <DataNotes />
          </div>
        </div>
      </main>
      <DetailsPanel />
    </div>
  );
}
