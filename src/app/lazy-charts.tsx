import { lazy, Suspense, useEffect, useState } from 'react';
import type { ChartsPanelProps } from '../charts/charts-panel';
import { ChartErrorBoundary } from '../components/chart-error-boundary';
import { useDashboard } from './dashboard-context';

// echarts is the largest dependency. index.html already downloads and compiles its chunk
// (a modulepreload the build adds, see vite.config.ts); it is only *run* once the numbers and
// the table are on screen, so that neither waits for echarts to start up.
const ChartsPanel = lazy(() => import('../charts/charts-panel'));

/** False until the frame after the first render has been painted. */
function useFirstPaintDone(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      // rAF runs before the frame is painted; the task after it runs after.
      timer = window.setTimeout(() => setDone(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
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
        <Suspense fallback={placeholder}>{<ChartsPanel {...props} />}</Suspense>
      ) : (
        placeholder
      )}
    </ChartErrorBoundary>
  );
}
