/**
 * The dashboard in Chromium, driven like a person would: shared links, facets and history,
 * chart clicks, sorting, search, the details dialog, copying the link, stale links, and
 * screenshots at laptop and phone sizes. Expected numbers come from the data files.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { normalizeSearchText } from '../../src/domain/search-text';
import { baseUrl, setupChromium, waitForApp } from './browser';
import { CATEGORY_COLORS, clickChartColor, findChartColor } from './chart-helpers';

interface Names {
  readonly ja: string;
  readonly en?: string;
}
interface RawProgram {
  readonly id: string;
  readonly categoryId: string;
  readonly number: number;
  readonly name: string;
  readonly summary: string;
  readonly departmentIds: readonly string[];
  readonly sectionIds: readonly string[];
}
interface RawPrograms {
  readonly departments: readonly { id: string; name: Names }[];
  readonly sections: readonly { id: string; name: Names }[];
  readonly programs: readonly RawProgram[];
}
interface RawBudgets {
  readonly categories: readonly { id: string; name: Names }[];
}

const readJson = <T>(path: string): T =>
  JSON.parse(readFileSync(new URL(`../../public/data/${path}`, import.meta.url), 'utf8')) as T;
const programsFile = readJson<RawPrograms>('miyagi-r5-it/programs.json');
const budgetsFile = readJson<RawBudgets>('miyagi-r5-it/budgets.json');
const PROGRAMS = programsFile.programs;
const TOTAL = PROGRAMS.length;

function nameOf(list: readonly { id: string; name: Names }[], id: string): string {
  const found = list.find((x) => x.id === id);
  if (!found) throw new Error(`unknown id in the data: ${id}`);
  return found.name.ja;
}
const categoryName = (id: string) => nameOf(budgetsFile.categories, id);
const departmentName = (id: string) => nameOf(programsFile.departments, id);

/** The programs a view should show: OR within a facet, AND across facets. */
function programsWhere({ cat = [], dept = [] }: { cat?: string[]; dept?: string[] }) {
  return PROGRAMS.filter(
    (p) =>
      (cat.length === 0 || cat.includes(p.categoryId)) &&
      (dept.length === 0 || p.departmentIds.some((d) => dept.includes(d))),
  );
}
const countWhere = (filter: { cat?: string[]; dept?: string[] }) => programsWhere(filter).length;
const shownText = (n: number) => `${n} / ${TOTAL} 件`;

const POLL = { timeout: 5_000, interval: 50 };

const chromium = setupChromium();
let page: Page;

async function open(
  query = '',
  { viewport = { width: 1440, height: 900 }, clipboard = false } = {},
): Promise<void> {
  page = await chromium.newPage({ viewport });
  if (clipboard)
    await chromium.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseUrl()).origin,
    });
  await page.goto(`${baseUrl()}${query}`);
  await waitForApp(page);
  await page.getByTestId('program-table').waitFor();
}

const search = () => new URL(page.url()).search;
const param = (key: string) => new URL(page.url()).searchParams.get(key);
const shown = () => page.getByTestId('shown-count').textContent();
/** Rows the table says it has (it is virtualised: only the visible ones are in the DOM). */
async function rowCount(): Promise<number> {
  return Number(await page.getByTestId('program-table').getAttribute('aria-rowcount')) - 1;
}
const renderedIds = () =>
  page
    .locator('tr[data-program]')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-program') ?? ''));
const renderedNames = () =>
  page
    .locator('tr[data-program] td.col-name a')
    .evaluateAll((links) => links.map((a) => a.textContent ?? ''));
const historyLength = () => page.evaluate(() => window.history.length);
const dialogOpen = () => page.getByTestId('details').evaluate((d) => (d as HTMLDialogElement).open);

function facetCheckbox(facet: 'cat' | 'dept' | 'sec', label: string) {
  return page
    .locator(`fieldset[data-facet="${facet}"] label`)
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('input[type="checkbox"]');
}

/** Waits for the view a query should give: the URL, the shown count and the table's row count. */
async function expectView(query: string, count: number): Promise<void> {
  await expect.poll(search, POLL).toBe(query);
  await expect.poll(shown, POLL).toBe(shownText(count));
  await expect.poll(rowCount, POLL).toBe(count);
}

