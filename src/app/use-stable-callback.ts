import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function that keeps its identity across renders and calls the latest `fn`: for handlers
 * given to memoised children (a new closure per render would re-render them all) and to
 * timers. The latest `fn` is taken in a layout effect, so a render React throws away never
 * leaks into it; it is meant for events, not for calling while rendering.
 */
export function useStableCallback<A extends unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
