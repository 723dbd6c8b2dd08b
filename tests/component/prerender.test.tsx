/**
 * The build's prerender (src/app/prerender.tsx) and the browser's hydration of it
 * (src/main.tsx, src/app/hydration.ts), in jsdom: the HTML hydrates without a mismatch, and
 * the check that decides whether to hydrate at all says no whenever the URL or the data differ.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canHydrate } from '../../src/app/hydration';
import { prerenderDefaultView } from '../../src/app/prerender';
import { Root } from '../../src/app/root';
import { prefetchStartupData } from '../../src/data/dataset-queries';
import { EChartStandIn } from './echart-stand-in';
import { stubFetch } from './render-app';

vi.mock('../../src/charts/echart', () => ({ EChart: EChartStandIn }));

const DATA_DIR = join(__dirname, '..', '..', 'public', 'data');
const readData = (file: string) => readFileSync(join(DATA_DIR, file), 'utf8');

/** The page as the browser gets it: #root holding the prerendered HTML, data loaded. */
async function preparePage(override?: (file: string) => Response | undefined) {
  const { html, fingerprint } = prerenderDefaultView(readData);
  const container = document.createElement('div');
  container.id = 'root';
  container.dataset.prerendered = fingerprint;
  container.innerHTML = html;
  document.body.replaceChildren(container);
  stubFetch(override);
  const client = new QueryClient();
  await prefetchStartupData(client, '');
  return { container, client };
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('prerendered default view', () => {
  it('holds the summary and the table rows', () => {
    const { html, fingerprint } = prerenderDefaultView(readData);
    expect(fingerprint).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
    expect(html).toContain('6,241,838千円');
    expect(html.match(/data-program="/g)?.length ?? 0).toBeGreaterThanOrEqual(10);
  });

  it('hydrates without a mismatch and keeps the prerendered nodes', async () => {
    window.history.replaceState(null, '', '/');
    const { container, client } = await preparePage();
    expect(canHydrate(container, '', client)).toBe(true);
    const total = container.querySelector('[data-testid="total-budget"]');
    const recoverable: unknown[] = [];
    const consoleError = vi.spyOn(console, 'error');
    let mounted = false;
    await act(async () => {
      hydrateRoot(container, <Root queryClient={client} onMounted={() => (mounted = true)} />, {
        onRecoverableError: (error) => recoverable.push(error),
      });
    });
    expect(recoverable).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    expect(mounted).toBe(true);
    expect(container.querySelector('[data-testid="total-budget"]')).toBe(total);
    consoleError.mockRestore();
  });

  it('is not hydrated for a link with a query', async () => {
    const { container, client } = await preparePage();
    expect(canHydrate(container, '?lang=en', client)).toBe(false);
    // An empty query ("?") is the same view.
    expect(canHydrate(container, '?', client)).toBe(true);
  });

  it('is not hydrated when the data served differs from what was prerendered', async () => {
    const programs = JSON.parse(readData('miyagi-r5-it/programs.json'));
    programs.programs[0].summary += '（改訂）';
    const { container, client } = await preparePage((file) =>
      file === 'miyagi-r5-it/programs.json'
        ? new Response(JSON.stringify(programs), { status: 200 })
        : undefined,
    );
    expect(canHydrate(container, '', client)).toBe(false);
  });

  it('is not hydrated when the data failed to load, or nothing was prerendered', async () => {
    const failed = await preparePage((file) =>
      file === 'miyagi-r5-it/budgets.json' ? new Response('gone', { status: 404 }) : undefined,
    );
    expect(canHydrate(failed.container, '', failed.client)).toBe(false);
    const { container, client } = await preparePage();
    delete container.dataset.prerendered;
    expect(canHydrate(container, '', client)).toBe(false);
  });
});
