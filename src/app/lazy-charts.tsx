import { lazy, Suspense, useEffect, useState } from 'react';
import type { ChartsPanelProps } from '../charts/charts-panel';
import { ChartErrorBoundary } from '../components/chart-error-boundary';
import { afterNextPaint } from './after-paint';
import { useDashboard } from './dashboard-context';

// echarts is the largest dependency. main.tsx starts downloading its chunk at startup; the
// charts are only drawn once the numbers and the table are on screen, so that neither waits
// for echarts.
const ChartsPanel = lazy(() => import('../charts/charts-panel'));

/** False until the frame after the first render has been painted. */
function useFirstPaintDone(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => afterNextPaint(() => setDone(true)), []);
  return done;
}

/** The charts, behind their own error boundary, started after the first paint. */
export function LazyCharts(props: ChartsPanelProps) {
  const { t } = useDashboard();
  const painted = useFirstPaintDone();
  const placeholder = <p className="charts-loading">{t.chartsLoading}</p>;
  return (
    <ChartErrorBoundary message={t.chartError}>
      {painted ? (
        <Suspense fallback={placeholder}>
          <ChartsPanel {...props} />
        </Suspense>
      ) : (
        placeholder
      )}
    </ChartErrorBoundary>
  );
}
