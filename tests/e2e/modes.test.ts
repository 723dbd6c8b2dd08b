/**
 * The dashboard's other modes and sizes, in Chromium: presenter mode on a projector (large
 * type, high contrast, nothing off screen), its clicker keys and its list of views, the share
 * dialog, single-chart embeds, phones (the chart the link is about above the fold, the filter
 * sheet, touch targets) and the colour schemes' contrast.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, setupChromium, waitForApp } from './browser';
import { CATEGORY_COLORS, colorBounds, decodePng, findChartColor } from './chart-helpers';
import { captureDownload } from './download-helpers';

const ARTIFACTS = new URL('../.artifacts/', import.meta.url);
const artifact = (name: string) => {
  mkdirSync(ARTIFACTS, { recursive: true });
  return new URL(name, ARTIFACTS).pathname;
};

const POLL = { timeout: 5_000, interval: 50 };
const LIST_KEY = 'obd:presenter-views';

interface Viewport {
  readonly width: number;
  readonly height: number;
}

const chromium = setupChromium();
let page: Page;

/** Opens a link in a fresh context and waits until the view's caption is on screen. */
async function open(query: string, viewport: Viewport = { width: 1440, height: 900 }) {
  page = await chromium.newPage({ viewport, acceptDownloads: true });
  await page.goto(`${baseUrl()}${query}`);
  await waitForApp(page);
  await page.getByTestId('caption').waitFor();
}

/** Opens a link on a touch phone and waits until the app is live (the caption may be the wide
 * layout's still: the phone layout replaces it a moment later). */
async function openTouch(query: string, viewport: Viewport) {
  page = await chromium.newPage({ viewport, isMobile: true, hasTouch: true });
  await page.goto(`${baseUrl()}${query}`);
  await waitForApp(page);
}

const search = () => new URL(page.url()).search;
const historyLength = () => page.evaluate(() => window.history.length);
const scheme = () => page.locator('html').getAttribute('data-scheme');

async function waitForCharts(ids: readonly string[]) {
  for (const id of ids) await page.getByTestId(id).locator('canvas').first().waitFor();
}

/**
 * Waits until a chart shows a patch of `color`: drawn, not only mounted (instead of a fixed
 * pause before a screenshot). findChartColor scrolls the chart into view; the page is scrolled
 * back, so that what is measured after is measured where the page opened.
 */
async function waitForChartDrawn(id: string, color: string) {
  const [x, y] = await page.evaluate(() => [window.scrollX, window.scrollY]);
  await findChartColor(page, id, color);
  await page.evaluate(([left, top]) => window.scrollTo(left ?? 0, top ?? 0), [x, y]);
}

/** Computed font size in px of the first element matching `selector`. */
function fontSize(selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
}

/**
 * Horizontal overflow: the document's scroll width, and the elements that stick out of the
 * viewport on the right or left. body has overflow-x: hidden, which would hide an overflow from
 * scrollWidth alone, so elements are checked too (those inside a scrolling or clipping box are
 * left to that box, which is checked itself).
 */
function horizontalOverflow() {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const offenders: string[] = [];
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const overflow = getComputedStyle(p).overflowX;
        if (overflow !== 'visible') return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      if (!el.checkVisibility()) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue; // visually hidden text
      if (rect.right <= width + 1 && rect.left >= -1) continue;
      if (clipped(el)) continue;
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
        typeof el.className === 'string' && el.className
          ? `.${el.className.split(' ').join('.')}`
          : ''
      }`;
      offenders.push(`${name} [${Math.round(rect.left)}, ${Math.round(rect.right)}]`);
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: width,
      offenders: offenders.slice(0, 10),
    };
  });
}

async function expectNoHorizontalOverflow() {
  const overflow = await horizontalOverflow();
  expect(overflow.scrollWidth, 'documentElement.scrollWidth').toBeLessThanOrEqual(
    overflow.innerWidth,
  );
  expect(overflow.offenders, 'elements outside the viewport horizontally').toEqual([]);
}

/**
 * Visible buttons, checkbox labels, selects and summaries under `scope`: how many there are and
 * those lower than 44px.
 */
function touchTargets(scope: string) {
  return page.evaluate((selector) => {
    const roots = [...document.querySelectorAll(selector)];
    const found: string[] = [];
    let checked = 0;
    for (const root of roots) {
      const targets = root.querySelectorAll(
        'button, select, summary, label:has(input[type="checkbox"])',
      );
      for (const el of targets) {
        if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        checked++;
        if (rect.height < 44 - 0.5)
          found.push(
            `${el.tagName.toLowerCase()}.${String(el.className).split(' ').join('.')} "${(
              el.textContent ?? ''
            )
              .trim()
              .slice(0, 30)}" ${rect.width.toFixed(0)}×${rect.height.toFixed(1)}`,
          );
      }
    }
    return { checked, small: found };
  }, scope);
}

async function expectTouchTargets(scope: string, atLeast: number) {
  const { checked, small } = await touchTargets(scope);
  expect(checked, `touch targets found in ${scope}`).toBeGreaterThanOrEqual(atLeast);
  expect(small, `touch targets under 44px in ${scope}`).toEqual([]);
}

describe('presenter mode on a projector', () => {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    it(`${viewport.width}x${viewport.height}: high contrast, large type, nothing off screen`, async () => {
      await open('?view=present', viewport);
      for (const id of ['chart-budget', 'chart-portfolio'])
        await waitForChartDrawn(id, CATEGORY_COLORS.citizen);
      const png = await page.screenshot({
        path: artifact(`present-${viewport.width}x${viewport.height}.png`),
        animations: 'disabled',
      });
      expect(png.length).toBeGreaterThan(10_000);
      expect(await scheme()).toBe('contrast');
      expect(await page.locator('html').getAttribute('data-mode')).toBe('present');

      const caption = page.locator('h1[data-testid="caption"]');
      expect(await caption.isVisible()).toBe(true);
      const sizes = {
        body: await fontSize('body'),
        caption: await fontSize('h1.present-caption'),
        button: await fontSize('.present-controls .button'),
        figures: await fontSize('.present-figures'),
      };
      // Large type is a share of the screen: 1/45 of its height, 24px at 1080 and 16px at 720,
      // the same size on the wall from any projector. The root is exactly that share.
      expect(await fontSize('html')).toBeCloseTo(viewport.height / 45, 1);
      for (const [what, size] of Object.entries(sizes))
        expect(size, `${what} font size`).toBeGreaterThanOrEqual(viewport.height / 45);

      // The room is told on screen that budgets exist per category only.
      const note = page.locator('.chart-budget .chart-caption');
      expect(await note.textContent()).toContain('分野ごとにのみ');
      const noteBox = await note.boundingBox();
      expect(noteBox?.height ?? 0, 'budget note height').toBeGreaterThan(10);
      // The note and the key hints below the charts both end on screen.
      for (const [what, box] of [
        ['budget note', noteBox],
        ['key hints', await page.locator('.present-keys').boundingBox()],
      ] as const)
        expect(
          (box?.y ?? 0) + (box?.height ?? Number.POSITIVE_INFINITY),
          `${what} bottom`,
        ).toBeLessThanOrEqual(viewport.height);

      // Every step fits the screen, however long its caption and chips: the key hints stay on it.
      const hintsBottom = async () => {
        const box = await page.locator('.present-keys').boundingBox();
        return (box?.y ?? 0) + (box?.height ?? Number.POSITIVE_INFINITY);
      };
      let shown = (await caption.textContent()) ?? '';
      for (let step = 1; step <= 5; step++) {
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => caption.textContent(), POLL).not.toBe(shown);
        shown = (await caption.textContent()) ?? '';
        await page.waitForTimeout(100); // the layout after the new caption and chips
        expect(await hintsBottom(), `key hints bottom, step ${step}`).toBeLessThanOrEqual(
          viewport.height,
        );
      }

      await expectNoHorizontalOverflow();
      for (const id of ['chart-budget', 'chart-portfolio']) {
        const rects = await page
          .getByTestId(id)
          .locator('canvas')
          .evaluateAll((canvases) =>
            canvases.map((c) => {
              const r = c.getBoundingClientRect();
              return { left: r.left, right: r.right, width: r.width, height: r.height };
            }),
          );
        expect(rects.length).toBeGreaterThan(0);
        for (const r of rects) {
          expect(r.width, `${id} canvas width`).toBeGreaterThan(100);
          expect(r.left, `${id} canvas left`).toBeGreaterThanOrEqual(0);
          expect(r.right, `${id} canvas right`).toBeLessThanOrEqual(viewport.width);
        }
      }
    });
  }
});

