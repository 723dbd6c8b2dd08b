/**
 * The echarts floor: how long the app's three charts take on this machine with nothing else
 * on the page (tests/bench/floor/). Same option builders, theme, sizes, data and browser as
 * the dashboard; no React, no table, no prerendered page. Whatever the dashboard does, it
 * cannot draw or redraw these charts faster than this.
 *
 *   npx tsx tests/bench/floor.ts [runs=9] [cpuRate=1] [dataset=miyagi-r5-it]
 *
 * Prints medians and p95 of: navigation → all three charts painted; and a click on a button
 * → the three charts redrawn for a category toggle (what the dashboard's category click
 * does to them) and painted, with setOption replacing the option (as the app does) and,
 * for comparison, merging into it.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build, preview } from 'vite';
import { launchChromium } from '../e2e/browser';
import { ms, stat, table } from './stats';

const root = join(fileURLToPath(import.meta.url), '..', '..', '..');
const [runs = 9, cpuRate = 1] = process.argv.slice(2, 4).map(Number);
const dataset = process.argv[4] ?? 'miyagi-r5-it';

interface FloorSample {
  load: number | null;
  toggleOn: number | null;
  toggleOff: number | null;
  /** Per toggle, in ms: building the options, then setOption on each chart (synchronous draw). */
  parts: number[][];
}

async function waitForMark(page: import('playwright-core').Page, name: string, count: number) {
  await page.waitForFunction(
    ([n, c]) => performance.getEntriesByName(n as string, 'mark').length >= (c as number),
    [name, count] as const,
    { timeout: 60_000 * cpuRate, polling: 50 },
  );
}

async function runOnce(browser: Browser, url: string): Promise<FloorSample> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const parts: number[][] = [];
  page.on('console', (m) => {
    const [tag, ...values] = m.text().split(' ');
    if (tag === 'floor:setOption') parts.push(values.map(Number));
  });
  // tsx (esbuild keepNames) wraps named functions in `__name(...)`: the page needs it too.
  await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await page.addInitScript(() => {
    const probe = { inputAt: [] as number[] };
    (window as unknown as { __floor: typeof probe }).__floor = probe;
    window.addEventListener('pointerdown', (e) => probe.inputAt.push(e.timeStamp), true);
  });
  if (cpuRate !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  }
  try {
    await page.goto(url);
    await waitForMark(page, 'floor:charts', 1);
    await page.waitForTimeout(500);
    const box = await page.locator('.toggle').boundingBox();
    if (!box) throw new Error('no toggle button');
    for (let i = 1; i <= 2; i++) {
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await waitForMark(page, 'floor:update', i);
      await page.waitForTimeout(400);
    }
    if (errors.length) throw new Error(errors.join('\n'));
    const marks = await page.evaluate(() => {
      const marks = (name: string) =>
        performance.getEntriesByName(name, 'mark').map((m) => m.startTime);
      const input = (window as unknown as { __floor: { inputAt: number[] } }).__floor.inputAt;
      const updates = marks('floor:update');
      const since = (i: number) =>
        updates[i] !== undefined && input[i] !== undefined ? updates[i] - input[i] : null;
      return { load: marks('floor:charts')[0] ?? null, toggleOn: since(0), toggleOff: since(1) };
    });
    return { ...marks, parts };
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
    const rows: string[][] = [['figure', 'median', 'p95', 'n']];
    for (const merge of [false, true]) {
      const url = `${base}?ds=${dataset}${merge ? '&merge=1' : ''}`;
      await runOnce(browser, url); // warm-up: HTTP server and disk caches
      const samples: FloorSample[] = [];
      for (let i = 0; i < runs; i++) samples.push(await runOnce(browser, url));
      const label = merge ? 'setOption merging' : 'setOption replacing';
      for (const key of ['load', 'toggleOn', 'toggleOff'] as const) {
        if (merge && key === 'load') continue;
        const s = stat(samples.map((x) => x[key]));
        const name =
          key === 'load' ? 'navigation → all charts painted' : `${key}, ${label} → painted`;
        rows.push([name, ms(s.median), ms(s.p95), String(s.n)]);
      }
      const steps = ['options', 'budget setOption', 'portfolio setOption', 'departments setOption'];
      steps.forEach((step, i) => {
        const s = stat(samples.flatMap((x) => x.parts.map((p) => p[i])));
        rows.push([`  toggles, ${label}: ${step}`, ms(s.median), ms(s.p95), String(s.n)]);
      });
    }
    console.log(`echarts floor, ${dataset}, CPU ${cpuRate}x, ${runs} runs each`);
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
