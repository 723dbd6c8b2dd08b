import type { EChartsOption, EChartsType } from 'echarts';
import { type CSSProperties, type ReactNode, useCallback, useMemo, useRef } from 'react';
import { useDashboard, useViewUrl } from '../app/dashboard-context';
import { keepInPlace } from '../app/keep-in-place';
import { useAfterPaint } from '../app/use-after-paint';
import { useEffectiveScheme } from '../app/use-effective-scheme';
import { PHONE_QUERY, useMediaQuery, useRootFontSize } from '../app/use-environment';
import { useStableCallback } from '../app/use-stable-callback';
import { focusChart } from '../app/use-view-model';
import { CategorySwatch } from '../components/category-swatch';
import { ChartErrorBoundary } from '../components/chart-error-boundary';
import type { Program } from '../data/schemas';
import {
  aggregateBudgetTree,
  aggregateDepartmentBars,
  aggregatePortfolioTree,
  chosenDepartments,
  countJointPrograms,
} from '../domain/aggregate';
import { renderChartPicture } from '../export/chart-png';
import { downloadBlob } from '../export/download';
import { exportFileName } from '../export/table-export';
import { formatAmountExact, formatCount, formatShare } from '../i18n/format';
import { localized, sourceCitation } from '../i18n/messages';
import {
  type ChartId,
  type Lang,
  serializeViewState,
  toggleId,
  type ViewPatch,
} from '../url/view-state';
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
export interface ChartsPanelProps {
  readonly programs: readonly Program[];
  readonly caption: string;
  /** Which charts, in order. */
  readonly charts?: readonly ('budget' | 'portfolio' | 'departments')[];
  /** The chart the link is about; phones show it first. */
  readonly focus?: ChartId;
  readonly size?: 'normal' | 'present' | 'embed';
}

