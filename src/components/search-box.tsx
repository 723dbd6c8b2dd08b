import { useEffect, useId, useRef } from 'react';
import { useDashboard } from '../app/dashboard-context';

const DEBOUNCE_MS = 250;

/**
 * The search input is uncontrolled: the URL holds the query, and typing writes it back
 * (debounced, replacing the history entry). When the URL changes from elsewhere (Back,
 * a chip, "clear all"), the box is brought in line unless the user is mid-edit.
 */
export function SearchBox() {
  const { view, t, update } = useDashboard();
  const input = useRef<HTMLInputElement>(null);
  const pending = useRef<number | undefined>(undefined);
  const id = useId();
  const updateRef = useRef(update);
  updateRef.current = update;

  useEffect(() => {
    const el = input.current;
    if (el && pending.current === undefined && el.value.trim() !== view.q) el.value = view.q;
  }, [view.q]);
  useEffect(() => () => window.clearTimeout(pending.current), []);

  const schedule = (value: string) => {
    window.clearTimeout(pending.current);
    pending.current = window.setTimeout(() => {
      pending.current = undefined;
      updateRef.current({ q: value.trim() }, 'replace');
    }, DEBOUNCE_MS);
  };

  return (
    <div className="search">
      <label htmlFor={id}>{t.search}</label>
      <input
        ref={input}
        id={id}
        type="search"
        defaultValue={view.q}
        placeholder={t.searchPlaceholder}
        aria-describedby={`${id}-help`}
        autoComplete="off"
        maxLength={200}
        onChange={(event) => schedule(event.currentTarget.value)}
        data-testid="search-input"
      />
      <p id={`${id}-help`} className="help">
        {t.searchHelp}
      </p>
    </div>
  );
}
