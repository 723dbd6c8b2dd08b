import { useEffect, useRef } from 'react';
import { useDashboard } from '../app/dashboard-context';
import { focusMain } from '../app/focus-main';
import { hasFilters } from '../domain/select-programs';
import { localized, quoted } from '../i18n/messages';
import type { ViewPatch } from '../url/view-state';

interface Chip {
  readonly key: string;
  readonly label: string;
  readonly remove: ViewPatch;
}

/**
 * Breadcrumb (where you are; each step goes back up) and the active filters as removable chips.
 */
export function FilterBar() {
  const { dataset, view, t, update } = useDashboard();
  const lang = view.lang;
  const bar = useRef<HTMLDivElement>(null);
  /**
   * A chip, "clear all" or a breadcrumb step removes the button that was used, and focus would
   * fall to the page's start. Once the view has re-rendered it goes to the chip that took the
   * removed one's place (or the one before it), else to a breadcrumb step, else to the content.
   * Holds the removed chip's index (-1 for the others) until then.
   */
  const refocus = useRef<number | null>(null);
  useEffect(() => {
    const removed = refocus.current;
    if (removed === null) return;
    refocus.current = null;
    const chips = [...(bar.current?.querySelectorAll<HTMLElement>('.chip-remove') ?? [])];
    // The breadcrumb is not shown on a phone (styles.css), and a hidden button takes no focus.
    const crumbs = [
      ...(bar.current?.querySelectorAll<HTMLElement>('.breadcrumb button') ?? []),
    ].filter((button) => button.getClientRects().length > 0);
    const target = chips[Math.min(removed, chips.length - 1)] ?? crumbs[crumbs.length - 1];
    if (target) target.focus();
    else focusMain();
  });
  const remove = (patch: ViewPatch, index = -1) => {
    refocus.current = index;
    update(patch);
  };
  const chips: Chip[] = [
    ...view.cat.map((id) => ({
      key: `cat:${id}`,
      label: `${t.category}: ${localized(dataset.categoryById.get(id)?.name ?? { ja: id }, lang)}`,
      remove: { cat: view.cat.filter((x) => x !== id) },
    })),
    ...view.dept.map((id) => ({
      key: `dept:${id}`,
      label: `${t.department}: ${localized(dataset.departmentById.get(id)?.name ?? { ja: id }, lang)}`,
      remove: { dept: view.dept.filter((x) => x !== id) },
    })),
    ...view.sec.map((id) => ({
      key: `sec:${id}`,
      label: `${t.section}: ${localized(dataset.sectionById.get(id)?.name ?? { ja: id }, lang)}`,
      remove: { sec: view.sec.filter((x) => x !== id) },
    })),
    ...(view.q
      ? [{ key: 'q', label: `${t.search}: ${quoted(view.q, lang)}`, remove: { q: '' } }]
      : []),
  ];

  // Breadcrumb levels: everything › category › department › section (only single choices deepen it).
  const crumbs: { label: string; patch: ViewPatch }[] = [
    { label: t.all, patch: { cat: [], dept: [], sec: [], q: '', sel: null } },
  ];
  if (view.cat.length === 1 && view.cat[0]) {
    const c = dataset.categoryById.get(view.cat[0]);
    crumbs.push({
      label: localized(c?.name ?? { ja: view.cat[0] }, lang),
      patch: { dept: [], sec: [], sel: null },
    });
  }
  if (view.dept.length === 1 && view.dept[0]) {
    const d = dataset.departmentById.get(view.dept[0]);
    crumbs.push({
      label: localized(d?.name ?? { ja: view.dept[0] }, lang),
      patch: { sec: [], sel: null },
    });
  }
  if (view.sec.length === 1 && view.sec[0]) {
    const s = dataset.sectionById.get(view.sec[0]);
    crumbs.push({ label: localized(s?.name ?? { ja: view.sec[0] }, lang), patch: { sel: null } });
  }

  return (
    <div className="filter-bar" ref={bar}>
      <nav aria-label={t.breadcrumb} className="breadcrumb">
        <ol>
          {crumbs.map((crumb, i) => (
            <li key={crumb.label}>
              {i === crumbs.length - 1 ? (
                <span aria-current="location">{crumb.label}</span>
              ) : (
                <button type="button" className="link-button" onClick={() => remove(crumb.patch)}>
                  {crumb.label}
                </button>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {chips.length > 0 && (
        <ul className="chips" aria-label={t.filters} data-testid="filter-chips">
          {chips.map((chip, index) => (
            <li key={chip.key} className="chip">
              <span>{chip.label}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={`${t.removeFilter}: ${chip.label}`}
                onClick={() => remove(chip.remove, index)}
              >
                ×
              </button>
            </li>
          ))}
          {hasFilters(view) && (
            <li>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => remove({ cat: [], dept: [], sec: [], q: '' })}
              >
                {t.clearAll}
              </button>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
