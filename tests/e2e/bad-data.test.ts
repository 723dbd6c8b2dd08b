/**
 * Broken data files, served through page.route: each shows the error panel naming the file
 * and the problem, with a retry button that loads the dashboard once the file is good again.
 * The browser's own "Failed to load resource" line for a deliberately failed request is the
 * one console error allowed, and only for that request's URL.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, setupChromium, waitForApp } from './browser';

const PROGRAMS_FILE = 'miyagi-r5-it/programs.json';
const DATASETS_FILE = 'datasets.json';
const realPrograms = readFileSync(
  new URL(`../../public/data/${PROGRAMS_FILE}`, import.meta.url),
  'utf8',
);
const TOTAL = (JSON.parse(realPrograms) as { programs: unknown[] }).programs.length;
const BUDGET_TOTAL = (
  JSON.parse(
    readFileSync(new URL('../../public/data/miyagi-r5-it/budgets.json', import.meta.url), 'utf8'),
  ) as { total: number }
).total;

/** URLs whose failed load the test caused on purpose. */
let failingUrls = new Set<string>();
const chromium = setupChromium({
  expectedError: (e) =>
    e.text.startsWith('console: Failed to load resource') && failingUrls.has(e.url),
});
let page: Page;

/** Opens the dashboard with `file` served by `handler`, and waits for the error panel. */
async function openWithBrokenFile(
  file: string,
  handler: (route: Route) => Promise<void>,
  query = '',
) {
  page = await chromium.newPage();
  failingUrls = new Set();
  const pattern = `**/data/${file}`;
  await page.route(pattern, handler);
  await page.goto(`${baseUrl()}${query}`);
  await waitForApp(page);
  const panel = page.getByRole('alert');
  await panel.waitFor();
  return {
    panel,
    /** The panel's problems, one string per list item. */
    problems: () =>
      panel.locator('li').evaluateAll((items) => items.map((li) => (li.textContent ?? '').trim())),
    /** Serves the real file again, clicks retry and waits for the dashboard. */
    async retry(): Promise<void> {
      await page.unroute(pattern);
      await panel.getByRole('button', { name: '再試行' }).click();
      await page.getByTestId('program-table').waitFor();
      await expect
        .poll(() => page.getByTestId('shown-count').textContent(), { timeout: 5_000 })
        .toBe(`${TOTAL} / ${TOTAL} 件`);
      await expect(page.locator('.error-panel').count()).resolves.toBe(0);
      await expect(page.getByTestId('budget-only').count()).resolves.toBe(0);
      // The retry button went with the panel: focus is on the content, not the page's start.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 5_000 })
        .toBe('main');
    },
    /** Presses retry from the keyboard while the file is still broken. */
    async retryStillBroken(): Promise<void> {
      const button = page.getByRole('alert').getByRole('button', { name: '再試行' });
      await button.focus();
      await page.keyboard.press('Enter');
      // The panel comes back, and focus with it, on its retry button.
      await expect
        .poll(
          () =>
            page.evaluate(() => document.activeElement?.matches('.error-panel button') === true),
          { timeout: 5_000 },
        )
        .toBe(true);
    },
  };
}

/** The panel's file line: "ファイル: <file>". */
async function expectFileNamed(panel: Locator, file: string) {
  await expect(panel.locator('h2').textContent()).resolves.toBe('データを読み込めませんでした');
  await expect(panel.locator('p code').textContent()).resolves.toBe(file);
}

/** The real programs file with `change` applied to its parsed JSON. */
function programsWith(change: (json: { programs: Record<string, unknown>[] }) => void): string {
  const json = JSON.parse(realPrograms) as { programs: Record<string, unknown>[] };
  change(json);
  return JSON.stringify(json);
}

const json = (body: string) => ({ status: 200, contentType: 'application/json', body });

