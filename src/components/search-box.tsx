import { useEffect, useId, useRef } from 'react';
import { useDashboard } from '../app/dashboard-context';
import { useStableCallback } from '../app/use-stable-callback';
import { selectViewMemo } from '../domain/select-programs';

const DEBOUNCE_MS = 250;
/**
 * When typing pauses this long, the selection for the query is computed ahead (see
 * selectViewMemo): late enough not to run between the keys of someone typing fast (at 50,000
 * programs it takes 20-30 ms), early enough to be done before the debounce ends.
 */
const WARM_UP_MS = 100;

/**
 * The search input is uncontrolled: the URL holds the query, and typing writes it back
 * (debounced: one history entry per search, not per keystroke). When the URL changes from
 * elsewhere (Back, a chip, "clear all"), the box is brought in line unless the user is mid-edit.
 */
export function SearchBox() {
  const { dataset, view, t, update } = useDashboard();
  const input = useRef<HTMLInputElement>(null);
  const pending = useRef<number | undefined>(undefined);
  const warmUp = useRef<number | undefined>(undefined);
  const id = useId();
  // The first write of a search adds a history entry, so Back returns to the view before it;
  // the writes that follow while typing replace it. Clearing it (Escape, the clear button) adds
  // one too: it replaced the search's entry, and Back then showed the same page.
  const commit = useStableCallback((value: string) =>
    update({ q: value.trim() }, view.q && value.trim() ? 'replace' : 'push'),
  );

  useEffect(() => {
    const el = input.current;
    if (el && pending.current === undefined && el.value.trim() !== view.q) el.value = view.q;
  }, [view.q]);
  useEffect(
    () => () => {
      window.clearTimeout(pending.current);
      window.clearTimeout(warmUp.current);
    },
    [],
  );

  const schedule = (value: string) => {
    window.clearTimeout(pending.current);
    pending.current = window.setTimeout(() => {
      pending.current = undefined;
      window.clearTimeout(warmUp.current);
      commit(value);
    }, DEBOUNCE_MS);
    // The selection the new query will need, computed while the debounce waits.
    window.clearTimeout(warmUp.current);
    warmUp.current = window.setTimeout(
      () => selectViewMemo(dataset, { ...view, q: value.trim() }),
      WARM_UP_MS,
    );
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
