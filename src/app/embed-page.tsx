import { DetailsPanel } from '../components/details-panel';
import { LinkNotice } from '../components/link-notice';
import { sourceCitation } from '../i18n/messages';
import { ProgramTable } from '../table/program-table';
import { useDashboard, useViewUrl } from './dashboard-context';
import { LazyCharts } from './lazy-charts';
import { focusChart, useViewModel } from './use-view-model';

/**
 * An embed (`view=embed&chart=budget|portfolio|departments|table`): only that chart, with its
 * caption, the source line and a link to the full view.
 */
export function EmbedPage() {
  const { dataset, view, t } = useDashboard();
  const viewUrl = useViewUrl();
  const model = useViewModel();
  // Without `chart`, the chart the view is about, as the share dialog offers: the bars for a
  // department (the budget chart showed under its caption).
  const chart = focusChart(view);
  const full = viewUrl({ mode: 'default', chart: null });
  return (
    <div className="page page-embed">
      {/* Focusable, as the other pages' main: dismissing the notice puts the focus here. */}
      <main id="main" tabIndex={-1}>
        <h1 className="embed-caption" data-testid="caption">
          {model.caption}
        </h1>
        <LinkNotice />
        {chart === 'table' ? (
          <ProgramTable positions={model.positions} caption={model.caption} />
        ) : (
          <LazyCharts
            programs={model.programs}
            caption={model.caption}
            size="embed"
            charts={[chart]}
          />
        )}
        <p className="embed-source">
          {t.source}: {sourceCitation(dataset.entry, view.lang)} ·{' '}
          <a href={full} target="_blank" rel="noopener">
            {t.viewFull}
          </a>
        </p>
      </main>
      <DetailsPanel />
    </div>
  );
}