describe('presenter mode zoomed in', () => {
  it('1080p at 200 % zoom (960x540 CSS px), in English: every step still fits the screen', async () => {
    // Type has a 1rem floor, a larger share of this screen: the controls took two rows and the
    // key hints fell 70 px off it.
    const viewport = { width: 960, height: 540 };
    await open('?view=present&lang=en', viewport);
    await waitForCharts(['chart-budget', 'chart-portfolio']);
    const caption = page.locator('h1[data-testid="caption"]');
    let shown = (await caption.textContent()) ?? '';
    for (let step = 0; step <= 5; step++) {
      if (step > 0) {
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => caption.textContent(), POLL).not.toBe(shown);
        shown = (await caption.textContent()) ?? '';
      }
      await page.waitForTimeout(100);
      const box = await page.locator('.present-keys').boundingBox();
      expect(
        (box?.y ?? 0) + (box?.height ?? Number.POSITIVE_INFINITY),
        `step ${step}`,
      ).toBeLessThanOrEqual(viewport.height);
      expect(await fontSize('.present-controls .button'), 'button text').toBeGreaterThanOrEqual(14);
      // The whole slide, the list of views' line included: the last category's long chip put
      // the breadcrumb on a line of its own, and the page ran 20 px over.
      expect(
        await page.evaluate(() => document.documentElement.scrollHeight),
        `step ${step}: page height`,
      ).toBeLessThanOrEqual(viewport.height);
    }
    await expectNoHorizontalOverflow();
    // Slides below a category, with two and three chips, too.
    for (const query of [
      '?view=present&cat=citizen&dept=kikaku&lang=en',
      '?view=present&cat=local&dept=kikaku&q=AI&lang=en',
    ]) {
      await open(query, viewport);
      await waitForCharts(['chart-budget', 'chart-portfolio']);
      const box = await page.locator('.present-keys').boundingBox();
      expect((box?.y ?? 0) + (box?.height ?? Number.POSITIVE_INFINITY), query).toBeLessThanOrEqual(
        viewport.height,
      );
      expect(
        await page.evaluate(() => document.documentElement.scrollHeight),
        query,
      ).toBeLessThanOrEqual(viewport.height);
    }
  });
});

describe('presenter mode below a category', () => {
  it('shows counts, not the sum of the categories, for a department', async () => {
    await open('?view=present&dept=kikaku', { width: 1920, height: 1080 });
    const figures = page.locator('.present-figures');
    await expect.poll(() => figures.textContent(), POLL).toContain('47 / 177');
    expect(await figures.textContent()).not.toMatch(/円/);
    expect(await page.getByTestId('caption').textContent()).not.toMatch(/円|%/);
  });
});

describe('presenter mode with a hand-edited link', () => {
  it('says which parts of the link it ignored, as the dashboard does, and Dismiss leaves the valid view', async () => {
    await open('?view=present&cat=nope,local&sel=zzz-9', { width: 1280, height: 720 });
    // The slide showed D for Local with no word about the rest of the link.
    const notice = page.getByRole('status').filter({ hasText: 'cat=nope' });
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('sel=zzz-9');
    await notice.getByRole('button').click();
    await expect.poll(search, POLL).toBe('?cat=local&view=present');
    expect(await notice.count()).toBe(0);
  });
});

