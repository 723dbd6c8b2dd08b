/**
 * Where the time goes: a CPU profile (CDP Profiler) of one benchmark step, summarised as the
 * functions with the most self and total time. Uses an unminified build so names stay readable.
 *
 *   npx tsx tests/bench/profile.ts [dataset] [load|click|sort|scroll|search[,…]] [cpuRate]
 *   npx tsx tests/bench/profile.ts synthetic-50k load,sort,search 1
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build, preview } from 'vite';
import { launchChromium } from '../e2e/browser';
import {
  emptySample,
  measureClick,
  measureLoad,
  measureScroll,
  measureSearch,
  measureSort,
  openPage,
  settle,
} from './page-run';
import { ms, table } from './stats';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const artifacts = join(root, 'tests', '.artifacts');
const outDir = join(artifacts, 'bench-profile-dist');
const [dataset = 'synthetic-50k', steps = 'load', rate = '1'] = process.argv.slice(2);
const STEPS = ['load', 'click', 'sort', 'scroll', 'search'];

function summarise(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode) => {
    const f = n.callFrame;
    const file = f.url.split('/').pop() ?? '';
    return `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const micros = profile.timeDeltas[i + 1] ?? 0;
    const node = byId.get(id);
    if (!node) return;
    const name = key(node);
    self.set(name, (self.get(name) ?? 0) + micros);
    if (name !== '(idle)' && name !== '(program)') busy += micros;
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = node; n; n = byId.get(parent.get(n.id) ?? -1)) {
      const k = key(n);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + micros);
    }
  });
  const skip = new Set(['(root)', '(idle)', '(program)']);
  const rows = (map: Map<string, number>) =>
    [...map.entries()]
      .filter(([k]) => !skip.has(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => [k, ms(v / 1000)]);
  return [
    `busy (not idle): ${ms(busy / 1000)}`,
    '',
    table([['self time', ''], ...rows(self)]),
    '',
    table([['total time (inclusive)', ''], ...rows(total)]),
  ].join('\n');
}

async function profileStep(browser: Browser, url: string, step: string): Promise<void> {
  const sample = emptySample();
  const timeoutMs = 60_000 * Number(rate);
  const { context, page } = await openPage(browser, Number(rate), sample.errors);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    if (step === 'load') await cdp.send('Profiler.start');
    await measureLoad(page, url, sample, timeoutMs);
    if (step !== 'load') {
      await settle(page);
      await cdp.send('Profiler.start');
      if (step === 'click') await measureClick(page, sample, timeoutMs);
      if (step === 'sort') await measureSort(page, sample, timeoutMs);
      if (step === 'scroll') await measureScroll(page, sample);
      if (step === 'search') await measureSearch(page, sample, timeoutMs);
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const file = join(artifacts, `profile-${dataset}-${step}-${rate}x.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    const figures = Object.entries(sample)
      .flatMap(([k, v]) => (typeof v === 'number' ? [`${k} ${v.toFixed(1)}`] : []))
      .join(', ');
    console.log(`\n=== ${dataset} ${step} at ${rate}x CPU: ${figures}`);
    console.log(summarise(profile));
    console.log(`full profile (open in DevTools → Performance): ${file}`);
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  for (const step of steps.split(','))
    if (!STEPS.includes(step)) throw new Error(`steps must be among ${STEPS.join(', ')}`);
  mkdirSync(artifacts, { recursive: true });
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: false } });
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('vite preview did not report its address');
  const url = new URL(dataset === 'miyagi-r5-it' ? './' : `./?ds=${dataset}`, baseUrl).href;
  const browser = await launchChromium();
  try {
    for (const step of steps.split(',')) await profileStep(browser, url, step);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
