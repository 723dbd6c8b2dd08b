import { useCallback, useSyncExternalStore } from 'react';
import {
  PRESENTER_LIST_KEY,
  type PresenterView,
  parsePresenterList,
  serializePresenterList,
} from '../domain/presenter-list';

const CHANGE_EVENT = 'presenterlistchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener('storage', onChange); // another tab on the same machine
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

function readRaw(): string {
  try {
    return window.localStorage.getItem(PRESENTER_LIST_KEY) ?? '';
  } catch {
    return ''; // storage disabled: the list simply does not persist
  }
}

const EMPTY: PresenterView[] = [];
let cache: { raw: string; views: PresenterView[] } = { raw: '', views: EMPTY };

function readViews(raw: string): PresenterView[] {
  if (raw === cache.raw) return cache.views;
  // What is stored was written by this app, but storage is still input: parse it the same way.
  const parsed = raw ? parsePresenterList(raw) : null;
  cache = { raw, views: parsed?.ok ? parsed.views : EMPTY };
  return cache.views;
}

/** The presenter's list of views, persisted in localStorage on this machine. */
export function usePresenterList() {
  const raw = useSyncExternalStore(subscribe, readRaw, () => '');
  const views = readViews(raw);
  const save = useCallback((next: readonly PresenterView[]) => {
    try {
      window.localStorage.setItem(PRESENTER_LIST_KEY, serializePresenterList(next));
    } catch {
      // Storage full or disabled: keep working for this page view only.
    }
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);
  return { views, save };
}
