import { screen, within } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EChartStandIn } from './echart-stand-in';
import { renderApp, stubFetch } from './render-app';

// The portfolio chart fails to draw; the others draw as usual.
vi.mock('../../src/charts/echart', () => ({
  EChart: (props: ComponentProps<typeof EChartStandIn>) => {
    if (props.testId === 'chart-portfolio') throw new Error('canvas lost');
    return <EChartStandIn {...props} />;
  },
}));

beforeEach(() => {
  stubFetch();
  // React reports the error the boundary caught; that is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('a chart that fails', () => {
  it('says so in its own panel, with its description, and the rest keeps working', async () => {
    renderApp('?cat=local');
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    const figure = alert.closest('figure');
    expect(figure?.classList.contains('chart-portfolio')).toBe(true);
    expect(alert.textContent).toContain('この図を表示できませんでした。');
    // Its visible caption repeats the description and is hidden from screen readers; with no
    // chart image to name it, the error says it.
    const caption = figure?.querySelector('figcaption');
    expect(caption?.getAttribute('aria-hidden')).toBe('true');
    expect(caption?.textContent).toContain('D for Local');
    expect(alert.textContent).toContain(caption?.textContent ?? '(no caption)');
    // The other charts and the table are there.
    expect(screen.getByTestId('chart-budget')).toBeTruthy();
    expect(screen.getByTestId('chart-departments')).toBeTruthy();
    expect(within(screen.getByTestId('program-table')).getAllByRole('row').length).toBeGreaterThan(
      10,
    );
  });
});
