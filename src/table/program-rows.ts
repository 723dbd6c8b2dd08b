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

export function buildProgramRows(
  dataset: Dataset,
  programs: readonly Program[],
  lang: Lang,
): ProgramRow[] {
  const categoryIndex = new Map(dataset.categories.map((c, i) => [c.id, i]));
  const separator = lang === 'ja' ? '、' : ', ';
  return programs.map((program) => {
    const index = categoryIndex.get(program.categoryId) ?? 0;
    const category = dataset.categoryById.get(program.categoryId);
    return {
      id: program.id,
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
  });
}

export const jaCollator = new Intl.Collator('ja', { numeric: true, sensitivity: 'base' });
