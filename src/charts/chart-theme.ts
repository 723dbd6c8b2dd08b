import type { Scheme } from '../url/view-state';

/** Colours the option builders need besides the category palette, per scheme. */
export interface ChartTheme {
  readonly ink: string;
  readonly paper: string;
  readonly muted: string;
  readonly grid: string;
  /** Border around a chosen cell. */
  readonly emphasis: string;
  readonly fontSize: number;
  readonly decal: boolean;
}

const THEMES: Record<Scheme, Omit<ChartTheme, 'fontSize' | 'decal'>> = {
  light: {
    ink: '#111111',
    paper: '#ffffff',
    muted: '#4a4a4a',
    grid: '#d0d4da',
    emphasis: '#111111',
  },
  dark: {
    ink: '#f2f2f2',
    paper: '#16191d',
    muted: '#c4c8ce',
    grid: '#3a3f46',
    emphasis: '#ffffff',
  },
  contrast: {
    ink: '#000000',
    paper: '#ffffff',
    muted: '#000000',
    grid: '#595959',
    emphasis: '#000000',
  },
};

export function chartTheme(scheme: Scheme, fontSize: number, decal: boolean): ChartTheme {
  return { ...THEMES[scheme], fontSize, decal };
}

export const DEFAULT_CHART_THEME: ChartTheme = chartTheme('light', 14, false);
