import { describe, expect, it } from 'vitest';
import { buildCaption } from '../../src/domain/caption';
import { selectView } from '../../src/domain/select-programs';
import { describeSummary, summarizeView } from '../../src/domain/summary';
import type { Lang, ViewState } from '../../src/url/view-state';
import { loadBundledDataset, view } from './helpers/load-bundled-dataset';

const dataset = loadBundledDataset();

function describeView(patch: Partial<ViewState>, lang: Lang) {
  const v = view({ ...patch, lang });
  const summary = summarizeView(dataset, v, selectView(dataset, v).positions);
  return { summary, text: describeSummary(dataset, v, summary) };
}

describe('summarizeView', () => {
  it('agrees with counting the shown programs’ ids, for every single filter value', () => {
    const views = [
      ...dataset.categories.map((c) => view({ cat: [c.id] })),
      ...dataset.departments.map((d) => view({ dept: [d.id] })),
      ...dataset.sections.map((x) => view({ sec: [x.id] })),
      view({ q: 'システム' }),
      view({ q: 'no such words' }),
    ];
    for (const v of views) {
      const { programs, positions } = selectView(dataset, v);
      const departments = new Set(programs.flatMap((p) => p.departmentIds));
      const categories = new Set(v.cat.length > 0 ? v.cat : programs.map((p) => p.categoryId));
      const budget = dataset.categories
        .filter((c) => categories.has(c.id))
        .reduce((sum, c) => sum + c.budget, 0);
      const summary = summarizeView(dataset, v, positions);
      expect(summary.programCount).toBe(programs.length);
      expect(summary.departmentCount).toBe(departments.size);
      expect(summary.categoryBudget).toBe(budget);
    }
  });

  it('sums everything with no filters', () => {
    expect(describeView({}, 'ja').summary).toEqual({
      programCount: 177,
      departmentCount: 14,
      categoryBudget: 6_241_838,
      share: 1,
      narrowedBelowCategory: false,
      organisationChosen: false,
    });
  });

  it('takes the chosen category budget and its share', () => {
    const { summary } = describeView({ cat: ['local'] }, 'ja');
    expect(summary.programCount).toBe(63);
    expect(summary.departmentCount).toBe(8);
    expect(summary.categoryBudget).toBe(1_600_857);
    expect(summary.share).toBeCloseTo(1_600_857 / 6_241_838, 12);
    expect(summary.narrowedBelowCategory).toBe(false);
  });

  it('adds up several chosen categories', () => {
    expect(describeView({ cat: ['local', 'business'] }, 'ja').summary.categoryBudget).toBe(
      1_600_857 + 288_236,
    );
  });

  it('uses the categories of the shown programs when narrowed by department or search', () => {
    const gikai = describeView({ dept: ['gikai'] }, 'ja').summary;
    expect(gikai).toEqual({
      programCount: 1,
      departmentCount: 1,
      categoryBudget: 2_022_951,
      share: 2_022_951 / 6_241_838,
      narrowedBelowCategory: true,
      organisationChosen: true,
    });
    const search = describeView({ q: 'オープンデータ' }, 'ja').summary;
    expect(search.programCount).toBe(2);
    expect(search.categoryBudget).toBe(2_022_951 + 101_190);
    expect(search.narrowedBelowCategory).toBe(true);
    expect(search.organisationChosen).toBe(false);
    expect(describeView({ sec: ['koho'] }, 'ja').summary.narrowedBelowCategory).toBe(true);
    expect(describeView({ sec: ['koho'] }, 'ja').summary.organisationChosen).toBe(true);
  });

  it('counts a joint program’s departments', () => {
    // kikaku programs include local-26 (with keizai) and administration-31 (with keisatsu).
    expect(describeView({ dept: ['kikaku'] }, 'ja').summary.departmentCount).toBe(3);
  });

  it('gives zero for no match', () => {
    expect(describeView({ q: 'zzzz' }, 'ja').summary).toEqual({
      programCount: 0,
      departmentCount: 0,
      categoryBudget: 0,
      share: 0,
      narrowedBelowCategory: true,
      organisationChosen: false,
    });
  });
});

