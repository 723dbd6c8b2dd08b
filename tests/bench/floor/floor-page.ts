/**
 * The floor page (tests/bench/floor.ts): the app's data path and three charts, drawn with the
 * app's own option builders, theme, sizes and data, and updated the way the app updates them
 * (a full setOption), but with no React, no table and no page around them. Marks, set where
 * the app sets its own (src/charts/echart.tsx): floor:chart-finished:<id> after a chart's
 * first draw and on each echarts `finished` event (which a setOption without lazyUpdate fires
 * synchronously, once its canvas is drawn). floor:painted after the next paint, for the load
 * and for each toggle.
 */
import { afterNextPaint } from '../../../src/app/after-paint';
import { buildBudgetTreemapOption } from '../../../src/charts/build-budget-treemap-option';
import { buildDepartmentBarsOption } from '../../../src/charts/build-department-bars-option';
import { buildPortfolioTreemapOption } from '../../../src/charts/build-portfolio-treemap-option';
import { chartTheme } from '../../../src/charts/chart-theme';
import { echarts } from '../../../src/charts/echarts-setup';
import { parseDataFile } from '../../../src/data/fetch-data-file';
import {
  budgetsFileSchema,
  datasetsFileSchema,
  programsFileSchema,
} from '../../../src/data/schemas';
import {
  aggregateBudgetTree,
  aggregateDepartmentBars,
  aggregatePortfolioTree,
} from '../../../src/domain/aggregate';
import { buildDataset, type Dataset } from '../../../src/domain/dataset';
import { selectView } from '../../../src/domain/select-programs';
import { DEFAULT_VIEW, toggleId, type ViewState } from '../../../src/url/view-state';

const params = new URLSearchParams(location.search);
/**
 * How a toggle updates the charts. replace: setOption replacing the option, as the app does.
 * merge: setOption merging into it. root: as replace, except the portfolio treemap, which keeps
 * the unfiltered tree and moves its view root to the category and back (treemapRootToNode):
 * no model rebuilt, and no program labels, since the full tree has too many cells for them.
 */
const variant = params.get('variant') ?? 'replace';
const notMerge = variant !== 'merge';

/** echarts' internal series data, to name the tree's root; typed here as far as used. */
interface TreemapModelAccess {
  getModel(): { getSeriesByIndex(i: number): { getData(): { tree: { root: object } } } };
}
const dataDir = params.get('ds') ?? 'miyagi-r5-it';

/**
 * The three options as src/charts/charts-panel.tsx builds them for the normal page (not memoised
 * per chart, and with placeholder descriptions): keep the two in step when the builders' inputs
 * change.
 */
function options(dataset: Dataset, view: ViewState) {
  const { programs } = selectView(dataset, view);
  const theme = chartTheme('light', 13, false);
  const lang = view.lang;
  return {
    'chart-budget': buildBudgetTreemapOption({
      dataset,
      groups: aggregateBudgetTree(dataset),
      chosen: view.cat,
      lang,
      description: 'budget',
      theme,
    }),
    'chart-portfolio': buildPortfolioTreemapOption({
      dataset,
      tree: aggregatePortfolioTree(dataset, programs),
      selectedProgramId: view.sel,
      lang,
      description: 'portfolio',
      theme,
      narrow: false,
    }),
    'chart-departments': buildDepartmentBarsOption({
      dataset,
      bars: aggregateDepartmentBars(dataset, programs),
      chosenDepartments: view.dept,
      lang,
      description: 'departments',
      theme,
    }),
  };
}

// All three files were requested by index.html's inline script, while the HTML was parsed.
const started = (window as unknown as { __floorData: Record<string, Promise<string>> }).__floorData;
const [listText = '', budgetsText = '', programsText = ''] = await Promise.all([
  started.list,
  started.budgets,
  started.programs,
]);
const datasets = parseDataFile('datasets.json', listText, datasetsFileSchema);
const entry = datasets.datasets.find((d) => d.id === dataDir);
if (!entry) throw new Error(`no dataset ${dataDir} in the list`);
const dataset = buildDataset(
  entry,
  parseDataFile(entry.files.budgets, budgetsText, budgetsFileSchema),
  parseDataFile(entry.files.programs, programsText, programsFileSchema),
);

let view: ViewState = DEFAULT_VIEW;
const charts = Object.entries(options(dataset, view)).map(([id, option]) => {
  const chart = echarts.init(document.getElementById(id), undefined, { renderer: 'canvas' });
  chart.setOption(option, { notMerge: true });
  performance.mark(`floor:chart-finished:${id}`);
  chart.on('finished', () => {
    performance.mark(`floor:chart-finished:${id}`);
  });
  return [id, chart] as const;
});
afterNextPaint(() => performance.mark('floor:painted'));

const firstCategory = dataset.categories[0]?.id ?? '';
document.querySelector('.toggle')?.addEventListener('click', () => {
  view = { ...view, cat: toggleId(view.cat, firstCategory) };
  const start = performance.now();
  const next = options(dataset, view);
  const times = [performance.now() - start];
  for (const [id, chart] of charts) {
    const t = performance.now();
    if (id === 'chart-portfolio' && variant === 'root') {
      const tree = (chart as unknown as TreemapModelAccess)
        .getModel()
        .getSeriesByIndex(0)
        .getData().tree;
      const target = view.cat.includes(firstCategory)
        ? { targetNodeId: `cat:${firstCategory}` }
        : { targetNode: tree.root };
      chart.dispatchAction(
        { type: 'treemapRootToNode', seriesIndex: 0, ...target },
        { flush: true },
      );
    } else chart.setOption(next[id as keyof typeof next], { notMerge });
    times.push(performance.now() - t);
  }
  console.log(`floor:steps ${times.map((t) => t.toFixed(1)).join(' ')}`);
  afterNextPaint(() => performance.mark('floor:painted'));
});
