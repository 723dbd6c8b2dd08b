import type { EChartsOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { buildBudgetTreemapOption } from '../../src/charts/build-budget-treemap-option';
import { buildDepartmentBarsOption } from '../../src/charts/build-department-bars-option';
import {
  buildPortfolioTreemapOption,
  MAX_LABELLED_LEAVES,
  MAX_LABELLED_LEAVES_NARROW,
} from '../../src/charts/build-portfolio-treemap-option';
import { categoryColor, contrastRatio, relativeLuminance } from '../../src/charts/category-colors';
import {
  actionOf,
  type ChartAction,
  labelFormatter,
  tooltipFormatter,
} from '../../src/charts/chart-data';
import { chartTheme } from '../../src/charts/chart-theme';
import { escapeHtml, escapeRichText } from '../../src/charts/escape-html';
import {
  aggregateBudgetTree,
  aggregateDepartmentBars,
  aggregatePortfolioTree,
} from '../../src/domain/aggregate';
import type { Dataset } from '../../src/domain/dataset';
import { selectPrograms } from '../../src/domain/select-programs';
import type { Lang } from '../../src/url/view-state';
import { datasetWithPrograms, loadBundledDataset, view } from './helpers/load-bundled-dataset';

const dataset = loadBundledDataset();
const LANGS: readonly Lang[] = ['ja', 'en'];

interface Node {
  readonly id?: string;
  readonly name?: string;
  readonly value?: number;
  readonly tooltipHtml?: string;
  readonly labelText?: string;
  readonly action?: ChartAction;
  readonly itemStyle?: {
    readonly color?: string;
    readonly opacity?: number;
    readonly borderColor?: string;
    readonly borderWidth?: number;
    readonly decal?: { readonly color?: string };
  };
  readonly label?: {
    readonly color?: string;
    readonly textBorderColor?: string;
    readonly textBorderWidth?: number;
  };
  readonly children?: readonly Node[];
}

interface Series {
  readonly type?: string;
  readonly name?: string;
  readonly data?: readonly Node[];
}

function seriesOf(option: unknown): Series[] {
  return (option as { series: Series[] }).series;
}

function topNodes(option: unknown): readonly Node[] {
  return seriesOf(option)[0]?.data ?? [];
}

/** Every node of a treemap, depth first. */
function allNodes(nodes: readonly Node[]): Node[] {
  return nodes.flatMap((n) => [n, ...allNodes(n.children ?? [])]);
}

function leafNodes(nodes: readonly Node[]): Node[] {
  return allNodes(nodes).filter((n) => !n.children);
}

/**
 * A cell is dimmed when it is drawn see-through or in a paler colour than its category's own
 * (the builders may use either; both leave the chosen cells standing out).
 */
function isDimmed(node: Node): boolean {
  const style = node.itemStyle ?? {};
  if ((style.opacity ?? 1) < 1) return true;
  const index = dataset.categories.findIndex((c) => c.id === node.id);
  const own = categoryColor(index);
  const color = style.color ?? own;
  return (
    color.toLowerCase() !== own.toLowerCase() && relativeLuminance(color) > relativeLuminance(own)
  );
}

/** Every string under the given key anywhere in the option. */
function stringsUnder(value: unknown, key: string, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const v of value) stringsUnder(v, key, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === key && typeof v === 'string') found.push(v);
      else stringsUnder(v, key, found);
    }
  }
  return found;
}

function budgetOption(d: Dataset, chosen: readonly string[], lang: Lang) {
  return buildBudgetTreemapOption({
    dataset: d,
    groups: aggregateBudgetTree(d),
    chosen,
    lang,
    description: 'budget',
  });
}

function portfolioOption(
  d: Dataset,
  lang: Lang,
  programs = d.programs,
  selectedProgramId: string | null = null,
) {
  return buildPortfolioTreemapOption({
    dataset: d,
    tree: aggregatePortfolioTree(d, programs),
    selectedProgramId,
    lang,
    description: 'portfolio',
  });
}

