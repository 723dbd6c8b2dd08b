/**
 * Performance marks for `npm run bench` (and anyone profiling in DevTools). They cost a few
 * bytes and record nothing but timings; the benchmark reads them with performance.getEntriesByName.
 *
 * - `obd:view-painted`: the frame after the summary and table rendered for the current URL.
 * - `obd:chart-finished:<chart>`: echarts finished drawing that chart's latest option.
 */
export const VIEW_PAINTED = 'obd:view-painted';
export const CHART_FINISHED_PREFIX = 'obd:chart-finished:';

export function markAfterPaint(name: string): void {
  requestAnimationFrame(() => {
    // A second frame: the first callback runs before the browser paints the frame.
    setTimeout(() => performance.mark(name), 0);
  });
}