describe('shared links', () => {
  it('opens ?cat=local&dept=kikaku with the matching programs and chips', async () => {
    await open('?cat=local&dept=kikaku');
    const expected = programsWhere({ cat: ['local'], dept: ['kikaku'] });
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(TOTAL);
    await expectView('?cat=local&dept=kikaku', expected.length);
    const ids = new Set(expected.map((p) => p.id));
    const rendered = await renderedIds();
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.filter((id) => !ids.has(id))).toEqual([]);

    const chips = await page
      .getByTestId('filter-chips')
      .locator('.chip > span')
      .evaluateAll((spans) => spans.map((s) => s.textContent));
    expect(chips).toEqual([`分野: ${categoryName('local')}`, `部局: ${departmentName('kikaku')}`]);
    await expect(facetCheckbox('cat', categoryName('local')).isChecked()).resolves.toBe(true);
    await expect(facetCheckbox('dept', departmentName('kikaku')).isChecked()).resolves.toBe(true);
  });

  it('shows the valid part of a link with unknown ids and a notice; dismissing rewrites the URL', async () => {
    await open('?cat=citizen,nope&sort=bogus&foo=1');
    await expect.poll(shown, POLL).toBe(shownText(countWhere({ cat: ['citizen'] })));
    expect(countWhere({ cat: ['citizen'] })).toBe(60);
    const notice = page.locator('.notice[role="status"]');
    const codes = await notice.locator('code').evaluateAll((els) => els.map((e) => e.textContent));
    expect(codes).toEqual(['cat=nope', 'sort=bogus']);
    const lengthBefore = await historyLength();
    await notice.getByRole('button', { name: '閉じる' }).click();
    await expect.poll(search, POLL).toBe('?cat=citizen');
    await expect.poll(() => notice.count(), POLL).toBe(0);
    expect(await historyLength()).toBe(lengthBefore);
    await expect.poll(shown, POLL).toBe(shownText(60));
  });
});

describe('focus that falls back to the content', () => {
  it('does not scroll a phone page or ring the whole page', async () => {
    // Dismissing the notice removes the button that had focus; focus goes to <main>. That
    // scrolled the page 150-180 px (the header out of view) and drew a focus ring around it.
    await open('?cat=citizen,nope', { viewport: { width: 390, height: 844 } });
    const notice = page.locator('.notice[role="status"]');
    // From the keyboard, the way that made the ring show.
    await notice.getByRole('button', { name: '閉じる' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => notice.count(), POLL).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe('main');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.getElementById('main') as HTMLElement);
      return `${style.outlineStyle} ${style.boxShadow}`;
    });
    expect(ring).toBe('none none');
  });
});

describe('facets and history', () => {
  it('a facet click adds to the URL; Back, Forward and reload follow it', async () => {
    await open('?dept=kikaku');
    const before = countWhere({ dept: ['kikaku'] });
    await expectView('?dept=kikaku', before);
    const renderedBefore = (await renderedIds()).length;

    const municipal = facetCheckbox('cat', categoryName('municipal'));
    await municipal.click();
    const expected = programsWhere({ cat: ['municipal'], dept: ['kikaku'] });
    await expectView('?cat=municipal&dept=kikaku', expected.length);
    expect(expected.length).toBeLessThan(before);
    await expect
      .poll(async () => (await renderedIds()).sort(), POLL)
      .toEqual(expected.map((p) => p.id).sort());
    expect(renderedBefore).toBeGreaterThan(expected.length);
    await expect(municipal.isChecked()).resolves.toBe(true);

    await page.goBack();
    await expectView('?dept=kikaku', before);
    await expect(municipal.isChecked()).resolves.toBe(false);

    await page.goForward();
    await expectView('?cat=municipal&dept=kikaku', expected.length);
    await expect(municipal.isChecked()).resolves.toBe(true);

    await page.reload();
    await waitForApp(page);
    await page.getByTestId('program-table').waitFor();
    await expectView('?cat=municipal&dept=kikaku', expected.length);
    await expect(municipal.isChecked()).resolves.toBe(true);
  });
});

