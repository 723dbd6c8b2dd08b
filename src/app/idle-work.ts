/**
 * Work that makes a later interaction fast (the search index, the name column's order), done
 * while the browser is idle and in slices that respect the idle deadline, so that it never
 * holds back what the page is busy with, such as drawing the charts after the first paint.
 */
export interface IdleDeadlineLike {
  readonly didTimeout: boolean;
  timeRemaining(): number;
}

/** One piece of work: does what fits in the deadline, returns true when it is finished. */
export type IdleStep = (deadline: IdleDeadlineLike) => boolean;

/** Longest an idle callback is given: what a browser grants when nothing else is waiting. */
export const FULL_IDLE_MS = 50;

/** Runs the steps in order, each over as many idle periods as it needs. Returns a cancel. */
export function runWhenIdle(steps: readonly IdleStep[], timeoutMs = 10_000): () => void {
  const request =
    window.requestIdleCallback ??
    ((fn: (deadline: IdleDeadlineLike) => void) =>
      window.setTimeout(() => fn({ didTimeout: true, timeRemaining: () => FULL_IDLE_MS }), 200));
  const cancelRequest = window.cancelIdleCallback ?? window.clearTimeout;
  let next = 0;
  let handle = 0;
  const tick = (deadline: IdleDeadlineLike) => {
    while (next < steps.length) {
      const step = steps[next];
      if (!step?.(deadline)) break;
      next++;
    }
    if (next < steps.length) handle = request(tick, { timeout: timeoutMs });
  };
  handle = request(tick, { timeout: timeoutMs });
  return () => cancelRequest(handle);
}
