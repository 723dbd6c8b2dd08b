/**
 * The caption of a view: one plain sentence built from the state, used as the page title,
 * the heading of a shared view, the charts' text description and the text copied with a link.
 * e.g. "D for Local: 63 programs in 11 departments, 1,600,857千円 (25.6% of the IT-policy
 * budget, fiscal 2023)". Budget is given per category only: a view narrowed below a category
 * (a department, a section, a search) is captioned with counts. The sum of the categories its
 * programs fall in read as that department's money ("企画部 … 100%"); the summary sentence
 * still gives that sum, with its caveat, where there is room for one.
 */
import { formatAmountExact, formatCount, formatShare } from '../i18n/format';
import { localized } from '../i18n/messages';
import type { ViewState } from '../url/view-state';
import type { Dataset } from './dataset';
import type { ViewSummary } from './summary';

export function buildCaption(dataset: Dataset, view: ViewState, summary: ViewSummary): string {
  const lang = view.lang;
  const names = (
    ids: readonly string[],
    lookup: ReadonlyMap<string, { name: { ja: string; en?: string | undefined } }>,
  ) => ids.map((id) => localized(lookup.get(id)?.name ?? { ja: id }, lang));
  const scopeParts = [
    ...names(view.cat, dataset.categoryById),
    ...names(view.dept, dataset.departmentById),
    ...names(view.sec, dataset.sectionById),
  ];
  if (view.q) scopeParts.push(lang === 'ja' ? `「${view.q}」` : `“${view.q}”`);
  const scope =
    scopeParts.length > 0
      ? scopeParts.join(lang === 'ja' ? '・' : ', ')
      : localized(dataset.entry.title, lang);
  const year = localized(dataset.entry.fiscalYearLabel, lang);
  const budgetName = localized(dataset.entry.budgetName ?? { ja: '予算', en: 'budget' }, lang);
  const amount = formatAmountExact(summary.categoryBudget, lang);
  const share = formatShare(summary.categoryBudget, dataset.budgets.total, lang);
  const n = formatCount(summary.programCount, lang);
  const d = formatCount(summary.departmentCount, lang);
  const all = formatCount(dataset.programs.length, lang);
  if (scopeParts.length === 0) {
    return lang === 'ja'
      ? `${scope}：${d}部局の${n}事業、予算総額${amount}`
      : `${scope}: ${n} programs in ${d} departments, total budget ${amount}`;
  }
  if (lang === 'ja') {
    return summary.narrowedBelowCategory
      ? `${scope}：${d}部局の${n}事業（${year}の${all}事業中）`
      : `${scope}：${d}部局の${n}事業、${amount}（${year}${budgetName}の${share}）`;
  }
  const head = `${scope}: ${n} program${summary.programCount === 1 ? '' : 's'} in ${d} department${summary.departmentCount === 1 ? '' : 's'}`;
  return summary.narrowedBelowCategory
    ? `${head} (of ${all} in ${year})`
    : `${head}, ${amount} (${share} of the ${budgetName}, ${year})`;
}