function barsOption(
  d: Dataset,
  lang: Lang,
  programs = d.programs,
  chosenDepartments: readonly string[] = [],
) {
  return buildDepartmentBarsOption({
    dataset: d,
    bars: aggregateDepartmentBars(d, programs),
    chosenDepartments,
    lang,
    description: 'bars',
  });
}

describe('option builders are deterministic', () => {
  it.each(LANGS)('gives deep-equal options for equal input (%s)', (lang) => {
    expect(budgetOption(dataset, ['local'], lang)).toEqual(budgetOption(dataset, ['local'], lang));
    expect(portfolioOption(dataset, lang, dataset.programs, 'local-26')).toEqual(
      portfolioOption(dataset, lang, dataset.programs, 'local-26'),
    );
    expect(barsOption(dataset, lang, dataset.programs, ['kikaku'])).toEqual(
      barsOption(dataset, lang, dataset.programs, ['kikaku']),
    );
  });

  it('uses the shared constant formatters, not new closures per build', () => {
    const option = budgetOption(dataset, [], 'ja') as unknown as {
      tooltip: { formatter: unknown };
      series: { label: { formatter: unknown } }[];
    };
    expect(option.tooltip.formatter).toBe(tooltipFormatter);
    expect(option.series[0]?.label.formatter).toBe(labelFormatter);
  });

  it('passes the description to aria', () => {
    const option = budgetOption(dataset, [], 'ja') as unknown as {
      aria: { enabled: boolean; label: { description: string } };
    };
    expect(option.aria.enabled).toBe(true);
    expect(option.aria.label.description).toBe('budget');
  });
});

