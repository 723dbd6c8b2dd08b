import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
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

/**
 * How long the first render waits for the data. When the data comes in time (the usual case:
 * index.html preloads it), React's first render is already the dashboard, rather than a
 * loading screen that is laid out and painted only to be replaced a moment later.
 */
const FIRST_RENDER_WAIT_MS = 200;
await Promise.race([startup, new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))]);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
