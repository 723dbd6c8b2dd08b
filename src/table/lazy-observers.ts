import { elementScroll, observeElementRect, type Virtualizer } from '@tanstack/react-virtual';

/**
 * The virtualizer's default observers read the scroller's size and scroll position, and
 * scroll it to its start, the moment it mounts. Each read forces the browser to lay out the
 * whole page in the middle of the first render, a layout that the rest of the render throws
 * away again. These variants wait for the browser instead: the size comes from a
 * ResizeObserver (which reports after layout without forcing one), the position from scroll
 * events, and a scroller that just mounted is taken to be at its start, where it is.
 */
type Scroller = Virtualizer<HTMLDivElement, Element>;

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
  let timer = 0;
  const onScroll = () => {
    const offset = element.scrollTop;
    onOffset(offset, true);
    window.clearTimeout(timer);
    timer = window.setTimeout(() => onOffset(element.scrollTop, false), SCROLL_END_MS);
  };
  onOffset(0, false);
  element.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    window.clearTimeout(timer);
    element.removeEventListener('scroll', onScroll);
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
