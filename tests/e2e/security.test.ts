/**
 * Hostile data and the Content-Security-Policy, in Chromium.
 *
 * tests/fixtures/hostile/ is a dataset that passes the schemas but whose every name (program,
 * summary, department, section, category, pillar, title, notes) is markup: an <img onerror>,
 * a <script>, an attribute breakout into <svg onload>, a javascript: URL and echarts rich-text
 * markup. It is served in place of the bundled files with page.route, the page is used like a
 * visitor would (charts hovered so every tooltip renders, details opened, hostile text searched,
 * a hostile link followed) and nothing may run or be injected: no window.__xss, no dialog, no
 * injected element or on* attribute ever added (a MutationObserver installed before the app runs
 * sees even short-lived nodes), no request for the <img src=x>, and the text shows as text.
 *
 * The hostile run is done twice: with the CSP (as served) and with the CSP bypassed, so the
 * escaping is tested on its own and not only the policy that would block an injected handler.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { budgetsFileSchema, datasetsFileSchema, programsFileSchema } from '../../src/data/schemas';
import { baseUrl, setupChromium, waitForApp } from './browser';

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=1</script>';
const SVG = '"><svg onload=window.__xss=1>';
const JS = 'javascript:window.__xss=1';
const RICH = '{a|x}';
const PAYLOADS = [IMG, SCRIPT, SVG, JS, RICH] as const;

const FIXTURES = {
  'datasets.json': 'datasets.json',
  'miyagi-r5-it/budgets.json': 'miyagi-r5-it/budgets.json',
  'miyagi-r5-it/programs.json': 'miyagi-r5-it/programs.json',
} as const;
const fixture = (file: string) =>
  readFileSync(new URL(`../fixtures/hostile/${file}`, import.meta.url), 'utf8');

interface HostileProgram {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
}
const hostileDatasets = JSON.parse(fixture('datasets.json')) as {
  datasets: { title: { ja: string } }[];
};
const hostilePrograms = JSON.parse(fixture('miyagi-r5-it/programs.json')) as {
  programs: HostileProgram[];
};
const hostileProgram = (id: string): HostileProgram => {
  const found = hostilePrograms.programs.find((p) => p.id === id);
  if (!found) throw new Error(`no program ${id} in the hostile fixture`);
  return found;
};

/** What the init script records, on window. */
interface Watch {
  __xss?: unknown;
  __cspViolations: string[];
  __injected: string[];
}

/**
 * Runs in the page before any of its scripts (page.addInitScript, so the CSP does not apply):
 * records CSP violations, and every element ever added to (or changed in) the document that
 * could run code: a script that is not the bundle, an on* attribute, a javascript: URL, an
 * <img src=x>, an <iframe>, <object>, <embed> or SVG <foreignObject>/<set>/<animate>.
 */
function installWatch(): void {
  const w = window as unknown as Watch;
  w.__cspViolations = [];
  w.__injected = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__cspViolations.push(
      `${e.violatedDirective} blocked=${e.blockedURI} sample=${e.sample} at ${e.sourceFile}:${e.lineNumber}`,
    );
  });
  const bundle = new URL('assets/', document.baseURI).href;
  const snippet = (el: Element) => el.outerHTML.slice(0, 200);
  const check = (el: Element) => {
    const tag = el.tagName.toLowerCase();
    if (tag === 'script') {
      const src = el.getAttribute('src');
      const url = src === null ? '' : new URL(src, document.baseURI).href;
      if (!url.startsWith(bundle) || (el.textContent ?? '') !== '') w.__injected.push(snippet(el));
    }
    // The app draws SVG itself (QR codes): an injected <svg> shows by its on* attribute.
    if (['iframe', 'object', 'embed', 'frame', 'foreignobject', 'set', 'animate'].includes(tag))
      w.__injected.push(snippet(el));
    if (tag === 'img' && el.getAttribute('src') === 'x') w.__injected.push(snippet(el));
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value.replace(/[\s\p{Cc}]/gu, '').toLowerCase();
      if (name.startsWith('on') || value.startsWith('javascript:'))
        w.__injected.push(`${name}= on ${snippet(el)}`);
    }
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.target instanceof Element) check(record.target);
      for (const node of Array.from(record.addedNodes)) {
        if (!(node instanceof Element)) continue;
        check(node);
        for (const child of Array.from(node.querySelectorAll('*'))) check(child);
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

/**
 * For expect.poll: its default of one second is too short on a loaded machine for what the
 * polls here wait for (the search box's 250 ms debounce and the render after it, the clipboard).
 */
const POLL = { timeout: 5_000, interval: 50 };

const chromium = setupChromium();
let page: Page;
let dialogs: string[];
/** Requests for the hostile <img src=x> (or anything else named x). */
let imageRequests: string[];

async function newPage({ hostile, bypassCSP }: { hostile: boolean; bypassCSP: boolean }) {
  page = await chromium.newPage({ bypassCSP });
  dialogs = [];
  imageRequests = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (/\/x(?:[?#]|$)/.test(request.url())) imageRequests.push(request.url());
  });
  await page.addInitScript(installWatch);
  if (hostile) {
    for (const [pattern, file] of Object.entries(FIXTURES)) {
      const body = fixture(file);
      await page.route(`**/data/${pattern}`, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body }),
      );
    }
  }
}