describe('the notice about a bad link', () => {
  it('is a live region before its words come, so a screen reader reads them out', async () => {
    page = await chromium.newPage({ viewport: { width: 1280, height: 720 } });
    // What the notice held when it came into the page (a live region that arrives with its text
    // is not announced), recorded from before the app's scripts run.
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { noticeAtInsertion: seen });
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node instanceof HTMLElement) {
              const notice = node.matches('.notice') ? node : node.querySelector('.notice');
              if (notice) seen.push(notice.textContent ?? '');
            }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${baseUrl()}?cat=nope,local`);
    await waitForApp(page);
    const notice = page.getByRole('status').filter({ hasText: 'cat=nope' });
    await expect.poll(() => notice.count(), POLL).toBe(1);
    const atInsertion = await page.evaluate(
      () => (window as Window & { noticeAtInsertion?: string[] }).noticeAtInsertion ?? [],
    );
    expect(atInsertion.length).toBeGreaterThan(0);
    for (const text of atInsertion) expect(text).not.toContain('cat=nope');
  });
});

describe('presenter keys', () => {
  it('arrows, PageDown and Home step through the categories, one history entry per step', async () => {
    await open('?view=present');
    await waitForCharts(['chart-budget']);
    // A step moves no focus: a screen reader hears the new slide's caption (a live region),
    // not only its program count, as before.
    expect(await page.getByTestId('caption').getAttribute('aria-live')).toBe('polite');
    expect(await page.getByTestId('shown-count').getAttribute('role')).toBeNull();
    const start = await historyLength();
    const steps: [string, string][] = [
      ['ArrowRight', '?cat=citizen&view=present'],
      ['ArrowRight', '?cat=local&view=present'],
      ['ArrowLeft', '?cat=citizen&view=present'],
      ['PageDown', '?cat=local&view=present'],
      ['Home', '?view=present'],
    ];
    for (const [i, [key, expected]] of steps.entries()) {
      await page.keyboard.press(key);
      await expect.poll(search, POLL).toBe(expected);
      expect(await historyLength(), `history after ${key}`).toBe(start + i + 1);
      const params = new URL(page.url()).searchParams;
      expect(params.get('view')).toBe('present');
      await expect(page.getByTestId('caption').isVisible()).resolves.toBe(true);
    }
    expect(new URL(page.url()).searchParams.has('cat')).toBe(false);
    expect(await scheme()).toBe('contrast');

    // Back walks the same steps in reverse, one at a time.
    const back = ['?view=present', ...steps.map(([, s]) => s)].reverse().slice(1);
    for (const expected of back) {
      await page.goBack();
      await expect.poll(search, POLL).toBe(expected);
    }
  });

  it("steps on from a slide with a program's details open (the details hold the focus)", async () => {
    await open('?cat=local&sel=local-02&view=present');
    await page.getByTestId('details').locator('h2').waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('dialog')?.open)).toBe(true);
    await page.keyboard.press('PageDown');
    await expect.poll(search, POLL).toBe('?cat=business&view=present');
    expect(await page.getByTestId('details').evaluate((d) => (d as HTMLDialogElement).open)).toBe(
      false,
    );
  });

  it('a list slide that shows a program: named by it, and still on the list with the details closed', async () => {
    await open('?view=present');
    await page.evaluate((key) => {
      const views = ['?cat=municipal', '?dept=kikaku&sel=citizen-12', '?cat=business'];
      window.localStorage.setItem(
        key,
        JSON.stringify({
          format: 'open-budget-dashboard/views',
          version: 1,
          views: views.map((search) => ({ search })),
        }),
      );
    }, LIST_KEY);
    await page.goto(`${baseUrl()}?dept=kikaku&sel=citizen-12&view=present`);
    await waitForApp(page);
    await page.getByTestId('details').locator('h2').waitFor();
    const name = (await page.getByTestId('details').locator('h2').textContent()) ?? '';
    await page.keyboard.press('Escape');
    await expect.poll(search, POLL).toBe('?dept=kikaku&view=present');
    await page.locator('details.present-views > summary').click();
    const current = page.locator('ol.views-list > li[aria-current="step"] > a');
    expect(await current.textContent()).toContain(`› ${name}`);
    expect(await page.locator('.present-keys').textContent()).toContain('2 / 3');
    await page.locator('h1').click(); // the keys act from the page, not from the list's summary
    await page.keyboard.press('PageDown');
    await expect.poll(search, POLL).toBe('?cat=business&view=present');
  });

  it('shows each new slide from its top, also with the list open and the page scrolled', async () => {
    await open('?view=present', { width: 1280, height: 720 });
    await waitForCharts(['chart-budget']);
    await page.locator('details.present-views > summary').click();
    // The keys come from a control of the list, as after adding a view.
    const add = page.getByRole('button', { name: '現在のビューを追加' });
    await add.focus();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await page.keyboard.press('PageDown');
    await expect.poll(search, POLL).toBe('?cat=citizen&view=present');
    await expect.poll(() => page.evaluate(() => window.scrollY), POLL).toBe(0);
    // Focus is not left on the list below the screen, where the next Enter would act unseen.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('a step key with nowhere to go does nothing, and does not scroll the slide away', async () => {
    await open('?view=present&cat=administration', { width: 1280, height: 720 });
    // The list open: the page is taller than the screen, and PageDown scrolled it 480 px.
    await page.locator('details.present-views summary').click();
    await page.locator('#main').focus();
    await page.evaluate(() => window.scrollTo(0, 0));
    const before = search();
    for (const key of ['PageDown', 'ArrowRight']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(200);
      expect(search()).toBe(before);
      expect(await page.evaluate(() => window.scrollY), `scrolled by ${key}`).toBe(0);
    }
  });

  it('ignores the keys while typing in an input or with the share dialog open', async () => {
    await open('?cat=local&view=present');
    await waitForCharts(['chart-budget']);
    const start = await historyLength();
    await page.locator('details.present-views > summary').click();
    const input = page.getByLabel('リンクを貼り付けて追加');
    await input.click();
    await input.pressSequentially('abc');
    for (const key of ['ArrowLeft', 'ArrowRight', 'PageDown', 'PageUp', 'Home']) {
      await page.keyboard.press(key);
    }
    await page.waitForTimeout(200);
    expect(search()).toBe('?cat=local&view=present');
    expect(await historyLength()).toBe(start);
    expect(await input.inputValue()).toBe('abc');

    await page.getByRole('button', { name: '共有・QRコード' }).click();
    await expect.poll(() => page.locator('dialog.share').isVisible(), POLL).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(200);
    expect(search()).toBe('?cat=local&view=present');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog.share').isVisible(), POLL).toBe(false);

    // Out of the input, the same key steps again (PageUp: previous).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('PageUp');
    await expect.poll(search, POLL).toBe('?cat=citizen&view=present');
    expect(await historyLength()).toBe(start + 1);
  });
});

describe('presenter buttons and key hint', () => {
  it('disables a step button with nowhere to go, and names Esc only in full screen', async () => {
    await open('?view=present&cat=administration', { width: 1280, height: 720 });
    const next = page.getByRole('button', { name: '次の分野 →' });
    const previous = page.getByRole('button', { name: '← 前の分野' });
    const disabled = (button: typeof next) => button.getAttribute('aria-disabled');
    // The last category: "next" did nothing and gave no sign of it.
    expect(await disabled(next)).toBe('true');
    expect(await disabled(previous)).toBe('false');
    const hint = page.locator('.present-keys');
    expect(await hint.textContent()).not.toContain('Esc');
    await previous.click();
    await expect.poll(search, POLL).toBe('?cat=municipal&view=present');
    expect(await disabled(next)).toBe('false');
    // From the keyboard: the step that reaches the end keeps the focus on the button (a
    // disabled button would drop it to the page), and pressing it again does nothing.
    await next.focus();
    await page.keyboard.press('Enter');
    await expect.poll(search, POLL).toBe('?cat=administration&view=present');
    expect(await disabled(next)).toBe('true');
    expect(await next.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    expect(search()).toBe('?cat=administration&view=present');
    await page.getByRole('button', { name: '予算全体' }).click();
    await expect.poll(search, POLL).toBe('?view=present');
    expect(await disabled(previous)).toBe('true');
    // In full screen the hint says how to leave it.
    await page.getByRole('button', { name: '全画面' }).click();
    await expect
      .poll(() => page.evaluate(() => document.fullscreenElement !== null), POLL)
      .toBe(true);
    await expect.poll(() => hint.textContent(), POLL).toContain('Esc で全画面を解除');
    await page.evaluate(() => document.exitFullscreen());
    await expect.poll(() => hint.textContent(), POLL).not.toContain('Esc');
  });
});

describe("the presenter's list of views", () => {
  const listItems = () =>
    page
      .locator('ol.views-list > li > a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).search));
  const stored = () =>
    page.evaluate((key) => {
      const raw = window.localStorage.getItem(key);
      return raw
        ? (JSON.parse(raw) as { views: { search: string }[] }).views.map((v) => v.search)
        : null;
    }, LIST_KEY);
  const openList = async () => {
    const details = page.locator('details.present-views');
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
      await details.locator('summary').click();
  };
  const blur = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  it('adds, keeps across reloads, reorders, steps through, exports, and rejects a bad import', async () => {
    // Links on the list open the slide in this presentation; the list keeps the slide only
    // (what it shows), not the presenter's mode, language or colours.
    const business = '?cat=business&view=present';
    const municipal = '?cat=municipal&view=present';
    const businessSlide = '?cat=business';
    const municipalSlide = '?cat=municipal';
    await open('?view=present&cat=business');
    await waitForCharts(['chart-budget']);
    await openList();
    expect(await page.locator('ol.views-list > li').count()).toBe(0);
    // The disclosure names the list; a heading inside it said the same words again.
    expect(await page.locator('.present-views').getByRole('heading').allTextContents()).toEqual([]);
    await page.getByRole('button', { name: '現在のビューを追加' }).click();
    await expect.poll(listItems, POLL).toEqual([business]);

    await page.getByRole('button', { name: '次の分野 →' }).click();
    await expect.poll(search, POLL).toBe(municipal);
    await page.getByRole('button', { name: '現在のビューを追加' }).click();
    await expect.poll(listItems, POLL).toEqual([business, municipal]);
    // The view on screen is marked as the current step.
    expect(
      await page.locator('ol.views-list > li[aria-current="step"] > a').getAttribute('href'),
    ).toContain('cat=municipal');
    expect(await stored()).toEqual([businessSlide, municipalSlide]);

    await page.reload();
    await waitForApp(page);
    await page.getByTestId('caption').waitFor();
    expect(search()).toBe(municipal);
    await expect.poll(listItems, POLL).toEqual([business, municipal]);
    expect(await page.locator('details.present-views > summary').textContent()).toContain('(2)');

    await openList();
    await page
      .locator('ol.views-list > li')
      .nth(1)
      .getByRole('button', { name: '上へ', exact: true })
      .click();
    await expect.poll(listItems, POLL).toEqual([municipal, business]);
    expect(await stored()).toEqual([municipalSlide, businessSlide]);
    // The first entry cannot go up, the last cannot go down; they say so (aria-disabled) and
    // keep the focus: the moved entry's button has it, at the top of the list (a disabled
    // button, or the moved node, dropped it to <body>).
    const first = page.locator('ol.views-list > li').first();
    const last = page.locator('ol.views-list > li').last();
    const upFirst = first.getByRole('button', { name: '上へ', exact: true });
    expect(await upFirst.getAttribute('aria-disabled')).toBe('true');
    expect(
      await last.getByRole('button', { name: '下へ', exact: true }).getAttribute('aria-disabled'),
    ).toBe('true');
    await expect.poll(() => upFirst.evaluate((b) => b === document.activeElement), POLL).toBe(true);
    await page.keyboard.press('Enter');
    expect(await listItems()).toEqual([municipal, business]);
    expect(await upFirst.evaluate((b) => b === document.activeElement)).toBe(true);

    // The current view is on the list: the keys follow the list, not the categories
    // (by category, the next after municipal would be administration).
    await blur();
    const start = await historyLength();
    await page.keyboard.press('ArrowRight');
    await expect.poll(search, POLL).toBe(business);
    expect(await historyLength()).toBe(start + 1);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(search, POLL).toBe(municipal);
    // The key hint says so, with the place on the list; off the list it names the categories.
    const hint = page.locator('.present-keys');
    expect(await hint.textContent()).toContain('リストのビューを移動（1 / 2）');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => hint.textContent(), POLL).toContain('（2 / 2）');
    // Off the list (the whole budget, by its button), the keys name the categories, and Home
    // goes back to the list's start.
    await page.getByRole('button', { name: '予算全体' }).click();
    await expect.poll(search, POLL).toBe('?view=present');
    expect(await hint.textContent()).toContain('分野を移動、Home でリストの最初');
    await blur();
    await page.keyboard.press('Home');
    await expect.poll(search, POLL).toBe(municipal);

    const { fileName, bytes } = await captureDownload(page, () =>
      page.getByRole('button', { name: 'リストを書き出す' }).click(),
    );
    expect(fileName).toMatch(/\.json$/);
    const exported = JSON.parse(bytes.toString('utf8')) as {
      format: string;
      version: number;
      views: { search: string; caption?: string }[];
    };
    expect(exported.format).toBe('open-budget-dashboard/views');
    expect(exported.version).toBe(1);
    expect(exported.views.map((v) => v.search)).toEqual([municipalSlide, businessSlide]);

    const message = page.locator('.views-message');
    await page.locator('details.present-views input[type="file"]').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"x":1}'),
    });
    await expect
      .poll(() => message.textContent(), POLL)
      .toContain('このファイルはビューのリストとして読めません');
    const text = (await message.textContent()) ?? '';
    // It names what is wrong: the missing format marker and list of views.
    expect(text).toMatch(/format/);
    expect(text).toMatch(/views/);
    expect(await listItems()).toEqual([municipal, business]);
    expect(await stored()).toEqual([municipalSlide, businessSlide]);

    // After an import the focus is on the file input, and the keys still step (they were
    // taken for typing in it). Then removing an entry leaves the focus on the list.
    const fileInput = page.locator('details.present-views input[type="file"]');
    await fileInput.focus();
    await fileInput.setInputFiles({
      name: 'list.json',
      mimeType: 'application/json',
      buffer: Buffer.from(bytes),
    });
    await expect.poll(() => message.textContent(), POLL).toBe('');
    await page.getByRole('button', { name: '予算全体' }).click();
    // An id the data does not have is left out, and the status line says so.
    await openList();
    await fileInput.setInputFiles({
      name: 'stale.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'open-budget-dashboard/views',
          version: 1,
          views: [{ search: municipalSlide }, { search: `${businessSlide},nonexistent` }],
        }),
      ),
    });
    await expect.poll(() => message.textContent(), POLL).toContain('cat=nonexistent');
    expect(await listItems()).toEqual([municipal, business]);
    await expect.poll(search, POLL).toBe('?view=present');
    await fileInput.focus();
    await page.keyboard.press('Home');
    await expect.poll(search, POLL).toBe(municipal);
    await openList();
    await first.getByRole('button', { name: '削除', exact: true }).click();
    await expect.poll(listItems, POLL).toEqual([business]);
    expect(
      await page.evaluate(() => document.activeElement?.closest('ol.views-list li') !== null),
    ).toBe(true);
  });

  it('a link pasted from the dashboard is a slide in this presentation: the keys follow it and keep the language', async () => {
    await open('?view=present&lang=en&cat=administration');
    await waitForCharts(['chart-budget']);
    await page.evaluate((key) => window.localStorage.removeItem(key), LIST_KEY);
    await page.reload();
    await waitForApp(page);
    await openList();
    await page.getByRole('button', { name: 'Add this view' }).click();
    await page.getByLabel('Paste a link').fill(`${baseUrl()}?cat=citizen&sort=name`);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const english = [
      '?cat=administration&lang=en&view=present',
      '?cat=citizen&lang=en&view=present',
    ];
    await expect.poll(listItems, POLL).toEqual(english);
    expect(await stored()).toEqual(['?cat=administration', '?cat=citizen']);
    // Named by its caption in the presenter's language, like the view added from the screen.
    expect(await page.locator('ol.views-list > li > a').allTextContents()).toEqual([
      expect.stringMatching(
        /^Digital infrastructure for the prefecture's administration: 31 programs/,
      ),
      expect.stringMatching(/^D for Citizen: 60 programs/),
    ]);

    await blur();
    await page.keyboard.press('ArrowRight');
    await expect.poll(search, POLL).toBe(english[1]);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // The last slide: the keys stay on the list (by category, the next would be local).
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    expect(search()).toBe(english[1]);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(search, POLL).toBe(english[0]);

    // A bare query is a link too (the browser's own URL check refused it, in its language);
    // what is not a link gets the app's own message.
    const paste = page.getByLabel('Paste a link');
    await paste.fill('?dept=kikaku');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(stored, POLL)
      .toEqual(['?cat=administration', '?cat=citizen', '?dept=kikaku']);
    await paste.fill('kikaku');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => page.locator('.views-message').textContent(), POLL)
      .toBe('That is not a link to this dashboard.');
  });
});

describe('share dialog', () => {
  for (const query of ['?cat=local&dept=kikaku', '?cat=local&view=present']) {
    it(`${query}: link, QR code and iframe snippet`, async () => {
      await open(query);
      await page.getByRole('button', { name: '共有・QRコード' }).click();
      const dialog = page.locator('dialog.share');
      const contents = dialog.locator('input, textarea, select, svg');
      // Closing hides the dialog at once; React drops its contents on the `close` event, which
      // comes in a later task. Wait for both, so the dialog is reopened only once fully closed.
      const expectClosed = async () => {
        await expect.poll(() => dialog.isVisible(), POLL).toBe(false);
        // Closed, it holds nothing to keep in step with the view.
        await expect.poll(() => contents.count(), POLL).toBe(0);
      };
      await expect.poll(() => dialog.isVisible(), POLL).toBe(true);
      // The keyboard is on a control in the dialog (not on the dialog itself): showModal found
      // its controls already rendered.
      await expect(
        page.evaluate(() => {
          const focused = document.activeElement;
          return focused?.tagName !== 'DIALOG' && focused?.closest('dialog.share') !== null;
        }),
      ).resolves.toBe(true);
      const qr = dialog.locator('svg.qr-code');
      expect(await qr.isVisible()).toBe(true);
      expect(await qr.locator('rect').count()).toBeGreaterThan(50);
      const link = await dialog.locator('input[type="text"]').inputValue();
      expect(link).toBe(page.url());
      const snippet = await dialog.locator('textarea').inputValue();
      expect(snippet).toMatch(/^<iframe src="[^"]+"/);
      expect(snippet).toContain('view=embed');
      expect(snippet).toContain('chart=');
      const src = new URL((/src="([^"]+)"/.exec(snippet)?.[1] ?? '').replaceAll('&amp;', '&'));
      expect(src.searchParams.get('view')).toBe('embed');
      expect(src.searchParams.get('cat')).toBe('local');
      // The chart offered is the one the view is about (a phone's first), not always the budget.
      expect(src.searchParams.get('chart')).toBe(
        query.includes('dept=') ? 'departments' : 'portfolio',
      );
      // Each has a copy button: selecting text in a read-only box is fiddly on a phone.
      await chromium.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(baseUrl()).origin,
      });
      const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
      await dialog.getByRole('button', { name: 'コードをコピー' }).click();
      await expect.poll(clipboard, POLL).toBe(snippet);
      await expect
        .poll(() => dialog.getByRole('status').allTextContents(), POLL)
        .toContain('コピーしました');
      await dialog.getByRole('button', { name: 'リンクをコピー' }).click();
      await expect.poll(clipboard, POLL).toBe(link);
      // Escape closes it, and so does its own close button, which must be on screen.
      await page.keyboard.press('Escape');
      await expectClosed();
      await page.getByRole('button', { name: '共有・QRコード' }).click();
      await expect.poll(() => dialog.isVisible(), POLL).toBe(true);
      const close = dialog.locator('button', { hasText: '閉じる' });
      expect(await close.count()).toBe(1);
      expect(await close.isVisible(), 'the 閉じる button of the dialog is shown').toBe(true);
      await close.click();
      await expectClosed();
    });
  }
});

describe('embeds', () => {
  const viewport = { width: 800, height: 600 };
  const fullLink = async () => {
    const link = page.getByRole('link', { name: 'ダッシュボードで見る' });
    expect(await link.isVisible()).toBe(true);
    return new URL((await link.getAttribute('href')) ?? '', page.url());
  };
  /** The share dialog's snippet makes an 800×600 iframe: the source and link must show in it unscrolled. */
  const expectSourceLineInFrame = async () => {
    const bottom = await page
      .locator('.embed-source')
      .evaluate((el) => el.getBoundingClientRect().bottom);
    expect(bottom, 'bottom of the source line and link, in an 800×600 frame').toBeLessThanOrEqual(
      viewport.height,
    );
  };

  it('without chart=, shows the chart the view is about (the bars for a department)', async () => {
    await open('?dept=kikaku&view=embed', viewport);
    await page.getByTestId('chart-departments').locator('canvas').first().waitFor();
    for (const absent of ['chart-budget', 'chart-portfolio', 'program-table'])
      expect(await page.getByTestId(absent).count(), absent).toBe(0);
  });

  it('chart=budget shows only that chart, its caption, the source and a link to the full view', async () => {
    await open('?cat=local&view=embed&chart=budget', viewport);
    await waitForChartDrawn('chart-budget', CATEGORY_COLORS.local);
    await page.screenshot({ path: artifact('embed-800x600.png'), animations: 'disabled' });
    expect(await page.getByTestId('caption').isVisible()).toBe(true);
    for (const absent of ['chart-portfolio', 'chart-departments', 'program-table'])
      expect(await page.getByTestId(absent).count(), absent).toBe(0);
    for (const absent of [
      '.facets',
      'fieldset.facet',
      'aside',
      '.facet-sheet-button',
      '.page-header',
    ])
      expect(await page.locator(absent).count(), absent).toBe(0);
    const source = page.locator('.embed-source');
    expect(await source.isVisible()).toBe(true);
    expect(await source.textContent()).toContain('出典: 宮城県');
    // The note that budgets exist per category only shows under the chart, as on a slide: it
    // shows the whole budget, and under a narrowed caption it read as that subset's money.
    const note = page.locator('.chart-budget .chart-caption');
    expect(await note.textContent()).toContain('分野ごとにのみ');
    expect((await note.boundingBox())?.height ?? 0).toBeGreaterThan(10);
    const full = await fullLink();
    expect(full.searchParams.has('view')).toBe(false);
    expect(full.searchParams.has('chart')).toBe(false);
    expect(full.searchParams.get('cat')).toBe('local');

    await expectNoHorizontalOverflow();
    const canvas = await page
      .getByTestId('chart-budget')
      .locator('canvas')
      .first()
      .evaluate((c) => c.getBoundingClientRect().toJSON() as DOMRect);
    expect(canvas.left).toBeGreaterThanOrEqual(0);
    expect(canvas.right).toBeLessThanOrEqual(viewport.width);
    expect(canvas.height).toBeGreaterThan(200);
    await expectSourceLineInFrame();
  });

  it('a chart fills a smaller frame without making it scroll', async () => {
    // 600 × 400: the source line wraps to two lines, which a fixed chart height did not allow.
    await open('?view=embed&chart=portfolio', { width: 600, height: 400 });
    await page.getByTestId('chart-portfolio').locator('canvas').first().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollHeight - window.innerHeight,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const canvas = await page.getByTestId('chart-portfolio').boundingBox();
    expect(canvas?.height ?? 0).toBeGreaterThanOrEqual(160);
    // The legend and the source line are in the frame, not squeezed out of it.
    for (const selector of ['.legend', '.embed-source']) {
      const box = await page.locator(selector).boundingBox();
      expect(box?.height ?? 0, selector).toBeGreaterThan(10);
      expect((box?.y ?? 0) + (box?.height ?? 0), selector).toBeLessThanOrEqual(400);
    }
    // Every category of the legend is in view: it wraps, it does not scroll sideways (it was
    // one scrolling line that hid the last two categories at this width).
    const legend = await page.locator('.legend').evaluate((ul) => ({
      scroll: ul.scrollWidth - ul.clientWidth,
      items: Array.from(ul.children).map((li) => li.getBoundingClientRect().right),
    }));
    expect(legend.scroll).toBe(0);
    expect(legend.items).toHaveLength(5);
    for (const right of legend.items) expect(right).toBeLessThanOrEqual(600);
  });

  it('the department chart keeps a line per bar name, and the frame scrolls for the rest', async () => {
    // At 600 × 400 the chart had shrunk to 220 px for 14 bars, and echarts named every other one.
    await open('?view=embed&chart=departments&lang=en', { width: 600, height: 400 });
    const canvas = page.getByTestId('chart-departments');
    await canvas.locator('canvas').first().waitFor();
    const height = (await canvas.boundingBox())?.height ?? 0;
    expect(height / 14).toBeGreaterThanOrEqual(18);
    // The rest follows in the page, which scrolls: the source line is below the legend, not
    // drawn over it.
    const legend = await page.locator('.legend').boundingBox();
    const source = await page.locator('.embed-source').boundingBox();
    expect(source?.y ?? 0).toBeGreaterThanOrEqual((legend?.y ?? 0) + (legend?.height ?? 0));
    expect(
      await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight),
    ).toBeGreaterThan(0);
    // A narrower selection needs less and fits the frame.
    await open('?view=embed&chart=departments&cat=business', { width: 600, height: 400 });
    await page.getByTestId('chart-departments').locator('canvas').first().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollHeight - window.innerHeight,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('chart=table shows the table and no chart', async () => {
    await open('?cat=local&view=embed&chart=table', viewport);
    await page.getByTestId('program-table').waitFor();
    expect(await page.getByTestId('caption').isVisible()).toBe(true);
    // Give a lazily loaded chart the time it would need to appear: the charts' module (which
    // main.tsx always fetches) has arrived, and a chart it would draw had 500 ms more to mount.
    // Without the first wait, a loaded machine could still be fetching the module when the
    // check below runs, and the check would prove nothing.
    await page.waitForFunction(() =>
      performance
        .getEntriesByType('resource')
        .some((entry) => /\/charts-panel-[\w-]+\.js$/.test(new URL(entry.name).pathname)),
    );
    await page.waitForTimeout(500);
    expect(await page.locator('canvas').count()).toBe(0);
    for (const absent of ['chart-budget', 'chart-portfolio', 'chart-departments'])
      expect(await page.getByTestId(absent).count(), absent).toBe(0);
    expect(await page.locator('.facets').count()).toBe(0);
    expect(await page.locator('.embed-source').isVisible()).toBe(true);
    const full = await fullLink();
    expect(full.searchParams.has('view')).toBe(false);
    expect(full.searchParams.has('chart')).toBe(false);
    expect(full.searchParams.get('cat')).toBe('local');
    await expectNoHorizontalOverflow();
    await expectSourceLineInFrame();
  });

  it('says which parts of its link it ignored, and still fits the frame', async () => {
    await open('?view=embed&chart=budget&cat=local,nosuch&dept=zzz', viewport);
    await page.getByTestId('chart-budget').locator('canvas').first().waitFor();
    // An author who mistyped an id saw the whole budget under a caption, and no reason.
    const notice = page.getByRole('status').filter({ hasText: 'cat=nosuch' });
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('dept=zzz');
    await expectSourceLineInFrame();
    // Dismissed, it leaves the focus on the content (it fell to the page's body).
    await notice.getByRole('button').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  for (const enter of ['Tab', 'click', 'tap'] as const) {
    it(`a link with a program (sel=) keeps the host page's focus, and shows the program once the reader enters the frame (${enter})`, async () => {
      page = await chromium.newPage({
        viewport: { width: 1000, height: 800 },
        hasTouch: enter === 'tap',
      });
      // A host page with a text box that has the keyboard; then the embed is added below it.
      await page.setContent('<input id="host" aria-label="host">');
      await page.focus('#host');
      await page.evaluate((src) => {
        const frame = document.createElement('iframe');
        Object.assign(frame, { src, width: '800', height: '600', title: 'embed' });
        document.body.append(frame);
      }, `${baseUrl()}?view=embed&chart=budget&sel=citizen-12`);
      const frame = page.frameLocator('iframe');
      await frame.getByTestId('chart-budget').locator('canvas').first().waitFor();
      // The app is live and drawn; the details would have opened by now.
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('host');
      const details = frame.locator('dialog.details');
      expect(await details.isVisible()).toBe(false);
      if (enter === 'Tab') await page.keyboard.press('Tab');
      // A click on the chart: opened under the press, the dialog was closed again by the
      // release outside it, and the link lost its program; then the click also went on to the
      // chart, which filtered to the category under it (the program shown was in another).
      else if (enter === 'click') await frame.getByTestId('chart-budget').click();
      // A tap brings no focus and no click (the chart takes the touch): the program never
      // opened, and the chart filtered.
      else await frame.getByTestId('chart-budget').tap();
      await expect.poll(() => details.isVisible(), POLL).toBe(true);
      await page.waitForTimeout(300);
      expect(await details.isVisible()).toBe(true);
      expect(await frame.locator('dialog.details h2').textContent()).toBeTruthy();
      const src = new URL(page.frames()[1]?.url() ?? '');
      expect(src.searchParams.get('sel')).toBe('citizen-12');
      expect(src.searchParams.get('cat'), 'a category chosen by the entering click').toBe(null);
    });
  }
});