describe('describeSummary', () => {
  it('states the total with no filters', () => {
    expect(describeView({}, 'ja').text).toBe('14部局の177事業。予算総額 6,241,838千円。');
    expect(describeView({}, 'en').text).toBe(
      '177 programs in 14 departments; total budget ¥6,241,838 thousand.',
    );
  });

  it('names the chosen category, its budget and its share', () => {
    const ja = describeView({ cat: ['local'] }, 'ja').text;
    expect(ja).toBe('8部局の63事業。選んだ分野（D for Local）の予算は1,600,857千円、総額の25.6%。');
    expect(ja).toContain('1,600,857千円');
    expect(ja).toContain('25.6%');
    expect(describeView({ cat: ['local'] }, 'en').text).toBe(
      '63 programs in 8 departments; the chosen categories (D for Local) hold ¥1,600,857 thousand (25.6% of the total).',
    );
  });

  it('uses the language of the view for category names', () => {
    expect(describeView({ cat: ['municipal'] }, 'ja').text).toBe(
      '3部局の7事業。選んだ分野（市町村の情報化への支援）の予算は101,190千円、総額の1.6%。',
    );
    expect(describeView({ cat: ['municipal'] }, 'en').text).toBe(
      '7 programs in 3 departments; the chosen categories (Support for municipal digitalisation) hold ¥101,190 thousand (1.6% of the total).',
    );
  });

  it('says the amounts are category totals when a department narrows the programs', () => {
    const ja = describeView({ dept: ['kikaku'] }, 'ja').text;
    expect(ja).toBe(
      '47事業。これらの事業が属する分野の予算は6,241,838千円（分野の予算総額。事業ごとの金額ではありません）。',
    );
    expect(ja).toContain('分野の予算総額');
    const en = describeView({ dept: ['kikaku'] }, 'en').text;
    expect(en).toBe(
      '47 programs; the categories of these programs hold ¥6,241,838 thousand as category totals, not per-program amounts.',
    );
    expect(en).toContain('category totals');
  });

  it('keeps the caveat when a category and a department are both chosen', () => {
    expect(describeView({ cat: ['local'], dept: ['kikaku'] }, 'ja').text).toBe(
      '11事業。選んだ分野（D for Local）の予算は1,600,857千円（分野の予算総額。事業ごとの金額ではありません）。',
    );
    expect(describeView({ cat: ['local'], dept: ['kikaku'] }, 'en').text).toBe(
      '11 programs; the chosen categories (D for Local) hold ¥1,600,857 thousand as category totals, not per-program amounts.',
    );
  });

  it('says the amounts are category totals for a search too', () => {
    expect(describeView({ q: 'オープンデータ' }, 'en').text).toBe(
      '2 programs in 1 department; the categories of these programs hold ¥2,124,141 thousand as category totals, not per-program amounts.',
    );
  });

  it('uses the singular in English for one program in one department', () => {
    expect(describeView({ dept: ['gikai'] }, 'en').text).toBe(
      '1 program; the category of this program holds ¥2,022,951 thousand as a category total, not a per-program amount.',
    );
    expect(describeView({ q: '県議会のホームページ' }, 'en').text).toMatch(
      /^1 program in 1 department; /,
    );
  });

  it('gives no share of the total below a category (it read as the department’s own)', () => {
    for (const patch of [
      { dept: ['kikaku'] },
      { q: 'システム' },
      { cat: ['local'], dept: ['kikaku'] },
    ])
      for (const lang of ['ja', 'en'] as const)
        expect(describeView(patch, lang).text).not.toContain('%');
  });

  it('says when nothing matches', () => {
    expect(describeView({ q: 'zzzz' }, 'ja').text).toBe('条件に合う事業はありません。');
    expect(describeView({ q: 'zzzz' }, 'en').text).toBe('No programs match.');
  });
});

describe('buildCaption', () => {
  const captionOf = (patch: Partial<ViewState>, lang: Lang) => {
    const v = view({ ...patch, lang });
    return buildCaption(dataset, v, summarizeView(dataset, v, selectView(dataset, v).positions));
  };

  it('gives the budget of the whole and of chosen categories', () => {
    expect(captionOf({}, 'ja')).toBe(
      'みやぎ情報化推進ポリシー関連施策（令和5年度）：14部局の177事業、予算総額6,241,838千円',
    );
    expect(captionOf({ cat: ['local'] }, 'ja')).toBe(
      'D for Local：8部局の63事業、1,600,857千円（令和5年度IT政策予算の25.6%）',
    );
    expect(captionOf({ cat: ['local'] }, 'en')).toBe(
      'D for Local: 63 programs in 8 departments, ¥1,600,857 thousand (25.6% of the IT-policy budget, fiscal 2023)',
    );
  });

  // The categories a department's programs fall in hold the whole budget: "企画部 … 100%" read
  // as that department's money. The source has no amount below a category, so counts only.
  it('gives counts, not an amount, when a department, section or search narrows the view', () => {
    expect(captionOf({ dept: ['kikaku'] }, 'ja')).toBe('企画部：47事業（令和5年度の177事業中）');
    expect(captionOf({ dept: ['kikaku'] }, 'en')).toBe(
      'Planning Department: 47 programs (of 177 in fiscal 2023)',
    );
    expect(captionOf({ cat: ['local'], dept: ['kikaku'] }, 'ja')).toBe(
      'D for Local・企画部：11事業（令和5年度の177事業中）',
    );
    expect(captionOf({ q: 'オープンデータ' }, 'en')).toBe(
      '“オープンデータ”: 2 programs in 1 department (of 177 in fiscal 2023)',
    );
    for (const patch of [{ dept: ['kikaku'] }, { q: 'システム' }, { sec: ['digital-miyagi'] }])
      for (const lang of ['ja', 'en'] as const)
        expect(captionOf(patch, lang)).not.toMatch(/千円|thousand|%/);
  });
});
