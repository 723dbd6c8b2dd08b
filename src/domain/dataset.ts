/**
 * The loaded dataset, indexed once so every selector is a lookup, not a search.
 */
import type {
  BudgetsFile,
  Category,
  DatasetEntry,
  Department,
  Pillar,
  Program,
  ProgramsFile,
  Section,
} from '../data/schemas';
import { normalizeSearchText } from './search-text';

/** For each program, the indices of the facet values it lists: program i's are
 * values[offsets[i]] up to values[offsets[i + 1]] (compressed rows). */
export interface FacetList {
  readonly offsets: Int32Array;
  readonly values: Int32Array;
}

/** Per program, its facet values as indices into categories, departments and sections. */
export interface FacetIndex {
  readonly cat: Int32Array;
  readonly dept: FacetList;
  readonly sec: FacetList;
}

export interface Dataset {
  readonly entry: DatasetEntry;
  readonly budgets: BudgetsFile;
  readonly programsFile: ProgramsFile;
  readonly programs: readonly Program[];
  readonly pillars: readonly Pillar[];
  readonly categories: readonly Category[];
  readonly departments: readonly Department[];
  readonly sections: readonly Section[];
  readonly categoryById: ReadonlyMap<string, Category>;
  readonly pillarById: ReadonlyMap<string, Pillar>;
  readonly departmentById: ReadonlyMap<string, Department>;
  readonly sectionById: ReadonlyMap<string, Section>;
  readonly programById: ReadonlyMap<string, Program>;
  /** Normalised text of a program (name, summary, department, section) for search. */
  readonly searchKeyOf: (programId: string) => string;
  /** A program's index in `programs`, for code that keeps per-program arrays. */
  readonly positionOf: (programId: string) => number | undefined;
  /** The same, by the program's index in `programs`: no lookup by id in a 50,000-row loop. */
  readonly searchKeyAt: (position: number) => string;
  /**
   * Builds the search index ahead of the first search, a slice at a time, while `hasTime()`
   * says so; true once it is complete. (searchKeyOf finishes whatever is left.)
   */
  readonly prepareSearch: (hasTime: () => boolean) => boolean;
  /** What the facet counts loop over: integer indices, not ids in Maps. */
  readonly facetIndex: FacetIndex;
  /** True only when every program carries its own amount; the bundled source has none. */
  readonly hasProgramBudgets: boolean;
}

export function buildDataset(
  entry: DatasetEntry,
  budgets: BudgetsFile,
  programsFile: ProgramsFile,
): Dataset {
  const departmentById = new Map(programsFile.departments.map((d) => [d.id, d]));
  const sectionById = new Map(programsFile.sections.map((s) => [s.id, s]));
  // The search index is built on the first search or in idle time (prepareSearch), not at
  // load: at 50,000 programs it costs half a second that a first paint should not wait for.
  const searchKeys: string[] = [];
  let indexed = 0;
  const indexNext = () => {
    const program = programsFile.programs[indexed++];
    if (!program) return;
    const parts = [program.name, program.summary];
    for (const departmentId of program.departmentIds) {
      const d = departmentById.get(departmentId);
      if (d) parts.push(d.name.ja, d.name.en);
    }
    for (const sectionId of program.sectionIds) {
      const sec = sectionById.get(sectionId);
      if (sec) parts.push(sec.name.ja, sec.name.en ?? '');
    }
    // One normalisation per program; the separator survives it, so a query cannot match
    // across two fields.
    searchKeys.push(normalizeSearchText(parts.join('\u0001')));
  };
  const total = programsFile.programs.length;
  const prepareSearch = (hasTime: () => boolean): boolean => {
    // Check the clock every 100 programs, not after each one.
    while (indexed < total && hasTime()) for (let i = 0; i < 100; i++) indexNext();
    return indexed >= total;
  };
  const searchKeyAt = (position: number): string => {
    while (indexed <= position && indexed < total) indexNext();
    return searchKeys[position] ?? '';
  };
  let positionById: Map<string, number> | null = null;
  const positionOf = (id: string): number | undefined => {
    positionById ??= new Map(programsFile.programs.map((p, i) => [p.id, i]));
    return positionById.get(id);
  };
  const searchKeyOf = (id: string): string => searchKeyAt(positionOf(id) ?? -1);
  return {
    entry,
    budgets,
    programsFile,
    programs: programsFile.programs,
    pillars: budgets.pillars,
    categories: budgets.categories,
    departments: programsFile.departments,
    sections: programsFile.sections,
    categoryById: new Map(budgets.categories.map((c) => [c.id, c])),
    pillarById: new Map(budgets.pillars.map((p) => [p.id, p])),
    departmentById,
    sectionById,
    programById: new Map(programsFile.programs.map((p) => [p.id, p])),
    positionOf,
    searchKeyOf,
    searchKeyAt,
    prepareSearch,
    facetIndex: buildFacetIndex(budgets, programsFile),
    hasProgramBudgets:
      programsFile.programs.length > 0 &&
      programsFile.programs.every((p) => p.budget !== undefined),
  };
}

function buildFacetIndex(budgets: BudgetsFile, file: ProgramsFile): FacetIndex {
  const indexOf = (items: readonly { id: string }[]) => new Map(items.map((x, i) => [x.id, i]));
  const categoryIndex = indexOf(budgets.categories);
  const list = (index: ReadonlyMap<string, number>, idsOf: (p: Program) => readonly string[]) => {
    const offsets = new Int32Array(file.programs.length + 1);
    const values: number[] = [];
    file.programs.forEach((program, i) => {
      // An id the dataset does not list is not a facet value; the schema rejects those anyway.
      for (const id of idsOf(program)) {
        const at = index.get(id);
        if (at !== undefined) values.push(at);
      }
      offsets[i + 1] = values.length;
    });
    return { offsets, values: Int32Array.from(values) };
  };
  return {
    cat: Int32Array.from(file.programs, (p) => categoryIndex.get(p.categoryId) ?? -1),
    dept: list(indexOf(file.departments), (p) => p.departmentIds),
    sec: list(indexOf(file.sections), (p) => p.sectionIds),
  };
}
