import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { parseViewState } from '../url/view-state';
import { fetchDataFile } from './fetch-data-file';
import {
  budgetsFileSchema,
  type DatasetEntry,
  datasetsFileSchema,
  programsFileSchema,
} from './schemas';

export const DATASETS_FILE = 'datasets.json';

// Data files do not change while the page is open: never refetch on focus or by age.
// retryOnMount: false, so a file that failed in the startup prefetch is reported, not fetched
// again when the app mounts; the retry button refetches.
const forever = {
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
  retry: false,
  retryOnMount: false,
} as const;

/**
 * A fetch after this file failed (the retry button): it asks the server, not the cache. Not
 * `status === 'error'`: a query with no data is 'pending' again while it refetches.
 */
const failedBefore = (client: QueryClient, queryKey: readonly unknown[]) =>
  (client.getQueryState(queryKey)?.errorUpdateCount ?? 0) > 0;

export const datasetsQuery = () =>
  queryOptions({
    queryKey: ['data', DATASETS_FILE],
    queryFn: ({ signal, client, queryKey }) =>
      fetchDataFile(DATASETS_FILE, datasetsFileSchema, signal, failedBefore(client, queryKey)),
    ...forever,
  });

export const budgetsQuery = (entry: DatasetEntry) =>
  queryOptions({
    queryKey: ['data', entry.files.budgets],
    queryFn: ({ signal, client, queryKey }) =>
      fetchDataFile(entry.files.budgets, budgetsFileSchema, signal, failedBefore(client, queryKey)),
    ...forever,
  });

export const programsQuery = (entry: DatasetEntry) =>
  queryOptions({
    queryKey: ['data', entry.files.programs],
    queryFn: ({ signal, client, queryKey }) =>
      fetchDataFile(
        entry.files.programs,
        programsFileSchema,
        signal,
        failedBefore(client, queryKey),
      ),
    ...forever,
  });

/** Fetches datasets.json, then the files of the dataset the link names (or the first). */
export async function prefetchStartupData(client: QueryClient, search: string): Promise<void> {
  try {
    const { datasets } = await client.fetchQuery(datasetsQuery());
    const wanted = parseViewState(search).ds;
    const entry = datasets.find((d) => d.id === wanted) ?? datasets[0];
    if (entry)
      await Promise.all([
        client.prefetchQuery(budgetsQuery(entry)),
        client.prefetchQuery(programsQuery(entry)),
      ]);
  } catch {
    // The app's own queries report failures with a retry; nothing to do here.
  }
}