/** Opens a view and waits for `ready` (the table, or the caption of a presenter/embed view). */
async function goto(query: string, ready = '[data-testid="program-table"]'): Promise<void> {
  await page.goto(`${baseUrl()}${query}`);
  await waitForApp(page);
  await page.locator(ready).first().waitFor();
}

/** The charts the current view shows, by data-testid. */
const chartIds = () =>
  page
    .locator('[data-testid^="chart-"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid') ?? ''));

/** Waits until at least one chart has its canvas, then until every chart shown has one. */
async function waitForCharts(): Promise<void> {
  await page.locator('[data-testid^="chart-"] canvas').first().waitFor();
  for (const id of await chartIds()) await page.getByTestId(id).locator('canvas').first().waitFor();
}

interface TooltipSample {
  readonly text: string;
  readonly html: string;
  /** Elements in the tooltip that are not plain formatting. */
  readonly foreign: string[];
}

/**
 * Moves the mouse over a grid of points on each chart (every `step` px, inside the viewport)
 * and returns every distinct content the echarts tooltips had meanwhile. A tooltip is the div
 * echarts appends next to its canvas wrapper, inside the element with `_echarts_instance_`;
 * a MutationObserver in the page records each content as echarts writes it.
 */
async function hoverCharts(step = 40): Promise<TooltipSample[]> {
  await page.evaluate(() => {
    const seen = new Map<string, { text: string; html: string; foreign: string[] }>();
    const record = () => {
      for (const tooltip of Array.from(
        document.querySelectorAll('[data-testid^="chart-"] [_echarts_instance_] > div'),
      )) {
        if (tooltip.querySelector('canvas') || tooltip.innerHTML === '') continue;
        if (seen.has(tooltip.innerHTML)) continue;
        seen.set(tooltip.innerHTML, {
          text: tooltip.textContent ?? '',
          html: tooltip.innerHTML,
          foreign: Array.from(tooltip.querySelectorAll('*'))
            .filter((c) => !['DIV', 'SPAN', 'STRONG', 'B', 'BR', 'P'].includes(c.tagName))
            .map((c) => c.outerHTML.slice(0, 120)),
        });
      }
    };
    const observer = new MutationObserver(record);
    for (const chart of Array.from(document.querySelectorAll('[data-testid^="chart-"]')))
      observer.observe(chart, { childList: true, subtree: true, characterData: true });
    Object.assign(window, { __tooltipRecorder: { seen, observer, record } });
  });
  const viewport = page.viewportSize() ?? { width: 1440, height: 900 };
  for (const id of await chartIds()) {
    const chart = page.getByTestId(id);
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box) throw new Error(`${id} has no box`);
    for (let y = box.y + step / 2; y < box.y + box.height; y += step) {
      if (y < 0 || y >= viewport.height) continue;
      for (let x = box.x + step / 2; x < box.x + box.width; x += step) await page.mouse.move(x, y);
    }
    await page.mouse.move(0, 0);
  }
  return page.evaluate(() => {
    const { seen, observer, record } = (
      window as unknown as {
        __tooltipRecorder: {
          seen: Map<string, TooltipSample>;
          observer: MutationObserver;
          record: () => void;
        };
      }
    ).__tooltipRecorder;
    record();
    observer.disconnect();
    return [...seen.values()];
  });
}

