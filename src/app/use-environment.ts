/**
 * What the page reads from its environment while rendering: media queries, the window's height,
 * the page's address. Each goes through useSyncExternalStore with a server snapshot, the value
 * the build's prerender (src/app/prerender.tsx) renders with; hydration renders with that same
 * value first, then with the browser's.
 */
import { useCallback, useSyncExternalStore } from 'react';

/**
 * The phone layout's breakpoint; src/styles.css uses the same query. A phone on its side (844 ×
 * 390) is a phone too: in the wide layout a shared link's first chart was three screens down,
 * under the facets, and the table scrolled both ways in a 460 × 271 box. A touch screen only:
 * a short window with a mouse, or such an embed (an 800 × 450 frame's table became 177 cards,
 * 42,695 px long), keeps its layout. The same frame on a touch screen, or a touch laptop's
 * window under 500 px high, is taken for a phone on its side.
 */
export const PHONE_QUERY =
  '(max-width: 760px), (max-height: 500px) and (max-width: 1000px) and (pointer: coarse)';

/** Whether a media query matches now; follows changes (rotation, resizing). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const media = window.matchMedia?.(query);
      media?.addEventListener('change', onChange);
      return () => media?.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia?.(query).matches ?? false,
    () => false,
  );
}

const noSubscription = () => () => {};

function subscribeFullscreen(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

/** Whether the page is in full screen now (the presenter's key hint says how to leave it). */
export function useIsFullscreen(): boolean {
  return useSyncExternalStore(
    subscribeFullscreen,
    () => document.fullscreenElement != null,
    () => false,
  );
}

/**
 * The window's inner height, read when rendering. The prerendered HTML assumes a window as
 * high as PRERENDER_VIEWPORT_HEIGHT, and hydration renders with that same value before this
 * one takes over.
 */
export function useViewportHeight(): number {
  return useSyncExternalStore(
    noSubscription,
    () => window.innerHeight,
    () => PRERENDER_VIEWPORT_HEIGHT,
  );
}

const onResize = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};
const readRootFontSize = () =>
  Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
const defaultFontSize = () => 16;

/**
 * The root element's font size in px, following resizes: the presenter's type is a share of
 * the screen (src/styles.css), and its charts' text follows it. Read only when `enabled`:
 * reading a computed style may make the browser recalculate styles mid-render, which the
 * dashboard's clicks need not pay for.
 */
export function useRootFontSize(enabled: boolean): number {
  return useSyncExternalStore(
    enabled ? onResize : noSubscription,
    enabled ? readRootFontSize : defaultFontSize,
    defaultFontSize,
  );
}

/**
 * The path of the page ('./' in the prerendered HTML): the link to the default view. Once live,
 * it is the path the page was opened with (…/index.html stays …/index.html).
 */
export function usePagePath(): string {
  return useSyncExternalStore(
    noSubscription,
    () => window.location.pathname,
    () => './',
  );
}

/** The address of the page without its query ('' in the prerendered HTML): base for links. */
export function usePageAddress(): string {
  return useSyncExternalStore(
    noSubscription,
    () => `${window.location.origin}${window.location.pathname}`,
    () => '',
  );
}

/** A laptop's window (1440×900): the prerendered table shows as many rows as it would. */
export const PRERENDER_VIEWPORT_HEIGHT = 900;

/**
 * False while rendering on the server and while hydrating, true once the page is live. Parts
 * below the fold that are long but not needed at first sight (the 60-odd sections of the facet
 * panel) are left out of the prerendered HTML with it: a third fewer elements to lay out and
 * paint before the first paint. They appear right after hydration.
 */
export function useIsLive(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

let printRequested = false;
// One query list, made on first use: the table asks on each of its (scroll) renders.
let printMedia: MediaQueryList | undefined;
const printQuery = () => (printMedia ??= window.matchMedia?.('print'));

function subscribePrint(onChange: () => void): () => void {
  const media = printQuery();
  // beforeprint comes first when a person prints; the media query covers print emulation.
  const before = () => {
    printRequested = true;
    onChange();
  };
  const after = () => {
    printRequested = false;
    onChange();
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  media?.addEventListener('change', onChange);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    media?.removeEventListener('change', onChange);
  };
}

/**
 * Whether the page is being printed. A real print lays the page out for paper without running
 * the page's scripts in between: what paper needs is rendered on beforeprint.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribePrint,
    () => printRequested || (printQuery()?.matches ?? false),
    () => false,
  );
}
