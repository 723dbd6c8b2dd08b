/**
 * Table rows and their orderings, pure. Names sort by Japanese collation; categories and ids
 * sort in the source's own order (category, then number), which is how the list is published.
 */
import type { Program } from '../data/schemas';
import type { Dataset } from '../domain/dataset';
import { localized } from '../i18n/messages';
import type { Lang } from '../url/view-state';

export interface ProgramRow {
  readonly id: string;
  /** Index of the program in dataset.programs. */
  readonly position: number;
  readonly program: Program;
  /** Position of the program's category, then its number: the source order. */
  readonly order: number;
  readonly categoryIndex: number;
  readonly name: string;
  readonly departments: string;
  readonly sections: string;
  readonly category: string;
  readonly summary: string;
}

const allRowsCache = new WeakMap<Dataset, Map<Lang, readonly ProgramRow[]>>();

/**
 * A row for every program of the dataset, in source order, built once per dataset and
 * language: a filter or a search then picks rows instead of building 50,000 new ones.
 */
export function allProgramRows(dataset: Dataset, lang: Lang): readonly ProgramRow[] {
  let byLang = allRowsCache.get(dataset);
  if (!byLang) {
    byLang = new Map();
    allRowsCache.set(dataset, byLang);
  }
  const cached = byLang.get(lang);
  if (cached) return cached;
  const rows = dataset.programs.map((program, position) => rowOf(dataset, program, position, lang));
  byLang.set(lang, rows);
  return rows;
}

/** The rows at the given positions in dataset.programs (a selection's `positions`). */
export function rowsAt(dataset: Dataset, positions: Int32Array, lang: Lang): readonly ProgramRow[] {
  const all = allProgramRows(dataset, lang);
  if (positions.length === all.length) return all;
  const rows: ProgramRow[] = new Array(positions.length);
  for (let k = 0; k < positions.length; k++) rows[k] = all[positions[k] as number] as ProgramRow;
  return rows;
}

/**
 * The rows of the given programs (which must be the dataset's own), in their order. Shared, so
 * never mutate the result. The page goes by position (rowsAt); this is the same by program.
 */
export function buildProgramRows(
  dataset: Dataset,
  programs: readonly Program[],
  lang: Lang,
): readonly ProgramRow[] {
  const all = allProgramRows(dataset, lang);
  if (programs === dataset.programs) return all;
  return programs.map((program) => {
    const row = all[dataset.positionOf(program.id) ?? -1];
    if (!row) throw new Error(`program ${program.id} is not in dataset ${dataset.entry.id}`);
    return row;
  });
}

function rowOf(dataset: Dataset, program: Program, position: number, lang: Lang): ProgramRow {
  const separator = lang === 'ja' ? '、' : ', ';
  const category = dataset.categoryById.get(program.categoryId);
  const index = category ? dataset.categories.indexOf(category) : 0;
  return {
    id: program.id,
    position,
    program,
    order: index * 1_000_000 + program.number,
    categoryIndex: index,
    name: program.name,
    departments: program.departmentIds
      .map((id) => localized(dataset.departmentById.get(id)?.name ?? { ja: id }, lang))
      .join(separator),
    sections: program.sectionIds
      .map((id) => localized(dataset.sectionById.get(id)?.name ?? { ja: id }, lang))
      .join(separator),
    category: category ? localized(category.name, lang) : program.categoryId,
    summary: program.summary,
  };
}

export { compareText } from './text-order';
