import type { BudgetsFile, DatasetEntry } from '../data/schemas';
import { localized, type Messages } from '../i18n/messages';
import type { Lang } from '../url/view-state';
import { CategorySwatch } from './category-swatch';
import { CategoryFigureCells, CategoryTableHead, CategoryTotalRow } from './category-table-parts';

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
          <CategoryTableHead t={t} />
          <tbody>
            {budgets.categories.map((c, i) => (
              <tr key={c.id}>
                <th scope="row">
                  <CategorySwatch index={i} /> {localized(c.name, lang)}
                </th>
                <CategoryFigureCells
                  budget={c.budget}
                  total={total}
                  programCount={c.programCount}
                  lang={lang}
                />
              </tr>
            ))}
          </tbody>
          <CategoryTotalRow
            total={total}
            programCount={budgets.categories.reduce((n, c) => n + c.programCount, 0)}
            lang={lang}
            amountTestId="budget-only-total"
          />
        </table>
      </div>
    </section>
  );
}
