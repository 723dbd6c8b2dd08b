import { useDashboard } from '../app/dashboard-context';
import { categoryColor } from '../charts/category-colors';
import { formatAmountExact, formatAmountShort, formatCount, formatShare } from '../i18n/format';
import { localized } from '../i18n/messages';
import { toggleId } from '../url/view-state';

/**
 * The five categories as a table: budget, share, program count. It is also the keyboard
 * path for the budget treemap: each name toggles the same category filter a cell click does.
 */
export function CategoryOverview() {
  const { dataset, view, t, update } = useDashboard();
  const lang = view.lang;
  const total = dataset.budgets.total;
  return (
    <section className="panel" aria-labelledby="categories-heading">
      <h2 id="categories-heading">{t.categoriesHeading}</h2>
      <div className="table-scroll">
        <table className="category-table" data-testid="category-table">
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
                      <span
                        className="swatch"
                        style={{ background: categoryColor(i) }}
                        aria-hidden="true"
                      />
                      <span>
                        {pillarName && <span className="category-pillar">{pillarName} / </span>}
                        {localized(c.name, lang)}
                        {c.subtitle && (
                          <span className="category-subtitle">{localized(c.subtitle, lang)}</span>
                        )}
                      </span>
                    </button>
                  </th>
                  <td className="num">
                    <span className="amount-short">{formatAmountShort(c.budget, lang)}</span>
                    <span className="amount-exact">{formatAmountExact(c.budget, lang)}</span>
                  </td>
                  <td className="num">{formatShare(c.budget, total, lang)}</td>
                  <td className="num">{formatCount(c.programCount, lang)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{lang === 'ja' ? '合計' : 'Total'}</th>
              <td className="num">
                <span className="amount-short">{formatAmountShort(total, lang)}</span>
                <span className="amount-exact">{formatAmountExact(total, lang)}</span>
              </td>
              <td className="num">{formatShare(total, total, lang)}</td>
              <td className="num">{formatCount(dataset.programs.length, lang)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
