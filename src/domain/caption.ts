/**
 * The caption of a view: one plain sentence built from the state, used as the page title,
 * the heading of a shared view, the charts' text description and the text copied with a link.
 * e.g. "D for Local: 63 programs in 11 departments, 1,600,857千円 (25.6% of the IT-policy
 * budget, fiscal 2023)".
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
  const categoryTotals = summary.narrowedBelowCategory;
  const filtered = scopeParts.length > 0;
  if (!filtered) {
    return lang === 'ja'
      ? `${scope}：${d}部局の${n}事業、予算総額${amount}`
      : `${scope}: ${n} programs in ${d} departments, total budget ${amount}`;
  }
  if (lang === 'ja') {
    const money = categoryTotals ? `分野の予算計${amount}` : amount;
    return `${scope}：${d}部局の${n}事業、${money}（${year}${budgetName}の${share}）`;
  }
  const programs = `${n} program${summary.programCount === 1 ? '' : 's'}`;
  const departments = `${d} department${summary.departmentCount === 1 ? '' : 's'}`;
  const money = categoryTotals ? `categories totalling ${amount}` : amount;
  return `${scope}: ${programs} in ${departments}, ${money} (${share} of the ${budgetName}, ${year})`;
}