async function expectNothingRan(): Promise<void> {
  const state = await page.evaluate(() => {
    const w = window as unknown as Watch;
    const query = (selector: string) =>
      Array.from(document.querySelectorAll(selector)).map((el) => el.outerHTML.slice(0, 160));
    return {
      xss: w.__xss === undefined ? 'undefined' : String(w.__xss),
      injected: w.__injected,
      csp: w.__cspViolations,
      imgX: query('img[src="x"]'),
      active: query('svg[onload], iframe, object, embed, foreignObject'),
      inlineScripts: query('script:not([src])'),
      jsLinks: query('[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i]'),
      onAttributes: Array.from(document.querySelectorAll('*'))
        .filter((el) => Array.from(el.attributes).some((a) => /^on/i.test(a.name)))
        .map((el) => el.outerHTML.slice(0, 160)),
    };
  });
  expect(state, 'nothing from the data may run or be injected').toEqual({
    xss: 'undefined',
    injected: [],
    csp: [],
    imgX: [],
    active: [],
    inlineScripts: [],
    jsLinks: [],
    onAttributes: [],
  });
  expect(dialogs, 'dialogs opened').toEqual([]);
  expect(imageRequests, 'requests for the injected <img src=x>').toEqual([]);
}

describe('the hostile fixture', () => {
  it('is valid against the data schemas (so the app shows it instead of an error panel)', () => {
    const results = [
      datasetsFileSchema.safeParse(JSON.parse(fixture('datasets.json'))),
      budgetsFileSchema.safeParse(JSON.parse(fixture('miyagi-r5-it/budgets.json'))),
      programsFileSchema.safeParse(JSON.parse(fixture('miyagi-r5-it/programs.json'))),
    ];
    expect(results.map((r) => (r.success ? 'ok' : r.error.message))).toEqual(['ok', 'ok', 'ok']);
    for (const payload of PAYLOADS)
      expect(hostilePrograms.programs.some((p) => p.name === payload)).toBe(true);
  });
});

