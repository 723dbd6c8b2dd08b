/**
 * The one place echarts parts are registered. `echarts/core` plus what we draw is about half
 * the size of the full bundle; this module is only reached through the lazily loaded charts.
 */
import { BarChart, TreemapChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  TreemapChart,
  BarChart,
  TooltipComponent,
  GridComponent,
  AriaComponent,
  CanvasRenderer,
]);

export { echarts };
