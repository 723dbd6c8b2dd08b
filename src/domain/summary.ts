/**
 * The sentence that says what is shown. Budget figures are category totals: when a
 * department, section or search narrows the programs, the sentence says so, because the
 * source has no per-program amounts.
 */
import type { Program } from '../data/schemas';
import { formatAmountExact, formatCount, formatShare } from '../i18n/format';
import { localized } from '../i18n/messages';
import type { ViewState } from '../url/view-state';
import type { Dataset } from './dataset';

export interface ViewSummary {
  readonly programCount: number;
  readonly departmentCount: number;
  /** Sum of the budgets of the categories in play (chosen, or holding the shown programs). */
  readonly categoryBudget: number;
  readonly share: number;
  readonly narrowedBelowCategory: boolean;
}

export function summarizeView(
  dataset: Dataset,
  view: ViewState,
  programs: readonly Program[],
): ViewSummary {
  // Loops rather than flatMap/map: no intermediate arrays of up to 50,000 ids.
  const departments = new Set<string>();
  const programCategories = new Set<string>();
  for (const p of programs) {
    for (const id of p.departmentIds) departments.add(id);
    programCategories.add(p.categoryId);
  }
  const categoryIds = view.cat.length > 0 ? new Set(view.cat) : programCategories;
  const categoryBudget = dataset.categories
    .filter((c) => categoryIds.has(c.id))
    .reduce((s, c) => s + c.budget, 0);
  return {
    programCount: programs.length,
    departmentCount: departments.size,
    categoryBudget,
    share: dataset.budgets.total > 0 ? categoryBudget / dataset.budgets.total : 0,
    narrowedBelowCategory: view.dept.length > 0 || view.sec.length > 0 || view.q.trim() !== '',
  };
}

export function describeSummary(dataset: Dataset, view: ViewState, summary: ViewSummary): string {
  const lang = view.lang;
  const n = formatCount(summary.programCount, lang);
  const d = formatCount(summary.departmentCount, lang);
  const amount = formatAmountExact(summary.categoryBudget, lang);
  const share = formatShare(summary.categoryBudget, dataset.budgets.total, lang);
  const chosenNames = view.cat
    .map((id) => dataset.categoryById.get(id))
    .filter((c) => c !== undefined)
    .map((c) => localized(c.name, lang));
  const filtered = view.cat.length > 0 || summary.narrowedBelowCategory;
  if (lang === 'ja') {
    const head = `${d}部局の${n}事業`;
    if (!filtered) return `${head}。予算総額 ${amount}。`;
    if (summary.programCount === 0) return '条件に合う事業はありません。';
    const scope =
      chosenNames.length > 0
        ? `選んだ分野（${chosenNames.join('、')}）`
        : 'これらの事業が属する分野';
    const caveat = summary.narrowedBelowCategory
      ? '（分野の予算総額。事業ごとの金額ではありません）'
      : '';
    return `${head}。${scope}の予算は${amount}${caveat}、総額の${share}。`;
  }
  const head = `${n} program${summary.programCount === 1 ? '' : 's'} in ${d} department${summary.departmentCount === 1 ? '' : 's'}`;
  if (!filtered) return `${head}; total budget ${amount}.`;
  if (summary.programCount === 0) return 'No programs match.';
  const scope =
    chosenNames.length > 0
      ? `the chosen categories (${chosenNames.join(', ')}) hold`
      : 'the categories of these programs hold';
  const caveat = summary.narrowedBelowCategory
    ? ' as category totals, not per-program amounts'
    : '';
  return `${head}; ${scope} ${amount}${caveat} (${share} of the total).`;
}
