/**
 * Renders the whole app in jsdom with the real data files answered from disk, and echarts
 * replaced by a stand-in that renders each chart's clickable items as buttons (echarts needs
 * a canvas). The stand-in calls the same onAction the real chart wrapper does.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../../src/app/app';

const DATA_DIR = join(__dirname, '..', '..', 'public', 'data');

export type FileOverride = (file: string) => Response | undefined;

export function stubFetch(override?: FileOverride) {
  const calls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input instanceof Request ? input.url : input));
      const file = url.pathname.replace(/^.*\/data\//, '');
      calls.push(file);
      const custom = override?.(file);
      if (custom) return custom;
      try {
        return new Response(readFileSync(join(DATA_DIR, file), 'utf8'), { status: 200 });
      } catch {
        return new Response('not found', { status: 404, statusText: 'Not Found' });
      }
    }),
  );
  return calls;
}

export function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
}
