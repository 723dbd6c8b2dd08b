import type { EChartsOption, EChartsType } from 'echarts';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { memo, type TouchEvent, useCallback, useMemo } from 'react';
import { keepInPlace } from '../app/keep-in-place';
import { CHART_FINISHED_PREFIX } from '../app/perf-marks';
import { actionOf, type ChartAction } from './chart-data';
import { echarts } from './echarts-setup';

/**
 * echarts-for-react 3.0.6 first draws a throwaway instance, waits for its `finished` event (a
 * later animation frame) to read the element's size, disposes it and initialises a second one.
 * On the first load that wait put 100–250 ms of idle time before the charts and drew all three
 * in one long frame. Our containers have their size before the chart is made (an inline
 * height, or the presenter's flex layout), which echarts.init reads itself, so one instance is
 * enough. `initEchartsInstance` is a public method of the class.
 */
class SingleInitECharts extends ReactEChartsCore {
  override initEchartsInstance(): Promise<EChartsType> {
    return Promise.resolve(this.echarts.init(this.ele, this.props.theme, this.props.opts));
  }
}

/** Two methods of echarts-for-react's class, replaced below; its typings call them private. */
interface Overridable {
  updateEChartsOption(this: SingleInitECharts): EChartsType;
  resize(this: SingleInitECharts): void;
}
const base = ReactEChartsCore.prototype as unknown as Overridable;

Object.assign(SingleInitECharts.prototype, {
  /**
   * The bars chart's height follows its number of bars, and echarts keeps the size it last
   * drew at until it is resized. A new option was drawn at the old size (after a category
   * click, a canvas 500 px high in a 410 px box) and drawn again at the new one 60 ms later,
   * when size-sensor's debounced observer called resize. Now the canvas takes the new size
   * right before the option is set (zrender's resize, without echarts' layout; it repaints the
   * old scene at the new size, a paint that never reaches the screen), and the option is
   * drawn once, at the right size. (Setting the option lazily and then calling echarts' resize
   * also drew once, but took about 15 ms more in traces of a click.)
   */
  updateEChartsOption(this: SingleInitECharts) {
    const chart = this.getEchartsInstance();
    if (resized(chart, this.ele)) chart.getZr().resize();
    return base.updateEChartsOption.call(this);
  },
  // size-sensor's observer calls this once the element's size has changed. echarts redraws on
  // every resize, also at the size the update above has already drawn at. (The base method
  // skipped its first call, so as not to cut short first-draw animations; there are none.)
  resize(this: SingleInitECharts) {
    const chart = this.getEchartsInstance();
    if (resized(chart, this.ele)) chart.resize();
  },
} satisfies Overridable);

/** Whether the element's size differs from the one echarts last drew at. */
function resized(chart: EChartsType, element: HTMLElement) {
  return chart.getWidth() !== element.clientWidth || chart.getHeight() !== element.clientHeight;
}

/**
 * echarts acts on a tap when the touch ends. The browser then sends emulated mouse events and
 * a click to whatever is under the finger by then: after a tap that filters, another chart has
 * moved there, and one tap also opened a program or added a filter. Cancelling the touch's end
 * stops those emulated events; echarts has already handled the tap.
 */
// (No chart sees a tap while the display menu is open: the page takes no pointer events then,
// styles.css, so the tap only closes the menu.)
const cancelEmulatedClick = (event: TouchEvent) => {
  if (event.cancelable) event.preventDefault();
};

/** A treemap cell: the rectangle a label is laid out in. */
type Cell = { shape: { width: number } };

/**
 * echarts wraps a treemap label to its cell, down to one letter per line: in a thin strip (a
 * 1.6% category beside a 35.7% one, on a phone) it read "S u p p o r" down the cell's edge.
 * Wrapped labels (overflow 'break', the budget treemap's) of cells narrower than four
 * characters are hidden (at two, a landscape phone's presenter still stacked "D f / or / Bu …"),
 * in every state (a hover would show them again); the tooltip, the legend and the tables name
 * those cells. echarts sets labels afresh on each draw, so this
 * runs after each one, and a hidden label costs a second paint: of the small budget chart
 * only. The dashboard's portfolio labels are truncated to one line, never stacked, and are left
 * alone (a second paint of that chart added about 40 ms to a click, measured with compare.ts);
 * the presenter's wrap (buildPortfolioTreemapOption's wrapLabels) and are checked too.
 */
const MIN_LABEL_CHARS = 4;

function hideCrampedLabels(chart: EChartsType) {
  const zr = chart.getZr();
  let hidden = false;
  for (const el of zr.storage.getDisplayList()) {
    const label = el.getTextContent();
    // Only treemap cells (rectangles) carry a label of their own here; a missing font size
    // compares false and keeps the label.
    if (
      label?.style.overflow === 'break' &&
      !label.ignore &&
      (el as unknown as Cell).shape.width < MIN_LABEL_CHARS * Number(label.style.fontSize)
    ) {
      for (const state of [label, ...Object.values(label.states)]) state.ignore = true;
      hidden = true;
    }
  }
  if (hidden) zr.refreshImmediately();
}

interface EChartProps {
  readonly option: EChartsOption;
  readonly onAction: (action: ChartAction) => void;
  /** Undefined: the stylesheet sizes the chart (the presenter's charts fill the screen). */
  readonly height: number | string | undefined;
  readonly testId: string;
  /** Receives the echarts instance once it exists (for picture export). */
  readonly onInstance?: (instance: EChartsType) => void;
}

/**
 * Thin wrapper: echarts-for-react deep-compares `option`, so callers pass memoised options
 * and a stable `onAction`; the event map is memoised here for the same reason. Memoised
 * itself, with stable props from the caller: a render of the page that leaves the chart's
 * props as they were (the table's paint comes first, see useAfterPaint) does not even reach
 * that deep comparison, which at 50,000 programs took a few milliseconds per chart.
 */
export const EChart = memo(function EChart({
  option,
  onAction,
  height,
  testId,
  onInstance,
}: EChartProps) {
  const onEvents = useMemo(
    () => ({
      click: (params: unknown, chart: EChartsType) => {
        keepInPlace(chart.getDom());
        onAction(actionOf(params));
      },
      finished: (_: unknown, chart: EChartsType) => {
        hideCrampedLabels(chart);
        performance.mark(`${CHART_FINISHED_PREFIX}${testId}`);
      },
    }),
    [onAction, testId],
  );
  // The first draw happens inside init, before `finished` is bound: mark it here.
  const onReady = useCallback(
    (instance: EChartsType) => {
      hideCrampedLabels(instance);
      performance.mark(`${CHART_FINISHED_PREFIX}${testId}`);
      onInstance?.(instance);
    },
    [onInstance, testId],
  );
  return (
    // No role or name here: echarts' aria option gives its own element role="img" and the
    // description (option-parts.ts); a second one around it made screen readers meet each
    // chart twice.
    <div
      className="chart-canvas"
      data-testid={testId}
      style={{ height }}
      onTouchEnd={cancelEmulatedClick}
    >
      <SingleInitECharts
        echarts={echarts}
        option={option}
        onEvents={onEvents}
        notMerge
        onChartReady={onReady}
        style={{ height: '100%', width: '100%' }}
        opts={{ renderer: 'canvas' }}
      />
    </div>
  );
});
