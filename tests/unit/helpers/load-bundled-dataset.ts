/**
 * Loads the committed dataset from public/data the way the app does: parse each file with its
 * zod schema, then index it with buildDataset. Read once per test file (module cache).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  budgetsFileSchema,
  type DatasetsFile,
  datasetsFileSchema,
  type Program,
  type ProgramsFile,
  programsFileSchema,
} from '../../../src/data/schemas';
import { buildDataset, type Dataset } from '../../../src/domain/dataset';
import { DEFAULT_VIEW, type ViewState } from '../../../src/url/view-state';

const DATA_DIR = fileURLToPath(new URL('../../../public/data/', import.meta.url));

function readJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(`${DATA_DIR}${relativePath}`, 'utf8'));
}

export function loadDatasetsFile(): DatasetsFile {
  return datasetsFileSchema.parse(readJson('datasets.json'));
}

let cached: Dataset | null = null;

/** The first (bundled) dataset, parsed and indexed. */
export function loadBundledDataset(): Dataset {
  if (cached) return cached;
  const entry = loadDatasetsFile().datasets[0];
  if (!entry) throw new Error('datasets.json lists no dataset');
  const budgets = budgetsFileSchema.parse(readJson(entry.files.budgets));
  const programs = programsFileSchema.parse(readJson(entry.files.programs));
  cached = buildDataset(entry, budgets, programs);
  return cached;
}

/** A view with the given fields changed from the default. */
export function view(patch: Partial<ViewState> = {}): ViewState {
  return { ...DEFAULT_VIEW, ...patch };
}

/** Program ids, in order. */
export function idsOf(programs: readonly Program[]): string[] {
  return programs.map((p) => p.id);
}

/**
 * A dataset with the real dataset's entry, budgets, departments and sections, but a different
 * set of programs (and optionally renamed departments / categories).
 */
export function datasetWithPrograms(
  base: Dataset,
  programs: ProgramsFile['programs'],
  overrides: {
    readonly departments?: ProgramsFile['departments'];
    readonly categories?: Dataset['budgets']['categories'];
    readonly pillars?: Dataset['budgets']['pillars'];
  } = {},
): Dataset {
  return buildDataset(
    base.entry,
    {
      ...base.budgets,
      categories: overrides.categories ?? base.budgets.categories,
      pillars: overrides.pillars ?? base.budgets.pillars,
    },
    {
      ...base.programsFile,
      departments: overrides.departments ?? base.programsFile.departments,
      programs,
      notes: [],
    },
  );
}
