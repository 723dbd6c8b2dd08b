import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, setupChromium, waitForApp } from './browser';

const chromium = setupChromium();
let page: Page;

async function open(query = '', viewport = { width: 1440, height: 900 }) {
  page = await chromium.newPage({ viewport });
  await page.goto(`${baseUrl()}${query}`);
  await waitForApp(page);
  await page.getByTestId('program-table').waitFor();
}

describe('the first view, in Chromium', () => {
  it('shows the dataset, the total budget, the program count and the five categories', async () => {
    await open();
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'みやぎ情報化推進ポリシー関連施策（令和5年度）',
    );
    await expect(page.getByTestId('total-budget').textContent()).resolves.toBe('約62.4億円');
    await expect(page.getByTestId('total-budget-exact').textContent()).resolves.toBe(
      '6,241,838千円',
    );
    await expect(page.getByTestId('program-count').textContent()).resolves.toBe('177件');
    await expect(page.getByTestId('shown-count').textContent()).resolves.toBe('177 / 177 件');
    const rows = page.getByTestId('category-table').locator('tbody tr');
    await expect(rows.count()).resolves.toBe(5);
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
    );
    expect(cells.map((c) => c[0])).toEqual([
      'D for Citizen最適化による県民サービスの向上',
      'D for Local地域の課題解決と活力の創出',
      'D for Businessデジタル化による働き方改革の推進',
      '目標達成の基盤となる取組 / 市町村の情報化への支援',
      '目標達成の基盤となる取組 / 県行政の情報化への基盤整備',
    ]);
    expect(cells.map((c) => c.slice(1))).toEqual([
      ['20.2億円2,022,951千円', '32.4%', '60'],
      ['16.0億円1,600,857千円', '25.6%', '63'],
      ['2.88億円288,236千円', '4.6%', '16'],
      ['1.01億円101,190千円', '1.6%', '7'],
      ['22.3億円2,228,604千円', '35.7%', '31'],
    ]);
  });

  it('speaks English with lang=en', async () => {
    await open('?lang=en');
    await expect(page.getByTestId('total-budget').textContent()).resolves.toBe('about ¥6.24B');
    await expect(page.getByTestId('total-budget-exact').textContent()).resolves.toBe(
      '¥6,241,838 thousand',
    );
    // <html lang> is set by an effect of the app, which may run after the table has rendered.
    await expect
      .poll(() => page.locator('html').getAttribute('lang'), { timeout: 5_000 })
      .toBe('en');
  });

  it('draws every chart once echarts has loaded', async () => {
    await open();
    for (const id of ['chart-budget', 'chart-portfolio', 'chart-departments']) {
      await page.getByTestId(id).locator('canvas').first().waitFor();
    }
  });

  // src/charts/measure-text.ts: on Linux each such measure searches every font for a glyph.
  it('draws the charts without asking the browser to measure a control character', async () => {
    page = await chromium.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(() => {
      const measured = { all: 0, controls: [] as number[] };
      Object.assign(window, { measured });
      const measureText = CanvasRenderingContext2D.prototype.measureText;
      CanvasRenderingContext2D.prototype.measureText = function (text) {
        measured.all++;
        const code = text.charCodeAt(0);
        if (text.length === 1 && (code < 9 || (code > 13 && code < 32) || code === 127))
          measured.controls.push(code);
        return measureText.call(this, text);
      };
    });
    await page.goto(baseUrl());
    await waitForApp(page);
    for (const id of ['chart-budget', 'chart-portfolio', 'chart-departments']) {
      await page.getByTestId(id).locator('canvas').first().waitFor();
    }
    const measured = (await page.evaluate('window.measured')) as {
      all: number;
      controls: number[];
    };
    expect(measured.all).toBeGreaterThan(0); // the charts' text was measured, and seen here
    expect(measured.controls).toEqual([]);
  });
});
