/**
 * What the dashboard saves, read back byte for byte: the table as CSV (for Excel on Japanese
 * Windows: BOM, CRLF, every field quoted, formulas neutralised) and JSON, a chart as a PNG that
 * carries its link, and the printed page (A4 landscape, with the link and its QR code).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, setupChromium, waitForApp } from './browser';
import { CATEGORY_COLORS, findChartColor } from './chart-helpers';
import {
  captureDownload,
  firstPageMediaBox,
  PNG_SIGNATURE,
  parseStrictCsv,
  pdfPageCount,
  pngHeader,
  pngTextChunks,
  readPngChunks,
} from './download-helpers';

interface RawProgram {
  id: string;
  categoryId: string;
  number: number;
  name: string;
  summary: string;
}
interface RawPrograms {
  programs: RawProgram[];
}

const PROGRAMS_TEXT = readFileSync(
  new URL('../../public/data/miyagi-r5-it/programs.json', import.meta.url),
  'utf8',
);
const REAL = JSON.parse(PROGRAMS_TEXT) as RawPrograms;
const CITIZEN = REAL.programs.filter((p) => p.categoryId === 'citizen');
const BUDGETS = JSON.parse(
  readFileSync(new URL('../../public/data/miyagi-r5-it/budgets.json', import.meta.url), 'utf8'),
) as { categories: { id: string; name: { ja: string } }[] };
const CITIZEN_NAME = BUDGETS.categories.find((c) => c.id === 'citizen')?.name.ja ?? '';

/** Cells Excel would run as formulas, put into four citizen programs. */
const HYPERLINK = '=HYPERLINK("http://x")';
const AT_SUM = '@SUM(A1)';
const PLUS_NAME = '+81 電話受付事業';
const MINUS_NAME = '-1 テスト事業';
const HOSTILE_IDS = {
  hyperlink: CITIZEN[0]?.id ?? '',
  atSum: CITIZEN[1]?.id ?? '',
  plus: CITIZEN[2]?.id ?? '',
  minus: CITIZEN[3]?.id ?? '',
};

function hostilePrograms(): string {
  const data = JSON.parse(PROGRAMS_TEXT) as RawPrograms;
  for (const p of data.programs) {
    if (p.id === HOSTILE_IDS.hyperlink) p.name = HYPERLINK;
    if (p.id === HOSTILE_IDS.atSum) p.summary = AT_SUM;
    if (p.id === HOSTILE_IDS.plus) p.name = PLUS_NAME;
    if (p.id === HOSTILE_IDS.minus) p.name = MINUS_NAME;
  }
  return JSON.stringify(data);
}

const POLL = { timeout: 10_000, interval: 50 };

const chromium = setupChromium();
let page: Page;

async function open(
  query: string,
  {
    viewport = { width: 1440, height: 900 },
    programs,
  }: { viewport?: { width: number; height: number }; programs?: string } = {},
): Promise<void> {
  page = await chromium.newPage({ viewport, acceptDownloads: true });
  if (programs !== undefined)
    await page.route('**/data/miyagi-r5-it/programs.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: programs }),
    );
  await page.goto(`${baseUrl()}${query}`);
  await waitForApp(page);
  await page.getByTestId('program-table').waitFor();
  // The charts arrive lazily above the table and move it down; click only once the page has
  // settled, or a click can land where a button was a moment before (seen on a loaded CI run).
  await page.getByTestId('chart-departments').locator('canvas').first().waitFor();
}

/** The number of programs the view says it shows ("60 / 177 件" → 60). */
async function shownCount(): Promise<number> {
  const text = (await page.getByTestId('shown-count').first().textContent()) ?? '';
  const match = /^([\d,]+)\s*\/\s*([\d,]+)/.exec(text);
  if (!match) throw new Error(`unexpected shown count: ${text}`);
  return Number((match[1] ?? '').replaceAll(',', ''));
}

