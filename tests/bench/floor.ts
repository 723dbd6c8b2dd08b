/**
 * The floor page: the app's data path and three charts with nothing else on the page
 * (tests/bench/floor/). Same data files (requested while the HTML is parsed), zod parsing,
 * option builders, theme, sizes, echarts parts, compile hint, server and browser as the
 * dashboard, and the app's way of updating a chart (a full setOption); no React, no table, no
 * prerendered page. It bounds what the dashboard can reach while it draws and updates its
 * charts this way. It does not bound other ways (see tests/bench/README.md).
 *
 *   npx tsx tests/bench/floor.ts [runs=9] [cpuRate=1] [dataset=miyagi-r5-it] [variant=merge]
 *
 * The toggles run twice: as the app updates its charts, then as `variant` does (merge:
 * setOption merging into the option; root: the portfolio treemap keeps the unfiltered tree and
 * moves its view root with treemapRootToNode; see floor-page.ts).
 * Prints medians and p95, measured to the same marks as the bench (the last chart's
 * echarts `finished`) and, in brackets, to the next paint: navigation → all three charts
 * drawn; a click on a button → the three charts redrawn for a category toggle, on and off
 * again (what the dashboard's category click does to them), with setOption replacing the
 * option, as the app does, and merging into it; and the synchronous cost of each step.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build, preview } from 'vite';
import { launchChromium } from '../e2e/browser';
import { openPage } from './page-run';
import { ms, stat, table } from './stats';

const root = join(fileURLToPath(import.meta.url), '..', '..', '..');
const [runs = 9, cpuRate = 1] = process.argv.slice(2, 4).map(Number);
const dataset = process.argv[4] ?? 'miyagi-r5-it';
const variant = process.argv[5] ?? 'merge';
const CHARTS = ['chart-budget', 'chart-portfolio', 'chart-departments'];
const STEPS = ['options', 'budget chart', 'portfolio chart', 'departments chart'];

/** Navigation, the toggle on, the toggle off: each to the last chart drawn and to the paint. */
type Phase = 'load' | 'on' | 'off';
interface FloorSample {
  drawn: Record<Phase, number | null>;
  painted: Record<Phase, number | null>;
  /** For the toggle on, then off, in ms: building the options, then each chart's update. */
  steps: number[][];
}

async function waitForPaints(page: Page, count: number) {
  await page.waitForFunction(
    (c) => performance.getEntriesByName('floor:painted', 'mark').length >= c,
    count,
    { timeout: 60_000 * cpuRate, polling: 50 },
  );
}

/** In the page: each phase's start, its last chart-finished mark and its paint. */
function readPhases(charts: string[]) {
  const times = (name: string) =>
    performance.getEntriesByName(name, 'mark').map((m) => m.startTime);
  const inputs = (window as unknown as { __floor: { inputAt: number[] } }).__floor.inputAt;
  const starts = [0, ...inputs.slice(0, 2)];
  const painted = times('floor:painted');
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? Number.POSITIVE_INFINITY;
    const firstAfter = (list: number[]) => list.find((t) => t >= start && t < end);
    const finished = charts.map((id) => firstAfter(times(`floor:chart-finished:${id}`)));
    const paint = firstAfter(painted);
    return {
      drawn: finished.every((t) => t !== undefined)
        ? Math.max(...(finished as number[])) - start
        : null,
      painted: paint === undefined ? null : paint - start,
    };
  });
}

async function runOnce(browser: Browser, url: string): Promise<FloorSample> {
  // The bench's own page setup (viewport, error capture, its probe, CPU throttling), so the
  // floor page runs under the same harness as the dashboard.
  const errors: string[] = [];
  const { context, page } = await openPage(browser, cpuRate, errors);
  const steps: number[][] = [];
  page.on('console', (m) => {
    const [tag, ...values] = m.text().split(' ');
    if (tag === 'floor:steps') steps.push(values.map(Number));
  });
  // Every click's timestamp (the bench's probe keeps only the first one after a reset).
  await page.addInitScript(() => {
    const probe = { inputAt: [] as number[] };
    (window as unknown as { __floor: typeof probe }).__floor = probe;
    window.addEventListener('pointerdown', (e) => probe.inputAt.push(e.timeStamp), true);
  });
  try {
    await page.goto(url);
    await waitForPaints(page, 1);
    await page.waitForTimeout(500);
    const box = await page.locator('.toggle').boundingBox();
    if (!box) throw new Error('no toggle button');
    for (let i = 1; i <= 2; i++) {
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await waitForPaints(page, i + 1);
      await page.waitForTimeout(400);
    }
    if (errors.length) throw new Error(errors.join('\n'));
    const phases = await page.evaluate(readPhases, CHARTS);
    const pick = (key: 'drawn' | 'painted') => ({
      load: phases[0]?.[key] ?? null,
      on: phases[1]?.[key] ?? null,
      off: phases[2]?.[key] ?? null,
    });
    return { drawn: pick('drawn'), painted: pick('painted'), steps };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const outDir = join(root, 'tests', '.artifacts', 'floor-dist');
  await build({
    root: join(root, 'tests', 'bench', 'floor'),
    publicDir: join(root, 'public'),
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 2000,
      // The same compile hint the app's charts chunk carries (vite.config.ts).
      rolldownOptions: { output: { postBanner: '//# allFunctionsCalledOnLoad' } },
    },
  });
  // The app's config for its preview-server plugin: synthetic data gzipped once and kept, as
  // the bench serves it (vite.config.ts), not compressed again on every request.
  const server = await preview({
    configFile: join(root, 'vite.config.ts'),
    root: join(root, 'tests', 'bench', 'floor'),
    publicDir: join(root, 'public'),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error('vite preview did not report its address');
  const browser = await launchChromium();
  try {
    const rows: string[][] = [['figure', 'median', 'p95', '(painted)', 'n']];
    const figure = (name: string, drawn: (number | null)[], painted: (number | null)[]) => {
      const d = stat(drawn);
      const p = stat(painted);
      rows.push([name, ms(d.median), ms(d.p95), `(${ms(p.median)})`, String(d.n)]);
    };
    for (const how of ['replace', variant]) {
      const url = `${base}?ds=${dataset}&variant=${how}`;
      await runOnce(browser, url); // warm-up: HTTP server and disk caches
      const samples: FloorSample[] = [];
      for (let i = 0; i < runs; i++) samples.push(await runOnce(browser, url));
      const of = (phase: Phase) =>
        [samples.map((x) => x.drawn[phase]), samples.map((x) => x.painted[phase])] as const;
      if (how === 'replace') figure('navigation → all 3 charts drawn', ...of('load'));
      figure(`category toggle on → 3 charts redrawn (${how})`, ...of('on'));
      figure(`category toggle off → 3 charts redrawn (${how})`, ...of('off'));
      (['on', 'off'] as const).forEach((phase, k) => {
        STEPS.forEach((step, i) => {
          const s = stat(samples.map((x) => x.steps[k]?.[i]));
          rows.push([
            `  toggle ${phase}, ${how}: ${step}`,
            ms(s.median),
            ms(s.p95),
            '',
            String(s.n),
          ]);
        });
      });
    }
    console.log(`floor page, ${dataset}, CPU ${cpuRate}x, ${runs} runs each`);
    console.log(table(rows));
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
