/**
 * Shared links are user input. Property: whatever the query string — random, hostile, very
 * long, broken percent-encoding, repeated or unknown keys, unknown ids, unicode, control
 * characters — the page renders a valid view of the bundled data: the shown count says
 * "n / 177", the table is there (presenter mode has no table and an embed shows its caption
 * and one chart or the table, by design), a chart draws, the page is not blank, no error was
 * thrown or logged, and nothing in the link became markup. One page is reused; each case is
 * a fresh page.goto.
 */
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, setupChromium, waitForApp } from './browser';

const TOTAL = 177;
const MAX_QUERY_CHARS = 12_000;
// FUZZ_RUNS, FUZZ_SEED and FUZZ_TIMEOUT (ms) allow a longer hunt: FUZZ_RUNS=300 FUZZ_TIMEOUT=590000.
const TIME_BUDGET = Number(process.env.FUZZ_TIMEOUT ?? 240_000);
const SHOWN = new RegExp(`^\\d+ / ${TOTAL} (件|programs)$`);
const WAIT = { timeout: 15_000 };

const KNOWN_KEYS = [
  'ds',
  'cat',
  'dept',
  'sec',
  'q',
  'sort',
  'sel',
  'lang',
  'view',
  'chart',
  'scheme',
  'decal',
] as const;

const keyArb = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...KNOWN_KEYS) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'utm_source',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'CAT',
      'cat[]',
      'cat ',
      '%63at',
      '',
      ' ',
      '%00',
      '<script>',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const valueArb = fc.oneof(
  // Values that mean something, so the valid paths are exercised too.
  fc.constantFrom(
    'local',
    'kikaku',
    'citizen,local',
    'local,kikaku,soumu',
    'local-02',
    'citizen-01',
    'name',
    '-name',
    '-summary',
    'en',
    'ja',
    'present',
    'embed',
    'budget',
    'portfolio',
    'departments',
    'table',
    'light',
    'dark',
    'contrast',
    '1',
    'miyagi-r5-it',
    'オープンデータ',
  ),
  // Ids the data does not have, and ids that are not ids.
  fc.constantFrom(
    'nope',
    'local-999',
    'zz-top',
    'a'.repeat(65),
    'LOCAL',
    'local_02',
    'local,,kikaku,',
    ',',
    '',
    '-',
    '--name',
    'name-',
    'synthetic-0',
  ),
  // Markup and template-looking text.
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><svg onload=alert(1)>',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '{a|x}',
    "'; --",
    '$\u007B7*7}',
    '{{7*7}}',
    '</textarea><b>',
  ),
  // Broken percent-encoding (sent raw).
  fc.constantFrom(
    '%E3%8',
    '%%',
    '%',
    '%zz',
    '%2',
    '%C0%AF',
    '%ED%A0%80',
    '%FF%FE',
    '%E3%81',
    '%u0041',
    '%00',
  ),
  // Null bytes, control characters, lone surrogates, bidi overrides.
  fc.constantFrom('\u0000', 'a\u0000b', '\u0007\u001b[31m', '\r\n', '\t', '\uD800', '\u202Eabc'),
  // Very long values.
  fc.constantFrom(
    'a'.repeat(10_000),
    'あ'.repeat(1_000),
    'local,'.repeat(1_500),
    '%E3%81%82'.repeat(1_000),
    '-'.repeat(10_000),
    '👨‍👩‍👧'.repeat(150),
  ),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ maxLength: 40 }),
);

/** encodeURIComponent, or the raw text when it cannot be encoded (a lone surrogate). */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

const queryArb = fc
  .array(fc.record({ key: keyArb, value: valueArb, raw: fc.boolean() }), { maxLength: 8 })
  .map((pairs) =>
    pairs
      .map(({ key, value, raw }) => (raw ? `${key}=${value}` : `${encode(key)}=${encode(value)}`))
      .join('&'),
  )
  // Node's HTTP server (vite preview) answers 431 above 16 KB of headers; static hosts allow
  // about 8 KB. Longer links cannot reach the page at all, so they are not the app's to handle.
  .filter((query) => encodedLength(query) <= MAX_QUERY_CHARS)
  // The dev/preview server also lists benchmark datasets (up to 50,000 programs): not these.
  .filter((query) => !/^synthetic-(5k|50k)$/.test(dsOf(query)));

