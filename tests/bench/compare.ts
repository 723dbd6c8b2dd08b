/**
 * Two builds side by side: runs alternate between them in one browser, so drift in the
 * machine's speed falls on both alike. Each checkout is built into its own folder and served
 * with its own vite config.
 *
 *   git worktree add /tmp/old <rev> && ln -s "$PWD/node_modules" /tmp/old/node_modules
 *   npx tsx tests/bench/compare.ts /tmp/old . [query] [runs] [load|full]
 *
 * `load` (the default) times the first paints only; `full` also the interactions of a bench run.
 */
import { resolve } from 'node:path';
import { build, type PreviewServer, preview } from 'vite';
import { launchChromium } from '../e2e/browser';
import { type RunSample, runOnce } from './page-run';
import { ms, table } from './stats';

const [rootA = '', rootB = '.', query = '', runsText = '8', mode = 'load'] = process.argv.slice(2);
if (!rootA)
  throw new Error('usage: compare.ts <checkout A> <checkout B> [query] [runs] [load|full]');
const roots = [resolve(rootA), resolve(rootB)];
/** Rounded up to even: the order alternates, and an odd count would put one more first on A. */
const runs = Math.ceil(Number(runsText) / 2) * 2;
const METRICS = [
  'viewPainted',
  'viewLive',
  'chartsPainted',
  'clickView',
  'click',
  'keystrokeNet',
  'sort',
] as const;

async function serve(root: string, index: number): Promise<PreviewServer> {
  const outDir = resolve('tests/.artifacts', `compare-dist-${index}`);
  const configFile = resolve(root, 'vite.config.ts');
  await build({ root, configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return preview({
    root,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
}

const servers = [await serve(roots[0] ?? '', 0), await serve(roots[1] ?? '', 1)];
const urls = servers.map((s) => new URL(query, s.resolvedUrls?.local[0] ?? '').href);
const browser = await launchChromium();
const samples: RunSample[][] = [[], []];
/** The same samples by their place in the pair, to show the order's own effect. */
const positions: RunSample[][] = [[], []];
try {
  // An untimed load first: the browser's own first-use costs are not either build's.
  await runOnce(browser, urls[0] ?? '', { cpuRate: 1, timeoutMs: 30_000, loadOnly: true });
  // The order alternates (A B, B A, A B, ...). With a fixed order, whatever the place in the
  // pair does falls on one build alone: on 2026-11-26 the first load's first paint differed
  // from the second's by +28, +84 and then -32 ms (16-20 runs each), larger than the effects
  // looked for. Use an even number of runs so it falls on both builds alike.
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? [0, 1] : [1, 0];
    for (const [position, k] of order.entries()) {
      const sample = await runOnce(browser, urls[k] ?? '', {
        cpuRate: 1,
        timeoutMs: 60_000,
        loadOnly: mode !== 'full',
      });
      samples[k]?.push(sample);
      positions[position]?.push(sample);
    }
  }
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}
const median = (values: (number | null)[]) => {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.floor(sorted.length / 2)] ?? null) : null;
};
const shown = mode === 'full' ? METRICS : METRICS.slice(0, 3);
console.log(
  table([
    [`median of ${runs} runs`, ...roots],
    ...shown.map((metric) => [
      metric,
      ...samples.map((list) => ms(median(list.map((s) => s[metric])))),
    ]),
  ]),
);
console.log(
  table([
    ['same runs, by place in the pair', 'first', 'second'],
    ...shown.map((metric) => [
      metric,
      ...positions.map((list) => ms(median(list.map((s) => s[metric])))),
    ]),
  ]),
);