describe('the table after a new selection', () => {
  // A filter or a search makes a new list, which starts at its top. The table's box used to
  // keep the old list's scroll position, so it opened the new list somewhere in its middle or
  // at its tail.
  it('shows the new list from its first row, however far the old one was scrolled', async () => {
    await open();
    const box = page.getByTestId('program-table-scroll');
    await box.evaluate((el) => {
      el.scrollTop = 3_000;
    });
    await expect
      .poll(() => page.locator('tr[data-program][aria-rowindex="50"]').count(), POLL)
      .toBe(1);
    const citizen = programsWhere({ cat: ['citizen'] });
    await facetCheckbox('cat', 'D for Citizen').check();
    await expectView('?cat=citizen', citizen.length);
    await expect.poll(() => box.evaluate((el) => el.scrollTop), POLL).toBe(0);
    // The new list is long enough that the box could have stayed where it was.
    const room = await box.evaluate((el) => el.scrollHeight - el.clientHeight);
    expect(room).toBeGreaterThan(3_000);
    const first = page.locator('tr[data-program][aria-rowindex="2"]');
    expect(await first.getAttribute('data-program')).toBe(citizen[0]?.id);
    const [rowBox, scrollerBox] = [await first.boundingBox(), await box.boundingBox()];
    expect(rowBox?.y ?? -1).toBeGreaterThanOrEqual(scrollerBox?.y ?? 0);
    expect(rowBox?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(
      (scrollerBox?.y ?? 0) + (scrollerBox?.height ?? 0),
    );
  });
});

describe('the bars chart after a filter', () => {
  // Its height follows the number of departments. echarts keeps the size it drew at until it
  // is resized: a new option was drawn into the old, taller canvas, then drawn again 60 ms
  // later when the resize observer caught up.
  it('draws once, at its new height', async () => {
    await open();
    const chart = page.getByTestId('chart-departments');
    await chart.locator('canvas').waitFor();
    // Each draw ends with a mark; note the box and canvas heights at that moment.
    await page.evaluate(() => {
      const draws: { box: number; canvas: number }[] = [];
      Object.assign(window, { barsDraws: draws });
      const mark = performance.mark.bind(performance);
      performance.mark = (name, options) => {
        const box = document.querySelector('[data-testid="chart-departments"]');
        if (box && name.endsWith('chart-departments'))
          draws.push({
            box: box.clientHeight,
            canvas: box.querySelector('canvas')?.getBoundingClientRect().height ?? -1,
          });
        return mark(name, options);
      };
    });
    const before = await chart.evaluate((el) => el.clientHeight);
    // Only the click's draws count (the toggle is far from the charts: no hover redraws).
    await page.evaluate('window.barsDraws.length = 0');
    await page.locator('tr[data-category="citizen"] .category-toggle').click();
    await expectView('?cat=citizen', countWhere({ cat: ['citizen'] }));
    await expect.poll(() => page.evaluate('window.barsDraws.length'), POLL).toBeGreaterThan(0);
    // Far longer than the resize observer's 60 ms debounce, so a second draw would have come.
    await page.waitForTimeout(1_000);
    const draws = (await page.evaluate('window.barsDraws')) as { box: number; canvas: number }[];
    const after = await chart.evaluate((el) => el.clientHeight);
    expect(after).not.toBe(before);
    expect(draws).toEqual([{ box: after, canvas: after }]);
  });
});

describe('chart clicks filter the view', () => {
  it('budget treemap: a category cell sets cat=, clicking it again clears it', async () => {
    await open();
    await expectView('', TOTAL);
    await clickChartColor(page, 'chart-budget', CATEGORY_COLORS.local);
    await expectView('?cat=local', countWhere({ cat: ['local'] }));
    const toggle = page.locator('tr[data-category="local"] .category-toggle');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');

    // The chosen cell keeps its full colour (the others are dimmed), so it is found again.
    await clickChartColor(page, 'chart-budget', CATEGORY_COLORS.local);
    await expectView('', TOTAL);
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
  });

  it('department bars: a bar sets dept= and the table shows that department', async () => {
    await open();
    await expectView('', TOTAL);
    await clickChartColor(page, 'chart-departments', CATEGORY_COLORS.citizen);
    await expect.poll(() => param('dept'), POLL).not.toBeNull();
    const dept = param('dept') ?? '';
    expect(programsFile.departments.map((d) => d.id)).toContain(dept);
    await expectView(`?dept=${dept}`, countWhere({ dept: [dept] }));
    await expect(facetCheckbox('dept', departmentName(dept)).isChecked()).resolves.toBe(true);
  });

  it('portfolio treemap: a cell sets dept= or opens the program it stands for', async () => {
    await open();
    await expectView('', TOTAL);
    await clickChartColor(page, 'chart-portfolio', CATEGORY_COLORS.local);
    await expect.poll(search, POLL).not.toBe('');
    const dept = param('dept');
    const sel = param('sel');
    if (sel !== null) {
      const program = PROGRAMS.find((p) => p.id === sel);
      expect(program?.categoryId, `sel=${sel} is a local program`).toBe('local');
      expect(search()).toBe(`?sel=${sel}`);
      await expect.poll(dialogOpen, POLL).toBe(true);
      await expect(page.locator('#details-title').textContent()).resolves.toBe(program?.name);
    } else {
      expect(dept, `URL after the click: ${search()}`).not.toBeNull();
      const id = dept ?? '';
      expect(PROGRAMS.some((p) => p.categoryId === 'local' && p.departmentIds.includes(id))).toBe(
        true,
      );
      await expectView(`?dept=${id}`, countWhere({ dept: [id] }));
    }
  });
});

describe("the department chart's table", () => {
  it('gives each department its programs by category, as the stacked bars do; a name filters', async () => {
    // It was a list of each department's total: the split the bars show was not in it.
    await open('');
    const figure = page.locator('figure.chart-departments');
    await figure.locator('summary').click();
    const table = figure.locator('table');
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toEqual(['部局', ...budgetsFile.categories.map((c) => c.name.ja), '合計']);
    const row = table.locator('tbody tr').filter({ hasText: '企画部' });
    const cells = (await row.locator('td').allTextContents()).map(Number);
    expect(cells).toEqual([
      ...budgetsFile.categories.map((c) => countWhere({ cat: [c.id], dept: ['kikaku'] })),
      countWhere({ dept: ['kikaku'] }),
    ]);
    await row.getByRole('button', { name: '企画部' }).click();
    await expect.poll(() => param('dept'), POLL).toBe('kikaku');
  });
});

describe('sorting', () => {
  it('the 事業名 header sorts by name, then by name descending', async () => {
    await open();
    await expectView('', TOTAL);
    const before = await renderedNames();
    // The same ordering the table uses: Japanese collation, then source order.
    const categoryIndex = new Map(budgetsFile.categories.map((c, i) => [c.id, i]));
    const rows = PROGRAMS.map((p) => ({
      name: p.name,
      order: (categoryIndex.get(p.categoryId) ?? 0) * 1_000_000 + p.number,
    }));
    const ascending = await page.evaluate((list) => {
      const collator = new Intl.Collator('ja', { numeric: true, sensitivity: 'base' });
      return [...list]
        .sort((a, b) => collator.compare(a.name, b.name) || a.order - b.order)
        .map((r) => r.name);
    }, rows);

    const header = page.locator('th.col-name');
    await expect(header.locator('.sort-button').textContent()).resolves.toContain('事業名');
    await header.locator('.sort-button').click();
    await expect.poll(search, POLL).toBe('?sort=name');
    await expect.poll(() => renderedNames().then((n) => n[0]), POLL).toBe(ascending[0]);
    const asc = await renderedNames();
    expect(asc).toEqual(ascending.slice(0, asc.length));
    expect(asc).not.toEqual(before);
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');

    await header.locator('.sort-button').click();
    await expect.poll(search, POLL).toBe('?sort=-name');
    const descending = [...ascending].reverse();
    await expect.poll(() => renderedNames().then((n) => n[0]), POLL).toBe(descending[0]);
    const desc = await renderedNames();
    expect(desc).toEqual(descending.slice(0, desc.length));
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    await expect.poll(rowCount, POLL).toBe(TOTAL);
  });
});

describe('search', () => {
  it('typing narrows the list after the debounce; one history entry per search, and Back returns to the view before it', async () => {
    await open('?sort=department');
    await expectView('?sort=department', TOTAL);
    const query = 'オープンデータ';
    const term = normalizeSearchText(query);
    const expected = PROGRAMS.filter((p) =>
      [
        p.name,
        p.summary,
        ...p.departmentIds.flatMap((id) => {
          const d = programsFile.departments.find((x) => x.id === id);
          return d ? [d.name.ja, d.name.en ?? ''] : [];
        }),
        ...p.sectionIds.flatMap((id) => {
          const s = programsFile.sections.find((x) => x.id === id);
          return s ? [s.name.ja, s.name.en ?? ''] : [];
        }),
      ]
        .map(normalizeSearchText)
        .some((field) => field.includes(term)),
    ).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(TOTAL);

    const lengthBefore = await historyLength();
    const box = page.getByTestId('search-input');
    // Two bursts of typing with a pause longer than the debounce between them: two writes.
    const [head, tail] = [query.slice(0, 3), query.slice(3)];
    await box.pressSequentially(head, { delay: 40 });
    await expect.poll(() => param('q'), POLL).toBe(head);
    await box.pressSequentially(tail, { delay: 40 });
    await expect.poll(() => param('q'), POLL).toBe(query);
    await expect.poll(shown, POLL).toBe(shownText(expected));
    await expect.poll(rowCount, POLL).toBe(expected);
    expect(param('sort')).toBe('department');
    // The first write added an entry; the second replaced it.
    expect(await historyLength()).toBe(lengthBefore + 1);
    const chips = page.getByTestId('filter-chips');
    await expect(chips.textContent()).resolves.toContain(query);

    await page.goBack();
    await expectView('?sort=department', TOTAL);
    await expect.poll(() => box.inputValue(), POLL).toBe('');
    await page.goForward();
    await expect.poll(() => param('q'), POLL).toBe(query);
    await expect.poll(shown, POLL).toBe(shownText(expected));

    // Escape clears the box: a step of its own, so Back brings the search back (it replaced
    // the search's entry, and Back showed the same page).
    await box.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => param('q'), POLL).toBe(null);
    await page.goBack();
    await expect.poll(() => param('q'), POLL).toBe(query);
    await expect.poll(() => box.inputValue(), POLL).toBe(query);
  });
});

