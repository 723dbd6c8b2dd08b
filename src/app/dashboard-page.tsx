import { CategoryOverview } from '../components/category-overview';
import { DataNotes } from '../components/data-notes';
import { DetailsPanel } from '../components/details-panel';
import { FacetPanel } from '../components/facet-panel';
import { FacetSheet } from '../components/facet-sheet';
import { FilterBar } from '../components/filter-bar';
import { HeaderBar } from '../components/header-bar';
import { LinkNotice } from '../components/link-notice';
import { PrintFooter } from '../components/print-footer';
import { SummaryPanel } from '../components/summary-panel';
import { ProgramTable } from '../table/program-table';
import { useDashboard } from './dashboard-context';
import { EmbedPage } from './embed-page';
import { LazyCharts } from './lazy-charts';
import { PresentPage } from './present-page';
import { PHONE_QUERY, useMediaQuery } from './use-environment';
import { focusChart, useViewModel } from './use-view-model';

/** Picks the page for the view's mode. */
export function DashboardPage() {
  const { view } = useDashboard();
  if (view.mode === 'present') return <PresentPage />;
  if (view.mode === 'embed') return <EmbedPage />;
  return <ExplorePage />;
}

/** The full dashboard: layout only, composing panels from the view model. */
function ExplorePage() {
  const { view, t } = useDashboard();
  const model = useViewModel();
  const phone = useMediaQuery(PHONE_QUERY);
  // On a phone, the chart the link is about comes right after the caption and the active
  // filters, above the fold. (A tap on a chart keeps it there: see the charts' onAction.)
  const focus = focusChart(view);
  const charts =
    phone && focus !== 'table'
      ? [focus, ...(['budget', 'portfolio', 'departments'] as const).filter((c) => c !== focus)]
      : (['budget', 'portfolio', 'departments'] as const);
  const chartsPanel = (
    <LazyCharts programs={model.programs} caption={model.caption} charts={charts} focus={focus} />
  );

  return (
    <div className="page">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <HeaderBar caption={model.caption} />
      <LinkNotice />
      <main id="main" tabIndex={-1}>
        <SummaryPanel summary={model.summary} sentence={model.sentence} caption={model.caption} />
        {phone ? (
          <div className="layout-phone">
            {/* The active filters before the chart: on a shared link they say what is shown.
                The filters button with them, not below three charts (2,000 px down). */}
            <FilterBar />
            <FacetSheet counts={model.facetCounts} />
            {chartsPanel}
            <CategoryOverview />
            <ProgramTable positions={model.positions} caption={model.caption} />
            <DataNotes />
          </div>
        ) : (
          <>
            <FilterBar />
            <div className="layout">
              <aside className="layout-filters" aria-label={t.filters}>
                <FacetPanel counts={model.facetCounts} />
              </aside>
              <div className="layout-main">
                <CategoryOverview />
                {chartsPanel}
                <ProgramTable positions={model.positions} caption={model.caption} />
                <DataNotes />
              </div>
            </div>
          </>
        )}
        <PrintFooter caption={model.caption} />
      </main>
      <DetailsPanel />
    </div>
  );
}
