import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { prefetchStartupData } from './data/dataset-queries';
import './styles.css';

const queryClient = new QueryClient();
// Start what the first view needs before React renders: the data files (the dataset the URL
// names, or the first) and, in parallel, the lazily loaded charts. Without this the requests
// form a chain behind script evaluation and the first render.
void prefetchStartupData(queryClient, window.location.search);
void import('./charts/charts-panel');
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