export default function ChartsPanel({
  programs: livePrograms,
  caption: liveCaption,
  charts = ['budget', 'portfolio', 'departments'],
  focus,
  size = 'normal',
}: ChartsPanelProps) {
  const { dataset, view: liveView, t, update } = useDashboard();
  // Charts follow the view one painted frame behind: the summary and the table paint first,
  // then echarts redraws. Clicks still act on the live view.
  const [view, programs, caption] = useAfterPaint([liveView, livePrograms, liveCaption] as const);
  const lang = view.lang;
  // The URL is parsed afresh on every change; compare lists by content, not identity.
  const catKey = view.cat.join(',');
  const deptKey = view.dept.join(',');
  const secKey = view.sec.join(',');
  const scheme = useEffectiveScheme(view.scheme, view.mode);
  // The presenter's chart text is 20px where its type is 24px (a 1080p screen), and the same
  // share of the type on any other screen, so a slide looks alike from any projector.
  const present = size === 'present';
  const rootFont = useRootFontSize(present);
  const fontSize = present ? Math.round((rootFont * 20) / 24) : 13;
  const theme = useMemo(
    () => chartTheme(scheme, fontSize, view.decal),
    [scheme, fontSize, view.decal],
  );

  const narrow = useMediaQuery(PHONE_QUERY);
  // On a phone the chart the view is about comes first (focusChart). A tap that filters would
  // change which one that is and move the tapped chart away under the finger, so the next tap
  // on the same spot hit another chart: the tap writes the current first chart into the view
  // (`chart`), which keeps the order, in the URL like the rest of the view; and leaves it out
  // when the new view puts that chart first anyway (a second tap that clears the filter).
  const filter = (patch: ViewPatch) =>
    update(
      narrow && focus && focus !== 'table'
        ? {
            ...patch,
            chart: focusChart({ ...liveView, ...patch, chart: null }) === focus ? null : focus,
          }
        : patch,
    );
  // Stable, so the memoised charts are not re-rendered for a new handler.
  const onAction = useStableCallback((action: ChartAction) => {
    if (action.kind === 'category') filter({ cat: toggleId(liveView.cat, action.id) });
    else if (action.kind === 'department') filter({ dept: toggleId(liveView.dept, action.id) });
    else if (action.kind === 'program') update({ sel: action.id });
  });

  const budgetGroups = useMemo(() => aggregateBudgetTree(dataset), [dataset]);
  const budgetDescription = useMemo(() => {
    const parts = dataset.categories.map(
      (c) =>
        `${localized(c.name, lang)} ${formatAmountExact(c.budget, lang)} (${formatShare(c.budget, dataset.budgets.total, lang)})`,
    );
    return `${t.budgetTreemap}: ${parts.join(lang === 'ja' ? '、' : '; ')}`;
  }, [dataset, lang, t]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: catKey stands for view.cat's content
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
    [dataset, budgetGroups, catKey, lang, budgetDescription, theme],
  );

  const joint = useMemo(() => countJointPrograms(programs), [programs]);
  // A joint program sits under a chosen department, or the department of a chosen section.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the keys stand for view.dept's and view.sec's content
  const portfolio = useMemo(
    () => aggregatePortfolioTree(dataset, programs, chosenDepartments(dataset, view)),
    [dataset, programs, deptKey, secKey],
  );
  const portfolioTitle =
    portfolio.measure === 'budget' ? t.portfolioTreemapBudget : t.portfolioTreemap;
  const portfolioDescription = useMemo(() => {
    const parts = portfolio.categories.map(
      (c) =>
        `${localized(dataset.categoryById.get(c.categoryId)?.name ?? { ja: c.categoryId }, lang)} ${formatCount(c.count, lang)}`,
    );
    // Its department cells count a joint program once, the bars for each department: say where.
    const described = withParts(caption, portfolioTitle, parts, lang);
    return joint > 0
      ? `${described}${lang === 'ja' ? '。' : '. '}${t.portfolioJointNote}`
      : described;
  }, [portfolio, dataset, lang, portfolioTitle, caption, joint, t]);
  const portfolioOption = useMemo(
    () =>
      buildPortfolioTreemapOption({
        dataset,
        tree: portfolio,
        selectedProgramId: view.sel,
        lang,
        description: portfolioDescription,
        theme,
        narrow,
        wrapLabels: present,
      }),
    [dataset, portfolio, view.sel, lang, portfolioDescription, theme, narrow, present],
  );

  const bars = useMemo(() => aggregateDepartmentBars(dataset, programs), [dataset, programs]);
  const barsDescription = useMemo(() => {
    const parts = bars.map(
      (b) =>
        `${localized(dataset.departmentById.get(b.departmentId)?.name ?? { ja: b.departmentId }, lang)} ${formatCount(b.total, lang)}`,
    );
    return withParts(caption, t.departmentBars, parts, lang);
  }, [bars, dataset, lang, t, caption]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: deptKey stands for view.dept's content
  const barsOption = useMemo(
    () =>
      buildDepartmentBarsOption({
        dataset,
        bars,
        chosenDepartments: view.dept,
        lang,
        description: barsDescription,
        theme,
        narrow: narrow || size === 'embed',
      }),
    [dataset, bars, deptKey, lang, barsDescription, theme, narrow, size],
  );
  const barsHeight = Math.max(220, bars.length * (present ? 44 : 30) + 80);
  // A slide's and an embed's charts take the height their screen or frame leaves them
  // (styles.css); the dashboard's have their own.
  const fills = present || size === 'embed';
  // The program charts of a view with no programs say so.
  const noResults = programs.length === 0 ? t.noResults : undefined;
  // The dashboard's budget chart is sized by the stylesheet: on a wide screen it fills the
  // height of the category table beside it.
  const chartHeight = (id: 'budget' | 'portfolio') => (fills || id === 'budget' ? undefined : 420);

  const figures = {
    budget: (
      <ChartFigure
        key="budget"
        id="budget"
        title={t.budgetTreemap}
        option={budgetOption}
        onAction={onAction}
        height={chartHeight('budget')}
        caption={caption}
        footer={t.budgetNote}
        pictureLast={narrow}
      />
    ),
    portfolio: (
      <ChartFigure
        key="portfolio"
        id="portfolio"
        title={portfolioTitle}
        option={portfolioOption}
        onAction={onAction}
        height={chartHeight('portfolio')}
        caption={caption}
        footer={portfolioDescription}
        description={portfolioDescription}
        empty={noResults}
        pictureLast={narrow}
      />
    ),
    departments: (
      <ChartFigure
        key="departments"
        id="departments"
        title={t.departmentBars}
        option={barsOption}
        onAction={onAction}
        height={fills ? undefined : barsHeight}
        rows={bars.length}
        pictureLast={narrow}
        caption={caption}
        empty={noResults}
        footer={
          <>
            {joint > 0 && <span>{t.jointNote} </span>}
            {size === 'normal' && bars.length > 0 && <DepartmentList bars={bars} />}
          </>
        }
      />
    ),
  };

  return (
    <div className={`charts charts-${size}`} data-focus={focus}>
      <CategoryLegend />
      {charts.map((id) => figures[id])}
    </div>
  );
}

/** A chart's text description: the caption, then what the chart shows, part by part. */
function withParts(caption: string, title: string, parts: readonly string[], lang: Lang): string {
  // No parts (nothing matches): the caption says so, and a title with an empty list would end
  // in a bare colon.
  if (parts.length === 0) return caption;
  return `${caption}${lang === 'ja' ? '。' : '. '}${title}: ${parts.join(lang === 'ja' ? '、' : '; ')}`;
}

interface ChartFigureProps {
  readonly id: 'budget' | 'portfolio' | 'departments';
  readonly title: string;
  readonly option: EChartsOption;
  readonly onAction: (action: ChartAction) => void;
  readonly height: number | string | undefined;
  readonly caption: string;
  readonly footer: ReactNode;
  /** Said above the chart when the view has no programs: an empty box says nothing. */
  readonly empty?: string | undefined;
  /** Bars drawn: an embed's chart is kept tall enough for one line of text per bar (styles.css). */
  readonly rows?: number;
  /**
   * The picture button after the chart, not beside its title: on a phone it took a line of its
   * own there, and pushed the chart a link is about below the screen.
   */
  readonly pictureLast?: boolean;
  /**
   * The chart's own description (its image's name), when the footer repeats it word for word:
   * the footer is then hidden from screen readers, which read it twice, and a chart that fails
   * says it with its error (there is no image then).
   */
  readonly description?: string;
}

/** One chart with its heading, its own error boundary, a picture export and its text description. */
function ChartFigure({
  id,
  title,
  option,
  onAction,
  height,
  caption,
  footer,
  empty,
  rows,
  pictureLast = false,
  description,
}: ChartFigureProps) {
  const { dataset, view, t } = useDashboard();
  const viewUrl = useViewUrl();
  const instance = useRef<EChartsType | null>(null);
  const onInstance = useCallback((chart: EChartsType) => {
    instance.current = chart;
  }, []);
  const scheme = useEffectiveScheme(view.scheme, view.mode);
  const savePicture = async () => {
    const chart = instance.current;
    if (!chart) return;
    const theme = chartTheme(scheme, 13, view.decal);
    const blob = await renderChartPicture({
      chartImageUrl: chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: theme.paper }),
      title,
      caption,
      source: `${t.source}: ${sourceCitation(dataset.entry, view.lang)}`,
      // The view's link, as the copy buttons give it (the address bar can hold stale parts).
      url: viewUrl({}),
      legend: dataset.categories.map((c, i) => ({
        label: localized(c.name, view.lang),
        color: categoryColor(i),
      })),
      ink: theme.ink,
      paper: theme.paper,
      pixelRatio: 2,
    });
    downloadBlob(
      blob,
      exportFileName(dataset.entry.id, serializeViewState(view), `${id}.png`, new Date()),
    );
  };
  const pictureButton = (
    <button
      type="button"
      className="button button-secondary button-small picture-button"
      onClick={() => void savePicture()}
    >
      {t.savePicture}
    </button>
  );
  return (
    <figure
      className={`panel chart-panel chart-${id}`}
      aria-labelledby={`chart-${id}-title`}
      style={rows === undefined ? undefined : ({ '--rows': rows } as CSSProperties)}
    >
      <div className="panel-heading">
        <h2 id={`chart-${id}-title`}>{title}</h2>
        {!pictureLast && pictureButton}
      </div>
      {empty && <p className="chart-empty">{empty}</p>}
      <ChartErrorBoundary message={description ? `${t.chartError} ${description}` : t.chartError}>
        <EChart
          option={option}
          onAction={onAction}
          height={height}
          testId={`chart-${id}`}
          onInstance={onInstance}
        />
      </ChartErrorBoundary>
      {/* Before the caption: a figcaption must be the figure's first or last child. */}
      {pictureLast && pictureButton}
      <figcaption className="chart-caption" aria-hidden={description !== undefined}>
        {footer}
      </figcaption>
    </figure>
  );
}

