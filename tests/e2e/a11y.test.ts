/**
 * Accessibility in Chromium: axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every kind of view
 * once the charts have drawn, and a keyboard walk from the top of the page through search, a
 * facet, a sort button and the details dialog, with a visible focus indicator at every stop.
 *
 * axe is injected with page.evaluate (the DevTools protocol), not a <script> tag: the page's
 * Content-Security-Policy (script-src 'self') blocks inline script elements, and the CSP stays
 * on here so the pages are checked exactly as they are served.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { afterFrames, baseUrl, setupChromium, waitForApp } from './browser';
import { decodePng } from './chart-helpers';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const POLL = { timeout: 5_000, interval: 50 };

const chromium = setupChromium();
let page: Page;

/**
 * Opens a view and waits until it is complete: the caption and the table (when the mode has
 * one) are there, and every chart on the page has its canvas and has had two frames to draw.
 */
async function open(query: string, options: BrowserContextOptions = {}): Promise<void> {
  page = await chromium.newPage({ viewport: DESKTOP, ...options });
  await page.goto(`${baseUrl()}${query}`);
  await waitForApp(page);
  // Every mode has a caption; the full dashboard also has the table; presenter mode and an
  // embed show charts (an embed of the table shows no chart).
  const params = new URLSearchParams(query);
  const mode = params.get('view');
  await page.getByTestId('caption').first().waitFor();
  if (mode !== 'present' && mode !== 'embed') await page.getByTestId('program-table').waitFor();
  if (!(mode === 'embed' && params.get('chart') === 'table')) {
    // The charts come in one lazily loaded panel: once one has its canvas, all are mounted.
    // A chart with nothing to show (it says so, .chart-empty) may have no canvas: echarts
    // makes one only for something to draw, and the department chart then draws no axes.
    await page.locator('[data-testid^="chart-"] canvas').first().waitFor();
    const charts = page.locator('figure:not(:has(.chart-empty)) [data-testid^="chart-"]');
    for (let i = 0; i < (await charts.count()); i++)
      await charts.nth(i).locator('canvas').first().waitFor();
  }
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly helpUrl: string;
  readonly count: number;
  readonly nodes: readonly { target: string; html: string; summary: string }[];
}

/** Runs axe on the whole document with the WCAG A/AA tags; returns the violations, condensed. */
async function runAxe(): Promise<Violation[]> {
  // A string, so it runs as a script in the page (not serialised as a function).
  await page.evaluate(`${AXE_SOURCE}\n;void 0`);
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: { run: (...args: unknown[]) => unknown } };
    const results = (await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    })) as AxeResults;
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      count: v.nodes.length,
      nodes: v.nodes.slice(0, 4).map((n) => ({
        target: n.target.map(String).join(' >> '),
        html: n.html.length > 240 ? `${n.html.slice(0, 240)}…` : n.html,
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
  }, WCAG_TAGS);
}

function describeViolations(violations: readonly Violation[]): string {
  return violations
    .map((v) =>
      [
        `${v.id} (${v.impact}): ${v.help} — ${v.count} node(s) — ${v.helpUrl}`,
        ...v.nodes.map((n) => `    ${n.target}\n      ${n.html}\n      ${n.summary}`),
      ].join('\n'),
    )
    .join('\n');
}

async function expectNoViolations(): Promise<void> {
  const violations = await runAxe();
  expect(violations, `axe violations at ${page.url()}:\n${describeViolations(violations)}`).toEqual(
    [],
  );
}