/** Length of the query as the browser sends it (raw unicode is percent-encoded, up to 9×). */
function encodedLength(query: string): number {
  try {
    return new URL(`http://localhost/?${query}`).search.length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function dsOf(query: string): string {
  try {
    return new URLSearchParams(query.split('#')[0]).get('ds') ?? '';
  } catch {
    return '';
  }
}

/** The cases named in the brief, always run before the random ones. */
const EXAMPLES: string[] = [
  '',
  `q=${'x'.repeat(10_000)}`,
  `cat=${'local,'.repeat(1_900)}`,
  'cat=%E3%8&q=%%',
  'q=%E3%8&sel=%%&sort=%',
  'cat=local&cat=kikaku&cat=citizen&sort=name&sort=-id&lang=en&lang=ja',
  'sel=local-999&dept=nope&ds=nope&sec=gone&sort=budget',
  'foo=bar&utm_source=x&__proto__=1&constructor=prototype',
  `q=${encodeURIComponent('日本語🎌👨‍👩‍👧‍👦 ｵｰﾌﾟﾝ')}&lang=en`,
  'q=<script>alert(1)</script>&cat="><svg onload=alert(1)>&sel=javascript:alert(1)',
  'q=%00a%00&sel=%00&cat=local%00',
  `lang=en&q=${'あ'.repeat(1_300)}`,
  'view=embed&chart=nope',
  'view=present&lang=en&cat=local',
  'view=embed&chart=table&q=%%',
  'scheme=dark&decal=1&view=nope&chart=budget',
];

const chromium = setupChromium();
let page: Page;
let dialogs: string[];
/** Set while a case runs: a case that failed leaves the page in a state the next must not see. */
let dirty = true;

async function freshPage(): Promise<void> {
  page = await chromium.newPage({ viewport: { width: 1280, height: 800 } });
  dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}

interface Rendered {
  readonly bodyText: number;
  readonly errorPanels: number;
  readonly injected: string[];
}

/** Opens the query and checks the view; throws (with the query in the message) when it is not valid. */
async function checkQuery(query: string): Promise<void> {
  if (dirty) await freshPage();
  dirty = true;
  chromium.errors.length = 0;
  dialogs.length = 0;
  const url = `${baseUrl()}${query === '' ? '' : `?${query}`}`;
  // about:blank first: a query that differs from the last one only after `#` would otherwise
  // be a same-document navigation and check nothing new.
  await page.goto('about:blank');
  const short = JSON.stringify(query.length > 300 ? `${query.slice(0, 300)}…` : query);
  let status: number | undefined;
  try {
    status = (await page.goto(url))?.status();
  } catch (error) {
    // Playwright's message repeats the whole URL: keep the first line, shortened.
    const first = String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
    throw new Error(`query ${short}: navigation failed: ${first.slice(0, 300)}`);
  }
  expect(status, `query ${short}: HTTP status`).toBe(200);
  await waitForApp(page);
  // The view the app parses: the first `view` and `chart` values as the browser sees them.
  const where = await page.evaluate(() => {
    const params = new URLSearchParams(window.location.search);
    return { search: window.location.search, mode: params.get('view'), chart: params.get('chart') };
  });
  const label = `query ${short} (location.search ${JSON.stringify(where.search.slice(0, 200))})`;
  // Each mode has its own page: the full dashboard (summary and table), presenter mode
  // (summary and charts, no table) and an embed (caption and one chart, or the table).
  const embed = where.mode === 'embed';
  const present = where.mode === 'present';
  const embedTable = embed && where.chart === 'table';

  await page
    .locator(embed ? '[data-testid="caption"]' : '[data-testid="shown-count"]')
    .waitFor(WAIT);
  if (!embed) expect(await page.getByTestId('shown-count').textContent(), label).toMatch(SHOWN);
  if ((!embed && !present) || embedTable) await page.getByTestId('program-table').waitFor(WAIT);
  // Charts are loaded lazily: wait for one to draw (or for the chart error box).
  if (!embedTable)
    await page.locator('[data-testid^="chart-"] canvas, .chart-error').first().waitFor(WAIT);

  const rendered: Rendered = await page.evaluate(() => ({
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point (not blank)
    bodyText: (document.body.innerText ?? '').trim().length,
    errorPanels: document.querySelectorAll('.error-panel, .chart-error').length,
    injected: Array.from(
      document.querySelectorAll(
        'img[src="x"], script:not([src]), svg[onload], [onerror], [onload], [href^="javascript:" i]',
      ),
    ).map((el) => el.outerHTML.slice(0, 120)),
  }));
  expect(rendered.bodyText, `${label}: the page is blank`).toBeGreaterThan(20);
  expect(rendered.errorPanels, `${label}: an error panel is shown`).toBe(0);
  expect(rendered.injected, `${label}: markup from the link`).toEqual([]);
  expect(chromium.errors, `${label}: errors`).toEqual([]);
  expect(dialogs, `${label}: dialogs`).toEqual([]);
  dirty = false;
}

/** A query that prints shortened (fast-check shows counterexamples with this). */
interface Case {
  readonly query: string;
  [fc.toStringMethod](): string;
}
const asCase = (query: string): Case => ({
  query,
  [fc.toStringMethod]: () =>
    JSON.stringify(query.length > 300 ? `${query.slice(0, 300)}… (${query.length} chars)` : query),
});

describe('any query string gives a valid view', () => {
  it(
    'the examples and 40 random queries (FUZZ_RUNS to change)',
    async () => {
      expect(EXAMPLES.filter((query) => encodedLength(query) > MAX_QUERY_CHARS)).toEqual([]);
      await fc.assert(
        fc.asyncProperty(queryArb.map(asCase), ({ query }) => checkQuery(query)),
        {
          numRuns: Number(process.env.FUZZ_RUNS ?? 40),
          seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) | 0,
          verbose: 1,
          examples: EXAMPLES.map((query) => [asCase(query)] as [Case]),
          // Shrinking reloads the page for every candidate: cap the time, keep the best so far.
          // Running out of time before numRuns is a failure, never a silent pass.
          interruptAfterTimeLimit: TIME_BUDGET - 30_000,
          markInterruptAsFailure: true,
        },
      );
    },
    TIME_BUDGET,
  );
});
