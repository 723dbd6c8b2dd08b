import { queryOptions } from '@tanstack/react-query';
import { fetchDataFile } from './fetch-data-file';
import {
  budgetsFileSchema,
  type DatasetEntry,
  datasetsFileSchema,
  programsFileSchema,
} from './schemas';

export const DATASETS_FILE = 'datasets.json';

// Data files do not change while the page is open: never refetch on focus or by age.
const forever = {
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
  retry: false,
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
