import type { EChartsOption } from 'echarts';
import type { PortfolioTree } from '../domain/aggregate';
import type { Dataset } from '../domain/dataset';
import { formatAmountExact, formatPrograms } from '../i18n/format';
import { localized, MESSAGES } from '../i18n/messages';
import type { Lang } from '../url/view-state';
import { categoryColor, categoryDecal, textColorOn } from './category-colors';
import { type ChartItemExtras, labelFormatter } from './chart-data';
import { type ChartTheme, DEFAULT_CHART_THEME } from './chart-theme';
import { escapeHtml, escapeRichText } from './escape-html';
import { commonOptionParts, TREEMAP_FRAME } from './option-parts';

/**
 * Above this many program cells, program labels are left off. In the normal chart (about
 * 500-700 × 420 px) the 177 programs of the bundled data get cells of about 40 × 40 px, where
 * a name shows as one or two characters and an ellipsis: noise, and measuring and truncating
 * those labels was a fifth of the chart's first draw. One category (at most 64 cells: a joint
 * program has one per department) keeps its names. The tooltip and the program table carry
 * every name.
 */
export const MAX_LABELLED_LEAVES = 100;
/** The same on a phone, whose chart is about half as wide. */
export const MAX_LABELLED_LEAVES_NARROW = 30;

export interface PortfolioTreemapInput {
  readonly dataset: Dataset;
  readonly tree: PortfolioTree;
  readonly selectedProgramId: string | null;
  readonly lang: Lang;
  readonly description: string;
  readonly theme?: ChartTheme;
  /** Drawn in a phone-width box: fewer program cells get a label. */
  readonly narrow?: boolean;
  /**
   * Program names wrap to their cell's height instead of being cut to one line: for the
   * presenter, whose cells on a category's slide are large (140 × 260 px at 1080p showed
   * 「入退庁管理シ…」). A cell under four characters wide then shows no name (echart.tsx), as
   * the budget chart's do. Not on the dashboard, where checking for such cells after each draw
   * cost a click about 40 ms.
   */
  readonly wrapLabels?: boolean;
}