describe('the details dialog', () => {
  it('a name link opens it with sel=; Escape closes it; Back opens it again', async () => {
    await open('?cat=local&dept=kikaku');
    await expectView('?cat=local&dept=kikaku', countWhere({ cat: ['local'], dept: ['kikaku'] }));
    const row = page.locator('tr[data-program]').first();
    const id = (await row.getAttribute('data-program')) ?? '';
    const program = PROGRAMS.find((p) => p.id === id);
    expect(program).toBeDefined();

    await row.locator('td.col-name a').click();
    await expect.poll(() => param('sel'), POLL).toBe(id);
    await expect.poll(dialogOpen, POLL).toBe(true);
    await expect(page.locator('#details-title').textContent()).resolves.toBe(program?.name);

    await page.keyboard.press('Escape');
    await expect.poll(dialogOpen, POLL).toBe(false);
    await expect.poll(search, POLL).toBe('?cat=local&dept=kikaku');

    await page.goBack();
    await expect.poll(() => param('sel'), POLL).toBe(id);
    await expect.poll(dialogOpen, POLL).toBe(true);
    await expect(page.locator('#details-title').textContent()).resolves.toBe(program?.name);
  });
});

describe("the details dialog's link", () => {
  it('is copied, not followed: following it reloaded the page', async () => {
    await open('?cat=local&sel=local-02', { clipboard: true });
    await expect.poll(dialogOpen, POLL).toBe(true);
    const before = await historyLength();
    // A mark in this document: a reload would start a new one without it.
    await page.evaluate(() => {
      (window as Window & { sameDocument?: boolean }).sameDocument = true;
    });
    await page.getByTestId('details').getByRole('button', { name: 'リンクをコピー' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), POLL)
      .toBe(page.url());
    expect(await dialogOpen()).toBe(true);
    expect(await historyLength()).toBe(before);
    expect(
      await page.evaluate(() => (window as Window & { sameDocument?: boolean }).sameDocument),
    ).toBe(true);
  });
});

