/**
 * The parts every chart option shares: aria description (and decal patterns), an HTML tooltip
 * whose text was escaped by the builder, and a static, full-size treemap frame.
 */
import { tooltipFormatter } from './chart-data';
import type { ChartTheme } from './chart-theme';

/**
 * The page's font stack (src/styles.css), Japanese fonts first. echarts' default 'sans-serif'
 * is a Latin-only font on Linux, so every Japanese character went through font fallback, both
 * when drawn and when labels are measured for truncation.
 */
export const CHART_FONT_FAMILY =
  '"Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic UI", Meiryo, system-ui, sans-serif';

export function commonOptionParts(
  theme: Pick<ChartTheme, 'fontSize' | 'ink' | 'paper' | 'muted'>,
  description: string,
) {
  return {
    textStyle: { fontFamily: CHART_FONT_FAMILY },
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
      // In the page's scheme: echarts' own is white with grey text, even on the dark page.
      backgroundColor: theme.paper,
      borderColor: theme.muted,
      textStyle: { fontSize: theme.fontSize, fontFamily: CHART_FONT_FAMILY, color: theme.ink },
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
