import { memo, useState } from 'react';
import { useDashboard } from '../app/dashboard-context';
import { useIsLive } from '../app/use-environment';
import { useStableCallback } from '../app/use-stable-callback';
import type { FacetCounts, FacetKey } from '../domain/select-programs';
import { formatCount } from '../i18n/format';
import { localized } from '../i18n/messages';
import { toggleId } from '../url/view-state';
import { CategorySwatch } from './category-swatch';
import { SearchBox } from './search-box';

interface FacetOption {
  readonly id: string;
  readonly label: string;
  /** A category's place in the palette: its swatch. */
  readonly colorIndex?: number;
}

interface FacetPanelProps {
  readonly counts: FacetCounts;
}

/** Search and the three facets, each option with its live count. */
export function FacetPanel({ counts }: FacetPanelProps) {
  const { dataset, view, t } = useDashboard();
  const live = useIsLive();
  const lang = view.lang;
  const categories = dataset.categories.map((c, i) => ({
    id: c.id,
    label: localized(c.name, lang),
    colorIndex: i,
  }));
  const departments = dataset.departments.map((d) => ({
    id: d.id,
    label: localized(d.name, lang),
  }));
  // Sections: only those that can still match (or are chosen), or the list would be 66 lines of zeros.
  const sections = dataset.sections
    .filter((s) => (counts.sec.get(s.id) ?? 0) > 0 || view.sec.includes(s.id))
    .map((s) => ({ id: s.id, label: localized(s.name, lang) }));
  return (
    <div className="facets">
      <SearchBox />
      <Facet facet="cat" legend={t.category} options={categories} counts={counts.cat} />
      <Facet facet="dept" legend={t.department} options={departments} counts={counts.dept} />
      {/* Below the fold, and long: not in the prerendered HTML (see useIsLive). */}
      {live && (
        <Facet facet="sec" legend={t.section} options={sections} counts={counts.sec} scroll />
      )}
    </div>
  );
}

interface FacetProps {
  readonly facet: FacetKey;
  readonly legend: string;
  readonly options: readonly FacetOption[];
  readonly counts: ReadonlyMap<string, number>;
  readonly scroll?: boolean;
}

function Facet({ facet, legend, options, counts, scroll }: FacetProps) {
  const { view, update } = useDashboard();
  const chosen = view[facet];
  // One toggle for every option, the same function on every render, so the memoised
  // checkboxes below are not re-rendered for a new closure.
  const toggle = useStableCallback((id: string) => update({ [facet]: toggleId(chosen, id) }));
  // A folded list opens by hand or when one of its options is chosen, and only closes by hand:
  // unticking the last option must not fold the list away from under the keyboard focus.
  const [opened, setOpened] = useState(false);
  const list = (
    <ul className={scroll ? 'facet-options facet-options-scroll' : 'facet-options'}>
      {options.map((option) => {
        const count = counts.get(option.id) ?? 0;
        const checked = chosen.includes(option.id);
        return (
          <li key={option.id}>
            <label className={count === 0 && !checked ? 'facet-option is-empty' : 'facet-option'}>
              <FacetCheckbox optionId={option.id} checked={checked} onToggle={toggle} />
              {option.colorIndex !== undefined && <CategorySwatch index={option.colorIndex} />}
              <span className="facet-label">{option.label}</span>
              <span className="facet-count">{formatCount(count, view.lang)}</span>
            </label>
          </li>
        );
      })}
    </ul>
  );
  return (
    <fieldset className="facet" data-facet={facet}>
      <legend className={scroll ? 'visually-hidden' : undefined}>{legend}</legend>
      {scroll ? (
        // Dozens of sections are dozens of tab stops between the search and the charts: the
        // list stays folded until it is opened or one of them is chosen.
        <details
          open={opened || chosen.length > 0}
          onToggle={(event) => setOpened(event.currentTarget.open)}
        >
          <summary>
            {legend} ({formatCount(options.length, view.lang)})
          </summary>
          {list}
        </details>
      ) : (
        list
      )}
    </fieldset>
  );
}

/**
 * Memoised: React re-applies an <input>'s attributes (type, name, checked…) whenever its element
 * is rendered again, and each write invalidates the checkbox's style. Every search or click
 * re-renders the facets (their counts change), which touched all 80-odd checkboxes; now only
 * those whose state changed are written.
 */
const FacetCheckbox = memo(function FacetCheckbox({
  optionId,
  checked,
  onToggle,
}: {
  readonly optionId: string;
  readonly checked: boolean;
  readonly onToggle: (optionId: string) => void;
}) {
  return <input type="checkbox" checked={checked} onChange={() => onToggle(optionId)} />;
});