describe('axe-core finds no WCAG 2.x A/AA violations', () => {
  it('is really checking: an image without alt text added to the page is reported', async () => {
    await open('');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      img.id = 'axe-self-test';
      document.querySelector('main')?.append(img);
    });
    const violations = await runAxe();
    expect(violations.map((v) => [v.id, v.nodes[0]?.target])).toEqual([
      ['image-alt', '#axe-self-test'],
    ]);
  });

  it('on the default view', async () => {
    await open('');
    await expectNoViolations();
  });

  it('with the program list cut off: the error panel beside the budgets', async () => {
    page = await chromium.newPage({ viewport: DESKTOP });
    await page.route('**/data/miyagi-r5-it/programs.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"programs": [' }),
    );
    await page.goto(baseUrl());
    await waitForApp(page);
    await page.getByTestId('budget-only').waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(1);
    await expectNoViolations();
  });

  it('on a filtered view (?cat=local&dept=kikaku)', async () => {
    await open('?cat=local&dept=kikaku');
    await expect(page.getByTestId('filter-chips').count()).resolves.toBe(1);
    await expectNoViolations();
  });

  it('with the details dialog open (?sel=local-02)', async () => {
    await open('?sel=local-02');
    await page.locator('dialog[open]').waitFor();
    await expectNoViolations();
  });

  it('in English (?lang=en)', async () => {
    await open('?lang=en');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expectNoViolations();
  });

  it('on a wide screen (1920×1080: the table beside the budget chart), with the department table open', async () => {
    await open('?lang=en', { viewport: { width: 1920, height: 1080 } });
    await page.locator('figure.chart-departments summary').click();
    await page.locator('figure.chart-departments table').waitFor();
    await expectNoViolations();
  });

  it('on a phone on its side (844×390)', async () => {
    await open('?cat=local', {
      viewport: { width: 844, height: 390 },
      isMobile: true,
      hasTouch: true,
    });
    await page.locator('.layout-phone').waitFor();
    await expectNoViolations();
  });

  it('on a phone (390×844)', async () => {
    await open('', { viewport: PHONE, isMobile: true, hasTouch: true });
    await expectNoViolations();
  });

  it('on a phone with the details dialog open', async () => {
    await open('?sel=local-02', { viewport: PHONE, isMobile: true, hasTouch: true });
    await page.locator('dialog[open]').waitFor();
    await expectNoViolations();
  });

  it('with a stale link notice and no matching programs (?cat=gone&sort=bogus&q=…)', async () => {
    await open('?cat=gone&sort=bogus&q=zzzzzzzz');
    await expect(page.getByTestId('shown-count').textContent()).resolves.toBe('0 / 177 件');
    await expectNoViolations();
  });

  it('with the share dialog open (link, QR code, embed snippet)', async () => {
    await open('?cat=local');
    await page
      .getByRole('button', { name: /共有|Share/ })
      .first()
      .click();
    await page.locator('dialog.share[open]').waitFor();
    await expectNoViolations();
  });

  it('with the display & present menu open, in the dark scheme', async () => {
    await open('?scheme=dark');
    await page.getByRole('button', { name: '表示・発表' }).click();
    await page.locator('.more-menu-body:popover-open').waitFor();
    await expectNoViolations();
  });

  it('on a phone with the filter sheet open', async () => {
    await open('?cat=local', { viewport: PHONE, isMobile: true, hasTouch: true });
    await page.locator('.facet-sheet-button').click();
    await page.locator('dialog.sheet[open]').waitFor();
    await expectNoViolations();
  });

  it('in the dark scheme (?scheme=dark)', async () => {
    await open('?scheme=dark');
    await expectNoViolations();
  });

  it('with the device asking for dark (prefers-color-scheme: dark, no scheme=)', async () => {
    await open('', { colorScheme: 'dark' });
    await expectNoViolations();
  });

  it('in the high-contrast scheme (?scheme=contrast)', async () => {
    await open('?scheme=contrast');
    await expectNoViolations();
  });

  it('in presenter mode (?view=present)', async () => {
    await open('?view=present');
    await expectNoViolations();
  });

  it('as an embed of the budget chart (?view=embed&chart=budget)', async () => {
    await open('?view=embed&chart=budget');
    await expectNoViolations();
  });

  it('in presenter mode, dark and in English (?view=present&scheme=dark&lang=en&cat=local)', async () => {
    await open('?view=present&scheme=dark&lang=en&cat=local');
    await expectNoViolations();
  });

  it('as an embed of the table (?view=embed&chart=table)', async () => {
    await open('?view=embed&chart=table');
    await page.getByTestId('program-table').waitFor();
    await expectNoViolations();
  });

  it('as an embed of the department bars in the contrast scheme', async () => {
    await open('?view=embed&chart=departments&scheme=contrast');
    await expectNoViolations();
  });
});

/**
 * axe measures colour contrast only for text it can see: at 900 px most of the page is below
 * the fold or inside a scroll box and comes back "incomplete", not passed. A tall viewport puts
 * (nearly) every line on screen, so each scheme's colours are measured on the whole page.
 */
