/**
 * The one place echarts parts are registered. `echarts/core` plus what we draw is about half
 * the size of the full bundle; this module is only reached through the lazily loaded charts.
 */
import { BarChart, TreemapChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { createTextMeasurer } from './measure-text';

echarts.use([
  TreemapChart,
  BarChart,
  TooltipComponent,
  GridComponent,
  AriaComponent,
  CanvasRenderer,
]);

// See measure-text.ts: zrender's width table for each font, without the slow control characters.
echarts.setPlatformAPI({
  measureText: createTextMeasurer(() => document.createElement('canvas').getContext('2d')),
});

export { echarts };
