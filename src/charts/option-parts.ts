/**
 * The parts every chart option shares: aria description (and decal patterns), an HTML tooltip
 * whose text was escaped by the builder, and a static, full-size treemap frame.
 */
import { tooltipFormatter } from './chart-data';
import type { ChartTheme } from './chart-theme';

export function commonOptionParts(theme: Pick<ChartTheme, 'fontSize'>, description: string) {
  return {
    aria: {
      enabled: true,
      label: { enabled: true, description },
      // Patterns are set per category on each item (see categoryDecal), so that a category wears
      // the same one in every chart; echarts' automatic decals would follow series order instead.
      decal: { show: false },
    },
    tooltip: {
      trigger: 'item' as const,
      formatter: tooltipFormatter,
      confine: true,
      textStyle: { fontSize: theme.fontSize },
    },
    animation: false,
  };
}

/** A treemap that fills its box and never zooms or drills: clicks filter the view instead. */
export const TREEMAP_FRAME = {
  type: 'treemap' as const,
  roam: false,
  nodeClick: false as const,
  breadcrumb: { show: false },
  left: 0,
  right: 0,
  top: 0,
  bottom: 0,
  animation: false,
};
