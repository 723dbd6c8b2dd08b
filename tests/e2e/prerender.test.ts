/**
 * The prerendered default view (vite.config.ts, prerenderDefaultView): index.html already holds
 * the summary and the table, the app hydrates them when the URL and the data match what was
 * prerendered, and renders afresh when they do not. A hydration mismatch is logged as a
 * console error (src/main.tsx), which setupChromium's after-each check fails on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, setupChromium, waitForApp } from './browser';

const chromium = setupChromium();
const PROGRAMS = join(process.cwd(), 'public', 'data', 'miyagi-r5-it', 'programs.json');

/**
 * Runs in the page before its scripts: once the HTML is parsed (before module scripts run),
 * tags the prerendered total-budget node and records what the first frame showed.
 */
function tagPrerenderedNodes(): void {
  const isShown = (el: Element | null) => el !== null && getComputedStyle(el).display !== 'none';
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const root = document.getElementById('root');
    const total = document.querySelector('[data-testid="total-budget"]');
    if (total) (total as unknown as { __prerendered: boolean }).__prerendered = true;
    const record = {
      prerendered: root?.hasAttribute('data-prerendered') ?? false,
      // At the first frame (the stylesheet and the render-blocking guard have applied by then):
      // what the first paint shows.
      firstFrame: null as {
        prerendered: boolean;
        stale: boolean;
        shown: boolean;
        inert: boolean;
      } | null,
    };
    (window as unknown as { __atParse: unknown }).__atParse = record;
    requestAnimationFrame(() => {
      if (root)
        record.firstFrame = {
          prerendered: root.hasAttribute('data-prerendered'),
          stale: document.documentElement.hasAttribute('data-prerender-stale'),
          shown: isShown(root.firstElementChild),
          inert: root.hasAttribute('inert'),
        };
    });
  });
}

async function openTagged(): Promise<Page> {
  const page = await chromium.newPage();
  await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await page.addInitScript(tagPrerenderedNodes);
  return page;
}

type AtParse = {
  prerendered: boolean;
  firstFrame: { prerendered: boolean; stale: boolean; shown: boolean; inert: boolean } | null;
};
const atParse = (page: Page) =>
  page.evaluate(() => (window as unknown as { __atParse: AtParse }).__atParse);

/**
 * Checks what the parsed HTML held and what the first frame showed. Under load the app can
 * render (or hydrate) before the first animation frame: the frame then shows the live app,
 * which is fine. What must hold is that the prerendered view, while it is still the
 * prerendered one, is shown or hidden as `shownWhilePrerendered` says and does not respond.
 */
async function expectAtParse(
  page: Page,
  expected: { stale: boolean; shownWhilePrerendered: boolean },
): Promise<void> {
  // waitForApp returns once the app is live, which under load can be before the first frame:
  // the frame is recorded only when its requestAnimationFrame callback runs, so wait for it.
  await page.waitForFunction(
    () => (window as unknown as { __atParse?: AtParse }).__atParse?.firstFrame != null,
  );
  const record = await atParse(page);
  expect(record.prerendered).toBe(true);
  const frame = record.firstFrame;
  expect(frame).not.toBeNull();
  if (!frame) return;
  expect(frame.stale).toBe(expected.stale);
  if (frame.prerendered) {
    expect({ shown: frame.shown, inert: frame.inert }).toEqual({
      shown: expected.shownWhilePrerendered,
      inert: true,
    });
  } else {
    // Already live at the first frame: the app's own render is on show.
    expect({ shown: frame.shown, inert: frame.inert }).toEqual({ shown: true, inert: false });
  }
}
/** Whether the total-budget node on the page now is the one parsed from the HTML. */
const totalIsPrerenderedNode = (page: Page) =>
  page
    .getByTestId('total-budget')
    .evaluate((el) => (el as unknown as { __prerendered?: boolean }).__prerendered === true);

