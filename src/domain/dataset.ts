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
  /** Precomputed normalised text per program (name, summary, department, section), by program id. */
  readonly searchKeyById: ReadonlyMap<string, string>;
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
  const searchKeyById = new Map<string, string>();
  for (const program of programsFile.programs) {
    const parts = [program.name, program.summary];
    for (const id of program.departmentIds) {
      const d = departmentById.get(id);
      if (d) parts.push(d.name.ja, d.name.en);
    }
    for (const id of program.sectionIds) {
      const s = sectionById.get(id);
      if (s) parts.push(s.name.ja, s.name.en ?? '');
    }
    // A separator that normalisation keeps, so a query cannot match across two fields.
    searchKeyById.set(program.id, parts.map(normalizeSearchText).join('\u0001'));
  }
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
    searchKeyById,
    hasProgramBudgets:
      programsFile.programs.length > 0 &&
      programsFile.programs.every((p) => p.budget !== undefined),
  };
}