describe('CSV export', () => {
  it('is UTF-8 with a BOM, CRLF, every field quoted, formulas neutralised, one row per shown program', async () => {
    expect(Object.values(HOSTILE_IDS).every((id) => id.startsWith('citizen-'))).toBe(true);
    expect(CITIZEN_NAME).not.toBe('');
    await open('?cat=citizen', { programs: hostilePrograms() });
    await expect.poll(shownCount, POLL).toBe(CITIZEN.length);
    // The served file is the one in use: the hostile name is on screen.
    await expect
      .poll(() => page.locator('td.col-name a', { hasText: HYPERLINK }).count(), POLL)
      .toBe(1);
    const shown = await shownCount();

    const { fileName, bytes } = await captureDownload(page, () =>
      page.getByRole('button', { name: 'CSVで保存', exact: true }).click(),
    );
    expect(fileName).toMatch(/\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Valid UTF-8 throughout (fatal: an invalid sequence throws).
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const body = text.slice(1);
    expect(body.endsWith('\r\n')).toBe(true);
    // No bare LF or CR outside CRLF pairs anywhere in the file.
    expect(body.replaceAll('\r\n', '').match(/[\r\n]/)).toBeNull();

    const records = parseStrictCsv(body);
    expect(records.length).toBe(shown + 1);
    expect(records[0]).toEqual(['番号', '事業名', '部局', '担当課室', '分野', '概要・目的', 'ID']);
    expect(records.every((r) => r.length === 7)).toBe(true);
    const byId = new Map(records.slice(1).map((r) => [r[6], r]));
    expect([...byId.keys()].sort()).toEqual(CITIZEN.map((p) => p.id).sort());

    // Formula cells keep their text behind an apostrophe, inside the quotes.
    expect(byId.get(HOSTILE_IDS.hyperlink)?.[1]).toBe(`'${HYPERLINK}`);
    expect(byId.get(HOSTILE_IDS.atSum)?.[5]).toBe(`'${AT_SUM}`);
    expect(byId.get(HOSTILE_IDS.plus)?.[1]).toBe(`'${PLUS_NAME}`);
    expect(byId.get(HOSTILE_IDS.minus)?.[1]).toBe(`'${MINUS_NAME}`);
    expect(body).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(body).toContain(`"'${AT_SUM}"`);
    expect(body).toContain(`"'${PLUS_NAME}"`);
    expect(body).toContain(`"'${MINUS_NAME}"`);
    // No field anywhere starts with a formula character.
    const risky = records.flat().filter((field) => /^[=+\-@\t\r]/.test(field));
    expect(risky).toEqual([]);

    // The Japanese text arrives intact: every other citizen program's name and summary.
    const untouched = new Set<string>(Object.values(HOSTILE_IDS));
    for (const p of CITIZEN) {
      const row = byId.get(p.id);
      if (!untouched.has(p.id)) {
        expect(row?.[1]).toBe(p.name);
        expect(row?.[5]).toBe(p.summary);
      }
      expect(row?.[4]).toBe(CITIZEN_NAME);
      expect(row?.[0]).toBe(String(p.number));
    }
    expect(text).toContain('行政手続');
  });
});

describe('JSON export', () => {
  it('lists the shown programs under the caption on screen', async () => {
    await open('?cat=local&dept=kikaku&q=%E4%BA%BA%E6%9D%90');
    const shown = await shownCount();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(REAL.programs.length);
    const { fileName, bytes } = await captureDownload(page, () =>
      page.getByRole('button', { name: 'JSONで保存', exact: true }).click(),
    );
    // Named by what it holds, readably: the browser keeps the Japanese search in the name.
    expect(fileName).toMatch(/^miyagi-r5-it_cat=local_dept=kikaku_q=人材_\d{4}-\d\d-\d\d\.json$/);
    const json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as {
      caption: string;
      url: string;
      source: string;
      programs: { id: string; categoryId: string; departmentIds: string[] }[];
    };
    // Cited as on screen: 宮城県「…」 (it read 宮城県 …, and "Miyagi Prefecture Programs …").
    expect(json.source).toBe(
      '宮城県「みやぎ情報化推進ポリシー（2021～2024）関連施策（令和5年度）」',
    );
    expect(json.programs.length).toBe(shown);
    expect(json.caption).toBe(((await page.getByTestId('caption').textContent()) ?? '').trim());
    expect(json.url).toBe(page.url());
    expect(
      json.programs.every((p) => p.categoryId === 'local' && p.departmentIds.includes('kikaku')),
    ).toBe(true);
  });
});

describe('export links', () => {
  it("give the view's own link, not the address bar's stale parts", async () => {
    await open('?cat=local,nosuch');
    const { fileName, bytes } = await captureDownload(page, () =>
      page.getByRole('button', { name: 'JSONで保存', exact: true }).click(),
    );
    const json = JSON.parse(new TextDecoder().decode(bytes)) as { url: string };
    // It gave the address bar's, with the unknown category the page had dropped; and the file
    // was named by it (…_cat=local,nosuch_…).
    expect(new URL(json.url).search).toBe('?cat=local');
    expect(fileName).toMatch(/^miyagi-r5-it_cat=local_\d{4}-\d\d-\d\d\.json$/);
  });
});

describe('chart picture', () => {
  it('saves the budget chart as a PNG at twice the screen size with its link in a tEXt chunk', async () => {
    // A search in Japanese: the link in the picture must survive as (percent-encoded) Latin-1.
    await open('?cat=local&q=%E3%83%87%E3%82%B8%E3%82%BF%E3%83%AB');
    const chart = page.getByTestId('chart-budget');
    const canvas = chart.locator('canvas').first();
    await canvas.waitFor();
    // The picture is taken of what echarts has drawn: wait until the chart shows the chosen
    // category's cells rather than for a fixed time.
    await findChartColor(page, 'chart-budget', CATEGORY_COLORS.local);
    const size = await canvas.evaluate((c) => {
      const r = c.getBoundingClientRect();
      return { width: r.width, height: r.height };
    });
    expect(size.width).toBeGreaterThan(100);
    expect(size.height).toBeGreaterThan(100);

    const button = page
      .locator('figure.chart-budget')
      .getByRole('button', { name: '画像で保存', exact: true });
    // The fonts the picture's own text is set in (echarts' are written "normal normal 13px …").
    await page.evaluate(() => {
      const font = Object.getOwnPropertyDescriptor(CanvasRenderingContext2D.prototype, 'font');
      const set = font?.set;
      if (!font || !set) throw new Error('no font setter');
      const fonts: string[] = [];
      const texts: string[] = [];
      const swatches: string[] = [];
      Object.assign(window, {
        pictureFonts: fonts,
        pictureTexts: texts,
        pictureSwatches: swatches,
      });
      Object.defineProperty(CanvasRenderingContext2D.prototype, 'font', {
        ...font,
        set(value: string) {
          if (/^\d+ /.test(value)) fonts.push(value);
          set.call(this, value);
        },
      });
      // What the picture writes and the small squares it fills (the colour key's swatches): on
      // its own canvas, which is not in the page as echarts' are.
      const { fillText, fillRect } = CanvasRenderingContext2D.prototype;
      CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {
        if (!this.canvas.isConnected) texts.push(text);
        return fillText.call(this, text, x, y, maxWidth);
      };
      CanvasRenderingContext2D.prototype.fillRect = function (x, y, w, h) {
        if (!this.canvas.isConnected && w === h && w < 50)
          swatches.push(String(this.fillStyle).toLowerCase());
        return fillRect.call(this, x, y, w, h);
      };
    });
    const { fileName, bytes } = await captureDownload(page, () => button.click());
    // Its title and caption are in the charts' font stack, Japanese fonts first, as the chart's
    // labels are: system-ui first had set them in another font.
    const fonts = await page.evaluate(
      () => (window as Window & { pictureFonts?: string[] }).pictureFonts ?? [],
    );
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts)
      expect(font).toMatch(/^\d+ [\d.]+px "Hiragino Sans", "Noto Sans CJK JP"/);
    const { drawn, swatches } = await page.evaluate(() => {
      const w = window as Window & { pictureTexts?: string[]; pictureSwatches?: string[] };
      return { drawn: w.pictureTexts ?? [], swatches: w.pictureSwatches ?? [] };
    });
    // A colour key, as the page has above its charts: the picture had none.
    for (const name of ['D for Citizen', 'D for Local', '市町村の情報化への支援'])
      expect(drawn).toContain(name);
    expect(swatches).toEqual(
      expect.arrayContaining(Object.values(CATEGORY_COLORS).map((c) => c.toLowerCase())),
    );
    // The link as a reader reads it (it was printed percent-encoded).
    expect(drawn.join('')).toContain('q=デジタル');
    expect(fileName).toMatch(/budget\.png$/);
    expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const chunks = readPngChunks(bytes);
    expect(chunks.at(-1)?.type).toBe('IEND');
    const header = pngHeader(chunks);
    expect(header.width).toBeGreaterThanOrEqual(2 * size.width);
    expect(header.height).toBeGreaterThan(2 * size.height);
    expect(bytes.length).toBeGreaterThan(20_000);
    const texts = pngTextChunks(chunks);
    expect(texts.get('Source-URL')).toBe(page.url());
    // The metadata comes before the image data, where readers look for it.
    const types = chunks.map((c) => c.type);
    expect(types.indexOf('tEXt')).toBeLessThan(types.indexOf('IDAT'));
  });
});

