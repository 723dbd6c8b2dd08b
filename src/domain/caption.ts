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
import { localized, quoted } from '../i18n/messages';
import type { ViewState } from '../url/view-state';
import type { Dataset } from './dataset';
import { selectView } from './select-programs';
import { countsPhrase, summarizeView, type ViewSummary } from './summary';

/** The caption of a view that is not on screen (a presenter's list entry), from scratch. */
export function captionOfView(dataset: Dataset, view: ViewState): string {
  const { positions } = selectView(dataset, view);
  return buildCaption(dataset, view, summarizeView(dataset, view, positions));
}

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
  if (view.q) scopeParts.push(quoted(view.q, lang));
  const scope =
    scopeParts.length > 0
      ? scopeParts.join(lang === 'ja' ? '・' : ', ')
      : localized(dataset.entry.title, lang);
  const year = localized(dataset.entry.fiscalYearLabel, lang);
  const budgetName = localized(dataset.entry.budgetName ?? { ja: '予算', en: 'budget' }, lang);
  const amount = formatAmountExact(summary.categoryBudget, lang);
  const share = formatShare(summary.categoryBudget, dataset.budgets.total, lang);
  const all = formatCount(dataset.programs.length, lang);
  const head = `${scope}${lang === 'ja' ? '：' : ': '}${countsPhrase(summary, lang)}`;
  if (scopeParts.length === 0) {
    return lang === 'ja' ? `${head}、予算総額${amount}` : `${head}, total budget ${amount}`;
  }
  if (lang === 'ja') {
    return summary.narrowedBelowCategory
      ? `${head}（${year}の${all}事業中）`
      : `${head}、${amount}（${year}${budgetName}の${share}）`;
  }
  return summary.narrowedBelowCategory
    ? `${head} (of ${all} in ${year})`
    : `${head}, ${amount} (${share} of the ${budgetName}, ${year})`;
}
