/**
 * One benchmark run: open the app in a fresh browser context (cold HTTP cache, like a first
 * visit), read the app's performance marks (src/app/perf-marks.ts) for the first paint of the
 * summary and table and of each chart, then time four interactions on the same page, each
 * on the unfiltered view in source order: table scrolling, a category toggle (what a
 * budget-treemap cell click does), a keystroke in the search box and a sort.
 *
 * Interaction times start at the input event's own timestamp (`event.timeStamp` of the first
 * pointerdown / keydown / beforeinput / input after a reset, taken in a capture listener
 * installed before the app's scripts run) and end at the marks the app sets after painting.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHART_FINISHED_PREFIX, VIEW_PAINTED } from '../../src/app/perf-marks';

export const CHART_IDS = ['chart-budget', 'chart-portfolio', 'chart-departments'] as const;
/** src/components/search-box.tsx waits this long before writing the query to the URL. */
export const SEARCH_DEBOUNCE_MS = 250;
const SCROLL_MS = 2000;
const SCROLL_STEP_PX = 40;
/** Typed into the search box: common in the real and the synthetic names (デジタル, データ). */
const SEARCH_CHARACTER = 'デ';

interface Probe {
  inputAt: number | null;
  /**
   * The frame after the HTML was parsed, when that HTML already held the summary and the table
   * (prerendered, shown: no query in the URL): rAF, then a task, as the app's markAfterPaint.
   */
  prerenderPainted: number | null;
  longTasks: [number, number][];
  /** Per chart: the frame after its canvas first appeared (fallback for a missing first mark). */
  canvasPainted: Record<string, number>;
}

declare global {
  interface Window {
    __obdBench?: Probe;
  }
}

export interface RunSample {
  /**
   * Navigation start → the summary and table first painted. With prerendered HTML for the URL:
   * the later of the frame after it was parsed and the first contentful paint; else the first
   * obd:view-painted.
   */
  viewPainted: number | null;
  /** Navigation start → first obd:view-painted: the app rendered (or hydrated) and painted. */
  viewLive: number | null;
  /** Navigation start → the last of the first obd:chart-finished of each chart. */
  chartsPainted: number | null;
  /** Navigation start → the last data file received (resource timing), for the analysis. */
  dataReceived: number | null;
  /** Longest main-thread task before the charts were painted (longtask entries). */
  longestTask: number | null;
  /** Category toggle → summary, table and all three charts repainted. */
  click: number | null;
  /** The same click → summary and table repainted (charts not awaited). */
  clickView: number | null;
  /** Sort by name → obd:view-painted. */
  sort: number | null;
  /** One character typed → obd:view-painted, including the search box's debounce. */
  keystrokeRaw: number | null;
  /** The same, minus the fixed debounce. */
  keystrokeNet: number | null;
  scrollFps: number | null;
  /** 95th percentile of the frame intervals while scrolling. */
  scrollFrameP95: number | null;
  /** Charts whose first paint came from the canvas fallback, not the app's mark. */
  chartFallbacks: string[];
  errors: string[];
}

export interface RunOptions {
  readonly cpuRate: number;
  /** Load only: used for warm-up runs. */
  readonly loadOnly?: boolean;
  readonly timeoutMs: number;
}

