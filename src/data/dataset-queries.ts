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

export const datasetsQuery = () =>
  queryOptions({
    queryKey: ['data', DATASETS_FILE],
    queryFn: ({ signal }) => fetchDataFile(DATASETS_FILE, datasetsFileSchema, signal),
    ...forever,
  });

export const budgetsQuery = (entry: DatasetEntry) =>
  queryOptions({
    queryKey: ['data', entry.files.budgets],
    queryFn: ({ signal }) => fetchDataFile(entry.files.budgets, budgetsFileSchema, signal),
    ...forever,
  });

export const programsQuery = (entry: DatasetEntry) =>
  queryOptions({
    queryKey: ['data', entry.files.programs],
    queryFn: ({ signal }) => fetchDataFile(entry.files.programs, programsFileSchema, signal),
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