describe('a search that matches nothing', () => {
  it('leaves no empty chart box and no picture of nothing to save', async () => {
    await open('?q=zzzzzz', { viewport: { width: 390, height: 844 } });
    await expect.poll(shown, POLL).toBe(shownText(0));
    for (const id of ['portfolio', 'departments']) {
      const figure = page.locator(`figure.chart-${id}`);
      await figure.locator('.chart-empty').waitFor();
      const height = await figure.getByTestId(`chart-${id}`).evaluate((el) => el.clientHeight);
      expect(height, id).toBe(0);
      expect(await figure.locator('.picture-button').isVisible(), id).toBe(false);
    }
  });
});

describe('the details dialog opened by a link', () => {
  /** Where the focus is: the content (`main`), or else the focused element's tag. */
  const focused = () =>
    page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);

  it("closes with focus on the content, not on the page's start, and the page where it was", async () => {
    // Nothing had focus before the dialog opened, so the browser gave it back to <body> and
    // the next Tab went to the skip link. The program's row is far below the screen: focusing
    // it scrolled there, or (without scrolling) left the focus 2,400 px below the screen.
    await open('?cat=local&sel=local-02&lang=en');
    await expect.poll(dialogOpen, POLL).toBe(true);
    // The program's name is in the data's language, Japanese, also on the English page.
    expect(await page.locator('#details-title').getAttribute('lang')).toBe('ja');
    await page.keyboard.press('Escape');
    await expect.poll(dialogOpen, POLL).toBe(false);
    await expect.poll(focused, POLL).toBe('main');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  it('closes on a click outside it, as Escape does', async () => {
    await open('?dept=kikaku&sel=citizen-14');
    await expect.poll(dialogOpen, POLL).toBe(true);
    await page.mouse.click(10, 450);
    await expect.poll(dialogOpen, POLL).toBe(false);
    await expect.poll(search, POLL).toBe('?dept=kikaku');
    // Focus goes to the content, as after Escape: the click had focused the dialog, and focus
    // fell to <body> when it closed.
    await expect.poll(focused, POLL).toBe('main');
  });

  it('closes on a phone where it was opened, not scrolled down to the program card', async () => {
    // Every card is on a phone's page: focusing the card scrolled the page thousands of px
    // down from the chart the program was tapped in.
    await open('?cat=local&sel=local-02', { viewport: { width: 390, height: 844 } });
    await expect.poll(dialogOpen, POLL).toBe(true);
    const before = await page.evaluate(() => window.scrollY);
    await page.getByTestId('details').getByRole('button', { name: '閉じる' }).click();
    await expect.poll(dialogOpen, POLL).toBe(false);
    await expect.poll(focused, POLL).toBe('main');
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
  });

  it('keeps a swipe past the end of its text in the dialog, not the page behind', async () => {
    // Headless touch scrolling does not chain like a finger's; the rule that stops it is
    // checked instead (the page behind scrolled 634 px, and stayed there after closing).
    await open('?sel=citizen-41', { viewport: { width: 390, height: 844 } });
    await expect.poll(dialogOpen, POLL).toBe(true);
    expect(
      await page.getByTestId('details').evaluate((d) => getComputedStyle(d).overscrollBehaviorY),
    ).toBe('contain');
  });

  it("gives focus back to the program's row when it was opened from the row", async () => {
    await open('?cat=local');
    const link = page.locator('tr[data-program="local-02"] td.col-name a');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(dialogOpen, POLL).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(dialogOpen, POLL).toBe(false);
    expect(
      await page.evaluate(() =>
        document.activeElement?.closest('tr')?.getAttribute('data-program'),
      ),
    ).toBe('local-02');
  });
});

describe('the display & present menu', () => {
  it('stays on a narrow phone screen (320-375 px), where neither edge of its button leaves room', async () => {
    for (const width of [320, 360, 375]) {
      await open('', { viewport: { width, height: 800 } });
      await page.getByRole('button', { name: '表示・発表' }).click();
      const menu = page.locator('.more-menu-body');
      await expect.poll(() => menu.evaluate((m) => m.matches(':popover-open')), POLL).toBe(true);
      // It ran 11 px off the left edge, cutting off the presenter button and the checkbox.
      const box = await menu.evaluate((m) => {
        const r = m.getBoundingClientRect();
        return { left: r.left, right: r.right };
      });
      expect(box.left, `${width} px: left`).toBeGreaterThanOrEqual(0);
      expect(box.right, `${width} px: right`).toBeLessThanOrEqual(width);
    }
  });

  it('opens from the keyboard, closes on Escape (focus back on its button) and on a click outside; a setting in it keeps it open', async () => {
    await open('?cat=local', { viewport: { width: 390, height: 844 } });
    const button = page.getByRole('button', { name: '表示・発表' });
    const menuOpen = () =>
      page.locator('.more-menu-body').evaluate((m) => m.matches(':popover-open'));
    const onScreen = () =>
      page.locator('.more-menu-body').evaluate((m) => {
        const r = m.getBoundingClientRect();
        return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth;
      });

    expect(await button.getAttribute('popovertarget')).toBeTruthy();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(menuOpen, POLL).toBe(true);
    // The browser tells assistive technology the menu is open (Chromium's own accessibility
    // tree: the button carries no aria-expanded of ours; Playwright's role query does not see it).
    const expanded = async () => {
      const cdp = await page.context().newCDPSession(page);
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', {
        nodeId: root.nodeId,
        selector: '.more-menu-button',
      });
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
        nodeId,
        fetchRelatives: false,
      });
      await cdp.detach();
      return nodes[0]?.properties?.find((p) => p.name === 'expanded')?.value.value;
    };
    expect(await expanded()).toBe(true);
    // On a phone the button is on the left: the menu opens rightwards, not off the screen.
    expect(await onScreen()).toBe(true);
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent), POLL)
      .toBe('プレゼンテーション');
    await page.keyboard.press('Escape');
    await expect.poll(menuOpen, POLL).toBe(false);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await expanded()).toBe(false);

    // Tab on past its last control (the link, the scheme, the patterns) closes it too; Shift+Tab
    // back to its button does not, and on back past the button does (it stayed open).
    await page.keyboard.press('Enter');
    await expect.poll(menuOpen, POLL).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await menuOpen()).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(menuOpen, POLL).toBe(false);
    await page.keyboard.press('Tab');
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(menuOpen, POLL).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await menuOpen()).toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(menuOpen, POLL).toBe(false);
    expect(
      await page.evaluate(() => document.activeElement?.closest('.more-menu-body') ?? null),
    ).toBeNull();

    await button.click();
    // Arrow keys on the select choose each option they pass: the link follows, and Back goes
    // to the view before the choice, not to an option passed on the way.
    const before = await page.evaluate(() => window.history.length);
    await page.getByLabel('配色').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(search, POLL).toBe('?cat=local&scheme=light');
    await page.keyboard.press('ArrowDown');
    await expect.poll(search, POLL).toBe('?cat=local&scheme=dark');
    expect(await page.evaluate(() => window.history.length)).toBe(before);
    expect(await menuOpen()).toBe(true);
    await page.locator('h1').click(); // plain text: the click only dismisses
    await expect.poll(menuOpen, POLL).toBe(false);
    expect(search()).toBe('?cat=local&scheme=dark');

    // A click on a chart to close the menu only closes it: it opened a program, or filtered.
    await button.click();
    await expect.poll(menuOpen, POLL).toBe(true);
    await page.getByTestId('chart-portfolio').scrollIntoViewIfNeeded();
    expect(await menuOpen()).toBe(true);
    const chart = await page.getByTestId('chart-portfolio').locator('canvas').boundingBox();
    if (!chart) expect.fail('no portfolio chart');
    await page.mouse.click(chart.x + chart.width / 2, chart.y + chart.height / 2);
    await expect.poll(menuOpen, POLL).toBe(false);
    await page.waitForTimeout(300);
    expect(search()).toBe('?cat=local&scheme=dark');
    // and the next click acts as usual.
    await page.mouse.click(chart.x + chart.width / 2, chart.y + chart.height / 2);
    await expect.poll(search, POLL).not.toBe('?cat=local&scheme=dark');
  });
});