for (const bypassCSP of [false, true]) {
  const mode = bypassCSP ? 'CSP bypassed: escaping alone' : 'with the CSP';
  describe(`hostile names are shown as text, never run (${mode})`, () => {
    it('the default view and every chart tooltip', async () => {
      await newPage({ hostile: true, bypassCSP });
      await goto('');
      await waitForCharts();
      await expect(page.locator('h1').textContent()).resolves.toBe(
        hostileDatasets.datasets[0]?.title.ja,
      );
      await expect(page.getByTestId('shown-count').textContent()).resolves.toBe(
        `${hostilePrograms.programs.length} / ${hostilePrograms.programs.length} 件`,
      );
      const categoryButtons = await page
        .getByTestId('category-table')
        .locator('.category-toggle')
        .allTextContents();
      for (const payload of PAYLOADS)
        expect(categoryButtons.some((text) => text.includes(payload))).toBe(true);
      const tableNames = await page.locator('td.col-name a').allTextContents();
      for (const payload of PAYLOADS) expect(tableNames).toContain(payload);
      await expect(page.title()).resolves.toContain(IMG);

      // Every tooltip: the names are there as text, and nothing but formatting as elements.
      const samples = await hoverCharts();
      expect(samples.length, 'distinct tooltips seen while hovering the charts').toBeGreaterThan(
        10,
      );
      const tooltipText = samples.map((s) => s.text).join('\n');
      for (const payload of PAYLOADS)
        expect(tooltipText, `tooltips show ${payload} as text`).toContain(payload);
      expect(samples.flatMap((s) => s.foreign)).toEqual([]);
      expect(samples.some((s) => s.html.includes('&lt;img src=x onerror='))).toBe(true);
      await expectNothingRan();
    });

    it('the details dialog, searching for the hostile text, and a hostile link', async () => {
      await newPage({ hostile: true, bypassCSP });
      for (const id of ['xss-img', 'xss-svg', 'xss-mixed', 'xss-entities', 'xss-quotes']) {
        const program = hostileProgram(id);
        await goto(`?sel=${id}`);
        await page.locator('dialog[open]').waitFor();
        await expect(page.locator('#details-title').textContent()).resolves.toBe(program.name);
        await expect(page.locator('.details-summary').textContent()).resolves.toBe(program.summary);
        // The data note about this program renders as text as well.
        if (id === 'xss-img')
          await expect(page.locator('.details-notes').textContent()).resolves.toBe(SVG);
      }
      await page.keyboard.press('Escape');
      await expect.poll(() => new URL(page.url()).searchParams.get('sel'), POLL).toBeNull();
      await expectNothingRan();

      // Searching for the hostile text finds the programs and echoes it as text.
      const search = page.getByTestId('search-input');
      for (const payload of [SCRIPT, IMG]) {
        await search.fill(payload);
        await expect.poll(() => new URL(page.url()).searchParams.get('q'), POLL).toBe(payload);
        await expect
          .poll(() => page.locator('td.col-name a').allTextContents(), POLL)
          .toContain(payload);
        await expect(page.getByTestId('filter-chips').textContent()).resolves.toContain(payload);
        await expect(page.getByTestId('caption').textContent()).resolves.toContain(payload);
        await expect(search.inputValue()).resolves.toBe(payload);
      }
      await waitForCharts();
      await hoverCharts(64);
      await expectNothingRan();

      // A hostile link: the values that do not fit are named in the notice, as text.
      const hostileQuery = new URLSearchParams([
        ['q', SVG],
        ['sort', IMG],
        ['view', SCRIPT],
        ['cat', 'cat-img'],
        ['sel', JS],
      ]).toString();
      await goto(`?${hostileQuery}`);
      await waitForCharts();
      const notice = page.locator('.notice');
      await expect(notice.textContent()).resolves.toContain(`sort=${IMG}`);
      await expect(notice.textContent()).resolves.toContain(`view=${SCRIPT}`);
      await expect(notice.textContent()).resolves.toContain(`sel=${JS}`);
      await expect(page.getByTestId('filter-chips').textContent()).resolves.toContain(SVG);
      await hoverCharts(64);
      await expectNothingRan();
    });

    it('the share dialog: the embed snippet is one iframe whose title is the caption', async () => {
      await newPage({ hostile: true, bypassCSP });
      // The caption carries the category name and the search text, entities included.
      const q = `&quot;&amp;${SVG}`;
      await goto(`?cat=cat-svg&q=${encodeURIComponent(q)}`);
      const caption = (await page.getByTestId('caption').textContent()) ?? '';
      expect(caption).toContain(SVG);
      expect(caption).toContain(q);
      const share = page.getByRole('button', { name: /共有|Share/ }).first();
      await share.click();
      const dialog = page.locator('dialog.share[open]');
      await dialog.waitFor();
      await expect(dialog.locator('.share-caption').textContent()).resolves.toBe(caption);
      const link = await dialog.locator('input[type="text"]').inputValue();
      expect(new URL(link).searchParams.get('q')).toBe(q);
      const snippet = await dialog.locator('textarea').inputValue();
      // Parsed inertly (DOMParser runs no script): exactly one iframe and its four attributes.
      const parsed = await page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const elements = Array.from(doc.body.querySelectorAll('*'));
        return {
          tags: elements.map((el) => el.tagName.toLowerCase()),
          attributes: Array.from(elements[0]?.attributes ?? []).map((a) => a.name),
          title: elements[0]?.getAttribute('title') ?? null,
          src: elements[0]?.getAttribute('src') ?? null,
        };
      }, snippet);
      expect(parsed.tags, snippet).toEqual(['iframe']);
      expect(parsed.attributes.sort()).toEqual(['height', 'src', 'style', 'title', 'width']);
      expect(
        parsed.title,
        `the pasted iframe's title is not the caption: the snippet must escape & as &amp; ` +
          `(before ") in the title and src attributes — ${snippet}`,
      ).toBe(caption);
      const src = new URL(parsed.src ?? '', baseUrl());
      expect(src.searchParams.get('view')).toBe('embed');
      expect(src.searchParams.get('q')).toBe(q);
      await page.keyboard.press('Escape');
      await expectNothingRan();
    });

    it('copy link: the rich-text link on the clipboard is one <a> to the view, its text the caption', async () => {
      await newPage({ hostile: true, bypassCSP });
      await chromium.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(baseUrl()).origin,
      });
      const q = `&quot;&amp;${IMG}`;
      await goto(`?cat=cat-img&q=${encodeURIComponent(q)}`);
      const caption = (await page.getByTestId('caption').textContent()) ?? '';
      expect(caption).toContain(q);
      await page.getByRole('button', { name: /リンクをコピー|Copy link/ }).click();
      await expect
        .poll(() => page.locator('.copy-link-status').textContent(), POLL)
        .toMatch(/コピーしました|copied/i);
      const copied = await page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        const html = item?.types.includes('text/html')
          ? await (await item.getType('text/html')).text()
          : null;
        const text = item?.types.includes('text/plain')
          ? await (await item.getType('text/plain')).text()
          : null;
        const doc = new DOMParser().parseFromString(html ?? '', 'text/html');
        const elements = Array.from(doc.body.querySelectorAll('*'));
        return {
          html,
          text,
          tags: elements.map((el) => el.tagName.toLowerCase()),
          href: doc.querySelector('a')?.getAttribute('href') ?? null,
          linkText: doc.querySelector('a')?.textContent ?? null,
        };
      });
      // The view's canonical link: the same view as the address, its query perhaps encoded
      // otherwise (URLSearchParams writes what encodeURIComponent left as it was).
      const params = (url: string | null) => [...new URL(url ?? '').searchParams];
      expect(params(copied.text)).toEqual(params(page.url()));
      // Where the browser keeps only plain text, there is no markup to check.
      if (copied.html !== null) {
        expect(copied.tags, copied.html).toEqual(['a']);
        expect(copied.href, copied.html).toBe(copied.text);
        expect(copied.linkText, copied.html).toBe(caption);
      }
      await expectNothingRan();
    });

    it('English, presenter mode and every embed', async () => {
      await newPage({ hostile: true, bypassCSP });
      await goto('?lang=en&sel=xss-script');
      await page.locator('dialog[open]').waitFor();
      await expect(page.locator('#details-title').textContent()).resolves.toBe(SCRIPT);
      await page.keyboard.press('Escape');
      await waitForCharts();
      await hoverCharts(64);
      await expectNothingRan();

      await goto('?view=present&cat=cat-img', '[data-testid="caption"]');
      await expect(page.getByTestId('caption').textContent()).resolves.toContain(IMG);
      await waitForCharts();
      const presentTooltips = await hoverCharts(80);
      expect(presentTooltips.flatMap((s) => s.foreign)).toEqual([]);
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => new URL(page.url()).searchParams.get('cat'), POLL)
        .not.toBe('cat-img');
      await expectNothingRan();

      for (const chart of ['budget', 'portfolio', 'departments']) {
        await goto(`?view=embed&chart=${chart}&dept=dept-svg`, '[data-testid="caption"]');
        await expect(page.getByTestId('caption').textContent()).resolves.toContain(SVG);
        await waitForCharts();
        const tooltips = await hoverCharts(96);
        expect(tooltips.flatMap((s) => s.foreign)).toEqual([]);
        await expectNothingRan();
      }
      await goto('?view=embed&chart=table');
      const names = await page.locator('td.col-name a').allTextContents();
      for (const payload of PAYLOADS) expect(names).toContain(payload);
      await expectNothingRan();
    }, 120_000);
  });
}

