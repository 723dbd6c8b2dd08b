import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useMemo } from 'react';
import { BudgetOnlyPanel } from '../components/budget-only-panel';
import { DataErrorPanel } from '../components/data-error-panel';
import { LoadingPlaceholder } from '../components/loading-placeholder';
import { DataFileError, unknownCategories } from '../data/data-file-error';
import { budgetsQuery, datasetsQuery, programsQuery } from '../data/dataset-queries';
import type { DatasetEntry } from '../data/schemas';
import { buildDataset } from '../domain/dataset';
import { listIgnoredParts, reconcileViewState } from '../domain/reconcile';
import { MESSAGES, type Messages } from '../i18n/messages';
import { type HistoryMode, useViewState } from '../url/use-view-state';
import { applyPatch, serializeViewState, type ViewPatch } from '../url/view-state';
import { type Dashboard, DashboardContext } from './dashboard-context';
import { DashboardPage } from './dashboard-page';
import { markRetry, useFocusAfterRetry } from './retry-focus';
import { useEffectiveScheme } from './use-effective-scheme';

/** Loads datasets.json, picks the dataset the URL names (or the first), and loads it. */
export function App() {
  const { view } = useViewState();
  const t = MESSAGES[view.lang];
  const datasets = useQuery(datasetsQuery());

  const scheme = useEffectiveScheme(view.scheme, view.mode);
  useEffect(() => {
    const root = document.documentElement;
    root.lang = view.lang;
    root.dataset.scheme = scheme;
    root.dataset.mode = view.mode;
    // Keys and swatches wear the charts' patterns too (CategorySwatch).
    root.toggleAttribute('data-decal', view.decal);
  }, [view.lang, scheme, view.mode, view.decal]);

  useFocusAfterRetry(datasets.isError, datasets.isError);
  if (datasets.isError) {
    return (
      <Shell t={t}>
        <DataErrorPanel
          error={datasets.error}
          onRetry={() => {
            markRetry();
            void datasets.refetch();
          }}
          t={t}
        />
      </Shell>
    );
  }
  if (!datasets.data) {
    return (
      <Shell t={t}>
        <LoadingPlaceholder label={t.loading} />
      </Shell>
    );
  }
  const entries = datasets.data.datasets;
  const entry = entries.find((d) => d.id === view.ds) ?? entries[0];
  if (!entry) return null; // the schema requires at least one dataset
  return <DatasetView entry={entry} datasetIds={entries.map((d) => d.id)} />;
}

function DatasetView({
  entry,
  datasetIds,
}: {
  entry: DatasetEntry;
  datasetIds: readonly string[];
}) {
  const { view: urlView, search, setView } = useViewState();
  const t = MESSAGES[urlView.lang];
  const budgets = useQuery(budgetsQuery(entry));
  const programs = useQuery(programsQuery(entry));

  const checked = useMemo(
    () =>
      budgets.data && programs.data
        ? (unknownCategories(
            entry.files.programs,
            budgets.data.categories.map((c) => c.id),
            programs.data.programs,
          ) ?? buildDataset(entry, budgets.data, programs.data))
        : null,
    [entry, budgets.data, programs.data],
  );
  const dataset = checked instanceof DataFileError ? null : checked;
  const view = useMemo(
    () => (dataset ? reconcileViewState(urlView, dataset, datasetIds) : urlView),
    [urlView, dataset, datasetIds],
  );
  const ignored = useMemo(
    () => (dataset ? listIgnoredParts(search, view, datasetIds) : []),
    [search, view, dataset, datasetIds],
  );
  // Every change starts from the reconciled view, so parts of a link that did not fit are dropped.
  const update = useCallback(
    (patch: ViewPatch, mode: HistoryMode = 'push') => setView(view, patch, mode),
    [setView, view],
  );
  // Links with a query are relative ("?…"): the same in the prerendered HTML and in the browser,
  // wherever the app is served from. The default view's link ('') is the page's path, which
  // useHrefFor adds.
  const hrefFor = useCallback(
    (patch: ViewPatch) => serializeViewState(applyPatch(view, patch)),
    [view],
  );
  const dashboard = useMemo<Dashboard | null>(
    () => (dataset ? { dataset, datasetIds, view, ignored, t, update, hrefFor } : null),
    [dataset, datasetIds, view, ignored, t, update, hrefFor],
  );

  const failed = [budgets, programs].flatMap((q) => (q.isError ? [q.error] : []));
  // Both files are fine alone but do not fit together.
  if (checked instanceof DataFileError) failed.push(checked);
  // Either file may have been fixed on the server since: a retry fetches both.
  const retry = () => {
    markRetry();
    void budgets.refetch();
    void programs.refetch();
  };
  useFocusAfterRetry(failed.length > 0 || dashboard !== null, failed.length > 0);
  if (failed.length > 0) {
    return (
      <Shell t={t}>
        {failed.map((error) => (
          <DataErrorPanel key={String(error)} error={error} onRetry={retry} t={t} />
        ))}
        {/* Only the program list failed: the budgets can still be shown. */}
        {budgets.data && (
          <BudgetOnlyPanel entry={entry} budgets={budgets.data} lang={urlView.lang} t={t} />
        )}
      </Shell>
    );
  }
  if (!dashboard) {
    return (
      <Shell t={t}>
        <LoadingPlaceholder label={t.loading} />
      </Shell>
    );
  }
  return (
    <DashboardContext.Provider value={dashboard}>
      <DashboardPage />
    </DashboardContext.Provider>
  );
}

function Shell({ t, children }: { t: Messages; children: ReactNode }) {
  return (
    <div className="page">
      <header className="page-header">
        <div className="page-header-text">
          <h1 className="app-title">{t.appName}</h1>
        </div>
      </header>
      <main id="main">{children}</main>
    </div>
  );
}