describe('copy link', () => {
  it('puts the current URL on the clipboard and says so', async () => {
    await open('?cat=local&dept=kikaku&sort=-name', { clipboard: true });
    await expectView(
      '?cat=local&dept=kikaku&sort=-name',
      countWhere({ cat: ['local'], dept: ['kikaku'] }),
    );
    await page.getByRole('button', { name: 'リンクをコピー' }).click();
    await expect
      .poll(
        () => page.getByRole('status').filter({ hasText: 'リンクをコピーしました' }).count(),
        POLL,
      )
      .toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).search).toBe('?cat=local&dept=kikaku&sort=-name');
  });

  it("copies the view's own link, not the address bar's ids it does not have or its order", async () => {
    // The share dialog shows (and its QR code holds) the canonical link; the copy had the raw one.
    await open('?sort=-name&cat=local,nosuch', { clipboard: true });
    expect(search()).toBe('?sort=-name&cat=local,nosuch');
    await page.getByRole('button', { name: 'リンクをコピー' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), POLL)
      .toMatch(/\?cat=local&sort=-name$/);
  });
});

describe('search box', () => {
  it('shows its whole placeholder in both languages', async () => {
    // The English one ("Name, summary, department, section") needed 282 px of the box's 242.
    for (const query of ['', '?lang=en']) {
      await open(query, { viewport: { width: 1280, height: 720 } });
      const fit = await page.getByTestId('search-input').evaluate((el) => {
        const input = el as HTMLInputElement;
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d');
        if (!context) throw new Error('no canvas');
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room =
          input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text: context.measureText(input.placeholder).width, room };
      });
      expect(fit.text, query).toBeGreaterThan(0);
      expect(fit.text, query).toBeLessThanOrEqual(fit.room);
    }
  });
});

