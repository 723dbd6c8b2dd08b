import type { EChartsOption } from 'echarts';
import type { BudgetGroup } from '../domain/aggregate';
import type { Dataset } from '../domain/dataset';
import { formatAmountExact, formatAmountShort, formatPrograms, formatShare } from '../i18n/format';
import { localized } from '../i18n/messages';
import type { Lang } from '../url/view-state';
import { categoryColor, categoryDecal, textColorOn, tint } from './category-colors';
import { type ChartItemExtras, labelFormatter } from './chart-data';
import { type ChartTheme, DEFAULT_CHART_THEME } from './chart-theme';
import { escapeHtml, escapeRichText } from './escape-html';
import { commonOptionParts, TREEMAP_FRAME } from './option-parts';

export interface BudgetTreemapInput {
  readonly dataset: Dataset;
  readonly groups: readonly BudgetGroup[];
  readonly chosen: readonly string[];
  readonly lang: Lang;
  readonly description: string;
  readonly theme?: ChartTheme;
}

/**
 * Pillars and categories, area = budget. Every cell stays; chosen categories are marked with
 * a heavy outline and the rest are dimmed, so the whole budget stays in view while filtering.
 */
export function buildBudgetTreemapOption(input: BudgetTreemapInput): EChartsOption {
  const { dataset, groups, chosen, lang } = input;
  const total = dataset.budgets.total;
  const theme = input.theme ?? DEFAULT_CHART_THEME;
  const fontSize = theme.fontSize;
  const anyChosen = chosen.length > 0;
  const categoryIndex = new Map(dataset.categories.map((c, i) => [c.id, i]));

  const cellNode = (
    categoryId: string,
    budget: number,
    programCount: number,
    pillarName: string | null,
  ) => {
    const category = dataset.categoryById.get(categoryId);
    const name = category ? localized(category.name, lang) : categoryId;
    const fill = categoryColor(categoryIndex.get(categoryId) ?? 0);
    const isChosen = chosen.includes(categoryId);
    // Not chosen: mixed with the background rather than transparent, so the label keeps its contrast.
    const color = anyChosen && !isChosen ? tint(fill, 0.75, theme.paper) : fill;
    const extras: ChartItemExtras = {
      labelText: escapeRichText(
        `${name}\n${formatAmountShort(budget, lang)}  ${formatShare(budget, total, lang)}`,
      ),
      tooltipHtml: [
        pillarName ? `<div>${escapeHtml(pillarName)}</div>` : '',
        `<strong>${escapeHtml(name)}</strong>`,
        `<div>${escapeHtml(formatAmountExact(budget, lang))} (${escapeHtml(formatShare(budget, total, lang))})</div>`,
        `<div>${escapeHtml(formatPrograms(programCount, lang))}</div>`,
      ].join(''),
      action: { kind: 'category', id: categoryId },
    };
    return {
      id: categoryId,
      name,
      value: budget,
      ...extras,
      itemStyle: {
        color,
        borderColor: isChosen ? theme.emphasis : theme.paper,
        borderWidth: isChosen ? 5 : 2,
        ...(theme.decal ? { decal: categoryDecal(categoryIndex.get(categoryId) ?? 0, color) } : {}),
      },
      label: {
        color: textColorOn(color),
        // Over a decal pattern the letters get a halo of the cell's own colour, so the pattern
        // does not run through them (at 1x they were hard to read).
        ...(theme.decal ? { textBorderColor: color, textBorderWidth: 3 } : {}),
      },
    };
  };

  const data = groups.map((group) => {
    const pillar = dataset.pillarById.get(group.pillarId);
    const pillarName = pillar ? localized(pillar.name, lang) : group.pillarId;
    const first = group.cells[0];
    if (group.single && first) {
      const sameName =
        pillarName ===
        localized(dataset.categoryById.get(first.categoryId)?.name ?? { ja: '' }, lang);
      return cellNode(
        first.categoryId,
        first.budget,
        first.programCount,
        sameName ? null : pillarName,
      );
    }
    return {
      id: `pillar:${group.pillarId}`,
      name: pillarName,
      value: group.budget,
      tooltipHtml: `<strong>${escapeHtml(pillarName)}</strong><div>${escapeHtml(formatAmountExact(group.budget, lang))} (${escapeHtml(formatShare(group.budget, total, lang))})</div>`,
      labelText: escapeRichText(pillarName),
      action: { kind: 'none' },
      itemStyle: { color: theme.paper, borderColor: theme.paper, borderWidth: 2, gapWidth: 2 },
      upperLabel: {
        show: true,
        height: fontSize + 14,
        color: theme.ink,
        fontSize,
        formatter: labelFormatter,
      },
      children: group.cells.map((c) =>
        cellNode(c.categoryId, c.budget, c.programCount, pillarName),
      ),
    };
  });

  return {
    ...commonOptionParts(theme, input.description),
    series: [
      {
        ...TREEMAP_FRAME,
        squareRatio: 1.2,
        label: {
          show: true,
          formatter: labelFormatter,
          fontSize,
          lineHeight: Math.round(fontSize * 1.3),
          overflow: 'break',
        },
        // Labels are already chosen per fill colour; no emphasis colour change that could hide them.
        emphasis: { itemStyle: { borderColor: theme.emphasis } },
        data,
      },
    ],
  };
}