describe('buildBudgetTreemapOption', () => {
  it('draws single-category pillars as one cell and the foundation as a parent of two', () => {
    const top = topNodes(budgetOption(dataset, [], 'ja'));
    expect(top.map((n) => [n.id, n.value, n.children?.map((c) => c.id) ?? null])).toEqual([
      ['citizen', 2_022_951, null],
      ['local', 1_600_857, null],
      ['business', 288_236, null],
      ['pillar:foundation', 2_329_794, ['municipal', 'administration']],
    ]);
    expect('children' in (top[0] ?? {})).toBe(false);
    expect(top[3]?.action).toEqual({ kind: 'none' });
    expect(top[0]?.action).toEqual({ kind: 'category', id: 'citizen' });
  });

  it('writes label and tooltip text per language', () => {
    const ja = allNodes(topNodes(budgetOption(dataset, [], 'ja')));
    const citizen = ja.find((n) => n.id === 'citizen');
    expect(citizen?.labelText).toBe('D for Citizen\n20.2億円  32.4%');
    // The pillar has the same name as its one category, so it is not repeated.
    expect(citizen?.tooltipHtml).toBe(
      '<strong>D for Citizen</strong><div>2,022,951千円 (32.4%)</div><div>60事業</div>',
    );
    const municipal = ja.find((n) => n.id === 'municipal');
    expect(municipal?.tooltipHtml).toBe(
      '<div>目標達成の基盤となる取組</div><strong>市町村の情報化への支援</strong><div>101,190千円 (1.6%)</div><div>7事業</div>',
    );
    const en = allNodes(topNodes(budgetOption(dataset, [], 'en')));
    expect(en.find((n) => n.id === 'administration')?.labelText).toBe(
      "Digital infrastructure for the prefecture's administration\n¥2.23B  35.7%",
    );
    expect(en.find((n) => n.id === 'pillar:foundation')?.tooltipHtml).toBe(
      '<strong>Foundations for reaching the goals</strong><div>¥2,329,794 thousand (37.3%)</div>',
    );
  });

  it('keeps all five category cells when one is chosen, outlines it and dims the rest', () => {
    const cells = allNodes(topNodes(budgetOption(dataset, ['administration'], 'ja'))).filter(
      (n) => n.action?.kind === 'category',
    );
    expect(cells.map((n) => n.id)).toEqual([
      'citizen',
      'local',
      'business',
      'municipal',
      'administration',
    ]);
    for (const cell of cells) {
      if (cell.id === 'administration') {
        expect(cell.itemStyle).toMatchObject({ borderColor: '#111111', borderWidth: 5 });
        expect(isDimmed(cell)).toBe(false);
      } else {
        expect(cell.itemStyle).toMatchObject({ borderColor: '#ffffff', borderWidth: 2 });
        expect(isDimmed(cell), cell.id).toBe(true);
      }
    }
  });

  /** The category cells with 市町村の情報化への支援 chosen, in a colour scheme. */
  const cellsWithMunicipalChosen = (theme: ReturnType<typeof chartTheme>) =>
    allNodes(
      topNodes(
        buildBudgetTreemapOption({
          dataset,
          groups: aggregateBudgetTree(dataset),
          chosen: ['municipal'],
          lang: 'ja',
          description: 'budget',
          theme,
        }),
      ),
    ).filter((n) => n.action?.kind === 'category');

  it('dims the cells not chosen toward the background in every scheme, with readable labels', () => {
    for (const scheme of ['light', 'dark', 'contrast'] as const) {
      const theme = chartTheme(scheme, 14, false);
      const paper = relativeLuminance(theme.paper);
      for (const cell of cellsWithMunicipalChosen(theme)) {
        const index = dataset.categories.findIndex((c) => c.id === cell.id);
        const own = relativeLuminance(categoryColor(index));
        const shown = relativeLuminance(cell.itemStyle?.color ?? '');
        if (cell.id === 'municipal') expect(shown, `${scheme} ${cell.id}`).toBe(own);
        // Closer to the background than the category's own colour: on a dark screen the
        // dimmed cells had become the brightest.
        else
          expect(Math.abs(shown - paper), `${scheme} ${cell.id}`).toBeLessThan(
            Math.abs(own - paper),
          );
        expect(
          contrastRatio(cell.label?.color ?? '', cell.itemStyle?.color ?? ''),
          `${scheme} ${cell.id} label`,
        ).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('draws patterns (decal=1) that stand out from every cell, dimmed or not, in every scheme', () => {
    // The pattern is a translucent colour over the cell: blend it to compare with the cell.
    const over = (rgba: string, hex: string) => {
      const [r, g, b, a] = (rgba.match(/[\d.]+/g) ?? []).map(Number);
      const mix = (value: number, offset: number) =>
        Math.round(
          (a ?? 0) * value + (1 - (a ?? 0)) * Number.parseInt(hex.slice(offset, offset + 2), 16),
        )
          .toString(16)
          .padStart(2, '0');
      return `#${mix(r ?? 0, 1)}${mix(g ?? 0, 3)}${mix(b ?? 0, 5)}`;
    };
    for (const scheme of ['light', 'dark', 'contrast'] as const) {
      for (const cell of cellsWithMunicipalChosen(chartTheme(scheme, 14, true))) {
        const fill = cell.itemStyle?.color ?? '';
        const pattern = cell.itemStyle?.decal?.color ?? '';
        expect(contrastRatio(over(pattern, fill), fill), `${scheme} ${cell.id}`).toBeGreaterThan(
          1.8,
        );
      }
    }
  });

  it('gives labels a halo of their own cell over a decal pattern, and none without one', () => {
    for (const scheme of ['light', 'dark', 'contrast'] as const) {
      for (const cell of cellsWithMunicipalChosen(chartTheme(scheme, 14, true))) {
        if (cell.action?.kind !== 'category') continue;
        expect(cell.label?.textBorderColor, `${scheme} ${cell.id}`).toBe(cell.itemStyle?.color);
        expect(cell.label?.textBorderWidth).toBeGreaterThanOrEqual(2);
      }
      for (const cell of cellsWithMunicipalChosen(chartTheme(scheme, 14, false)))
        expect(cell.label?.textBorderWidth, `${scheme} ${cell.id}`).toBeUndefined();
    }
  });

  it('marks every chosen category when several are chosen, and none is dimmed with no choice', () => {
    const cells = allNodes(topNodes(budgetOption(dataset, ['citizen', 'local'], 'ja'))).filter(
      (n) => n.action?.kind === 'category',
    );
    expect(cells.filter((n) => n.itemStyle?.borderWidth === 5).map((n) => n.id)).toEqual([
      'citizen',
      'local',
    ]);
    expect(cells.filter((n) => isDimmed(n)).map((n) => n.id)).toEqual([
      'business',
      'municipal',
      'administration',
    ]);
    const none = allNodes(topNodes(budgetOption(dataset, [], 'ja'))).filter(
      (n) => n.action?.kind === 'category',
    );
    expect(none.map((n) => isDimmed(n))).toEqual([false, false, false, false, false]);
    expect(none.map((n) => n.itemStyle?.borderWidth)).toEqual([2, 2, 2, 2, 2]);
  });
});

describe('buildPortfolioTreemapOption', () => {
  it("wraps program names for the presenter's large cells, and cuts them to a line elsewhere", () => {
    const business = dataset.programs.filter((p) => p.categoryId === 'business');
    const overflowOf = (wrapLabels: boolean) => {
      const option = buildPortfolioTreemapOption({
        dataset,
        tree: aggregatePortfolioTree(dataset, business),
        selectedProgramId: null,
        lang: 'ja',
        description: 'portfolio',
        wrapLabels,
      }) as unknown as { series: { label: { show: boolean; overflow: string } }[] };
      return option.series[0]?.label;
    };
    expect(overflowOf(true)).toMatchObject({ show: true, overflow: 'break' });
    expect(overflowOf(false)).toMatchObject({ show: true, overflow: 'truncate' });
  });

  it('shows every program once with no filter', () => {
    const leaves = leafNodes(topNodes(portfolioOption(dataset, 'ja')));
    expect(leaves).toHaveLength(177);
    expect(new Set(leaves.map((l) => l.id))).toEqual(new Set(dataset.programs.map((p) => p.id)));
  });

  it('shows only the filtered programs', () => {
    const programs = selectPrograms(dataset, view({ cat: ['municipal'] }));
    const top = topNodes(portfolioOption(dataset, 'ja', programs));
    expect(top.map((n) => n.id)).toEqual(['cat:municipal']);
    expect(leafNodes(top).map((l) => l.id)).toEqual([
      'municipal-02',
      'municipal-03',
      'municipal-04',
      'municipal-05',
      'municipal-06',
      'municipal-01',
      'municipal-07',
    ]);
    expect(top[0]?.children?.map((d) => d.id)).toEqual([
      'dept:municipal:kikaku',
      'dept:municipal:soumu',
      'dept:municipal:suisan-rinsei',
    ]);
  });

  it('names both departments of a joint program in its tooltip', () => {
    const leaves = leafNodes(topNodes(portfolioOption(dataset, 'ja')));
    const joint = leaves.find((l) => l.id === 'local-26');
    expect(joint?.tooltipHtml).toContain('<div>経済商工観光部・企画部</div>');
    expect(joint?.action).toEqual({ kind: 'program', id: 'local-26' });
    const en = leafNodes(topNodes(portfolioOption(dataset, 'en')));
    expect(en.find((l) => l.id === 'administration-31')?.tooltipHtml).toContain(
      '<div>Prefectural Police Headquarters, Planning Department</div>',
    );
  });

  it('outlines the selected program only', () => {
    const leaves = leafNodes(
      topNodes(portfolioOption(dataset, 'ja', dataset.programs, 'citizen-12')),
    );
    const outlined = leaves.filter((l) => l.itemStyle?.borderWidth === 4).map((l) => l.id);
    expect(outlined).toEqual(['citizen-12']);
  });

  it('labels program cells only when there are few enough to read', () => {
    const leafLabel = (o: EChartsOption) =>
      (o.series as { label?: { show?: boolean } }[] | undefined)?.[0]?.label?.show;
    // All 177: cells of about 40 × 40 px, names cut to a character or two.
    expect(aggregatePortfolioTree(dataset, dataset.programs).leafCount).toBeGreaterThan(
      MAX_LABELLED_LEAVES,
    );
    expect(leafLabel(portfolioOption(dataset, 'ja'))).toBe(false);
    // The largest category: 63 programs, 64 cells (a joint program has one per department).
    const local = selectPrograms(dataset, view({ cat: ['local'] }));
    const localLeaves = aggregatePortfolioTree(dataset, local).leafCount;
    expect(localLeaves).toBeGreaterThan(50);
    expect(localLeaves).toBeLessThanOrEqual(MAX_LABELLED_LEAVES);
    expect(leafLabel(portfolioOption(dataset, 'ja', local))).toBe(true);
    const labelled = (
      programs: typeof local,
      options: { narrow?: boolean; theme?: ReturnType<typeof chartTheme> },
    ) =>
      leafLabel(
        buildPortfolioTreemapOption({
          dataset,
          tree: aggregatePortfolioTree(dataset, programs),
          selectedProgramId: null,
          lang: 'ja',
          description: 'portfolio',
          ...options,
        }),
      );
    // On a phone the box is about half as wide: one small category keeps its names, 64 do not.
    const narrow = (programs: typeof local) => labelled(programs, { narrow: true });
    expect(narrow(local)).toBe(false);
    const business = selectPrograms(dataset, view({ cat: ['business'] }));
    expect(aggregatePortfolioTree(dataset, business).leafCount).toBeLessThanOrEqual(
      MAX_LABELLED_LEAVES_NARROW,
    );
    expect(narrow(business)).toBe(true);
    // The presenter on a 1080p projector (20px chart text): a category's slide names its
    // programs too, and the whole budget's does not.
    const presented = (programs: typeof local) =>
      labelled(programs, { theme: chartTheme('contrast', 20, false) });
    expect(presented(local)).toBe(true);
    expect(presented(dataset.programs)).toBe(false);
  });

  it('draws an others cell for programs past the cap', () => {
    const many = Array.from({ length: 2500 }, (_, i) => ({
      id: `syn-${i + 1}`,
      categoryId: 'citizen',
      number: i + 1,
      name: `事業${i + 1}`,
      summary: '',
      departmentIds: ['soumu'],
      sectionIds: ['koho'],
    }));
    const big = datasetWithPrograms(dataset, many);
    const leaves = leafNodes(topNodes(portfolioOption(big, 'ja')));
    const others = leaves.filter((l) => l.id === 'others:citizen:soumu');
    expect(others).toHaveLength(1);
    expect(leaves).toHaveLength(2000);
    expect(others[0]?.name).toBe('その他 (501事業)');
    expect(others[0]?.value).toBe(501);
    expect(others[0]?.action).toEqual({ kind: 'department', id: 'soumu' });
    const en = leafNodes(topNodes(portfolioOption(big, 'en')));
    expect(en.find((l) => l.id === 'others:citizen:soumu')?.name).toBe('Others (501 programs)');
  });
});

describe('tooltips follow the colour scheme', () => {
  it.each(['light', 'dark', 'contrast'] as const)('%s', (scheme) => {
    const theme = chartTheme(scheme, 13, false);
    const option = buildDepartmentBarsOption({
      dataset,
      bars: aggregateDepartmentBars(dataset, dataset.programs),
      chosenDepartments: [],
      lang: 'ja',
      description: 'bars',
      theme,
    }) as unknown as { tooltip: { backgroundColor: string; textStyle: { color: string } } };
    // echarts' own tooltip is white with grey text, also on the dark page.
    expect(option.tooltip.backgroundColor).toBe(theme.paper);
    expect(option.tooltip.textStyle.color).toBe(theme.ink);
    expect(contrastRatio(theme.ink, theme.paper)).toBeGreaterThanOrEqual(7);
  });
});

describe('buildDepartmentBarsOption', () => {
  it('draws no axes when there are no bars (nothing matches)', () => {
    const option = barsOption(dataset, 'ja', []) as unknown as {
      xAxis: { show?: boolean };
      yAxis: { show?: boolean };
    };
    expect([option.xAxis.show, option.yAxis.show]).toEqual([false, false]);
    const some = barsOption(dataset, 'ja') as unknown as typeof option;
    expect([some.xAxis.show, some.yAxis.show]).toEqual([true, true]);
  });

  it('names every bar, however short the rows (echarts would skip names to avoid overlap)', () => {
    const option = barsOption(dataset, 'en') as unknown as {
      yAxis: { axisLabel: { interval?: number } };
    };
    expect(option.yAxis.axisLabel.interval).toBe(0);
  });

  it('gives English names room on a wide screen, and keeps a narrow column on a phone', () => {
    type Labels = {
      yAxis: {
        data: string[];
        axisLabel: { width: number; fontSize: number; overflow: string; lineHeight: number };
      };
    };
    // Latin text in the chart's font averages about 0.55 em a character.
    const fitting = (option: Labels, lines: number) =>
      option.yAxis.data.filter(
        (name) =>
          name.length * 0.55 * option.yAxis.axisLabel.fontSize <=
          lines * option.yAxis.axisLabel.width,
      ).length;
    const wide = barsOption(dataset, 'en') as unknown as Labels;
    expect(wide.yAxis.data).toHaveLength(14);
    // At 13 ems, 9 of the 14 were cut ("Economy, Commerce, Ind…"); at 20 ems on one line, 3.
    expect(fitting(wide, 1)).toBeGreaterThanOrEqual(11);
    // The rest wrap to a second line (they were cut), which a dashboard row of 30 px holds.
    expect(wide.yAxis.axisLabel.overflow).toBe('break');
    expect(fitting(wide, 2)).toBe(14);
    expect(2 * wide.yAxis.axisLabel.lineHeight).toBeLessThanOrEqual(30);
    const narrow = buildDepartmentBarsOption({
      dataset,
      bars: aggregateDepartmentBars(dataset, dataset.programs),
      chosenDepartments: [],
      lang: 'en',
      description: 'bars',
      narrow: true,
    }) as unknown as Labels;
    expect(narrow.yAxis.axisLabel.width).toBeLessThan(wide.yAxis.axisLabel.width);
    // A phone's or an embed's rows may be shorter: cut to one line there.
    expect(narrow.yAxis.axisLabel.overflow).toBe('truncate');
  });

  it('draws one bar per department, longest first, stacked by category', () => {
    const option = barsOption(dataset, 'ja') as unknown as {
      yAxis: { data: string[] };
      series: (Series & { stack: string })[];
    };
    expect(option.yAxis.data).toEqual([
      '企画部',
      '経済商工観光部',
      '教育庁',
      '総務部',
      '保健福祉部',
      '土木部',
      '環境生活部',
      '水産林政部',
      '警察本部',
      '農政部',
      '復興・危機管理部',
      '出納局',
      '企業局',
      '議会事務局',
    ]);
    expect(option.series.map((s) => s.name)).toEqual([
      'D for Citizen',
      'D for Local',
      'D for Business',
      '市町村の情報化への支援',
      '県行政の情報化への基盤整備',
    ]);
    expect(option.series.every((s) => s.stack === 'programs' && s.type === 'bar')).toBe(true);
    const kikaku = option.series.map((s) => s.data?.[0]?.value);
    expect(kikaku).toEqual([11, 11, 1, 5, 19]);
    const total = option.series.reduce(
      (sum, s) => sum + (s.data ?? []).reduce((t, d) => t + (d.value ?? 0), 0),
      0,
    );
    expect(total).toBe(179);
  });

  it('leaves out categories with no programs and dims departments not chosen', () => {
    const programs = selectPrograms(dataset, view({ cat: ['local'] }));
    const series = seriesOf(barsOption(dataset, 'en', programs, ['kikaku']));
    expect(series.map((s) => s.name)).toEqual(['D for Local']);
    const data = series[0]?.data ?? [];
    expect(data.map((d) => d.action)).toEqual(
      [
        'keizai',
        'hoken-fukushi',
        'kikaku',
        'nosei',
        'suisan-rinsei',
        'kankyo-seikatsu',
        'doboku',
        'kyoiku',
      ].map((id) => ({ kind: 'department', id })),
    );
    const seriesColor = (series[0] as { itemStyle?: { color?: string } }).itemStyle?.color;
    const dimmed = data.map(
      (d) =>
        (d.itemStyle?.opacity ?? 1) < 1 ||
        (d.itemStyle?.color !== undefined && d.itemStyle.color !== seriesColor),
    );
    expect(dimmed).toEqual([true, true, false, true, true, true, true, true]);
    expect(data[2]?.tooltipHtml).toBe(
      '<strong>Planning Department</strong><div>D for Local: 11 programs</div><div>Total: 11 programs</div>',
    );
  });
});

// ---- hostile names -----------------------------------------------------------------------

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const BRACES = '{a|x}{b|y}';

function hostileDataset(): Dataset {
  const programs = dataset.programs.map((p) => {
    if (p.id === 'local-26') return { ...p, name: IMG };
    if (p.id === 'citizen-01') return { ...p, name: SCRIPT };
    if (p.id === 'citizen-02') return { ...p, name: BRACES };
    return p;
  });
  const departments = dataset.departments.map((d) => {
    if (d.id === 'kikaku') return { ...d, name: { ja: SCRIPT, en: IMG } };
    if (d.id === 'keizai') return { ...d, name: { ja: IMG, en: SCRIPT } };
    if (d.id === 'soumu') return { ...d, name: { ja: BRACES, en: BRACES } };
    return d;
  });
  const categories = dataset.categories.map((c) => {
    if (c.id === 'local') return { ...c, name: { ja: IMG, en: SCRIPT } };
    if (c.id === 'administration') return { ...c, name: { ja: SCRIPT, en: IMG } };
    if (c.id === 'business') return { ...c, name: { ja: BRACES, en: BRACES } };
    return c;
  });
  const pillars = dataset.pillars.map((p) =>
    p.id === 'foundation' ? { ...p, name: { ja: `${IMG}${BRACES}`, en: SCRIPT } } : p,
  );
  return datasetWithPrograms(dataset, programs, { departments, categories, pillars });
}

describe('hostile names in the data', () => {
  const hostile = hostileDataset();
  const options = LANGS.flatMap((lang) => [
    budgetOption(hostile, ['local'], lang),
    budgetOption(hostile, [], lang),
    portfolioOption(hostile, lang, hostile.programs, 'local-26'),
    barsOption(hostile, lang, hostile.programs, ['kikaku']),
  ]);

  it('never puts raw HTML of a name into a tooltip', () => {
    const tooltips = options.flatMap((o) => stringsUnder(o, 'tooltipHtml'));
    expect(tooltips.length).toBeGreaterThan(400);
    for (const html of tooltips) {
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toMatch(/<script/i);
      // Only the builders' own markup is left once it is taken out.
      expect(html.replace(/<\/?(div|strong)>/g, '')).not.toMatch(/[<>]/);
    }
    expect(tooltips.some((h) => h.includes('&lt;img src=x onerror=alert(1)&gt;'))).toBe(true);
    expect(tooltips.some((h) => h.includes('&lt;script&gt;alert(1)&lt;/script&gt;'))).toBe(true);
  });

  it('escapes the hostile name in each kind of tooltip', () => {
    const [budgetJa, , portfolioJa, barsJa] = options;
    const budgetLocal = allNodes(topNodes(budgetJa)).find((n) => n.id === 'local');
    expect(budgetLocal?.tooltipHtml).toContain(
      '<strong>&lt;img src=x onerror=alert(1)&gt;</strong>',
    );
    const program = leafNodes(topNodes(portfolioJa)).find((n) => n.id === 'local-26');
    expect(program?.tooltipHtml).toBe(
      '<div>local-26</div><strong>&lt;img src=x onerror=alert(1)&gt;</strong><div>&lt;img src=x onerror=alert(1)&gt;・&lt;script&gt;alert(1)&lt;/script&gt;</div>',
    );
    const bar = seriesOf(barsJa)[0]?.data?.[0];
    expect(bar?.tooltipHtml).toBe(
      '<strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong><div>D for Citizen: 11事業</div><div>合計: 47事業</div>',
    );
  });

  it('never lets a name style itself with rich-text braces', () => {
    const labels = options.flatMap((o) => stringsUnder(o, 'labelText'));
    expect(labels.length).toBeGreaterThan(200);
    for (const label of labels) {
      expect(label).not.toContain('{');
      expect(label).not.toContain('}');
    }
    expect(labels).toContain('｛a|x｝｛b|y｝');
    const budget = allNodes(topNodes(options[0])).find((n) => n.id === 'business');
    expect(budget?.labelText).toBe('｛a|x｝｛b|y｝\n2.88億円  4.6%');
  });
});

describe('escapeHtml and escapeRichText', () => {
  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
    expect(escapeHtml('予算 1,000千円')).toBe('予算 1,000千円');
  });

  it('replaces rich-text braces with full-width look-alikes', () => {
    expect(escapeRichText('{a|x} and {b|y}')).toBe('｛a|x｝ and ｛b|y｝');
    expect(escapeRichText('no braces')).toBe('no braces');
  });
});

describe('chart-data formatters', () => {
  const item = {
    tooltipHtml: '<strong>x</strong>',
    labelText: 'label',
    action: { kind: 'program', id: 'citizen-01' } as const,
  };

  it('tooltipFormatter returns the item’s tooltipHtml, also for an array of params', () => {
    expect(tooltipFormatter({ data: item, name: 'ignored' })).toBe('<strong>x</strong>');
    expect(tooltipFormatter([{ data: item }, { data: { ...item, tooltipHtml: 'second' } }])).toBe(
      '<strong>x</strong>',
    );
  });

  it('tooltipFormatter returns empty text for params without chart extras', () => {
    expect(tooltipFormatter(undefined)).toBe('');
    expect(tooltipFormatter(null)).toBe('');
    expect(tooltipFormatter([])).toBe('');
    expect(tooltipFormatter({ name: '<img src=x>' })).toBe('');
    expect(tooltipFormatter({ data: 5 })).toBe('');
    expect(tooltipFormatter({ data: { tooltipHtml: 'no action' } })).toBe('');
    expect(tooltipFormatter({ data: { action: { kind: 'none' } } })).toBe('');
  });

  it('labelFormatter returns the labelText or empty text', () => {
    expect(labelFormatter({ data: item })).toBe('label');
    expect(labelFormatter({ data: { tooltipHtml: '', action: { kind: 'none' } } })).toBe('');
    expect(labelFormatter({ name: '{a|x}' })).toBe('');
    expect(labelFormatter(undefined)).toBe('');
  });

  it('actionOf returns the item’s action or none', () => {
    expect(actionOf({ data: item })).toEqual({ kind: 'program', id: 'citizen-01' });
    expect(
      actionOf({ data: { tooltipHtml: '', action: { kind: 'department', id: 'kikaku' } } }),
    ).toEqual({ kind: 'department', id: 'kikaku' });
    expect(actionOf({ data: { value: 3 } })).toEqual({ kind: 'none' });
    expect(actionOf(null)).toEqual({ kind: 'none' });
    expect(actionOf(undefined)).toEqual({ kind: 'none' });
  });

  it('counts one program in the singular in English tooltips (they read "1 programs")', () => {
    const gikai = dataset.programs.filter((p) => p.departmentIds.includes('gikai'));
    expect(gikai).toHaveLength(1);
    const tips = allNodes(topNodes(portfolioOption(dataset, 'en', gikai))).map(
      (n) => n.tooltipHtml,
    );
    expect(tips.join('\n')).toContain('1 program<');
    expect(tips.join('\n')).not.toContain('1 programs');
    expect(JSON.stringify(topNodes(budgetOption(dataset, [], 'en')))).toContain('60 programs');
  });

  it('works on the nodes the builders produce', () => {
    const node = allNodes(topNodes(budgetOption(dataset, [], 'en'))).find((n) => n.id === 'local');
    expect(tooltipFormatter({ data: node })).toBe(node?.tooltipHtml);
    expect(labelFormatter({ data: node })).toBe('D for Local\n¥1.60B  25.6%');
    expect(actionOf({ data: node })).toEqual({ kind: 'category', id: 'local' });
  });
});
