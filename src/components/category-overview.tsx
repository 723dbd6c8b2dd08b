import { useDashboard } from '../app/dashboard-context';
import { localized } from '../i18n/messages';
import { toggleId } from '../url/view-state';
import { CategorySwatch } from './category-swatch';
import { CategoryFigureCells, CategoryTableHead, CategoryTotalRow } from './category-table-parts';

/**
 * The five categories as a table: budget, share, program count. It is also the keyboard
 * path for the budget treemap: each name toggles the same category filter a cell click does.
 */
export function CategoryOverview() {
  const { dataset, view, t, update } = useDashboard();
  const lang = view.lang;
  const total = dataset.budgets.total;
  return (
    <section className="panel category-overview" aria-labelledby="categories-heading">
      <h2 id="categories-heading">{t.categoriesHeading}</h2>
      <div className="table-scroll">
        <table
          className="category-table"
          aria-labelledby="categories-heading"
          data-testid="category-table"
        >
          <CategoryTableHead t={t} />
          <tbody>
            {dataset.categories.map((c, i) => {
              const chosen = view.cat.includes(c.id);
              const pillar = dataset.pillarById.get(c.pillarId);
              const pillarName =
                pillar && pillar.categoryIds.length > 1 ? localized(pillar.name, lang) : null;
              return (
                <tr key={c.id} data-category={c.id} aria-current={chosen ? 'true' : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="category-toggle"
                      aria-pressed={chosen}
                      onClick={() => update({ cat: toggleId(view.cat, c.id) })}
                    >
                      <CategorySwatch index={i} />
                      <span>
                        {pillarName && <span className="category-pillar">{pillarName} / </span>}
                        {localized(c.name, lang)}
                        {c.subtitle && (
                          <span className="category-subtitle">{localized(c.subtitle, lang)}</span>
                        )}
                      </span>
                    </button>
                  </th>
                  <CategoryFigureCells
                    budget={c.budget}
                    total={total}
                    programCount={c.programCount}
                    lang={lang}
                  />
                </tr>
              );
            })}
          </tbody>
          <CategoryTotalRow total={total} programCount={dataset.programs.length} lang={lang} />
        </table>
      </div>
    </section>
  );
}
