/**
 * The JS size budget (issue 5), checked on the production build that `npm test` has just made.
 * "Before charts" is what index.html loads: its entry script and the chunks it preloads;
 * everything else is loaded lazily (echarts and the charts panel).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = 'dist';
const TOTAL_BUDGET = 320 * 1000;
const BEFORE_CHARTS_BUDGET = 140 * 1000;

/** zlib's default level 6, as `npm run bench` counts (tests/bench/sizes.ts): the two must agree. */
function gzipBytes(file: string): number {
  return gzipSync(readFileSync(join(DIST, file)), { level: 6 }).length;
}

describe('the JS size budget (gzip)', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const eager = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] ?? '',
  );
  const all = readdirSync(join(DIST, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);

  it('finds the entry script and the lazy chunks', () => {
    expect(eager.length).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(eager.length);
    for (const file of eager) expect(all).toContain(file);
  });

  it(`keeps everything under ${TOTAL_BUDGET / 1000} kB and the part before charts under ${BEFORE_CHARTS_BUDGET / 1000} kB`, () => {
    const total = all.reduce((sum, f) => sum + gzipBytes(f), 0);
    const beforeCharts = eager.reduce((sum, f) => sum + gzipBytes(f), 0);
    const report = `total ${(total / 1000).toFixed(1)} kB, before charts ${(beforeCharts / 1000).toFixed(1)} kB`;
    expect(total, report).toBeLessThanOrEqual(TOTAL_BUDGET);
    expect(beforeCharts, report).toBeLessThanOrEqual(BEFORE_CHARTS_BUDGET);
    // echarts must not be in the eager part: the numbers and the table come first.
    // `_echarts_instance_` is a string echarts writes on its DOM node; it survives minification.
    const marker = '_echarts_instance_';
    const eagerSource = eager.map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
    const lazySource = all
      .filter((f) => !eager.includes(f))
      .map((f) => readFileSync(join(DIST, f), 'utf8'))
      .join('\n');
    expect(lazySource.includes(marker)).toBe(true);
    expect(eagerSource.includes(marker)).toBe(false);
  });

  it("keeps V8's compile hint at the top of echarts' chunk, through both minifiers", () => {
    const charts = all.filter((f) =>
      readFileSync(join(DIST, f), 'utf8').includes('_echarts_instance_'),
    );
    expect(charts).toHaveLength(1);
    expect(readFileSync(join(DIST, charts[0] ?? ''), 'utf8')).toMatch(
      /^\/\/# allFunctionsCalledOnLoad\n/,
    );
  });
});
