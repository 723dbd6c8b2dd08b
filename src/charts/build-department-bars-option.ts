import type { EChartsOption } from 'echarts';
import type { DepartmentBar } from '../domain/aggregate';
import type { Dataset } from '../domain/dataset';
import { formatPrograms } from '../i18n/format';
import { localized, MESSAGES } from '../i18n/messages';
import type { Lang } from '../url/view-state';
import { categoryColor, categoryDecal } from './category-colors';
import { type ChartTheme, DEFAULT_CHART_THEME } from './chart-theme';
import { escapeHtml } from './escape-html';
import { commonOptionParts } from './option-parts';

export interface DepartmentBarsInput {
  readonly dataset: Dataset;
  readonly bars: readonly DepartmentBar[];
  readonly chosenDepartments: readonly string[];
  readonly lang: Lang;
  readonly description: string;
  readonly theme?: ChartTheme;
  /** A phone's or an embed's chart: names keep to a narrower column. */
  readonly narrow?: boolean;
}

/** One horizontal bar per department, stacked by category, longest first (top). */
export function buildDepartmentBarsOption(input: DepartmentBarsInput): EChartsOption {
  const { dataset, bars, lang } = input;
  const theme = input.theme ?? DEFAULT_CHART_THEME;
  const fontSize = theme.fontSize;
  const names = bars.map((b) => {
    const d = dataset.departmentById.get(b.departmentId);
    return d ? localized(d.name, lang) : b.departmentId;
  });
  const anyChosen = input.chosenDepartments.length > 0;
  // English names, on a chart with room for a wider column of them.
  const wide = lang === 'en' && !input.narrow;
  const count = (n: number) => formatPrograms(n, lang);
  const categoriesInPlay = dataset.categories.filter((c) =>
    bars.some((b) => (b.byCategory.get(c.id) ?? 0) > 0),
  );

  return {
    ...commonOptionParts(theme, input.description),
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: {
      type: 'value',
      // No bars (nothing matches): no axis line or grid under the "no programs" message.
      show: bars.length > 0,
      minInterval: 1,
      axisLabel: { fontSize, color: theme.muted },
      splitLine: { lineStyle: { color: theme.grid } },
    },
    yAxis: {
      type: 'category',
      show: bars.length > 0,
      inverse: true,
      data: names,
      axisLabel: {
        fontSize,
        color: theme.ink,
        // English names run to 50 characters: at 13 ems, 9 of 14 were cut on a 1440 px
        // screen with half the chart's width unused.
        width: Math.round(fontSize * (wide ? 20 : 13)),
        // and at 20 the longest (Economy, Commerce, Industry and Tourism Department) still
        // were: those wrap to a second line, which a 30 px row holds.
        overflow: wide ? 'break' : 'truncate',
        lineHeight: 15, // two lines in a row (the dashboard's are 30 px, its text 13 px)
        // Every bar named: echarts otherwise drops every other name when rows get short (a
        // 600 x 400 embed named 7 of 14 departments). The dashboard's rows are 30 px.
        interval: 0,
      },
    },
    series: categoriesInPlay.map((category) => {
      const index = dataset.categories.indexOf(category);
      const categoryName = localized(category.name, lang);
      return {
        type: 'bar',
        name: categoryName,
        stack: 'programs',
        barMaxWidth: 28,
        itemStyle: {
          color: categoryColor(index),
          ...(theme.decal ? { decal: categoryDecal(index) } : {}),
        },
        data: bars.map((bar, i) => {
          const n = bar.byCategory.get(category.id) ?? 0;
          const dimmed = anyChosen && !input.chosenDepartments.includes(bar.departmentId);
          return {
            value: n,
            tooltipHtml: `<strong>${escapeHtml(names[i] ?? '')}</strong><div>${escapeHtml(categoryName)}: ${escapeHtml(count(n))}</div><div>${escapeHtml(MESSAGES[lang].total)}: ${escapeHtml(count(bar.total))}</div>`,
            action: { kind: 'department', id: bar.departmentId },
            itemStyle: { opacity: dimmed ? 0.35 : 1 },
          };
        }),
      };
    }),
  };
}