describe('program table width', () => {
  it('shows each English column header whole, with its sort arrow, from 1024 px', async () => {
    // "Department ↕" needed 126 px of a 112-116 px column.
    for (const width of [1024, 1280]) {
      await open('?lang=en', { viewport: { width, height: 800 } });
      const cut = await page
        .locator('.program-table th .sort-button')
        .evaluateAll((buttons) =>
          buttons.filter((b) => b.scrollWidth > b.clientWidth).map((b) => b.textContent),
        );
      expect(cut, `at ${width} px`).toEqual([]);
    }
  });

  it('fits a 1280 px window without scrolling sideways', async () => {
    // At min-width 980 px it scrolled in its 896 px box and cut the summaries off.
    await open('', { viewport: { width: 1280, height: 720 } });
    const box = await page
      .locator('.program-table-scroll')
      .evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(box[1]).toBeGreaterThan(800);
    expect(box[0]).toBeLessThanOrEqual(box[1] ?? 0);
  });
});

describe('a 1920 x 1080 screen', () => {
  it('does not move the program table when the charts come', async () => {
    // The placeholder held only the row beside the category table: the table jumped 710 px
    // (a layout shift of 0.027) when the portfolio and bars arrived.
    page = await chromium.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.addInitScript(() => {
      const w = window as Window & { shifts?: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          w.shifts?.push((entry as PerformanceEntry & { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(baseUrl());
    await waitForApp(page);
    await page.getByTestId('chart-departments').locator('canvas').waitFor();
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(() => (window as Window & { shifts?: number[] }).shifts);
    expect(shifts?.reduce((a, b) => a + b, 0) ?? 1).toBeLessThan(0.005);
  });

  it('prints each chart inside its box, however tall it was drawn on screen', async () => {
    // The budget chart is drawn as tall as the category table here; on paper its box is 320 px
    // and the canvas ran over its caption and off the page.
    // A real print lays the page out without running the page's scripts, so echarts' resize
    // observer never redraws a chart at its printed size; here it would, before the check. So
    // the page gets no resize observers at all (the table then shows no rows; no matter here).
    page = await chromium.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.addInitScript(() => {
      window.ResizeObserver = class {
        observe() {}
        unobserve() {}
        disconnect() {}
      };
    });
    await page.goto(`${baseUrl()}?lang=en`);
    await waitForApp(page);
    await page.getByTestId('chart-departments').locator('canvas').waitFor();
    await page.emulateMedia({ media: 'print' });
    // Paper gets the stacked layout (the page is narrower than the window): the budget chart's
    // box under the category table, 320 px high, with a canvas drawn taller than that.
    const table = await page.getByTestId('category-table').boundingBox();
    const budget = await page.getByTestId('chart-budget').boundingBox();
    expect(budget?.y ?? 0).toBeGreaterThan((table?.y ?? 0) + (table?.height ?? 0));
    expect(budget?.height).toBe(320);
    const spill = await page.locator('.chart-canvas').evaluateAll((boxes) =>
      boxes.map((box) => {
        const outer = box.getBoundingClientRect();
        const canvas = box.querySelector('canvas')?.getBoundingClientRect();
        return canvas
          ? Math.max(canvas.bottom - outer.bottom, canvas.right - outer.right)
          : Number.NaN;
      }),
    );
    expect(spill).toHaveLength(3);
    for (const over of spill) expect(over).toBeLessThanOrEqual(1);
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows the budget chart whole on the first screen, beside the category table', async () => {
    // Stacked under the table, the first chart began at y = 1,038 and ended at 1,358.
    await open('', { viewport: { width: 1920, height: 1080 } });
    const canvas = page.getByTestId('chart-budget').locator('canvas');
    await canvas.waitFor();
    const chart = await canvas.boundingBox();
    const table = await page.getByTestId('category-table').boundingBox();
    expect(chart && table).toBeTruthy();
    if (!chart || !table) return;
    expect(chart.y + chart.height).toBeLessThanOrEqual(1080);
    expect(chart.x).toBeGreaterThanOrEqual(table.x + table.width);
    // Side by side, not one under the other: the two overlap vertically.
    expect(chart.y).toBeLessThan(table.y + table.height);
    // The chart grows to the table's height rather than leave a blank under its caption, and
    // is drawn once at that size.
    const panelBottoms = await page.evaluate(() =>
      ['.category-overview', '.chart-budget'].map(
        (selector) => document.querySelector(selector)?.getBoundingClientRect().bottom ?? 0,
      ),
    );
    expect(Math.abs((panelBottoms[0] ?? 0) - (panelBottoms[1] ?? 1e6))).toBeLessThan(2);
    expect(chart.height).toBeGreaterThan(320);
    const draws = () =>
      page.evaluate(
        () => performance.getEntriesByName('obd:chart-finished:chart-budget', 'mark').length,
      );
    await page.waitForTimeout(500);
    expect(await draws()).toBe(1);
    // The portfolio and the bars share the next row, below both.
    const portfolio = await page.getByTestId('chart-portfolio').boundingBox();
    const bars = await page.getByTestId('chart-departments').boundingBox();
    expect(portfolio && bars).toBeTruthy();
    if (!portfolio || !bars) return;
    expect(portfolio.y).toBeGreaterThan(table.y + table.height);
    expect(Math.abs(portfolio.y - bars.y)).toBeLessThan(2);
    expect(bars.x).toBeGreaterThan(portfolio.x + portfolio.width);
    // Opening the bars' table leaves the portfolio's panel as tall as its own content (it
    // was stretched to the bars' panel, 890 px of blank).
    const panelHeight = () =>
      page.locator('figure.chart-portfolio').evaluate((f) => f.getBoundingClientRect().height);
    const before = await panelHeight();
    await page.locator('figure.chart-departments summary').click();
    await page.locator('figure.chart-departments table').waitFor();
    expect(await panelHeight()).toBe(before);
  });
});

describe('copy link: the confirmation moves nothing', () => {
  // A message set beside the button used to wrap the header's buttons onto another line: at
  // 1280 x 720 the page below moved down 58 px and the share button jumped to another place.
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    it(`at ${viewport.width} x ${viewport.height}`, async () => {
      await open('', { viewport, clipboard: true });
      const copy = page.getByRole('button', { name: 'リンクをコピー' });
      const boxes = () =>
        page.evaluate(() =>
          ['#main', '.copy-link button', '.more-menu-button'].map((selector) => {
            const r = document.querySelector(selector)?.getBoundingClientRect();
            return r ? [Math.round(r.x), Math.round(r.y), Math.round(r.width)] : null;
          }),
        );
      const copiedLabelOpacity = () =>
        copy.locator('span[aria-hidden="true"]').evaluate((el) => getComputedStyle(el).opacity);
      const before = await boxes();
      expect(before.every((b) => b !== null)).toBe(true);
      await copy.click();
      await expect
        .poll(
          () => page.getByRole('status').filter({ hasText: 'リンクをコピーしました' }).count(),
          POLL,
        )
        .toBe(1);
      expect(await boxes()).toEqual(before);
      // The button shows that it worked, in place, and keeps its name.
      expect(await copiedLabelOpacity()).toBe('1');
      expect(await page.getByRole('button', { name: 'リンクをコピー', exact: true }).count()).toBe(
        1,
      );
    });
  }
});

describe('screenshots of a filtered view', () => {
  const dir = new URL('../.artifacts/', import.meta.url);
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`saves ${viewport.width}x${viewport.height}`, async () => {
      mkdirSync(dir, { recursive: true });
      await open('?cat=local&dept=kikaku', { viewport });
      await expectView('?cat=local&dept=kikaku', countWhere({ cat: ['local'], dept: ['kikaku'] }));
      // Every chart has drawn: each shows the local category's colour.
      for (const id of ['chart-budget', 'chart-portfolio', 'chart-departments'])
        await findChartColor(page, id, CATEGORY_COLORS.local, { minDepth: 2 });
      await page.evaluate(() => window.scrollTo(0, 0));
      const path = new URL(
        `dashboard-cat-local-dept-kikaku-${viewport.width}x${viewport.height}.png`,
        dir,
      ).pathname;
      const png = await page.screenshot({ path, fullPage: true, animations: 'disabled' });
      expect(png.length).toBeGreaterThan(10_000);
    });
  }
});