describe('colour contrast on the whole page (1440×4000, everything in view)', () => {
  for (const query of ['', '?scheme=dark', '?scheme=contrast', '?scheme=dark&lang=en&cat=local']) {
    it(`${query || 'default'}`, async () => {
      await open(query, { viewport: { width: 1440, height: 4000 } });
      await expectNoViolations();
    });
  }
});

interface FocusStop {
  readonly html: string;
  readonly visible: boolean;
  readonly outline: string;
  readonly boxShadow: string;
}

/**
 * The focused element and whether it shows a focus indicator: an outline that is drawn
 * (style not none, width above 0, colour not transparent) or a box-shadow.
 */
function focusStop(): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    const outlined =
      style.outlineStyle !== 'none' &&
      Number.parseFloat(style.outlineWidth) > 0 &&
      style.outlineColor !== 'transparent' &&
      !/rgba\(.*,\s*0\)$/.test(style.outlineColor);
    const shadowed = style.boxShadow !== 'none' && style.boxShadow !== '';
    const html = el.outerHTML;
    return {
      html: html.length > 160 ? `${html.slice(0, 160)}…` : html,
      visible: outlined || shadowed,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      boxShadow: style.boxShadow,
    };
  });
}

const focusedMatches = (selector: string) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Presses Tab until the focused element matches `selector`, checking the indicator at every stop. */
async function tabTo(selector: string, maxStops = 250): Promise<FocusStop> {
  const visited: string[] = [];
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop();
    if (stop) {
      visited.push(stop.html);
      expect(
        stop.visible,
        `no visible focus indicator on ${stop.html} (outline: ${stop.outline}; box-shadow: ${stop.boxShadow})`,
      ).toBe(true);
    }
    if (await focusedMatches(selector)) {
      if (!stop) throw new Error(`${selector} matched with nothing focused`);
      return stop;
    }
  }
  throw new Error(
    `Tab never reached ${selector} in ${maxStops} presses; last stops:\n${visited.slice(-8).join('\n')}`,
  );
}

const param = (key: string) => new URL(page.url()).searchParams.get(key);
const dialogOpen = () => page.getByTestId('details').evaluate((d) => (d as HTMLDialogElement).open);

describe('chart descriptions', () => {
  it('each chart is one image with its description (not one inside another)', async () => {
    await open('?cat=local');
    for (const id of ['chart-budget', 'chart-portfolio', 'chart-departments']) {
      const images = await page
        .getByTestId(id)
        .evaluate((chart) =>
          [chart, ...chart.querySelectorAll('*')]
            .filter((el) => el.getAttribute('role') === 'img')
            .map((el) => el.getAttribute('aria-label') ?? ''),
        );
      expect(images, id).toHaveLength(1);
      expect(images[0], id).toContain('D for Local');
      // What a screen reader meets in the figure holds that description once: the portfolio's
      // visible caption repeats it word for word.
      const figure = await page.locator('figure', { has: page.getByTestId(id) }).ariaSnapshot();
      expect(figure.split(images[0] ?? '').length - 1, `${id}:\n${figure}`).toBe(1);
    }
  });
});

/**
 * How much of the focus ring shows on each side of the focused element: of the positions along
 * a side, the share where a pixel of the light scheme's focus colour (#b3004b) lies within
 * 7 px of the element's edge, on a screenshot. The computed style says an outline is set; only
 * the pixels show whether something clips it or paints over it.
 */