/** One legend for every chart: a category has the same colour everywhere. */
function CategoryLegend() {
  const { dataset, view, t } = useDashboard();
  return (
    <ul className="legend" aria-label={t.legend}>
      {dataset.categories.map((c, i) => (
        <li key={c.id}>
          <CategorySwatch index={i} />
          {localized(c.name, view.lang)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The bars as a table, department by category: what the stacked bars show, to a screen reader
 * too (a list gave each department's total only). Each department is a button, the keyboard
 * path to what clicking a bar does.
 */
function DepartmentList({ bars }: { bars: ReturnType<typeof aggregateDepartmentBars> }) {
  const { dataset, view, t, update } = useDashboard();
  const lang = view.lang;
  return (
    <details className="chart-twin">
      <summary>{t.showAsTable}</summary>
      <div className="table-scroll">
        <table className="twin-table" aria-labelledby="chart-departments-title">
          <thead>
            <tr>
              <th scope="col">{t.department}</th>
              {dataset.categories.map((c) => (
                <th scope="col" key={c.id}>
                  {localized(c.name, lang)}
                </th>
              ))}
              <th scope="col">{t.total}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.departmentId}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={view.dept.includes(b.departmentId)}
                    onClick={(event) => {
                      // The table stays under the finger while the charts above change height,
                      // as a tap on a chart keeps the chart.
                      const table = event.currentTarget.closest('details');
                      if (table) keepInPlace(table);
                      update({ dept: toggleId(view.dept, b.departmentId) });
                    }}
                  >
                    {localized(
                      dataset.departmentById.get(b.departmentId)?.name ?? { ja: b.departmentId },
                      lang,
                    )}
                  </button>
                </th>
                {[...dataset.categories.map((c) => b.byCategory.get(c.id) ?? 0), b.total].map(
                  (n, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed
                    <td key={i}>{formatCount(n, lang)}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
