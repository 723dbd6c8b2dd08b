import { type QueryClient, queryOptions } from '@tanstack/react-query';
import type * as z from 'zod/mini';
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
 * One data file, parsed with its schema. A fetch after the file failed (the retry button) asks
 * the server, not the browser's cache. "Failed before" is the query's error count, not
 * `status === 'error'`: a query with no data is 'pending' again while it refetches.
 */
const dataFileQuery = <Schema extends z.ZodMiniType>(file: string, schema: Schema) =>
  queryOptions({
    queryKey: ['data', file],
    queryFn: ({ signal, client, queryKey }) =>
      fetchDataFile(
        file,
        schema,
        signal,
        (client.getQueryState(queryKey)?.errorUpdateCount ?? 0) > 0,
      ),
    ...forever,
  });

export const datasetsQuery = () => dataFileQuery(DATASETS_FILE, datasetsFileSchema);
export const budgetsQuery = (entry: DatasetEntry) =>
  dataFileQuery(entry.files.budgets, budgetsFileSchema);
export const programsQuery = (entry: DatasetEntry) =>
  dataFileQuery(entry.files.programs, programsFileSchema);

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
