import { useCallback, useMemo } from 'react';
import { useDashboard } from '../app/dashboard-context';
import { useEffectiveScheme } from '../app/use-effective-scheme';
import { ChartErrorBoundary } from '../components/chart-error-boundary';
import type { Program } from '../data/schemas';
import {
  aggregateBudgetTree,
  aggregateDepartmentBars,
  aggregatePortfolioTree,
  countJointPrograms,
} from '../domain/aggregate';
import { formatAmountExact, formatCount, formatShare } from '../i18n/format';
import { localized } from '../i18n/messages';
import { toggleId } from '../url/view-state';
import { buildBudgetTreemapOption } from './build-budget-treemap-option';
import { buildDepartmentBarsOption } from './build-department-bars-option';
import { buildPortfolioTreemapOption } from './build-portfolio-treemap-option';
import { categoryColor } from './category-colors';
import type { ChartAction } from './chart-data';
import { chartTheme } from './chart-theme';
import { EChart } from './echart';

/**
 * The three linked charts. Lazily loaded (with echarts) after the numbers and the table.
 * Each chart has a text description and a table twin, which is also its keyboard path.
 */
export default function ChartsPanel({
  programs,
  caption,
}: {
  programs: readonly Program[];
  caption: string;
}) {
  const { dataset, view, t, update } = useDashboard();
  const lang = view.lang;
  const scheme = useEffectiveScheme(view.scheme, view.mode);
  const theme = useMemo(
    () => chartTheme(scheme, view.mode === 'present' ? 20 : 13, view.decal),
    [scheme, view.mode, view.decal],
  );

  const onAction = useCallback(
    (action: ChartAction) => {
      if (action.kind === 'category') update({ cat: toggleId(view.cat, action.id) });
      else if (action.kind === 'department') update({ dept: toggleId(view.dept, action.id) });
      else if (action.kind === 'program') update({ sel: action.id });
    },
    [update, view.cat, view.dept],
  );

  const budgetGroups = useMemo(() => aggregateBudgetTree(dataset), [dataset]);
  const budgetDescription = useMemo(() => {
    const parts = dataset.categories.map(
      (c) =>
        `${localized(c.name, lang)} ${formatAmountExact(c.budget, lang)} (${formatShare(c.budget, dataset.budgets.total, lang)})`,
    );
    return `${t.budgetTreemap}: ${parts.join(lang === 'ja' ? '、' : '; ')}`;
  }, [dataset, lang, t]);
  const budgetOption = useMemo(
    () =>
      buildBudgetTreemapOption({
        dataset,
        groups: budgetGroups,
        chosen: view.cat,
        lang,
        description: budgetDescription,
        theme,
      }),
    [dataset, budgetGroups, view.cat, lang, budgetDescription, theme],
  );

  const portfolio = useMemo(() => aggregatePortfolioTree(dataset, programs), [dataset, programs]);
  const portfolioTitle =
    portfolio.measure === 'budget' ? t.portfolioTreemapBudget : t.portfolioTreemap;
  const portfolioDescription = useMemo(() => {
    const parts = portfolio.categories.map(
      (c) =>
        `${localized(dataset.categoryById.get(c.categoryId)?.name ?? { ja: c.categoryId }, lang)} ${formatCount(c.count, lang)}`,
    );
    return `${caption}${lang === 'ja' ? '。' : '. '}${portfolioTitle}: ${parts.join(lang === 'ja' ? '、' : '; ')}`;
  }, [portfolio, dataset, lang, portfolioTitle, caption]);
  const portfolioOption = useMemo(
    () =>
      buildPortfolioTreemapOption({
        dataset,
        tree: portfolio,
        selectedProgramId: view.sel,
        lang,
        description: portfolioDescription,
        theme,
      }),
    [dataset, portfolio, view.sel, lang, portfolioDescription, theme],
  );

  const bars = useMemo(() => aggregateDepartmentBars(dataset, programs), [dataset, programs]);
  const joint = useMemo(() => countJointPrograms(programs), [programs]);
  const barsDescription = useMemo(() => {
    const parts = bars.map(
      (b) =>
        `${localized(dataset.departmentById.get(b.departmentId)?.name ?? { ja: b.departmentId }, lang)} ${formatCount(b.total, lang)}`,
    );
    return `${caption}${lang === 'ja' ? '。' : '. '}${t.departmentBars}: ${parts.join(lang === 'ja' ? '、' : '; ')}`;
  }, [bars, dataset, lang, t, caption]);
  const barsOption = useMemo(
    () =>
      buildDepartmentBarsOption({
        dataset,
        bars,
        chosenDepartments: view.dept,
        lang,
        description: barsDescription,
        theme,
      }),
    [dataset, bars, view.dept, lang, barsDescription, theme],
  );
  const barsHeight = Math.max(220, bars.length * 30 + 80);

  return (
    <div className="charts">
      <CategoryLegend />
      <figure className="panel chart-panel chart-budget" aria-labelledby="chart-budget-title">
        <h2 id="chart-budget-title">{t.budgetTreemap}</h2>
        <ChartErrorBoundary message={t.chartError}>
          <EChart
            option={budgetOption}
            onAction={onAction}
            height={320}
            label={budgetDescription}
            testId="chart-budget"
          />
        </ChartErrorBoundary>
        <figcaption className="chart-caption">{t.budgetNote}</figcaption>
      </figure>
      <figure className="panel chart-panel chart-portfolio" aria-labelledby="chart-portfolio-title">
        <h2 id="chart-portfolio-title">{portfolioTitle}</h2>
        <ChartErrorBoundary message={t.chartError}>
          <EChart
            option={portfolioOption}
            onAction={onAction}
            height={420}
            label={portfolioDescription}
            testId="chart-portfolio"
          />
        </ChartErrorBoundary>
        <figcaption className="chart-caption">{portfolioDescription}</figcaption>
      </figure>
      <figure
        className="panel chart-panel chart-departments"
        aria-labelledby="chart-departments-title"
      >
        <h2 id="chart-departments-title">{t.departmentBars}</h2>
        <ChartErrorBoundary message={t.chartError}>
          <EChart
            option={barsOption}
            onAction={onAction}
            height={barsHeight}
            label={barsDescription}
            testId="chart-departments"
          />
        </ChartErrorBoundary>
        <figcaption className="chart-caption">
          {joint > 0 && <span>{t.jointNote} </span>}
          <DepartmentList bars={bars} />
        </figcaption>
      </figure>
    </div>
  );
}

