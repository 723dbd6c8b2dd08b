/**
 * Keeps an element where it is on the screen while the page changes around it. A tap on a chart
 * that filters adds the filter chips above it and changes the charts' heights: on a phone the
 * tapped chart moved 40 px (and the next tap on the same spot chose another category), or, for
 * the bars, 280 px. The scroll position is corrected after each layout that changes the page's
 * height (a ResizeObserver runs after layout and before paint, so no frame shows the jump),
 * until the reader scrolls, types or presses again, or after a second.
 */
export function keepInPlace(element: Element): void {
  const top = element.getBoundingClientRect().top;
  const observer = new ResizeObserver(() => {
    const moved = element.getBoundingClientRect().top - top;
    if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
  });
  const events = ['wheel', 'touchmove', 'keydown', 'pointerdown'];
  const stop = () => {
    observer.disconnect();
    for (const type of events) window.removeEventListener(type, stop);
  };
  observer.observe(document.body);
  setTimeout(stop, 1000);
  // pointerdown too: dragging the scroll bar, or the next click.
  for (const type of events) window.addEventListener(type, stop, { passive: true });
}

/**
 * After Back or Forward the browser restores the page's scroll position, and the charts then
 * take the heights of the view restored, a while later. The browser's scroll anchoring followed
 * a node inside them and, on a phone, scrolled the page 300 px past the restored position, so
 * the chart the reader had tapped was off screen. Anchoring is off until the charts have
 * settled; at other times it keeps the reader's place (a filter chosen in the phone's sheet
 * adds chips above it).
 */
export function holdScrollOnHistoryMoves(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  addEventListener('popstate', () => {
    const style = document.documentElement.style;
    style.overflowAnchor = 'none';
    clearTimeout(timer);
    timer = setTimeout(() => {
      style.overflowAnchor = '';
    }, 1000);
  });
}