describe('Content-Security-Policy', () => {
  it('the served index.html has a CSP meta: script-src self, no unsafe-inline or unsafe-eval', async () => {
    const response = await fetch(baseUrl());
    expect(response.ok).toBe(true);
    const html = await response.text();
    const metas = [...html.matchAll(/<meta\b[^>]*>/gis)]
      .map((m) => m[0])
      .filter((tag) => /http-equiv\s*=\s*["']Content-Security-Policy["']/i.test(tag));
    expect(metas, 'one CSP meta in index.html').toHaveLength(1);
    const content = /content\s*=\s*"([^"]*)"/i.exec(metas[0] ?? '')?.[1] ?? '';
    const directives = new Map(
      content
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map((parts) => [parts[0]?.toLowerCase() ?? '', parts.slice(1)]),
    );
    const scriptSrc = directives.get('script-src');
    expect(scriptSrc, `script-src in "${content}"`).toBeDefined();
    expect(scriptSrc).toContain("'self'");
    for (const unsafe of [
      "'unsafe-inline'",
      "'unsafe-eval'",
      "'unsafe-hashes'",
      "'wasm-unsafe-eval'",
      '*',
      'data:',
      'blob:',
      'http:',
      'https:',
    ])
      expect(scriptSrc, `script-src allows ${unsafe}`).not.toContain(unsafe);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    // The policy can only hold if the page itself needs no inline script.
    const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
      (m) => !/\bsrc\s*=/.test(m[1] ?? '') || (m[2] ?? '').trim() !== '',
    );
    expect(inlineScripts.map((m) => m[0])).toEqual([]);
  });

  it('the bundled dashboard runs without a single CSP violation', async () => {
    await newPage({ hostile: false, bypassCSP: false });
    await goto('');
    await waitForCharts();
    // The policy is the one in effect in the page, not only in the file.
    await expect(
      page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'),
    ).resolves.toMatch(/script-src 'self'(;|$)/);
    await hoverCharts(64);
    await page.locator('td.col-name a').first().click();
    await page.locator('dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('search-input').fill('オープンデータ');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), POLL).toBe('オープンデータ');
    await page.getByRole('link', { name: /English/ }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang'), POLL).toBe('en');
    await waitForCharts();
    await expect(
      page.evaluate(() => (window as unknown as Watch).__cspViolations),
      'securitypolicyviolation events',
    ).resolves.toEqual([]);
    await expectNothingRan();
  });
});
