import { startTransition, useEffect, useState } from 'react';

/**
 * The given values as they were one painted frame ago: a change shows up here only after the
 * browser has painted the render that brought it. The charts follow the view this way, so a
 * click or a search paints the numbers and the table first, and echarts' redraw (the slowest
 * part of an update) never holds that frame back. useDeferredValue is not enough for this:
 * React runs the deferred render as soon as it can, often before the frame is painted.
 */
export function useAfterPaint<T extends readonly unknown[]>(values: T): T {
  const [shown, setShown] = useState(values);
  const current = shown.length === values.length && shown.every((v, i) => Object.is(v, values[i]));
  useEffect(() => {
    if (current) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      // rAF runs just before the frame is painted; the task it queues runs after. A second
      // task puts the redraw behind whatever else was waiting for this paint: a keystroke
      // typed meanwhile, or the benchmark's paint mark, which would otherwise be read late.
      timer = window.setTimeout(() => {
        timer = window.setTimeout(() => startTransition(() => setShown(values)), 0);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  });
  return current ? values : shown;
}
