import { categoryColor } from '../charts/category-colors';
import type { BudgetsFile, DatasetEntry } from '../data/schemas';
import { formatAmountExact, formatAmountShort, formatCount, formatShare } from '../i18n/format';
import { localized, type Messages } from '../i18n/messages';
import type { Lang } from '../url/view-state';

interface BudgetOnlyPanelProps {
  readonly entry: DatasetEntry;
  readonly budgets: BudgetsFile;
  readonly lang: Lang;
  readonly t: Messages;
}

/**
 * What can still be shown when the program list fails to load but the budgets did: the total
 * and the budget per category, with the program counts the source declares. Shown beside the
 * error panel, so a failed file costs the programs, not the whole page.
 */
export function BudgetOnlyPanel({ entry, budgets, lang, t }: BudgetOnlyPanelProps) {
  const total = budgets.total;
  return (
    <section className="panel" aria-labelledby="budget-only-heading" data-testid="budget-only">
      <h2 id="budget-only-heading">{localized(entry.title, lang)}</h2>
      <p className="muted">{t.budgetOnlyNote}</p>
      <div className="table-scroll">
        <table className="category-table">
          <caption className="visually-hidden">{t.categoriesHeading}</caption>
          <thead>
            <tr>
              <th scope="col">{t.category}</th>
              <th scope="col" className="num">
                {t.budget}
              </th>
              <th scope="col" className="num">
                {t.share}
              </th>
              <th scope="col" className="num">
                {t.programCount}
              </th>
            </tr>
          </thead>
          <tbody>
            {budgets.categories.map((c, i) => (
              <tr key={c.id}>
                <th scope="row">
                  <span
                    className="swatch"
                    style={{ background: categoryColor(i) }}
                    aria-hidden="true"
                  />{' '}
                  {localized(c.name, lang)}
                </th>
                <td className="num">
                  <span className="amount-short">{formatAmountShort(c.budget, lang)}</span>
                  <span className="amount-exact">{formatAmountExact(c.budget, lang)}</span>
                </td>
                <td className="num">{formatShare(c.budget, total, lang)}</td>
                <td className="num">{formatCount(c.programCount, lang)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{lang === 'ja' ? '合計' : 'Total'}</th>
              <td className="num">
                <span className="amount-short">{formatAmountShort(total, lang)}</span>
                <span className="amount-exact" data-testid="budget-only-total">
                  {formatAmountExact(total, lang)}
                </span>
              </td>
              <td className="num">{formatShare(total, total, lang)}</td>
              <td className="num">
                {formatCount(
                  budgets.categories.reduce((n, c) => n + c.programCount, 0),
                  lang,
                )}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