describe('phones', () => {
  const LINKS = [
    { query: '', focus: 'budget' },
    { query: '?cat=local', focus: 'portfolio' },
    { query: '?dept=kikaku', focus: 'departments' },
    { query: '?cat=local&dept=kikaku&sel=local-02', focus: 'departments', dialog: true },
    { query: '?lang=en', focus: 'budget' },
  ] as const;
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 360, height: 740 },
  ]) {
    for (const [index, link] of LINKS.entries()) {
      const n = index + 1;
      it(`${viewport.width}x${viewport.height} ${link.query || '(no query)'}: fits, chart above the fold, filter sheet, touch targets`, async () => {
        await open(link.query, viewport);
        await page.getByTestId('program-table').waitFor();
        const chart = page.getByTestId(`chart-${link.focus}`);
        // A link without a query is hydrated as the wide layout, which the phone layout replaces
        // a moment later (waitForApp, caption and table can all be the wide layout's): measure
        // only once the chart has its canvas in the phone layout, rather than after a pause.
        await page
          .locator(`.layout-phone [data-testid="chart-${link.focus}"] canvas`)
          .first()
          .waitFor();
        if ('dialog' in link) {
          const details = page.getByTestId('details');
          await expect
            .poll(() => details.evaluate((d) => (d as HTMLDialogElement).open), POLL)
            .toBe(true);
          expect(await page.locator('#details-title').textContent()).toBe('IT商品の販売促進');
        }
        await page.screenshot({
          path: artifact(`phone-${viewport.width}x${viewport.height}-${n}.png`),
          animations: 'disabled',
        });
        // The chart the link is about comes first.
        const order = await page
          .locator('.charts figure.chart-panel')
          .evaluateAll((figs) => figs.map((f) => f.className));
        expect(order[0]).toContain(`chart-${link.focus}`);
        // The filters button comes before the charts, not below them.
        const filtersTop = (await page.locator('.facet-sheet-button').boundingBox())?.y;
        const chartsTop = (await page.locator('.layout-phone .charts').boundingBox())?.y;
        expect(filtersTop ?? Number.POSITIVE_INFINITY).toBeLessThan(chartsTop ?? 0);

        await expectNoHorizontalOverflow();
        // Nor inside its own scroller: the category table's last column (the count) was cut off.
        const categoryTable = await page
          .getByTestId('category-table')
          .evaluate((table) => [table.scrollWidth, table.parentElement?.clientWidth ?? 0]);
        expect(categoryTable[0], 'category table width').toBeLessThanOrEqual(categoryTable[1] ?? 0);
        for (const [what, locator] of [
          ['caption', page.getByTestId('caption')],
          [`chart-${link.focus}`, chart],
        ] as const) {
          expect(await locator.isVisible(), `${what} visible`).toBe(true);
          const box = await locator.boundingBox();
          expect(box, `${what} box`).not.toBeNull();
          expect(box?.y ?? Number.POSITIVE_INFINITY, `${what} top`).toBeLessThan(viewport.height);
          expect(box?.y ?? -1, `${what} top`).toBeGreaterThanOrEqual(0);
        }
        if ('dialog' in link) {
          await page.keyboard.press('Escape');
          await expect
            .poll(
              () => page.getByTestId('details').evaluate((d) => (d as HTMLDialogElement).open),
              POLL,
            )
            .toBe(false);
        }

        // Sort buttons, chart buttons, the filters button, category toggles, summaries, …
        await expectTouchTargets('main', 10);

        const sheet = page.locator('dialog.sheet');
        expect(await sheet.isVisible()).toBe(false);
        await page.locator('.facet-sheet-button').click();
        await expect.poll(() => sheet.isVisible(), POLL).toBe(true);
        for (const facet of ['cat', 'dept'])
          expect(await sheet.locator(`fieldset[data-facet="${facet}"]`).isVisible()).toBe(true);
        expect(await sheet.getByTestId('search-input').isVisible()).toBe(true);
        await expectNoHorizontalOverflow();
        // The close button and every category and department option.
        await expectTouchTargets('dialog.sheet', 1 + 5 + 14);
        await sheet.locator('.panel-heading button').click();
        await expect.poll(() => sheet.isVisible(), POLL).toBe(false);
      });
    }
  }

  it('320 px wide (1280 px at 400 % zoom, the WCAG reflow width): nothing runs off the side, dialogs included', async () => {
    for (const query of ['?cat=local', '?cat=local&lang=en', '?sel=local-38']) {
      await open(query, { width: 320, height: 640 });
      await page.locator('.layout-phone .program-table thead th').first().waitFor();
      // The list's sort buttons kept the wide table's column widths (the summary's 20em) and
      // made the page 347 px wide; a dialog, centred on the page, then ran off the screen.
      await expectNoHorizontalOverflow();
      if (query.includes('sel=')) {
        const box = await page.getByTestId('details').boundingBox();
        expect(box?.x ?? -1, 'details left').toBeGreaterThanOrEqual(0);
        expect(
          (box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY),
          'details right',
        ).toBeLessThanOrEqual(320);
      }
    }
    // Narrower still (a 390 px phone at 200 % zoom): the two figures stack, and the count is not
    // cut off at the summary's edge.
    await open('?cat=local', { width: 280, height: 600 });
    const right = (locator: string) =>
      page
        .locator(locator)
        .first()
        .evaluate((el) => el.getBoundingClientRect().right);
    // Within the figures' own box (the summary's border box leaves 13 px of padding to spare).
    expect(await right('.summary-figures > :last-child')).toBeLessThanOrEqual(
      await right('.summary-figures'),
    );
  });

  it('on its side (844 x 390) the filter sheet keeps its close button in view while the options scroll', async () => {
    await openTouch('?cat=local', { width: 844, height: 390 });
    await page.locator('.facet-sheet-button').click();
    const sheet = page.locator('dialog.sheet');
    await expect.poll(() => sheet.isVisible(), POLL).toBe(true);
    await sheet.evaluate((d) => {
      d.scrollTop = d.scrollHeight;
    });
    const close = sheet.locator('.panel-heading button');
    const [closeBox, sheetBox] = [await close.boundingBox(), await sheet.boundingBox()];
    // It scrolled away with the first options: 330 px of sheet hold the search and a few.
    expect(closeBox?.y ?? -1, 'close button top').toBeGreaterThanOrEqual(sheetBox?.y ?? 0);
    // Shift+Tab back up the options: each is scrolled into view below the heading, not under it.
    // From the folded sections' summary, the sheet's last control, up the departments.
    await sheet.locator('summary').last().focus();
    for (let step = 0; step < 12; step++) {
      await page.keyboard.press('Shift+Tab');
      const hidden = await page.evaluate(() => {
        const focused = document.activeElement;
        const heading = document.querySelector('dialog.sheet > .panel-heading');
        if (!focused || !heading || heading.contains(focused)) return 0;
        return heading.getBoundingClientRect().bottom - focused.getBoundingClientRect().top;
      });
      expect(
        hidden,
        `focused option under the heading after ${step + 1} Shift+Tab`,
      ).toBeLessThanOrEqual(1);
    }
    await close.click();
    await expect.poll(() => sheet.isVisible(), POLL).toBe(false);
  });

  it("the bars' table keeps category names readable on a phone, and scrolls sideways in its box", async () => {
    await open('?dept=kikaku', { width: 390, height: 844 });
    const twin = page.locator('.layout-phone details.chart-twin');
    await twin.locator('summary').click();
    const header = await twin.locator('thead').boundingBox();
    // 市町村の情報化への支援 went one letter a line: a header 450 px high.
    expect(header?.height ?? Number.POSITIVE_INFINITY, 'header height').toBeLessThan(150);
    const box = await twin
      .locator('.table-scroll')
      .evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(box[0] ?? 0).toBeGreaterThan(box[1] ?? 0);
    // Scrolled to its end, each row still shows its department's name (it scrolled away).
    const scroller = twin.locator('.table-scroll');
    await scroller.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
    });
    const left = (locator: ReturnType<typeof page.locator>) =>
      locator.evaluate((el) => el.getBoundingClientRect().left);
    const boxLeft = await left(scroller);
    expect(await left(twin.locator('tbody th').first())).toBeGreaterThanOrEqual(boxLeft - 1);
    // And their column's heading, or another column's heading sat over the names.
    expect(await left(twin.locator('thead th').first())).toBeGreaterThanOrEqual(boxLeft - 1);
    await expectNoHorizontalOverflow();
  });

  it('the filter sheet closes on Back (showing the view Back restored) and on a tap outside it', async () => {
    await open('?cat=local', { width: 390, height: 844 });
    const sheet = page.locator('dialog.sheet');
    await page.locator('.facet-sheet-button').click();
    await expect.poll(() => sheet.isVisible(), POLL).toBe(true);
    await sheet.locator('fieldset[data-facet="dept"] input[type="checkbox"]').first().check();
    await expect.poll(search, POLL).toMatch(/^\?cat=local&dept=/);
    // It stayed open while Back undid the filters behind it.
    await page.goBack();
    await expect.poll(search, POLL).toBe('?cat=local');
    await expect.poll(() => sheet.isVisible(), POLL).toBe(false);
    await page.locator('.facet-sheet-button').click();
    await expect.poll(() => sheet.isVisible(), POLL).toBe(true);
    await page.mouse.click(195, 20); // above the sheet, which rises from the foot of the screen
    await expect.poll(() => sheet.isVisible(), POLL).toBe(false);
    expect(search()).toBe('?cat=local');
  });

  it('a link with three filters shows its chart on the first screen', async () => {
    // The breadcrumb repeated the chips (three lines for the long department name) and the
    // picture button took a line above the chart: its canvas began at y = 869, below the screen.
    await open('?cat=local&dept=keizai&q=デジタル&lang=en', { width: 390, height: 844 });
    const chart = page.locator('.layout-phone [data-testid="chart-departments"]');
    await chart.locator('canvas').first().waitFor();
    const top = (await chart.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
    expect(top).toBeLessThanOrEqual(844 - 100);
    expect(await page.locator('.layout-phone .breadcrumb').isVisible()).toBe(false);
    expect(await page.getByTestId('filter-chips').isVisible()).toBe(true);
    // The picture button is still there, after the chart.
    const panel = page.locator('.layout-phone figure.chart-departments');
    const button = panel.getByRole('button', { name: 'Save picture', exact: true });
    const canvasBottom = await chart.evaluate((el) => el.getBoundingClientRect().bottom);
    expect((await button.boundingBox())?.y ?? 0).toBeGreaterThan(canvasBottom);
  });
});

