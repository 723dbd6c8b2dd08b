import { type ComponentType, useEffect, useState } from 'react';
import type { ChartsPanelProps } from '../charts/charts-panel';
import { ChartErrorBoundary } from '../components/chart-error-boundary';
import { afterNextPaint } from './after-paint';
import { useDashboard } from './dashboard-context';
import { useIsLive } from './use-environment';

type ChartsPanelComponent = ComponentType<ChartsPanelProps>;

/**
 * The charts' module (with echarts, the largest dependency), once the frame after the first
 * render has been painted (at once after hydration: that frame was the prerendered HTML's):
 * the numbers and the table never wait for echarts. main.tsx starts the download at startup,
 * so by then it is usually there.
 *
 * Not React.lazy with Suspense: React 19 holds back the reveal of a suspended boundary until
 * 300 ms after its fallback appeared (so content does not pop in), which on the first load
 * left the charts' module waiting, idle, for about 200 ms. Here the charts render as soon as
 * the module is there. A failed import is thrown in render, so the charts' error boundary
 * shows it like any other chart error.
 */
function useChartsPanel(): ChartsPanelComponent | null {
  const [loaded, setLoaded] = useState<{ Panel: ChartsPanelComponent } | { error: Error } | null>(
    null,
  );
  // Hydrating prerendered HTML that has been painted (it usually has: main.tsx waits for the
  // data first): the numbers and the table are on screen, so there is no paint to wait for.
  // A later mount (another page mode, the phone layout) is live from its first render and waits.
  const live = useIsLive();
  const [hydrated] = useState(
    () => !live && performance.getEntriesByName('first-contentful-paint').length > 0,
  );
  useEffect(() => {
    let mounted = true;
    const load = () =>
      import('../charts/charts-panel').then(
        (module) => mounted && setLoaded({ Panel: module.default }),
        (reason: unknown) =>
          mounted &&
          setLoaded({ error: reason instanceof Error ? reason : new Error(String(reason)) }),
      );
    const cancel = hydrated ? undefined : afterNextPaint(load);
    if (hydrated) void load();
    return () => {
      mounted = false;
      cancel?.();
    };
  }, [hydrated]);
  if (loaded && 'error' in loaded) throw loaded.error;
  return loaded?.Panel ?? null;
}

function ChartsWhenLoaded(props: ChartsPanelProps & { readonly placeholder: string }) {
  const { placeholder, ...panelProps } = props;
  const Panel = useChartsPanel();
  return Panel ? <Panel {...panelProps} /> : <p className="charts-loading">{placeholder}</p>;
}

/** The charts, behind their own error boundary, started after the first paint (at once after hydration). */
export function LazyCharts(props: ChartsPanelProps) {
  const { t } = useDashboard();
  return (
    <ChartErrorBoundary message={t.chartError}>
      <ChartsWhenLoaded {...props} placeholder={t.chartsLoading} />
    </ChartErrorBoundary>
  );
}
