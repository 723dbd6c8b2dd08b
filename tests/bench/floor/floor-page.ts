/**
 * The echarts floor (tests/bench/floor.ts): the app's three charts, drawn with the app's own
 * option builders, theme, sizes and data, but with no React, no table and no page around
 * them. What this page takes is a lower bound for what the dashboard can take for the same
 * charts on the same machine. Marks: floor:charts once all three first draws are painted;
 * floor:update after each toggle's redraw is painted.
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
/** merge=1: setOption merges into the previous option instead of replacing it. */
const notMerge = params.get('merge') !== '1';
const dataDir = params.get('ds') ?? 'miyagi-r5-it';

async function load(file: string): Promise<string> {
  const response = await fetch(`/data/${file}`);
  return response.text();
}

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

// The synthetic datasets list themselves in their own folder (see vite.config.ts).
const listFile = dataDir.startsWith('synthetic') ? 'synthetic/datasets.json' : 'datasets.json';
const datasets = parseDataFile(listFile, await load(listFile), datasetsFileSchema);
const entry = datasets.datasets.find((d) => d.id === dataDir);
if (!entry) throw new Error(`no dataset ${dataDir} in ${listFile}`);
// Started by index.html's inline script; the folders there follow the same rule.
const started = (window as unknown as { __floorData: Record<string, Promise<string>> }).__floorData;
const [budgetsText = '', programsText = ''] = await Promise.all([
  started.budgets,
  started.programs,
]);
const dataset = buildDataset(
  entry,
  parseDataFile(entry.files.budgets, budgetsText, budgetsFileSchema),
  parseDataFile(entry.files.programs, programsText, programsFileSchema),
);

let view: ViewState = DEFAULT_VIEW;
const charts = Object.entries(options(dataset, view)).map(([id, option]) => {
  const chart = echarts.init(document.getElementById(id), undefined, { renderer: 'canvas' });
  chart.setOption(option, { notMerge: true });
  return [id, chart] as const;
});
afterNextPaint(() => performance.mark('floor:charts'));

const firstCategory = dataset.categories[0]?.id ?? '';
document.querySelector('.toggle')?.addEventListener('click', () => {
  view = { ...view, cat: toggleId(view.cat, firstCategory) };
  const start = performance.now();
  const next = options(dataset, view);
  const times = [performance.now() - start];
  for (const [id, chart] of charts) {
    const t = performance.now();
    chart.setOption(next[id as keyof typeof next], { notMerge });
    times.push(performance.now() - t);
  }
  console.log(`floor:setOption ${times.map((t) => t.toFixed(1)).join(' ')}`);
  afterNextPaint(() => performance.mark('floor:update'));
});