/** Dark pixels (label ink) in a region's rows, from `margin` px left of it to `margin` right. */
function darkPixels(
  image: ReturnType<typeof decodePng>,
  region: { left: number; right: number; top: number; bottom: number },
  margin: number,
): number {
  let ink = 0;
  for (let y = region.top; y <= region.bottom; y++)
    for (
      let x = Math.max(0, region.left - margin);
      x <= Math.min(image.width - 1, region.right + margin);
      x++
    ) {
      const p = (y * image.width + x) * 4;
      const luminance =
        0.2126 * (image.data[p] ?? 0) +
        0.7152 * (image.data[p + 1] ?? 0) +
        0.0722 * (image.data[p + 2] ?? 0);
      if (luminance < 90) ink++;
    }
  return ink;
}

describe('budget treemap labels on a phone', () => {
  // At 390 px the 1.6% category is a strip a few pixels wide beside the 35.7% one. echarts
  // wrapped its label one letter per line down the strip, over the gap ("S u p p o r"); the
  // chart wrapper now hides labels of cells narrower than four characters.
  for (const lang of ['en', 'ja']) {
    it(`${lang}: no letters are drawn in or beside the thin strip`, async () => {
      await open(`?lang=${lang}`, { width: 390, height: 844 });
      await page.locator('.layout-phone [data-testid="chart-budget"] canvas').first().waitFor();
      // Drawn: the widest cell shows its colour (findChartColor waits for it).
      await findChartColor(page, 'chart-budget', CATEGORY_COLORS.administration);
      const chart = page.getByTestId('chart-budget');
      const image = decodePng(await chart.screenshot({ scale: 'css', animations: 'disabled' }));
      const strip = colorBounds(image, CATEGORY_COLORS.municipal);
      expect(strip, 'the municipal category is drawn').not.toBeNull();
      if (!strip) return;
      // It is the thin strip this test is about (if a layout change widens it, the test
      // would check nothing and should be revisited).
      expect(strip.right - strip.left).toBeLessThan(16);
      // No label ink in the strip's rows, from 10 px left of it to 10 px right.
      expect(darkPixels(image, strip, 10)).toBe(0);
    });
  }

  // The presenter on a phone held sideways (844 × 390): the 4.6% category is a strip about
  // three characters wide, where its label was wrapped two or three letters a line.
  it('presenter, landscape phone: no letters are stacked in the narrow business strip', async () => {
    await open('?view=present&scheme=light&lang=en', { width: 844, height: 390 });
    await findChartColor(page, 'chart-budget', CATEGORY_COLORS.administration);
    const image = decodePng(
      await page.getByTestId('chart-budget').screenshot({ scale: 'css', animations: 'disabled' }),
    );
    const strip = colorBounds(image, CATEGORY_COLORS.business);
    expect(strip, 'the business category is drawn').not.toBeNull();
    if (!strip) return;
    // Narrow: the case this test is about.
    expect(strip.right - strip.left).toBeLessThan(60);
    expect(darkPixels(image, strip, 0)).toBe(0);
  });
});