/** Category → department → program; area is the program count unless every program has an amount. */
export function buildPortfolioTreemapOption(input: PortfolioTreemapInput): EChartsOption {
  const { dataset, tree, lang } = input;
  const t = MESSAGES[lang];
  const theme = input.theme ?? DEFAULT_CHART_THEME;
  const fontSize = theme.fontSize;
  const categoryIndex = new Map(dataset.categories.map((c, i) => [c.id, i]));
  const programsLabel = (n: number) => formatPrograms(n, lang);
  const valueText = (value: number, count: number) =>
    tree.measure === 'budget'
      ? `${formatAmountExact(value, lang)} · ${programsLabel(count)}`
      : programsLabel(count);
  const departmentName = (id: string) => {
    const d = dataset.departmentById.get(id);
    return d ? localized(d.name, lang) : id;
  };

  const data = tree.categories.map((category) => {
    const c = dataset.categoryById.get(category.categoryId);
    const categoryName = c ? localized(c.name, lang) : category.categoryId;
    const fill = categoryColor(categoryIndex.get(category.categoryId) ?? 0);
    const ink = textColorOn(fill);
    const decal = theme.decal ? categoryDecal(categoryIndex.get(category.categoryId) ?? 0) : null;
    const categoryExtras: ChartItemExtras = {
      tooltipHtml: `<strong>${escapeHtml(categoryName)}</strong><div>${escapeHtml(valueText(category.value, category.count))}</div>`,
      labelText: escapeRichText(categoryName),
      action: { kind: 'category', id: category.categoryId },
    };
    return {
      id: `cat:${category.categoryId}`,
      name: categoryName,
      value: category.value,
      ...categoryExtras,
      itemStyle: { color: fill, borderColor: theme.paper, borderWidth: 3, gapWidth: 2 },
      upperLabel: {
        show: true,
        height: fontSize + 12,
        // The upper label sits on the border band, which is paper-coloured, not on the fill.
        color: theme.ink,
        fontSize,
        fontWeight: 'bold' as const,
        formatter: labelFormatter,
      },
      children: category.departments.map((department) => {
        const dName = departmentName(department.departmentId);
        const departmentExtras: ChartItemExtras = {
          tooltipHtml: `<div>${escapeHtml(categoryName)}</div><strong>${escapeHtml(dName)}</strong><div>${escapeHtml(valueText(department.value, department.count))}</div>`,
          labelText: escapeRichText(dName),
          action: { kind: 'department', id: department.departmentId },
        };
        return {
          id: `dept:${category.categoryId}:${department.departmentId}`,
          name: dName,
          value: department.value,
          ...departmentExtras,
          itemStyle: { color: fill, borderColor: theme.paper, borderWidth: 1, gapWidth: 1 },
          upperLabel: {
            show: true,
            height: fontSize + 10,
            color: theme.ink,
            fontSize,
            formatter: labelFormatter,
          },
          children: department.leaves.map((leaf) => {
            if (leaf.kind === 'others') {
              const label = `${t.others} (${programsLabel(leaf.count)})`;
              return {
                id: leaf.id,
                name: label,
                value: leaf.value,
                tooltipHtml: `<div>${escapeHtml(dName)}</div><strong>${escapeHtml(label)}</strong>`,
                labelText: escapeRichText(label),
                action: { kind: 'department', id: department.departmentId },
                itemStyle: { color: '#767676' },
                label: { color: '#ffffff' },
              };
            }
            const program = dataset.programById.get(leaf.id);
            const name = program?.name ?? leaf.id;
            const joint =
              program && program.departmentIds.length > 1
                ? program.departmentIds.map(departmentName)
                : [];
            const selected = leaf.id === input.selectedProgramId;
            return {
              id: leaf.id,
              name,
              value: leaf.value,
              tooltipHtml: [
                `<div>${escapeHtml(leaf.id)}</div>`,
                `<strong>${escapeHtml(name)}</strong>`,
                `<div>${escapeHtml(joint.length > 0 ? joint.join(lang === 'ja' ? '・' : ', ') : dName)}</div>`,
                tree.measure === 'budget'
                  ? `<div>${escapeHtml(formatAmountExact(leaf.value, lang))}</div>`
                  : '',
              ].join(''),
              labelText: escapeRichText(name),
              action: { kind: 'program', id: leaf.id },
              itemStyle: {
                color: fill,
                ...(selected ? { borderColor: theme.emphasis, borderWidth: 4 } : {}),
                ...(decal ? { decal } : {}),
              },
              label: {
                color: ink,
                // A halo of the fill over a decal pattern, as in the budget chart.
                ...(decal ? { textBorderColor: fill, textBorderWidth: 3 } : {}),
              },
            };
          }),
        };
      }),
    };
  });

  return {
    ...commonOptionParts(theme, input.description),
    series: [
      {
        ...TREEMAP_FRAME,
        leafDepth: 3,
        visibleMin: 60,
        label: {
          // Program names are labelled only where they can be read: not on hundreds or thousands
          // of small cells (each label is measured and truncated, which is what made a
          // 50,000-program treemap slow). The tooltip and the table carry them. The presenter's
          // chart is as many of its (larger) characters wide as the dashboard's, so the same
          // limit holds there: a category's slide names its programs.
          show: tree.leafCount <= (input.narrow ? MAX_LABELLED_LEAVES_NARROW : MAX_LABELLED_LEAVES),
          formatter: labelFormatter,
          fontSize: Math.max(11, fontSize - 2),
          overflow: input.wrapLabels ? 'break' : 'truncate',
        },
        levels: [{}, {}, { itemStyle: { borderColor: theme.paper, borderWidth: 1, gapWidth: 1 } }],
        data,
      },
    ],
  };
}
