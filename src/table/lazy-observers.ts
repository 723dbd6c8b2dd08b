import { elementScroll, observeElementRect, type Virtualizer } from '@tanstack/react-virtual';

/**
 * The virtualizer's default observers read the scroller's size and scroll position, and
 * scroll it to its start, the moment it mounts. Each read forces the browser to lay out the
 * whole page in the middle of the first render, a layout that the rest of the render throws
 * away again. These variants wait for the browser instead: the size comes from a
 * ResizeObserver (which reports after layout without forcing one), the position from scroll
 * events, and a scroller that just mounted is taken to be at its start, where it is.
 */
type Scroller = Virtualizer<HTMLElement, Element>;

/** How long after the last scroll event scrolling counts as over (the library's default). */
const SCROLL_END_MS = 150;

/** The scroller's size: `initialRect` until the ResizeObserver first reports. */
export function observeRectLazily(
  instance: Scroller,
  onRect: (rect: { width: number; height: number }) => void,
): (() => void) | undefined {
  if (typeof ResizeObserver === 'undefined') return observeElementRect(instance, onRect);
  const element = instance.scrollElement;
  if (!element) return undefined;
  const observer = new ResizeObserver((entries) => {
    const box = entries[0]?.borderBoxSize?.[0];
    const rect = box
      ? { width: box.inlineSize, height: box.blockSize }
      : element.getBoundingClientRect();
    onRect({ width: Math.round(rect.width), height: Math.round(rect.height) });
  });
  observer.observe(element, { box: 'border-box' });
  return () => observer.disconnect();
}

/** The scroll position, from scroll events only: 0 until the first one. */
export function observeOffsetLazily(
  instance: Scroller,
  onOffset: (offset: number, isScrolling: boolean) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element) return undefined;
  onOffset(0, false);
  return onScrollAndEnd(element, (scrolling) => onOffset(element.scrollTop, scrolling));
}

/**
 * Calls `report(true)` on each scroll event of `target`, and `report(false)` once scrolling has
 * stopped for SCROLL_END_MS. Returns the cleanup.
 */
function onScrollAndEnd(target: EventTarget, report: (scrolling: boolean) => void): () => void {
  let timer = 0;
  const onScroll = () => {
    report(true);
    window.clearTimeout(timer);
    timer = window.setTimeout(() => report(false), SCROLL_END_MS);
  };
  target.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    window.clearTimeout(timer);
    target.removeEventListener('scroll', onScroll);
  };
}

/** Scrolls only when the position would change: a new scroller is already at its start. */
export function scrollWhenMoved(
  offset: number,
  options: Parameters<typeof elementScroll>[1],
  instance: Scroller,
): void {
  if (offset + (options.adjustments ?? 0) === (instance.scrollOffset ?? 0) && !options.behavior)
    return;
  elementScroll(offset, options, instance);
}

/**
 * On a phone the cards scroll with the page, not in a box of their own: the virtualizer's
 * "scroll element" is then the table body, and its offset is how far the window has scrolled
 * past the body's top (negative while the body is still below). Measuring in the body's own
 * coordinates needs no scroll margin kept in step with the charts and panels above it: the
 * offset is read again whenever the document changes size.
 */
export const withThePage = {
  /** The viewport's size: reading it forces no layout. */
  observeElementRect(
    _instance: Scroller,
    onRect: (rect: { width: number; height: number }) => void,
  ) {
    const report = () => onRect({ width: window.innerWidth, height: window.innerHeight });
    report();
    window.addEventListener('resize', report);
    return () => window.removeEventListener('resize', report);
  },
  /**
   * The body's position, read when the window scrolls and when the document changes size, as
   * when the charts above the list are drawn: a ResizeObserver reports after the browser's own
   * layout, first when it starts observing, so mounting forces none.
   */
  observeElementOffset(
    instance: Scroller,
    onOffset: (offset: number, isScrolling: boolean) => void,
  ) {
    const body = instance.scrollElement;
    if (!body) return undefined;
    let scrolling = false;
    const report = () => onOffset(-body.getBoundingClientRect().top, scrolling);
    onOffset(0, false);
    const observer = new ResizeObserver(report);
    observer.observe(document.documentElement);
    const stopScroll = onScrollAndEnd(window, (now) => {
      scrolling = now;
      report();
    });
    return () => {
      observer.disconnect();
      stopScroll();
    };
  },
  /**
   * Scrolls the window so the body sits where the virtualizer asks: it asks when cards above
   * the viewport turned out taller or shorter than counted, with the total correction so far
   * (`adjustments`), so the target is absolute and is compared with where the body is now.
   * Without a correction (its first call, on mount) there is nothing to do.
   */
  scrollToFn(offset: number, options: { adjustments?: number }, instance: Scroller) {
    const body = instance.scrollElement;
    if (!options.adjustments || !body) return;
    window.scrollBy(0, offset + options.adjustments + body.getBoundingClientRect().top);
  },
};