/** Installed with addInitScript: runs in the page before the app. Must be self-contained. */
function installProbe(chartIds: readonly string[]): void {
  const probe: Probe = {
    inputAt: null,
    prerenderPainted: null,
    longTasks: [],
    canvasPainted: {},
  };
  window.__obdBench = probe;
  // readyState becomes 'interactive' once the HTML is parsed, before module scripts run.
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const shown = '#root[data-prerendered]';
    const caption = document.querySelector(`${shown} [data-testid="caption"]`);
    const row = document.querySelector(
      `${shown} [data-testid="program-table"] tbody tr[data-program]`,
    );
    if (!caption || !row) return;
    requestAnimationFrame(() => {
      // Counted only if the first frame shows these very elements: not hidden by the guard
      // (a link with a query) or by the phone layout's rules, not replaced by the app. Like
      // the app's own mark, "painted" means in the painted page, not necessarily in the viewport.
      const painted = (el: Element) => el.isConnected && el.checkVisibility();
      if (!painted(caption) || !painted(row)) return;
      setTimeout(() => {
        probe.prerenderPainted = performance.now();
      }, 0);
    });
  });
  for (const type of ['pointerdown', 'keydown', 'beforeinput', 'input']) {
    window.addEventListener(
      type,
      (event) => {
        if (probe.inputAt === null) probe.inputAt = event.timeStamp;
      },
      true,
    );
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // longtask entries are optional: only the analysis uses them
  }
  // Fallback for a chart's first paint when the app's obd:chart-finished mark is missing:
  // echarts-for-react binds its `finished` listener only after the first setOption, which
  // (without lazyUpdate) draws synchronously, so that first event is never seen. The canvas
  // appears in that same synchronous draw; the mark is set the frame after, as the app's
  // markAfterPaint does.
  const pending = new Set(chartIds);
  const observer = new MutationObserver(() => {
    for (const id of [...pending]) {
      if (!document.querySelector(`[data-testid="${id}"] canvas`)) continue;
      pending.delete(id);
      requestAnimationFrame(() =>
        setTimeout(() => {
          probe.canvasPainted[id] = performance.now();
        }, 0),
      );
    }
    if (pending.size === 0) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

interface MarkWait {
  /** 'input': marks after the probe's input timestamp; a number: marks after that time. */
  readonly since: 'input' | number;
  readonly view: boolean;
  readonly charts: readonly string[];
}

interface MarkResult {
  readonly t0: number | null;
  readonly view: number | null;
  readonly charts: readonly (number | null)[];
  readonly complete: boolean;
}

function readMarks(args: MarkWait & { viewName: string; chartPrefix: string }): MarkResult {
  const t0 = args.since === 'input' ? (window.__obdBench?.inputAt ?? null) : args.since;
  if (t0 === null) return { t0, view: null, charts: [], complete: false };
  const first = (name: string) =>
    performance.getEntriesByName(name, 'mark').find((m) => m.startTime > t0)?.startTime ?? null;
  const view = args.view ? first(args.viewName) : null;
  const charts = args.charts.map((id) => first(args.chartPrefix + id));
  const complete = (!args.view || view !== null) && charts.every((c) => c !== null);
  return { t0, view, charts, complete };
}

/** Waits until every requested mark has appeared; on timeout returns what is there. */
async function waitForMarks(page: Page, wait: MarkWait, timeout: number): Promise<MarkResult> {
  const args = { ...wait, viewName: VIEW_PAINTED, chartPrefix: CHART_FINISHED_PREFIX };
  try {
    const handle = await page.waitForFunction(
      (a) => {
        // readMarks cannot be referenced from the page: the same logic, inlined.
        const t0 = a.since === 'input' ? (window.__obdBench?.inputAt ?? null) : a.since;
        if (t0 === null) return false;
        const first = (name: string) =>
          performance.getEntriesByName(name, 'mark').find((m) => m.startTime > t0) !== undefined;
        return (!a.view || first(a.viewName)) && a.charts.every((id) => first(a.chartPrefix + id));
      },
      args,
      { timeout, polling: 50 },
    );
    await handle.dispose();
  } catch (error) {
    if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
  }
  return page.evaluate(readMarks, args);
}

/** Waits until no obd:* mark has appeared for `quietMs`, then for an idle callback. */
export async function settle(page: Page, quietMs = 250, timeout = 60_000): Promise<void> {
  await page.evaluate(
    async ({ quietMs, timeout }) => {
      const lastMark = () => {
        const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('obd:'));
        return marks[marks.length - 1]?.startTime ?? 0;
      };
      const start = performance.now();
      for (;;) {
        await new Promise((r) => setTimeout(r, 50));
        const now = performance.now();
        if (now - lastMark() >= quietMs && now - start >= quietMs) break;
        if (now - start > timeout) break;
      }
      await new Promise<void>((r) => requestIdleCallback(() => r(), { timeout: 2000 }));
    },
    { quietMs, timeout },
  );
}

async function resetInput(page: Page): Promise<void> {
  await page.evaluate(() => {
    if (window.__obdBench) window.__obdBench.inputAt = null;
  });
}

function latest(result: MarkResult): number | null {
  if (!result.complete || result.t0 === null) return null;
  const times = [result.view, ...result.charts].filter((t): t is number => t !== null);
  return Math.max(...times) - result.t0;
}

async function clickCenter(page: Page, selector: string): Promise<void> {
  const target = page.locator(selector).first();
  await target.scrollIntoViewIfNeeded();
  await settle(page, 150);
  const box = await target.boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  await resetInput(page);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

export function emptySample(): RunSample {
  return {
    viewPainted: null,
    viewLive: null,
    chartsPainted: null,
    dataReceived: null,
    longestTask: null,
    click: null,
    clickView: null,
    sort: null,
    keystrokeRaw: null,
    keystrokeNet: null,
    scrollFps: null,
    scrollFrameP95: null,
    chartFallbacks: [],
    errors: [],
  };
}

/** A fresh context (cold HTTP cache) and page with the probe installed and the CPU throttled. */
export async function openPage(
  browser: Browser,
  cpuRate: number,
  errors: string[],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  // tsx (esbuild keepNames) wraps named functions in `__name(...)`; functions sent to the
  // page need that helper there too.
  await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await page.addInitScript(installProbe, CHART_IDS);
  if (cpuRate !== 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  }
  return { context, page };
}

/** Navigates and waits for the first paint of the summary+table and of every chart. */
export async function measureLoad(
  page: Page,
  url: string,
  sample: RunSample,
  timeoutMs: number,
): Promise<boolean> {
  // Marks are relative to navigation start (performance.timeOrigin).
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  const firstPaints = () => {
    const first = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime;
    return {
      view: first('obd:view-painted') ?? null,
      prerender: window.__obdBench?.prerenderPainted ?? null,
      // Presentation time of the first paint with text. A large prerendered page can reach the
      // screen later than the rAF-then-task estimate: the later of the two counts.
      contentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      charts: ['chart-budget', 'chart-portfolio', 'chart-departments'].map((id) => ({
        id,
        mark: first(`obd:chart-finished:${id}`) ?? null,
        canvas: window.__obdBench?.canvasPainted[id] ?? null,
      })),
    };
  };
  try {
    await page.waitForFunction(
      () => {
        const first = (name: string) => performance.getEntriesByName(name, 'mark').length > 0;
        const canvas = window.__obdBench?.canvasPainted ?? {};
        return (
          first('obd:view-painted') &&
          ['chart-budget', 'chart-portfolio', 'chart-departments'].every(
            (id) => first(`obd:chart-finished:${id}`) || canvas[id] !== undefined,
          )
        );
      },
      undefined,
      { timeout: timeoutMs * 2, polling: 50 },
    );
  } catch (error) {
    if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
  }
  const paints = await page.evaluate(firstPaints);
  sample.viewLive = paints.view;
  sample.viewPainted =
    paints.prerender === null
      ? paints.view
      : Math.max(paints.prerender, paints.contentfulPaint ?? paints.prerender);
  // The earlier of the two: a later mark can come from a resize, and the canvas fallback is
  // never earlier than the draw it follows.
  const chartTimes = paints.charts.map((c) =>
    c.mark === null ? c.canvas : c.canvas === null ? c.mark : Math.min(c.mark, c.canvas),
  );
  sample.chartFallbacks = paints.charts
    .filter((c) => c.canvas !== null && (c.mark === null || c.canvas < c.mark))
    .map((c) => c.id);
  const complete = paints.view !== null && chartTimes.every((t) => t !== null);
  sample.chartsPainted = complete ? Math.max(...chartTimes.map((t) => t ?? 0)) : null;
  const loadInfo = await page.evaluate((until) => {
    const data = performance
      .getEntriesByType('resource')
      .filter((r) => r.name.includes('/data/')) as PerformanceResourceTiming[];
    const tasks = (window.__obdBench?.longTasks ?? []).filter(([start]) => start < until);
    return {
      dataReceived: data.length ? Math.max(...data.map((r) => r.responseEnd)) : null,
      longestTask: tasks.length ? Math.max(...tasks.map(([, d]) => d)) : null,
    };
  }, sample.chartsPainted ?? Number.POSITIVE_INFINITY);
  sample.dataReceived = loadInfo.dataReceived;
  sample.longestTask = loadInfo.longestTask;
  return complete;
}

/** A category toggle: the HTML twin of a budget-treemap cell, the same state change (cat). */
export async function measureClick(page: Page, sample: RunSample, timeoutMs: number) {
  await clickCenter(page, '.category-toggle');
  const click = await waitForMarks(
    page,
    { since: 'input', view: true, charts: CHART_IDS },
    timeoutMs,
  );
  sample.click = latest(click);
  sample.clickView = click.view !== null && click.t0 !== null ? click.view - click.t0 : null;
  await settle(page);
  // Back to the unfiltered view (not timed), so the next figures are for every program.
  await page.locator('.category-toggle').first().click();
  await settle(page);
}

/** Sort by name (Japanese collation: the costliest column). */
export async function measureSort(page: Page, sample: RunSample, timeoutMs: number) {
  const nameSort = (await page.locator('th.col-name .sort-button').count())
    ? 'th.col-name .sort-button'
    : '.sort-button >> nth=1';
  await clickCenter(page, nameSort);
  const sort = await waitForMarks(page, { since: 'input', view: true, charts: [] }, timeoutMs);
  sample.sort = latest(sort);
  await settle(page);
}

/** Scrolls the virtualised table by SCROLL_STEP_PX each requestAnimationFrame for 2 s. */
export async function measureScroll(page: Page, sample: RunSample) {
  const scroller = page.getByTestId('program-table-scroll');
  await scroller.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await settle(page, 200);
  const scroll = await scroller.evaluate(
    (el, { duration, step }) =>
      new Promise<{ frames: number; elapsed: number; intervals: number[] }>((resolve) => {
        el.scrollTop = 0;
        const times: number[] = [];
        const frame = (time: number) => {
          times.push(time);
          const first = times[0] ?? time;
          if (time - first >= duration) {
            resolve({
              frames: times.length - 1,
              elapsed: time - first,
              intervals: times.slice(1).map((t, i) => t - (times[i] ?? t)),
            });
            return;
          }
          // Wrap at the bottom so small tables scroll for the whole time too.
          if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) el.scrollTop = 0;
          else el.scrollTop += step;
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    { duration: SCROLL_MS, step: SCROLL_STEP_PX },
  );
  sample.scrollFps = scroll.elapsed > 0 ? (scroll.frames * 1000) / scroll.elapsed : null;
  const intervals = [...scroll.intervals].sort((a, b) => a - b);
  sample.scrollFrameP95 =
    intervals[Math.min(intervals.length - 1, Math.ceil(0.95 * intervals.length) - 1)] ?? null;
  await settle(page);
}

/** One character typed into the search box → the table repainted. */
export async function measureSearch(page: Page, sample: RunSample, timeoutMs: number) {
  await clickCenter(page, '[data-testid="search-input"]');
  await settle(page, 200);
  await resetInput(page);
  await page.keyboard.type(SEARCH_CHARACTER);
  const search = await waitForMarks(page, { since: 'input', view: true, charts: [] }, timeoutMs);
  sample.keystrokeRaw = latest(search);
  sample.keystrokeNet =
    sample.keystrokeRaw === null ? null : sample.keystrokeRaw - SEARCH_DEBOUNCE_MS;
  await settle(page);
  // Back to the unfiltered view (not timed).
  await resetInput(page);
  await page.keyboard.press('Backspace');
  await waitForMarks(page, { since: 'input', view: true, charts: [] }, timeoutMs);
  await settle(page);
}

export async function runOnce(
  browser: Browser,
  url: string,
  options: RunOptions,
): Promise<RunSample> {
  const { cpuRate, timeoutMs } = options;
  const sample = emptySample();
  const { context, page } = await openPage(browser, cpuRate, sample.errors);
  try {
    const complete = await measureLoad(page, url, sample, timeoutMs);
    if (options.loadOnly || !complete) return sample;
    await settle(page);
    // Each step leaves the view unfiltered and in source order; the sort, which would
    // change the order for everything after it, comes last.
    await measureScroll(page, sample);
    await measureClick(page, sample, timeoutMs);
    await measureSearch(page, sample, timeoutMs);
    await measureSort(page, sample, timeoutMs);
    return sample;
  } finally {
    await context.close();
  }
}