describe('chart picture on a narrow screen', () => {
  it('draws nothing past the picture’s right edge: long English category names in the key wrap', async () => {
    await open('?lang=en&dept=kikaku', { viewport: { width: 320, height: 700 } });
    await page.locator('.layout-phone [data-testid="chart-departments"] canvas').first().waitFor();
    await page.evaluate(() => {
      const overruns: string[] = [];
      Object.assign(window, { pictureOverruns: overruns });
      const { fillText } = CanvasRenderingContext2D.prototype;
      CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {
        // The picture's own canvas is not in the page (echarts' are).
        if (!this.canvas.isConnected && x + this.measureText(text).width > this.canvas.width)
          overruns.push(text);
        return fillText.call(this, text, x, y, maxWidth);
      };
    });
    const button = page
      .locator('.layout-phone figure.chart-departments')
      .getByRole('button', { name: 'Save picture' });
    await captureDownload(page, () => button.click());
    const overruns = await page.evaluate(
      () => (window as Window & { pictureOverruns?: string[] }).pictureOverruns ?? [],
    );
    // "Digital infrastructure for the prefecture's administration" ran 118 px past it.
    expect(overruns).toEqual([]);
  });
});

describe('print', () => {
  it("prints the view, not an open program's details over every page of it", async () => {
    await open('?cat=local&sel=local-02');
    const details = page.getByTestId('details');
    await expect.poll(() => details.isVisible(), POLL).toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => details.isVisible(), POLL).toBe(false);
    expect(await page.getByTestId('program-table').isVisible()).toBe(true);
  });

  it('puts every program row on paper when a person prints (beforeprint), not only those on screen', async () => {
    // A real print lays the page out without running the virtualizer's observers: 15 of 177
    // rows were printed, then pages of empty spacer rows.
    await open('');
    const rows = () => page.locator('tbody tr[data-program]').count();
    expect(await rows()).toBeLessThan(177);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect.poll(rows, POLL).toBe(177);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(rows, POLL).toBeLessThan(177);
  });

  it('shows the footer with the link and QR code, hides the facets, and prints A4 landscape', async () => {
    await open('?cat=local&dept=kikaku');
    const footer = page.locator('.print-footer');
    const facets = page.locator('aside.layout-filters');
    expect(await footer.isVisible()).toBe(false);
    expect(await facets.isVisible()).toBe(true);

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => footer.isVisible(), POLL).toBe(true);
    expect(await footer.textContent()).toContain(page.url());
    // The footer shows as soon as the print styles apply, but its QR code is rendered when the
    // page hears of the print media query, an event that comes with the next frame.
    const qr = footer.locator('svg.qr-code');
    await expect.poll(() => qr.isVisible(), POLL).toBe(true);
    expect(await qr.locator('rect').count()).toBeGreaterThan(50);
    expect(await facets.isVisible()).toBe(false);
    const caption = ((await page.getByTestId('caption').textContent()) ?? '').trim();
    expect(await footer.textContent()).toContain(caption);
    // The source's title names the year already: it read 「…（令和5年度）」（令和5年度）.
    expect(await footer.textContent()).toContain('関連施策（令和5年度）」');
    expect(await footer.textContent()).not.toContain('」（令和5年度）');

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
    const [x0, y0, x1, y1] = firstPageMediaBox(pdf);
    const width = x1 - x0;
    const height = y1 - y0;
    // A4 is 297 × 210 mm = 841.9 × 595.3 pt; landscape means the long side is the width.
    expect(Math.abs(width - 842)).toBeLessThan(3);
    expect(Math.abs(height - 595)).toBeLessThan(3);
    await page.emulateMedia({ media: 'screen' });
  });

  it('prints no controls, lets the tables run on after the summary, and every word of a summary', async () => {
    await open('?cat=local&lang=en');
    await page.emulateMedia({ media: 'print' });
    // The breadcrumb's link and "Clear all" are controls; the caption says what is shown.
    await expect.poll(() => page.locator('.filter-bar').isVisible(), POLL).toBe(false);
    // A table is not kept whole on one page: the category table did not fit below the summary,
    // and the first page was printed two thirds blank.
    const breaks = await page
      .locator('section.panel:has(table)')
      .evaluateAll((panels) => panels.map((p) => getComputedStyle(p).breakInside));
    expect(breaks.length).toBeGreaterThanOrEqual(2);
    for (const value of breaks) expect(value).toBe('auto');
    // The table's cells are not clamped to two lines on paper.
    const clipped = await page
      .locator('tr[data-program] td')
      .evaluateAll(
        (cells) =>
          cells.filter((cell) =>
            Array.from(cell.querySelectorAll('*')).some(
              (el) =>
                el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflow === 'hidden',
            ),
          ).length,
      );
    expect(clipped).toBe(0);
    expect(await page.locator('tr[data-program]').count()).toBe(63);
    // A table's total is printed once, under it: a footer group repeats at the foot of every
    // page, and the category table's total came under its first four rows.
    const feet = await page
      .locator('tfoot')
      .evaluateAll((all) => all.map((f) => getComputedStyle(f).display));
    expect(feet.length).toBeGreaterThan(0);
    for (const display of feet) expect(display).toBe('table-row-group');
    // No sort arrows, and the lines of the table are not the screen's fixed 24 px.
    expect(await page.locator('.sort-indicator').first().isVisible()).toBe(false);
    const lineHeight = await page
      .locator('tr[data-program] td.col-summary')
      .first()
      .evaluate((td) => Number.parseFloat(getComputedStyle(td).lineHeight));
    expect(lineHeight).toBeLessThan(18);
    await page.emulateMedia({ media: 'screen' });
  });
});
