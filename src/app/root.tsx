import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useEffect } from 'react';
import { App } from './app';

/**
 * The whole tree, as the browser renders (or hydrates) it and as the build prerenders it
 * (src/app/prerender.tsx): both must render the same for hydration to match.
 */
export function Root({
  queryClient,
  onMounted,
}: {
  readonly queryClient: QueryClient;
  /** Called once the tree is on the page and live (after hydration, for prerendered HTML). */
  readonly onMounted?: () => void;
}) {
  useEffect(() => {
    onMounted?.();
  }, [onMounted]);
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>
  );
}
