/**
 * The sentence that says what is shown. Budget figures are category totals: when a
 * department, section or search narrows the programs, the sentence says so, because the
 * source has no per-program amounts.
 */
import { formatAmountExact, formatCount, formatPrograms, formatShare } from '../i18n/format';
import { localized } from '../i18n/messages';
import type { Lang, ViewState } from '../url/view-state';
import type { Dataset } from './dataset';

export interface ViewSummary {
  readonly programCount: number;
  readonly departmentCount: number;
  /** Sum of the budgets of the categories in play (chosen, or holding the shown programs). */
  readonly categoryBudget: number;
  readonly share: number;
  readonly narrowedBelowCategory: boolean;
  /** Departments or sections chosen: the programs' departments are then no news. */
  readonly organisationChosen: boolean;
}

export function summarizeView(
  dataset: Dataset,
  view: ViewState,
  /** The shown programs, as positions in dataset.programs (ViewSelection.positions). */
  positions: Int32Array,
): ViewSummary {
  // Over the dataset's integer facet index, not the programs' id strings: at 50,000 programs
  // this ran on every keystroke, and Sets of strings made it the largest part of the summary.
  const { cat, dept } = dataset.facetIndex;
  const categoryShown = new Uint8Array(dataset.categories.length);
  const departmentShown = new Uint8Array(dataset.departments.length);
  let departmentCount = 0;
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i] ?? 0;
    const category = cat[position] ?? -1;
    if (category >= 0) categoryShown[category] = 1;
    const end = dept.offsets[position + 1] ?? 0;
    for (let k = dept.offsets[position] ?? 0; k < end; k++) {
      const department = dept.values[k] ?? 0;
      if (departmentShown[department] === 0) {
        departmentShown[department] = 1;
        departmentCount++;
      }
    }
  }
  const chosen = new Set(view.cat);
  const categoryBudget = dataset.categories
    .filter((c, i) => (view.cat.length > 0 ? chosen.has(c.id) : categoryShown[i] === 1))
    .reduce((s, c) => s + c.budget, 0);
  return {
    programCount: positions.length,
    departmentCount,
    categoryBudget,
    share: dataset.budgets.total > 0 ? categoryBudget / dataset.budgets.total : 0,
    narrowedBelowCategory: view.dept.length > 0 || view.sec.length > 0 || view.q.trim() !== '',
    organisationChosen: view.dept.length > 0 || view.sec.length > 0,
  };
}

/**
 * "3部局の47事業", "47 programs in 3 departments": the counts every caption and sentence opens
 * with. With departments or sections chosen, the programs only: the departments counted then
 * were the chosen one and its partners in joint programs, and "企画部：3部局の47事業" read as if
 * 企画部 were three departments.
 */
export function countsPhrase(summary: ViewSummary, lang: Lang): string {
  const programs = formatPrograms(summary.programCount, lang);
  if (summary.organisationChosen) return programs;
  const d = formatCount(summary.departmentCount, lang);
  return lang === 'ja'
    ? `${d}部局の${programs}`
    : `${programs} in ${d} department${summary.departmentCount === 1 ? '' : 's'}`;
}

export function describeSummary(dataset: Dataset, view: ViewState, summary: ViewSummary): string {
  const lang = view.lang;
  const head = countsPhrase(summary, lang);
  const amount = formatAmountExact(summary.categoryBudget, lang);
  const share = formatShare(summary.categoryBudget, dataset.budgets.total, lang);
  const chosenNames = view.cat
    .map((id) => dataset.categoryById.get(id))
    .filter((c) => c !== undefined)
    .map((c) => localized(c.name, lang));
  const filtered = view.cat.length > 0 || summary.narrowedBelowCategory;
  if (lang === 'ja') {
    if (!filtered) return `${head}。予算総額 ${amount}。`;
    if (summary.programCount === 0) return '条件に合う事業はありません。';
    const scope =
      chosenNames.length > 0
        ? `選んだ分野（${chosenNames.join('、')}）`
        : 'これらの事業が属する分野';
    // Below a category no share of the total: "100.0%" next to a department read as its own.
    return summary.narrowedBelowCategory
      ? `${head}。${scope}の予算は${amount}（分野の予算総額。事業ごとの金額ではありません）。`
      : `${head}。${scope}の予算は${amount}、総額の${share}。`;
  }
  if (!filtered) return `${head}; total budget ${amount}.`;
  if (summary.programCount === 0) return 'No programs match.';
  const scope =
    chosenNames.length > 0
      ? `the chosen categories (${chosenNames.join(', ')}) hold`
      : summary.programCount === 1
        ? 'the category of this program holds'
        : 'the categories of these programs hold';
  return summary.narrowedBelowCategory
    ? `${head}; ${scope} ${amount} ${summary.programCount === 1 ? 'as a category total, not a per-program amount' : 'as category totals, not per-program amounts'}.`
    : `${head}; ${scope} ${amount} (${share} of the total).`;
}
