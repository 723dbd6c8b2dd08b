import { QueryClient } from '@tanstack/react-query';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { canHydrate, showsPrerenderedView } from './app/hydration';
import { holdScrollOnHistoryMoves } from './app/keep-in-place';
import { Root } from './app/root';
import { prefetchStartupData } from './data/dataset-queries';
import './styles.css';

const queryClient = new QueryClient();
// Start what the first view needs before React renders: the data files of the dataset the
// URL names (or the first; index.html already preloads those, see vite.config.ts) and the
// charts' code. Without this the requests form a chain behind script evaluation and the first
// render. The charts module only defines things when it runs; the charts themselves are drawn
// after the numbers and the table have painted (src/app/lazy-charts.tsx).
const startup = prefetchStartupData(queryClient, window.location.search);
void import('./charts/charts-panel');
holdScrollOnHistoryMoves();

const container = document.getElementById('root');
/** index.html holds the default view, prerendered at build time (src/app/prerender.tsx). */
const prerendered = showsPrerenderedView(container, window.location.search);
// The guard (src/prerender-guard.js) hides the prerendered view for a link with a query before
// the first paint. Set it here too, in case the guard did not load or ran late (a browser
// without `blocking=render`).
if (!prerendered) document.documentElement.setAttribute('data-prerender-stale', '');

/**
 * How long the first render waits for the data when there is nothing prerendered to show.
 * When the data comes in time (the usual case: index.html preloads it), React's first render
 * is already the dashboard, rather than a loading screen that is laid out and painted only to
 * be replaced a moment later. Prerendered HTML waits for the data: it is on screen meanwhile,
 * and hydration needs the data it was rendered from.
 */
const FIRST_RENDER_WAIT_MS = 200;
// A callback, not a top-level await: Rolldown does not merge chunks when a module awaits at
// the top level, and kept the modules that the entry shares with the charts' chunk (React, zod,
// the messages) in a third chunk, 1.4 kB more gzip than in the entry chunk. (Nothing waits for
// this module to finish evaluating.)
void (
  prerendered
    ? startup
    : Promise.race([startup, new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))])
).then(() => {
  if (!container) return;
  // The page is live: the prerendered HTML was on screen, inert (it would not respond).
  const onMounted = () => {
    container.removeAttribute('data-prerendered');
    container.removeAttribute('inert');
  };
  if (prerendered && canHydrate(container, window.location.search, queryClient)) {
    hydrateRoot(container, <Root queryClient={queryClient} onMounted={onMounted} />, {
      // React recovers from a mismatch by rendering afresh; it is still a bug in the prerender
      // (the data was checked to be the same), so it is logged as an error, which fails e2e tests.
      onRecoverableError: (error) => console.error('Prerendered HTML was replaced:', error),
    });
  } else {
    container.replaceChildren();
    createRoot(container).render(<Root queryClient={queryClient} onMounted={onMounted} />);
  }
});