async function ringOnScreen(): Promise<Record<'top' | 'bottom' | 'left' | 'right', number>> {
  const box = await page.evaluate(() => {
    const r = (document.activeElement as HTMLElement).getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  const pad = 8;
  const clip = {
    x: box.x - pad,
    y: box.y - pad,
    width: box.width + 2 * pad,
    height: box.height + 2 * pad,
  };
  const image = decodePng(await page.screenshot({ clip }));
  const isRing = (x: number, y: number) => {
    const i = (Math.round(y) * image.width + Math.round(x)) * 4;
    const [r = 0, g = 0, b = 0] = image.data.subarray(i, i + 3);
    return Math.abs(r - 0xb3) + g + Math.abs(b - 0x4b) < 60;
  };
  const share = (positions: number[], hit: (p: number) => boolean) =>
    positions.filter(hit).length / positions.length;
  const along = (from: number, to: number) =>
    Array.from({ length: Math.max(0, Math.floor(to - from)) }, (_, k) => from + k);
  const band = Array.from({ length: 8 }, (_, k) => k - 1);
  const xs = along(pad + 4, pad + box.width - 4);
  const ys = along(pad + 4, pad + box.height - 4);
  return {
    top: share(xs, (x) => band.some((d) => isRing(x, pad - d))),
    bottom: share(xs, (x) => band.some((d) => isRing(x, pad + box.height - 1 + d))),
    left: share(ys, (y) => band.some((d) => isRing(pad - d, y))),
    right: share(ys, (y) => band.some((d) => isRing(pad + box.width - 1 + d, y))),
  };
}

describe('what a screen reader hears when the view changes', () => {
  it('the caption, in a live region, says what is now shown after a filter', async () => {
    // A stand-in for a screen reader: the accessibility tree's live region around the caption.
    // It was the count alone ("63 / 177 件"), which did not say which filter had changed it.
    await open('');
    const cdp = await page.context().newCDPSession(page);
    const liveCaptions = async () => {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: {
          role?: { value?: string };
          name?: { value?: string };
          properties?: { name: string; value: { value?: unknown } }[];
        }[];
      };
      return nodes
        .filter(
          (n) =>
            n.role?.value === 'heading' &&
            n.properties?.some((p) => p.name === 'live' && p.value.value === 'polite'),
        )
        .map((n) => n.name?.value ?? '');
    };
    await page
      .locator('.facets')
      .getByRole('checkbox', { name: /D for Local/ })
      .check();
    await expect
      .poll(liveCaptions, POLL)
      .toContain('D for Local：8部局の63事業、1,600,857千円（令和5年度IT政策予算の25.6%）');
  });
});

describe('the program table', () => {
  it('is named by its heading, so a screen reader listing tables can tell it apart (the others too)', async () => {
    await open('');
    expect(await page.getByRole('table', { name: '事業一覧' }).count()).toBe(1);
    // And the category table and the bars' table by theirs.
    expect(await page.getByRole('table', { name: '分野別の予算（全体）' }).count()).toBe(1);
    expect(
      await page
        .getByRole('table', { name: '部局別の事業数（分野別の積み上げ）', includeHidden: true })
        .count(),
    ).toBe(1);
  });
});

describe('the focus ring in the program table', () => {
  it('shows whole round a sort button and a program name', async () => {
    // A name link's ring was clipped away entirely by its cell, and a sort button's was painted
    // over by the sticky header cells beside it, but for a line along the bottom.
    await open('');
    for (const selector of ['th button.sort-button', 'td.col-name a']) {
      await page.locator(selector).nth(1).focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      expect(await focusedMatches(selector), selector).toBe(true);
      const sides = await ringOnScreen();
      for (const [side, shown] of Object.entries(sides))
        expect(shown, `${selector}: ring along the ${side}`).toBeGreaterThan(0.9);
    }
  });
});

describe('focus not obscured in the program table', () => {
  it('Shift+Tab up through the rows stops each one below the sticky header row', async () => {
    // The table scrolls in its own box; a row scrolled into view from below stopped at the
    // box's top, under the header row, with a sliver of its focus ring showing (WCAG 2.4.11).
    await open('');
    // With the charts drawn above it: the page scrolls too, and the table's box ends at its top.
    await page.getByTestId('chart-departments').locator('canvas').first().waitFor();
    await page.locator('td.col-name a').first().focus();
    for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
    let checked = 0;
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Shift+Tab');
      // After the virtualiser's rows and the browser's scroll have settled.
      await page.waitForTimeout(150);
      const state = await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement;
        if (!focused.closest('tbody')) return null;
        // The header cells are sticky, not the thead, which stays at the table's top.
        const header = document.querySelector('.program-table thead th')?.getBoundingClientRect();
        return { top: focused.getBoundingClientRect().top, headerBottom: header?.bottom ?? 0 };
      });
      if (!state) continue;
      checked++;
      expect(state.top, `Shift+Tab ${i + 1}`).toBeGreaterThanOrEqual(state.headerBottom);
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('the program table to a screen reader', () => {
  it('names each column by its header alone, with the sort in aria-sort', async () => {
    // The sort buttons were named "事業名で並べ替え", and that was read as every cell's header.
    await open('');
    const header = page.getByRole('columnheader', { name: '事業名', exact: true });
    expect(await header.count()).toBe(1);
    expect(await header.getAttribute('aria-sort')).toBe('none');
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort'), POLL).toBe('ascending');
    expect(await page.getByRole('columnheader', { name: '事業名', exact: true }).count()).toBe(1);
  });
});

describe('keyboard', () => {
  it('reaches the charts and the category table in a few dozen stops; the sections open on Enter', async () => {
    await open('');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // 66 section checkboxes used to stand between the search and everything else.
    await tabTo('.category-toggle', 40);
    await open('');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo('fieldset[data-facet="sec"] summary', 40);
    await page.keyboard.press('Enter');
    await tabTo('fieldset[data-facet="sec"] input[type="checkbox"]', 2);
    await page.keyboard.press('Space');
    await expect.poll(() => param('sec'), POLL).not.toBeNull();
    // Unticking the last section leaves the list open and the focus where it was.
    await page.keyboard.press('Space');
    await expect.poll(() => param('sec'), POLL).toBeNull();
    // Look only once the view without a section has rendered (the box is unticked, every
    // program is shown) and the page has painted it, so that a fold of the list or a lost
    // focus caused by that render would have happened (a fixed pause could end first on a
    // loaded machine, and the check would then prove nothing).
    await expect
      .poll(() => page.locator('fieldset[data-facet="sec"] input:checked').count(), POLL)
      .toBe(0);
    await expect
      .poll(() => page.getByTestId('shown-count').textContent(), POLL)
      .toBe('177 / 177 件');
    await afterFrames(page);
    await expect(focusedMatches('fieldset[data-facet="sec"] input[type="checkbox"]')).resolves.toBe(
      true,
    );
    expect(await page.locator('fieldset[data-facet="sec"] details').getAttribute('open')).toBe('');
  });

  it('Tab reaches search, a facet, a sort button and a program; Space, Enter and Escape work', async () => {
    await open('');
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      (document.activeElement as HTMLElement | null)?.blur();
    });

    await tabTo('[data-testid="search-input"]');

    await tabTo('fieldset[data-facet="cat"] input[type="checkbox"]');
    expect(param('cat')).toBeNull();
    await page.keyboard.press('Space');
    await expect.poll(() => param('cat'), POLL).not.toBeNull();
    await expect(focusedMatches('fieldset[data-facet="cat"] input:checked')).resolves.toBe(true);
    const afterToggle = await focusStop();
    expect(afterToggle?.visible, `focus indicator after Space: ${afterToggle?.html}`).toBe(true);

    await tabTo('[data-testid="program-table"] .sort-button');
    expect(param('sort')).toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(() => param('sort'), POLL).not.toBeNull();
    await expect(focusedMatches('.sort-button')).resolves.toBe(true);

    await tabTo('[data-testid="program-table"] td.col-name a');
    const programId = await page.evaluate(
      () => document.activeElement?.closest('tr')?.getAttribute('data-program') ?? '',
    );
    expect(programId).not.toBe('');
    await page.keyboard.press('Enter');
    await expect.poll(() => param('sel'), POLL).toBe(programId);
    await expect.poll(dialogOpen, POLL).toBe(true);
    // Focus moved into the dialog, and shows there too.
    await expect(focusedMatches('dialog[open] *')).resolves.toBe(true);
    const inDialog = await focusStop();
    expect(
      inDialog?.visible,
      `focus indicator in the dialog: ${inDialog?.html} (outline: ${inDialog?.outline})`,
    ).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(dialogOpen, POLL).toBe(false);
    await expect.poll(() => param('sel'), POLL).toBeNull();
    expect(param('cat')).not.toBeNull();
    expect(param('sort')).not.toBeNull();
    // Closing gives focus back to the link that opened the dialog.
    await expect
      .poll(
        () =>
          page.evaluate(
            (id) =>
              document.activeElement?.matches(`tr[data-program="${id}"] td.col-name a`) ?? false,
            programId,
          ),
        POLL,
      )
      .toBe(true);
  });
});
