import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EChartStandIn } from './echart-stand-in';
import { renderApp, stubFetch } from './render-app';

vi.mock('../../src/charts/echart', () => ({ EChart: EChartStandIn }));

beforeEach(() => {
  stubFetch();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const shown = () => screen.getByTestId('shown-count').textContent;
// The charts panel is a lazy import; its first transform can take seconds on a busy machine.
const findChart = (id: string) => screen.findByTestId(`chart-${id}`, {}, { timeout: 15_000 });

describe('the dashboard wiring', () => {
  it('choosing a category facet narrows the count, the table and the charts, and writes the URL', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByTestId('program-table');
    expect(shown()).toBe('177 / 177 件');
    const facet = screen.getByRole('group', { name: '分野' });
    await user.click(within(facet).getByRole('checkbox', { name: /D for Local/ }));
    expect(window.location.search).toBe('?cat=local');
    expect(shown()).toBe('63 / 177 件');
    // The portfolio treemap now holds only D for Local programs.
    const portfolio = await findChart('portfolio');
    const programButtons = within(portfolio)
      .getAllByRole('button')
      .filter((b) => b.dataset.action?.startsWith('program:'));
    expect(programButtons).toHaveLength(63);
    expect(programButtons.every((b) => b.dataset.action?.startsWith('program:local-'))).toBe(true);
    // The department facet counts follow the category filter.
    const dept = screen.getByRole('group', { name: '部局' });
    expect(within(dept).getByText('企画部').parentElement?.textContent).toMatch(/企画部\s*\d+$/);
    expect(screen.getByTestId('filter-chips').textContent).toContain('分野: D for Local');
  });

  it('each facet checkbox toggles its own value against the current choice', async () => {
    // The checkboxes are memoised with one shared toggle; it must read the choice as it is now.
    const user = userEvent.setup();
    renderApp();
    await screen.findByTestId('program-table');
    const facet = screen.getByRole('group', { name: '分野' });
    const box = (name: RegExp) => within(facet).getByRole('checkbox', { name });
    await user.click(box(/D for Local/));
    await user.click(box(/D for Citizen/));
    expect(new URLSearchParams(window.location.search).get('cat')?.split(',').sort()).toEqual([
      'citizen',
      'local',
    ]);
    expect((box(/D for Local/) as HTMLInputElement).checked).toBe(true);
    expect((box(/D for Citizen/) as HTMLInputElement).checked).toBe(true);
    await user.click(box(/D for Local/));
    expect(window.location.search).toBe('?cat=citizen');
    expect((box(/D for Local/) as HTMLInputElement).checked).toBe(false);
    expect(shown()).toBe('60 / 177 件');
  });

  it('clicking a department bar filters to that department and shows a chip; again clears it', async () => {
    const user = userEvent.setup();
    renderApp();
    const bars = await findChart('departments');
    const soumu = within(bars)
      .getAllByRole('button')
      .find((b) => b.dataset.action === 'department:soumu');
    expect(soumu).toBeDefined();
    if (!soumu) return;
    await user.click(soumu);
    expect(window.location.search).toBe('?dept=soumu');
    expect(shown()).toBe('20 / 177 件');
    expect(screen.getByTestId('summary-sentence').textContent).toContain('分野の予算総額');
    // The category table keeps the whole dataset's figures under a filter, and says so.
    const categories = screen.getByTestId('category-table');
    expect(screen.getByRole('heading', { name: '分野別の予算（全体）' })).toBeDefined();
    expect(within(categories).getByRole('row', { name: /D for Citizen/ }).textContent).toMatch(
      /60$/,
    );
    const again = within(screen.getByTestId('chart-departments'))
      .getAllByRole('button')
      .find((b) => b.dataset.action === 'department:soumu');
    if (!again) throw new Error('bar for soumu disappeared');
    await user.click(again);
    expect(window.location.search).toBe('');
    expect(shown()).toBe('177 / 177 件');
  });

  it('clicking a budget cell toggles the category and keeps every budget cell', async () => {
    const user = userEvent.setup();
    renderApp();
    const budget = await findChart('budget');
    const citizen = within(budget)
      .getAllByRole('button')
      .find((b) => b.dataset.action === 'category:citizen');
    if (!citizen) throw new Error('no citizen cell');
    await user.click(citizen);
    expect(window.location.search).toBe('?cat=citizen');
    expect(shown()).toBe('60 / 177 件');
    expect(within(screen.getByTestId('chart-budget')).getAllByRole('button')).toHaveLength(5);
  });

  it('choosing a row opens the details with the whole record; closing removes sel', async () => {
    const user = userEvent.setup();
    renderApp('?cat=local');
    await screen.findByTestId('program-table');
    // Narrow with the search box first: a person would, and jsdom has no layout for the
    // virtualised rows to measure, so only a short list renders predictably.
    await user.type(screen.getByTestId('search-input'), 'ｉｔ 商品');
    await waitFor(() => expect(shown()).toBe('1 / 177 件'), { timeout: 2000 });
    expect(new URLSearchParams(window.location.search).get('q')).toBe('ｉｔ 商品');
    const link = await screen.findByRole('link', { name: 'IT商品の販売促進' });
    await user.click(link);
    expect(new URLSearchParams(window.location.search).get('sel')).toBe('local-02');
    const details = screen.getByTestId('details');
    expect(details.hasAttribute('open')).toBe(true);
    expect(within(details).getByRole('heading', { level: 2 }).textContent).toBe('IT商品の販売促進');
    expect(details.textContent).toContain('local-02');
    // 番号 is the source's number, as in the table; the id has its own line.
    const fields = Array.from(details.querySelectorAll('dt'), (dt) => [
      dt.textContent,
      dt.nextElementSibling?.textContent,
    ]);
    expect(fields.slice(0, 2)).toEqual([
      ['番号', '2'],
      ['ID', 'local-02'],
    ]);
    await user.click(within(details).getByRole('button', { name: '閉じる' }));
    expect(new URLSearchParams(window.location.search).get('sel')).toBeNull();
    expect(details.hasAttribute('open')).toBe(false);
  });

  it('a link with ids the data does not have shows the valid view and a notice', async () => {
    const user = userEvent.setup();
    renderApp('?cat=citizen,gone&sort=bogus');
    await screen.findByTestId('program-table');
    expect(shown()).toBe('60 / 177 件');
    const notice = screen.getByText(/リンクの次の部分/).closest('.notice');
    expect(notice?.textContent).toContain('cat=gone');
    expect(notice?.textContent).toContain('sort=bogus');
    if (!(notice instanceof HTMLElement)) throw new Error('notice missing');
    await user.click(within(notice).getByRole('button', { name: '閉じる' }));
    expect(window.location.search).toBe('?cat=citizen');
    // The button goes with the notice; focus moves on to the content, not to the page's start.
    expect(document.activeElement?.id).toBe('main');
    expect(screen.queryByText(/リンクの次の部分/)).toBeNull();
  });

  it('removing a filter chip from the keyboard leaves focus on the chips, then on the content', async () => {
    const user = userEvent.setup();
    renderApp('?cat=local&dept=kikaku&q=AI');
    await screen.findByTestId('program-table');
    const chips = () => within(screen.getByTestId('filter-chips'));
    const focused = () =>
      document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id;
    // The middle chip: the one after it takes its place.
    chips()
      .getByRole('button', { name: /解除: 部局/ })
      .focus();
    await user.keyboard('{Enter}');
    expect(window.location.search).toBe('?cat=local&q=AI');
    expect(focused()).toMatch(/^解除: 検索/);
    // The last chip: the one before it.
    await user.keyboard('{Enter}');
    expect(window.location.search).toBe('?cat=local');
    expect(focused()).toMatch(/^解除: 分野/);
    // The last one left: no chips remain, nor a breadcrumb step to go back to, so the content.
    await user.keyboard('{Enter}');
    expect(window.location.search).toBe('');
    expect(focused()).toBe('main');
  });

  it('retry asks the server for a file that failed, not the browser cache', async () => {
    // A host that lets browsers cache the file answered the retry with the same broken copy
    // (seen with python's http.server and an old Last-Modified: no request at all).
    let broken = true;
    stubFetch((file) =>
      file.endsWith('programs.json') && broken ? new Response('{ "departments": [') : undefined,
    );
    const fetchMock = vi.mocked(fetch);
    const cacheModes = () =>
      fetchMock.mock.calls
        .filter(([input]) => String(input).endsWith('programs.json'))
        .map(([, init]) => init?.cache);
    const user = userEvent.setup();
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(cacheModes()).toEqual(['default']);
    broken = false;
    await user.click(within(alert).getByRole('button', { name: '再試行' }));
    await screen.findByTestId('program-table');
    expect(cacheModes()).toEqual(['default', 'no-cache']);
  });

  it('says so above the program charts when nothing matches, not an empty box', async () => {
    renderApp('?q=zzzz');
    const portfolio = await findChart('portfolio');
    for (const chart of [portfolio, screen.getByTestId('chart-departments')])
      expect(chart.closest('figure')?.querySelector('.chart-empty')?.textContent).toBe(
        '条件に合う事業はありません。',
      );
    expect(
      screen.getByTestId('chart-budget').closest('figure')?.querySelector('.chart-empty'),
    ).toBeNull();
    // Their descriptions are the caption, not a title with an empty list after a colon, and
    // there is no empty list of departments to open.
    const descriptions = [
      portfolio.closest('figure')?.querySelector('figcaption')?.textContent ?? '',
      portfolio.getAttribute('aria-label') ?? '',
      screen.getByTestId('chart-departments').getAttribute('aria-label') ?? '',
    ];
    for (const description of descriptions) {
      expect(description).toContain('0事業');
      expect(description.trim()).not.toMatch(/[:：]$/);
    }
    expect(screen.queryByText('表で見る')).toBeNull();
  });

  it('the portfolio says where a joint program sits, in its caption and its description', async () => {
    // Its department cells count a joint program once; the bars count it for each department.
    renderApp('?dept=kikaku');
    const portfolio = await findChart('portfolio');
    const note =
      '複数部局の共同事業は、1つの部局の下に表示しています（選んだ部局・課室の部局があればその部局、なければ原典で最初に記載された部局）。';
    expect(portfolio.getAttribute('aria-label')).toContain(note);
    expect(portfolio.closest('figure')?.querySelector('figcaption')?.textContent).toContain(note);
  });

  it("the 番号 column shows the source's own number, not the id", async () => {
    renderApp('?cat=citizen,local&sort=-id');
    await screen.findByTestId('program-table');
    const cells = Array.from(document.querySelectorAll('tr[data-program]'), (row) => [
      row.getAttribute('data-program'),
      row.querySelector('td.col-id')?.textContent,
    ]);
    // Source order reversed: the last local programs first (local has 63).
    expect(cells.slice(0, 3)).toEqual([
      ['local-63', '63'],
      ['local-62', '62'],
      ['local-61', '61'],
    ]);
  });

  it('a search longer than the limit is named as used in a corrected form, apart from what was ignored', async () => {
    renderApp(`?cat=gone&q=${'デジタル'.repeat(60)}`);
    await screen.findByTestId('program-table');
    const notice = document.querySelector('.notice');
    const [ignoredLine, correctedLine] = Array.from(
      notice?.querySelectorAll('p') ?? [],
      (p) => p.textContent,
    );
    expect(ignoredLine).toMatch(/無視しました.*cat=gone/);
    expect(ignoredLine).not.toContain('q=');
    expect(correctedLine).toMatch(/^検索語は直して使いました（200文字まで.*q=デジタル/);
    expect(new URLSearchParams(window.location.search).get('q')).toBe('デジタル'.repeat(60));
    expect(screen.getByRole('searchbox')).toHaveProperty('value', 'デジタル'.repeat(50));
  });

  it('Back restores the previous view', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByTestId('program-table');
    await user.click(
      within(screen.getByRole('group', { name: '分野' })).getByRole('checkbox', {
        name: /D for Business/,
      }),
    );
    expect(shown()).toBe('16 / 177 件');
    window.history.back();
    await waitFor(() => expect(shown()).toBe('177 / 177 件'));
  });
});