describe('a data file that cannot be used', () => {
  it('programs.json answers 404', async () => {
    const { panel, problems, retry } = await openWithBrokenFile(PROGRAMS_FILE, (route) => {
      failingUrls.add(route.request().url());
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' });
    });
    await expectFileNamed(panel, PROGRAMS_FILE);
    await expect(problems()).resolves.toEqual(['server answered 404 Not Found']);
    // The budgets loaded: the page keeps them, beside the error, until the programs come.
    await expect(page.getByTestId('budget-only-total').textContent()).resolves.toBe(
      `${BUDGET_TOTAL.toLocaleString('en-US')}千円`,
    );
    await expect(page.getByTestId('budget-only').locator('tbody tr').count()).resolves.toBe(5);
    // The one expected console error is the browser's own line for the 404.
    expect(chromium.errors.map((e) => e.text)).toEqual([
      'console: Failed to load resource: the server responded with a status of 404 (Not Found)',
    ]);
    await retry();
  });

  it('programs.json is not JSON', async () => {
    const { panel, problems, retry, retryStillBroken } = await openWithBrokenFile(
      PROGRAMS_FILE,
      (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html',
          body: '<!doctype html><title>Not here</title>',
        }),
    );
    await expectFileNamed(panel, PROGRAMS_FILE);
    const [problem, ...rest] = await problems();
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^is not valid JSON \(.+\)$/);
    // What went wrong is said in the page's language; the technical details are marked English.
    expect(await panel.textContent()).toContain('ファイルをJSONとして読めませんでした');
    expect(await panel.locator('ul').getAttribute('lang')).toBe('en');
    await retryStillBroken();
    await retry();
  });

  it("the panel's border stands out (3:1) from the panel in every colour scheme", async () => {
    // In the dark scheme the red border was 2.3:1 against the panel.
    for (const scheme of ['light', 'dark', 'contrast']) {
      const { panel } = await openWithBrokenFile(
        PROGRAMS_FILE,
        (route) => route.fulfill(json('{')),
        `?scheme=${scheme}`,
      );
      const ratio = await panel.evaluate((el) => {
        const style = getComputedStyle(el);
        const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const luminance = (color: string) => {
          const [r = 0, g = 0, b = 0] = channels(color).map((v) => {
            const c = v / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const [a, b] = [luminance(style.borderTopColor), luminance(style.backgroundColor)];
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      });
      expect(ratio, scheme).toBeGreaterThanOrEqual(3);
    }
  });

  it('programs.json is cut off midway', async () => {
    const { panel, problems, retry } = await openWithBrokenFile(PROGRAMS_FILE, (route) =>
      route.fulfill(json(realPrograms.slice(0, Math.floor(realPrograms.length / 2)))),
    );
    await expectFileNamed(panel, PROGRAMS_FILE);
    const [problem, ...rest] = await problems();
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^is not valid JSON \(.+\)$/);
    await retry();
  });

  it('a program with no department breaks the schema: path and message are shown', async () => {
    const { panel, problems, retry } = await openWithBrokenFile(PROGRAMS_FILE, (route) =>
      route.fulfill(
        json(
          programsWith((file) => {
            const program = file.programs[3];
            if (program) program.departmentIds = [];
          }),
        ),
      ),
    );
    await expectFileNamed(panel, PROGRAMS_FILE);
    await expect(panel.locator('li code').textContent()).resolves.toBe('programs[3].departmentIds');
    const [problem, ...rest] = await problems();
    expect(rest).toEqual([]);
    // The record is named by its id as well as its index (which counts from 0).
    expect(problem).toMatch(/^programs\[3\]\.departmentIds \(citizen-04\) \S.*1/);
    await retry();
  });

  it('a program whose budget is a string breaks the schema: path and message are shown', async () => {
    const { panel, problems, retry } = await openWithBrokenFile(PROGRAMS_FILE, (route) =>
      route.fulfill(
        json(
          programsWith((file) => {
            const program = file.programs[5];
            if (program) program.budget = '1000';
          }),
        ),
      ),
    );
    await expectFileNamed(panel, PROGRAMS_FILE);
    await expect(panel.locator('li code').textContent()).resolves.toBe('programs[5].budget');
    const [problem, ...rest] = await problems();
    expect(rest).toEqual([]);
    // The value is there but of the wrong type: the message must say a number was expected,
    // and must not call the field missing.
    expect(problem).toMatch(/^programs\[5\]\.budget .*number/);
    expect(problem).not.toMatch(/missing|required/i);
    await retry();
  });

  it('a program under a category the budget file lacks is named; the budgets stay on screen', async () => {
    // Each file is valid alone; together they do not fit. The program used to drop out of
    // every figure by category without a word.
    const { panel, problems, retry } = await openWithBrokenFile(PROGRAMS_FILE, (route) =>
      route.fulfill(
        json(
          programsWith((file) => {
            const program = file.programs[7];
            if (program) program.categoryId = 'no-such-category';
          }),
        ),
      ),
    );
    await expectFileNamed(panel, PROGRAMS_FILE);
    const [problem, ...rest] = await problems();
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      /^programs\[7\]\.categoryId \([a-z]+-\d+\) unknown category "no-such-category"/,
    );
    expect(problem).toContain('citizen');
    await expect(page.getByTestId('budget-only').count()).resolves.toBe(1);
    await retry();
  });

  it('datasets.json fails to load', async () => {
    const { panel, problems, retry } = await openWithBrokenFile(DATASETS_FILE, (route) => {
      failingUrls.add(route.request().url());
      return route.abort('failed');
    });
    await expectFileNamed(panel, DATASETS_FILE);
    const [problem, ...rest] = await problems();
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^could not be fetched \(.+\)$/);
    expect(chromium.errors.map((e) => e.text)).toEqual([
      'console: Failed to load resource: net::ERR_FAILED',
    ]);
    await retry();
  });
});