/** One legend for every chart: a category has the same colour everywhere. */
function CategoryLegend() {
  const { dataset, view, t } = useDashboard();
  return (
    <ul className="legend" aria-label={t.legend}>
      {dataset.categories.map((c, i) => (
        <li key={c.id}>
          <span className="swatch" style={{ background: categoryColor(i) }} aria-hidden="true" />
          {localized(c.name, view.lang)}
        </li>
      ))}
    </ul>
  );
}

/** The bars as buttons: the keyboard path to what clicking a bar does. */
function DepartmentList({ bars }: { bars: ReturnType<typeof aggregateDepartmentBars> }) {
  const { dataset, view, t, update } = useDashboard();
  return (
    <details className="chart-twin">
      <summary>{t.showAsTable}</summary>
      <ul className="twin-list">
        {bars.map((b) => (
          <li key={b.departmentId}>
            <button
              type="button"
              className="link-button"
              aria-pressed={view.dept.includes(b.departmentId)}
              onClick={() => update({ dept: toggleId(view.dept, b.departmentId) })}
            >
              {localized(
                dataset.departmentById.get(b.departmentId)?.name ?? { ja: b.departmentId },
                view.lang,
              )}
            </button>{' '}
            {formatCount(b.total, view.lang)}
          </li>
        ))}
      </ul>
    </details>
  );
}
