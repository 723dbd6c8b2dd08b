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
import { normalizeSearchText, normalizeWordStarts, type SearchKey } from './search-text';

const NO_KEY: SearchKey = { text: '', words: '' };

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
  /** What search matches in a program (name, summary, departments, sections): see SearchKey. */
  readonly searchKeyOf: (programId: string) => SearchKey;
  /** A program's index in `programs`, for code that keeps per-program arrays. */
  readonly positionOf: (programId: string) => number | undefined;
  /** The same, by the program's index in `programs`: no lookup by id in a 50,000-row loop. */
  readonly searchKeyAt: (position: number) => SearchKey;
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
  const searchKeys: SearchKey[] = [];
  // A department's or section's names are normalised once, not once per program: at 50,000
  // programs that is most of the index's cost. Parts are joined with a separator that
  // normalisation keeps, so a query cannot match across two fields.
  const namesOf = (
    byId: ReadonlyMap<string, { name: { ja: string; en?: string | undefined } }>,
  ) => {
    const names = new Map<string, SearchKey>();
    return (id: string): SearchKey | undefined => {
      let key = names.get(id);
      if (!key) {
        const item = byId.get(id);
        if (!item) return undefined;
        key = {
          text: normalizeSearchText(item.name.ja),
          words: normalizeWordStarts(item.name.en ? [item.name.en] : []),
        };
        names.set(id, key);
      }
      return key;
    };
  };
  const departmentNames = namesOf(departmentById);
  const sectionNames = namesOf(sectionById);
  let indexed = 0;
  const indexNext = () => {
    const program = programsFile.programs[indexed++];
    if (!program) return;
    // Joined, not concatenated: a flat string, which the first search need not flatten.
    const text = [normalizeSearchText(program.name), normalizeSearchText(program.summary)];
    const words: string[] = [];
    const add = (names: SearchKey | undefined) => {
      if (!names) return;
      text.push(names.text);
      words.push(names.words);
    };
    for (const id of program.departmentIds) add(departmentNames(id));
    for (const id of program.sectionIds) add(sectionNames(id));
    searchKeys.push({ text: text.join('\u0001'), words: words.join('') });
  };
  const total = programsFile.programs.length;
  const prepareSearch = (hasTime: () => boolean): boolean => {
    // Check the clock every 100 programs, not after each one.
    while (indexed < total && hasTime()) for (let i = 0; i < 100; i++) indexNext();
    return indexed >= total;
  };
  const searchKeyAt = (position: number): SearchKey => {
    while (indexed <= position && indexed < total) indexNext();
    return searchKeys[position] ?? NO_KEY;
  };
  let positionById: Map<string, number> | null = null;
  const positionOf = (id: string): number | undefined => {
    positionById ??= new Map(programsFile.programs.map((p, i) => [p.id, i]));
    return positionById.get(id);
  };
  const searchKeyOf = (id: string): SearchKey => searchKeyAt(positionOf(id) ?? -1);
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
