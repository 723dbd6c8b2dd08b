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
  // The search index is built on the first search, not at load: at 50,000 programs it costs
  // a third of a second that a person who never searches should not wait for.
  let searchKeys: Map<string, string> | null = null;
  const searchKeyOf = (id: string): string => {
    if (!searchKeys) {
      searchKeys = new Map();
      for (const program of programsFile.programs) {
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
        searchKeys.set(program.id, normalizeSearchText(parts.join('\u0001')));
      }
    }
    return searchKeys.get(id) ?? '';
  };
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
    searchKeyOf,
    hasProgramBudgets:
      programsFile.programs.length > 0 &&
      programsFile.programs.every((p) => p.budget !== undefined),
  };
}
