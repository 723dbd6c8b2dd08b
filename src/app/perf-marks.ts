/**
 * Performance marks for `npm run bench` (and anyone profiling in DevTools). They cost a few
 * bytes and record nothing but timings; the benchmark reads them with performance.getEntriesByName.
 *
 * - `obd:view-painted`: the frame after the summary and table rendered for the current URL.
 * - `obd:chart-finished:<chart>`: echarts finished drawing that chart's latest option.
 */
import { afterNextPaint } from './after-paint';

export const VIEW_PAINTED = 'obd:view-painted';
export const CHART_FINISHED_PREFIX = 'obd:chart-finished:';

export function markAfterPaint(name: string): void {
  afterNextPaint(() => performance.mark(name));
}
