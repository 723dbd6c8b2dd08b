import { useId } from 'react';
import { useDashboard } from '../app/dashboard-context';
import { SCHEMES } from '../url/view-state';

/** Colour scheme and decal patterns: part of the view (and the link), like everything else. */
export function DisplaySettings() {
  const { view, t, update } = useDashboard();
  const id = useId();
  return (
    <span className="display-settings">
      <label htmlFor={id}>{t.scheme}</label>
      <select
        id={id}
        value={view.scheme ?? 'auto'}
        onChange={(e) => {
          const scheme = SCHEMES.find((s) => s === e.currentTarget.value) ?? null;
          // In place of the history entry: arrow keys on the closed select choose each option
          // they pass, and Back then showed one that was never picked.
          update({ scheme }, 'replace');
        }}
      >
        <option value="auto">{t.schemeNames.auto}</option>
        {SCHEMES.map((s) => (
          <option key={s} value={s}>
            {t.schemeNames[s]}
          </option>
        ))}
      </select>
      <label className="decal-toggle">
        <input
          type="checkbox"
          checked={view.decal}
          onChange={() => update({ decal: !view.decal })}
        />
        {t.decal}
      </label>
    </span>
  );
}
