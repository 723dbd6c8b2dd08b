/**
 * The one hook that touches history. The URL is the only store of view state: components
 * read it here and write it with setView; nothing keeps a copy.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import {
  applyPatch,
  parseViewState,
  serializeViewState,
  type ViewPatch,
  type ViewState,
} from './view-state';

const URL_CHANGE_EVENT = 'viewstatechange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(URL_CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(URL_CHANGE_EVENT, onChange);
  };
}

const readSearch = () => window.location.search;

export type HistoryMode = 'push' | 'replace';

/** Writes a state to the address bar; a no-op when the URL would not change. */
export function writeViewState(next: ViewState, mode: HistoryMode): void {
  const search = serializeViewState(next);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  window.dispatchEvent(new Event(URL_CHANGE_EVENT));
}

export function useSearchString(): string {
  return useSyncExternalStore(subscribe, readSearch, () => '');
}

export interface ViewStateApi {
  /** The state as parsed from the URL (shape-checked, not yet reconciled with the data). */
  readonly view: ViewState;
  readonly search: string;
  /** Applies a patch on top of `base` (the reconciled view, so invalid parts of a link are dropped). */
  readonly setView: (base: ViewState, patch: ViewPatch, mode?: HistoryMode) => void;
}

export function useViewState(): ViewStateApi {
  const search = useSearchString();
  const view = useMemo(() => parseViewState(search), [search]);
  const setView = useCallback((base: ViewState, patch: ViewPatch, mode: HistoryMode = 'push') => {
    writeViewState(applyPatch(base, patch), mode);
  }, []);
  return { view, search, setView };
}
