/**
 * Runs `callback` in a task after the next frame has been painted. requestAnimationFrame
 * runs just before a frame is painted; a task queued from it runs after. `extraTasks` queues
 * the callback that many tasks later still, behind anything else waiting for the same frame.
 * Returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void, extraTasks = 0): () => void {
  let timer = 0;
  const queue = (remaining: number) => {
    timer = window.setTimeout(() => (remaining > 0 ? queue(remaining - 1) : callback()), 0);
  };
  const frame = requestAnimationFrame(() => queue(extraTasks));
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
