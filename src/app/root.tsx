import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useLayoutEffect } from 'react';
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
  /** Called once the tree is on the page and live (hydrated, or rendered afresh). */
  readonly onMounted?: () => void;
}) {
  // A layout effect: it runs before the browser paints the first commit, so the prerendered
  // view's rules (src/styles.css) never hide or freeze a live page for a frame.
  useLayoutEffect(() => {
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
