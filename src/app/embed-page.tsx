import { lazy, Suspense } from 'react';
import { ChartErrorBoundary } from '../components/chart-error-boundary';
import { DetailsPanel } from '../components/details-panel';
import { localized } from '../i18n/messages';
import { ProgramTable } from '../table/program-table';
import { useDashboard } from './dashboard-context';
import { useViewModel } from './use-view-model';

const ChartsPanel = lazy(() => import('../charts/charts-panel'));

/**
 * An embed (`view=embed&chart=budget|portfolio|departments|table`): only that chart, with its
 * caption, the source line and a link to the full view.
 */
export function EmbedPage() {
  const { dataset, view, t, hrefFor } = useDashboard();
  const model = useViewModel();
  const chart = view.chart ?? 'budget';
  const full = new URL(hrefFor({ mode: 'default', chart: null }), window.location.href).href;
  return (
    <div className="page page-embed">
      <main id="main">
        <h1 className="embed-caption" data-testid="caption">
          {model.caption}
        </h1>
        {chart === 'table' ? (
          <ProgramTable programs={model.programs} caption={model.caption} />
        ) : (
          <ChartErrorBoundary message={t.chartError}>
            <Suspense fallback={<p className="charts-loading">{t.chartsLoading}</p>}>
              <ChartsPanel
                programs={model.programs}
                caption={model.caption}
                size="embed"
                charts={[chart]}
              />
            </Suspense>
          </ChartErrorBoundary>
        )}
        <p className="embed-source">
          {t.source}: {localized(dataset.entry.publisher, view.lang)}「
          {localized(dataset.entry.source.title, view.lang)}」 ·{' '}
          <a href={full} target="_blank" rel="noopener">
            {t.viewFull}
          </a>
        </p>
      </main>
      <DetailsPanel />
    </div>
  );
}