describe('the prerendered default view', () => {
  it('is in index.html: the summary, the category table and the first rows of the table', async () => {
    const html = await (await fetch(baseUrl())).text();
    expect(html).toMatch(/<div id="root" data-prerendered="[0-9a-z]+-[0-9a-z]+" inert>/);
    expect(html).toContain('data-testid="total-budget-exact">6,241,838千円</span>');
    expect(html).toContain('data-testid="program-count">177');
    expect(html.match(/<tr[^>]* data-program="/g)?.length ?? 0).toBeGreaterThanOrEqual(10);
    // The stylesheet is inline (the first paint waits for it), and no longer a file of its own.
    expect(html).toMatch(/<style>:root\{/);
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    // Still no inline script: the guard is a file of the build.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).toMatch(
      /<script src="\.\/assets\/prerender-guard-[\w-]+\.js" async blocking="render"><\/script>/,
    );
  });

  it('shows the summary and the table with JavaScript off', async () => {
    const page = await chromium.newPage({ javaScriptEnabled: false });
    await page.goto(baseUrl());
    await expect(page.getByTestId('total-budget-exact').textContent()).resolves.toBe(
      '6,241,838千円',
    );
    await expect(page.getByTestId('total-budget').isVisible()).resolves.toBe(true);
    const firstRow = page.getByTestId('program-table').locator('tbody tr[data-program]').first();
    await firstRow.scrollIntoViewIfNeeded();
    await expect(firstRow.isVisible()).resolves.toBe(true);
  });

  it('is hydrated, not replaced, and then responds', async () => {
    const page = await openTagged();
    await page.goto(baseUrl());
    await waitForApp(page);
    await expectAtParse(page, { stale: false, shownWhilePrerendered: true });
    await expect(totalIsPrerenderedNode(page)).resolves.toBe(true);
    await page.getByRole('checkbox', { name: /D for Local/ }).check();
    await page.waitForURL(/\?cat=/);
    await expect(page.getByTestId('shown-count').textContent()).resolves.toBe('63 / 177 件');
  });

  it('links to the default view with the path the page was opened with, once live', async () => {
    // The prerendered HTML links the default view as './' (the build does not know the path);
    // after hydration that link is the page's own path, here …/index.html, not its folder.
    const page = await openTagged();
    await page.goto(`${baseUrl()}index.html`);
    await waitForApp(page);
    await expect(totalIsPrerenderedNode(page)).resolves.toBe(true);
    await page.locator('a[hreflang="en"]').click();
    await page.waitForURL(/index\.html\?lang=en$/);
    await expect(page.locator('a[hreflang="ja"]').getAttribute('href')).resolves.toBe(
      new URL(`${baseUrl()}index.html`).pathname,
    );
  });

  it('hydrates to exactly what a fresh render of the same view shows', async () => {
    // Production React keeps attributes that differ between the HTML and the first render
    // (it reports only text): compare the hydrated page with one rendered afresh. `?lang=ja`
    // is the default view, but a query, so the app renders it without hydrating.
    const snapshot = async (query: string) => {
      const page = await chromium.newPage();
      await page.goto(`${baseUrl()}${query}`);
      await waitForApp(page);
      await page.locator('[data-facet="sec"]').waitFor({ state: 'attached' });
      return page.evaluate(() => {
        // A canonical form: attributes sorted, inline styles as the browser reads them, and
        // what legitimately differs between server and client markup left out: the text
        // separators React writes as comments, useId's two id formats, and `selected`, which
        // the server writes as an attribute and the browser sets as a property.
        const normalise = (node: Node): string => {
          if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
          if (!(node instanceof Element)) return '';
          const attributes = [...node.attributes]
            .filter((a) => a.name !== 'selected')
            .map((a) => {
              const value =
                a.name === 'style' && node instanceof HTMLElement ? node.style.cssText : a.value;
              return `${a.name}="${value.replace(/_[Rr]_[0-9a-zA-Z]+_/g, 'ID')}"`;
            })
            .sort();
          const inner = [...node.childNodes].map(normalise).join('');
          return `<${node.localName} ${attributes.join(' ')}>${inner}</${node.localName}>`;
        };
        const html = (selector: string) => {
          const node = document.querySelector(selector);
          return node ? normalise(node) : '';
        };
        return {
          header: html('.page-header'),
          summary: html('.summary'),
          facets: html('.facets'),
          categories: html('[data-testid="category-table"]'),
          // The table's rows depend on scrolling and measuring: compare its head and first rows.
          tableHead: html('[data-testid="program-table"] thead'),
          firstRows: [
            ...document.querySelectorAll('[data-testid="program-table"] tbody tr[data-program]'),
          ]
            .slice(0, 8)
            .map(normalise),
        };
      });
    };
    const hydrated = await snapshot('');
    const fresh = await snapshot('?lang=ja');
    expect(hydrated.summary).toContain('6,241,838千円');
    expect(hydrated.firstRows).toHaveLength(8);
    expect(hydrated).toEqual(fresh);
  });

  it('is hidden for a link with a query, and the linked view rendered afresh', async () => {
    const page = await openTagged();
    await page.goto(`${baseUrl()}?lang=en&cat=local`);
    await waitForApp(page);
    await expectAtParse(page, { stale: true, shownWhilePrerendered: false });
    await expect(page.getByTestId('total-budget').textContent()).resolves.toBe('about ¥6.24B');
    await expect(totalIsPrerenderedNode(page)).resolves.toBe(false);
    await expect(page.getByTestId('shown-count').textContent()).resolves.toMatch(/^63 /);
    await expect(page.getByTestId('total-budget').isVisible()).resolves.toBe(true);
  });

  it("is painted in the link's colour scheme before the app runs", async () => {
    // Only the render-blocking guard runs: the app's script is not served. A dark link (or a
    // dark device opening any link with a query) painted a light page until the app ran.
    for (const [query, expected] of [
      ['?scheme=dark&cat=local', 'dark'],
      ['?view=present&cat=local', 'contrast'],
      ['?view=present&scheme=light', undefined],
      ['?cat=local', undefined],
    ] as const) {
      // A context of its own: the aborted script is logged as a console error, on purpose.
      const context = await chromium.browser.newContext();
      const page = await context.newPage();
      await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
      await page.goto(`${baseUrl()}${query}`);
      await page.locator('#root').waitFor({ state: 'attached' });
      const scheme = await page.evaluate(() => document.documentElement.dataset.scheme);
      expect(scheme, query).toBe(expected);
      expect(
        await page.evaluate(() =>
          document.getElementById('root')?.hasAttribute('data-prerendered'),
        ),
      ).toBe(true);
      await context.close();
    }
  });

  it('is rendered afresh when the data served differs from the build’s', async () => {
    const page = await openTagged();
    const programs = JSON.parse(readFileSync(PROGRAMS, 'utf8'));
    const first = programs.programs[0];
    first.name = `${first.name}（改訂）`;
    await page.route('**/data/miyagi-r5-it/programs.json', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify(programs),
      }),
    );
    await page.goto(baseUrl());
    await waitForApp(page);
    await expect(totalIsPrerenderedNode(page)).resolves.toBe(false);
    const firstName = page.getByTestId('program-table').locator('tbody tr[data-program] .col-name');
    await expect(firstName.first().textContent()).resolves.toBe(first.name);
  });

  it('shows only the header and the summary on a phone until the phone page is laid out', async () => {
    const page = await chromium.newPage({
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    });
    await page.goto(baseUrl());
    await expect(page.getByTestId('total-budget').isVisible()).resolves.toBe(true);
    await expect(page.locator('.layout').isVisible()).resolves.toBe(false);
    await expect(page.locator('.layout').count()).resolves.toBe(1);
  });
});
