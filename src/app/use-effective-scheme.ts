import { useSyncExternalStore } from 'react';
import type { Mode, Scheme } from '../url/view-state';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia?.(DARK_QUERY);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

const prefersDark = () => window.matchMedia?.(DARK_QUERY).matches ?? false;

/**
 * The scheme in force: the URL's `scheme` when set; otherwise high contrast for a
 * presentation (projectors wash colours out) and the device's preference elsewhere.
 * The device preference is environment, not view state, so it is read, never stored.
 */
export function useEffectiveScheme(scheme: Scheme | null, mode: Mode): Scheme {
  const dark = useSyncExternalStore(subscribe, prefersDark, () => false);
  if (scheme) return scheme;
  if (mode === 'present') return 'contrast';
  return dark ? 'dark' : 'light';
}
