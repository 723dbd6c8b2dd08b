import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './after-paint';

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
    // One task later than the paint: the redraw goes behind whatever else was waiting for
    // that frame, such as a keystroke typed meanwhile or the benchmark's paint mark.
    return afterNextPaint(() => startTransition(() => setShown(values)), 1);
  });
  return current ? values : shown;
}
