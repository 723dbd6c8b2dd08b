/**
 * The one place echarts parts are registered. `echarts/core` plus what we draw is about half
 * the size of the full bundle; this module is only reached through the lazily loaded charts.
 */
import { BarChart, TreemapChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { dispose, getInstanceByDom, init, setPlatformAPI, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { createTextMeasurer } from './measure-text';

use([TreemapChart, BarChart, TooltipComponent, GridComponent, AriaComponent, CanvasRenderer]);

// See measure-text.ts: zrender's width table for each font, without the slow control characters.
setPlatformAPI({
  measureText: createTextMeasurer(() => document.createElement('canvas').getContext('2d')),
});

/**
 * What echarts-for-react (init, getInstanceByDom, dispose) and the bench's floor page (init)
 * call. Named, not `import * as echarts`: the namespace object, handed to echarts-for-react as
 * a value, kept every export of echarts/core in the bundle (geo maps, graphic helpers, …).
 */
export const echarts = { init, getInstanceByDom, dispose };