describe('the program list on a phone', () => {
  // A phone shows the programs as cards that scroll with the page. They used to scroll in a
  // box of their own (70% of the screen high) inside the scrolling page: a scroll within a
  // scroll, where a swipe moved one or the other depending on where it began.
  it('scrolls with the page, with cards wherever the list is in view, to its last card', async () => {
    await open('', { width: 390, height: 844 });
    const table = page.locator('.layout-phone [data-testid="program-table"]');
    await table.locator('tbody tr[data-program]').first().waitFor();
    const scroller = page.locator('.layout-phone [data-testid="program-table-scroll"]');
    const own = await scroller.evaluate((el) => [el.scrollHeight, el.clientHeight]);
    expect(own[0], 'the list box does not scroll by itself').toBeLessThanOrEqual((own[1] ?? 0) + 1);
    const rowCount = Number(await table.getAttribute('aria-rowcount'));
    expect(rowCount).toBe(178);

    /** Where the list is in view, the part of it that no rendered card covers (px). */
    const uncovered = () =>
      table.evaluate((t) => {
        const body = t.querySelector('tbody');
        if (!body) return -1;
        const box = body.getBoundingClientRect();
        const top = Math.max(0, box.top);
        const bottom = Math.min(window.innerHeight, box.bottom);
        if (bottom <= top) return 0;
        const cards = [...body.querySelectorAll('tr[data-program]')].map((r) =>
          r.getBoundingClientRect(),
        );
        if (cards.length === 0) return bottom - top;
        const first = Math.min(...cards.map((c) => c.top));
        const last = Math.max(...cards.map((c) => c.bottom));
        return Math.max(0, first - top) + Math.max(0, bottom - last);
      });
    // Down the page in steps of two thirds of the list, then to the very end.
    for (const share of [0, 0.33, 0.66]) {
      await table.evaluate((t, s) => {
        const body = t.querySelector('tbody') as HTMLElement;
        const top = body.getBoundingClientRect().top + window.scrollY;
        window.scrollTo(0, top + s * body.offsetHeight);
      }, share);
      await expect.poll(uncovered, POLL).toBe(0);
      expect(await page.evaluate(() => window.scrollY), 'the page itself scrolled').toBeGreaterThan(
        800,
      );
    }
    // Back up in wheel steps from there: the cards coming into view above were only estimated,
    // and are measured as they come. The virtualizer corrects the scroll position for each, so
    // what is on screen moves by the wheel's 300 px and no more. (Its corrections, applied as
    // steps rather than as a target, once moved a card 244 px instead of 300.)
    const topCard = () =>
      table.evaluate((t) => {
        const card = [...t.querySelectorAll('tbody tr[data-program]')].find(
          (row) => row.getBoundingClientRect().bottom > 0,
        );
        return card
          ? { id: card.getAttribute('data-program') ?? '', top: card.getBoundingClientRect().top }
          : null;
      });
    const cardTop = (id: string) =>
      table.evaluate(
        (t, programId) =>
          t.querySelector(`tr[data-program="${programId}"]`)?.getBoundingClientRect().top ?? null,
        id,
      );
    await page.mouse.move(200, 400);
    for (let step = 0; step < 8; step++) {
      const before = await topCard();
      expect(before, 'a card at the top of the viewport').not.toBeNull();
      await page.mouse.wheel(0, -300);
      await expect
        .poll(async () => ((await cardTop(before?.id ?? '')) ?? 0) - (before?.top ?? 0), POLL)
        .toBeGreaterThan(297);
      await page.waitForTimeout(100);
      const moved = ((await cardTop(before?.id ?? '')) ?? 0) - (before?.top ?? 0);
      expect(moved, `step ${step}: ${before?.id} moved`).toBeGreaterThan(297);
      expect(moved, `step ${step}: ${before?.id} moved`).toBeLessThan(303);
    }

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const lastCard = table.locator(`tbody tr[aria-rowindex="${rowCount}"]`);
    await expect.poll(() => lastCard.count(), POLL).toBe(1);
    expect(await lastCard.isVisible()).toBe(true);
    // What follows the list (the source and the notes) is on the page, after the last card.
    const lastBottom = (await lastCard.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
    const sources = await page.locator('.layout-phone .data-notes').boundingBox();
    expect(sources?.y ?? 0).toBeGreaterThan(lastBottom);
  });
});

describe('a short window without touch', () => {
  it('keeps its layout: an 800 x 450 embed of the table is a table, not 177 cards', async () => {
    page = await chromium.newPage({ viewport: { width: 800, height: 450 } });
    await page.goto(`${baseUrl()}?view=embed&chart=table`);
    await waitForApp(page);
    await page.getByTestId('program-table').waitFor();
    expect(await page.locator('.program-table.fixed-rows').count()).toBe(1);
  });
});

describe('a phone on its side (844 x 390)', () => {
  it('gets the phone layout: the first chart right after the caption and chips, the programs as cards', async () => {
    // It had the wide layout: the first chart 1,291 px down (over three screens), under the
    // facets, and the table scrolling both ways in a 460 x 271 box.
    await openTouch('?cat=local', { width: 844, height: 390 });
    const chart = page.locator('.layout-phone figure.chart-panel').first();
    await chart.locator('canvas').waitFor();
    const top = await chart.evaluate((f) => f.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeLessThan(2 * 390);
    expect(await page.locator('.layout-filters').count()).toBe(0);
    expect(await page.locator('.program-table.fixed-rows').count()).toBe(0);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBe(0);
  });
});

describe('touch on a phone', () => {
  // A tap makes the browser send emulated mouse events and a click after the touch. A tap that
  // filters moves the charts, and that click used to land on whatever chart was then under the
  // finger: one tap filtered and opened a program (or added a category), two history entries.
  for (const [chart, color, expected] of [
    // The tap also writes the first chart into the link, which keeps the order (see below).
    ['chart-budget', CATEGORY_COLORS.citizen, /^\?cat=citizen&chart=budget$/],
    ['chart-departments', CATEGORY_COLORS.local, /^\?dept=[a-z-]+&chart=budget$/],
  ] as const) {
    it(`a tap on ${chart} acts once`, async () => {
      page = await chromium.newPage({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      });
      await page.goto(baseUrl());
      await waitForApp(page);
      // The hydrated page is the wide layout until the phone layout replaces it, charts and
      // all: find the chart in the phone layout, and tap only once it has stopped moving (a CI
      // run under load once tapped where the chart had been).
      const inPhoneLayout = page.locator(`.layout-phone [data-testid="${chart}"] canvas`);
      await inPhoneLayout.first().waitFor();
      const spot = await findChartColor(page, chart, color, { minDepth: 6 });
      let box = await page.getByTestId(chart).boundingBox();
      for (let tries = 0; tries < 20; tries++) {
        await page.waitForTimeout(150);
        const again = await page.getByTestId(chart).boundingBox();
        if (again && box && again.x === box.x && again.y === box.y) break;
        box = again;
      }
      if (!box) throw new Error(`${chart} is not visible`);
      const before = await historyLength();
      // Whatever the emulated click would land on (a chart, or a heading that ignores it), there
      // must be none.
      await page.evaluate(() => {
        const w = window as Window & { clicks?: number };
        w.clicks = 0;
        document.addEventListener('click', () => (w.clicks = (w.clicks ?? 0) + 1), true);
      });
      const chartOrder = () =>
        page
          .locator('.layout-phone figure.chart-panel [data-testid^="chart-"]')
          .evaluateAll((charts) => charts.map((c) => c.getAttribute('data-testid')));
      const order = await chartOrder();
      await page.touchscreen.tap(box.x + spot.x + 0.5, box.y + spot.y + 0.5);
      await expect.poll(search, POLL).not.toBe('');
      // The emulated click comes after the touch; give it time to land.
      await page.waitForTimeout(1_000);
      expect(search()).toMatch(expected);
      expect(await historyLength()).toBe(before + 1);
      expect(await page.evaluate(() => (window as Window & { clicks?: number }).clicks)).toBe(0);
      // The charts keep their order: the phone puts first the chart the view is about, and
      // reordering after a tap moved the tapped chart away, so the next tap hit another one.
      expect(await chartOrder()).toEqual(order);
      // And their place on the screen: the chips that came above the chart moved it 40 px
      // down (the bars, which also shrink, 280 px), so the next tap hit another category.
      const after = await page.getByTestId(chart).boundingBox();
      expect(Math.abs((after?.y ?? 0) - box.y), `${chart} moved on the screen`).toBeLessThan(2);
      if (chart === 'chart-budget') {
        // So a second tap on the same spot clears the category it chose (it added another),
        // and the link is the default view's again: the budget chart comes first there anyway
        // (it read ?chart=budget).
        await page.touchscreen.tap(box.x + spot.x + 0.5, box.y + spot.y + 0.5);
        await expect.poll(search, POLL).toBe('');
        expect(await chartOrder()).toEqual(order);
      }
    });
  }

  /** The default view on a 390 x 844 touch phone, once its phone layout has drawn the bars. */
  const openPhoneWithBars = async () => {
    await openTouch('', { width: 390, height: 844 });
    await page.locator('.layout-phone [data-testid="chart-departments"] canvas').first().waitFor();
    // Charts that have just drawn may still take their final heights.
    await page.waitForTimeout(500);
  };

  it("a tap on a department in the bars' table keeps the table under the finger", async () => {
    await openPhoneWithBars();
    const summary = page.locator('.layout-phone details.chart-twin summary');
    await summary.tap();
    const top = () => summary.evaluate((el) => el.getBoundingClientRect().top);
    await page.evaluate(() => {
      const el = document.querySelector('.layout-phone details.chart-twin summary');
      if (el) window.scrollBy(0, el.getBoundingClientRect().top - 200);
    });
    await page.waitForTimeout(300);
    const before = await top();
    await page
      .locator('.layout-phone details.chart-twin')
      .getByRole('button', { name: '教育庁' })
      .tap();
    await expect.poll(search, POLL).toMatch(/dept=/);
    await page.waitForTimeout(1_000);
    // The charts above shrank: the table went 326 px up the screen (1,562 px with the page's
    // scroll anchoring off).
    expect(Math.abs((await top()) - before), "the bars' table moved on the screen").toBeLessThan(2);
  });

  it('Back after a tap on the bars shows the bars where they were', async () => {
    await openPhoneWithBars();
    const headingTop = () =>
      page.locator('#chart-departments-title').evaluate((h) => h.getBoundingClientRect().top);
    // The reader scrolls down to the bars (their heading at the top of the screen) and taps one.
    await page.evaluate(() =>
      window.scrollBy(
        0,
        document.getElementById('chart-departments-title')?.getBoundingClientRect().top ?? 0,
      ),
    );
    await page.waitForTimeout(300);
    const before = await headingTop();
    expect(Math.abs(before)).toBeLessThan(2);
    const spot = await findChartColor(page, 'chart-departments', CATEGORY_COLORS.local, {
      minDepth: 4,
    });
    const box = await page.getByTestId('chart-departments').boundingBox();
    if (!box) throw new Error('chart-departments is not visible');
    await page.touchscreen.tap(box.x + spot.x + 0.5, box.y + spot.y + 0.5);
    await expect.poll(search, POLL).toMatch(/^\?dept=/);
    await page.waitForTimeout(1_000);
    await page.goBack();
    await expect.poll(search, POLL).toBe('');
    // The charts take their old heights a while after the view; give them the time.
    await page.waitForTimeout(1_000);
    // The browser's scroll anchoring had moved the page on by 300 px: the heading at -303.
    expect(
      Math.abs((await headingTop()) - before),
      'the bars heading moved on the screen',
    ).toBeLessThan(2);
  });
});

/** WCAG relative luminance and contrast ratio of two computed CSS colours. */
function contrastRatio(a: [number, number, number], b: [number, number, number]): number {
  const luminance = ([r, g, bl]: [number, number, number]) => {
    const lin = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/**
 * The text colour of `selector` (or of its pseudo-element, such as ::placeholder) and the opaque
 * background behind it (walking up to the root).
 */
function colorsOf(selector: string, pseudo?: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el, pseudo) => {
      const parse = (value: string): [number, number, number, number] => {
        const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)/.exec(
          value,
        );
        if (!m) throw new Error(`unparsed colour: ${value}`);
        return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
      };
      const color = parse(getComputedStyle(el, pseudo).color);
      let background: [number, number, number, number] | null = null;
      for (let node: Element | null = el; node; node = node.parentElement) {
        const bg = parse(getComputedStyle(node).backgroundColor);
        if (bg[3] === 1) {
          background = bg;
          break;
        }
      }
      return {
        color: [color[0], color[1], color[2]] as [number, number, number],
        background: (background ?? [255, 255, 255, 1]).slice(0, 3) as [number, number, number],
      };
    }, pseudo);
}

describe('decal patterns (decal=1)', () => {
  /** The share of a swatch's pixels that are not its own colour: its pattern. */
  const patterned = async (index: number) => {
    const swatch = page.locator('.legend .swatch').nth(index);
    const image = decodePng(await swatch.screenshot());
    const fill = await swatch.evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = (fill.match(/\d+/g) ?? []).map(Number);
    // Inside its border and rounded corners (3 px in from each edge).
    let other = 0;
    let all = 0;
    for (let y = 3; y < image.height - 3; y++)
      for (let x = 3; x < image.width - 3; x++) {
        const i = (y * image.width + x) * 4;
        const d =
          Math.abs((image.data[i] ?? 0) - (r ?? 0)) +
          Math.abs((image.data[i + 1] ?? 0) - (g ?? 0)) +
          Math.abs((image.data[i + 2] ?? 0) - (b ?? 0));
        if (d > 60) other++;
        all++;
      }
    return other / all;
  };

  it("the colour key wears each category's chart pattern, as the charts do", async () => {
    // For readers who cannot tell the colours apart: a key in colour alone did not tell them
    // which pattern was which category.
    await open('?decal=1');
    for (let i = 0; i < 5; i++) expect(await patterned(i), `swatch ${i}`).toBeGreaterThan(0.15);
    // Five different patterns, one per category.
    const patterns = await page
      .locator('.legend .swatch')
      .evaluateAll((swatches) => swatches.map((s) => getComputedStyle(s).backgroundImage));
    expect(new Set(patterns).size).toBe(5);
    await open('');
    for (let i = 0; i < 5; i++) expect(await patterned(i), `swatch ${i}`).toBeLessThan(0.15);
  });
});

describe('colour schemes', () => {
  for (const name of ['dark', 'contrast', 'light'] as const) {
    it(`scheme=${name} sets data-scheme and keeps text contrast at 4.5:1 or more`, async () => {
      await open(`?scheme=${name}`);
      await page.getByTestId('program-table').waitFor();
      // data-scheme is set by an effect of the app, which may run after the table has rendered;
      // the colours below are measured only once the scheme applies.
      await expect.poll(scheme, POLL).toBe(name);
      for (const [selector, pseudo] of [
        ['body'],
        ['.summary'],
        ['.summary .figure-exact'],
        ['.panel'],
        // The browser's own placeholder grey was 3.8:1 on the dark scheme's input.
        ['.search input', '::placeholder'],
      ] as const) {
        const { color, background } = await colorsOf(selector, pseudo);
        const ratio = contrastRatio(color, background);
        expect(
          ratio,
          `${selector}${pseudo ?? ''}: ${color} on ${background}`,
        ).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});
