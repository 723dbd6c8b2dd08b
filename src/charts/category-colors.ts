/**
 * Category colours shared by every chart, so a category looks the same everywhere.
 * Okabe–Ito palette: told apart by people with the common forms of colour-blindness.
 */
const PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#E69F00',
  '#F0E442',
  '#000000',
] as const;

export function categoryColor(index: number): string {
  return PALETTE[index % PALETTE.length] ?? '#0072B2';
}

function channel(hex: string, offset: number): number {
  const v = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** Black or white, whichever reads better on the given fill. */
export function textColorOn(fill: string): string {
  return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#ffffff') ? '#000000' : '#ffffff';
}

/**
 * The colour mixed with the background (white unless given): used for cells that are not
 * chosen, so they recede. Mixed with a dark background they recede too; mixed with white there,
 * they became the brightest things on a dark screen.
 */
export function tint(hex: string, amount: number, toward = '#ffffff'): string {
  const mix = (offset: number) => {
    const v = Number.parseInt(hex.slice(offset, offset + 2), 16);
    const to = Number.parseInt(toward.slice(offset, offset + 2), 16);
    return Math.round(v + (to - v) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${mix(1)}${mix(3)}${mix(5)}`;
}

/**
 * A fixed pattern per category (with `decal=1`), so a category wears the same pattern in
 * every chart, as it wears the same colour; echarts' default assigns patterns by series order.
 */
interface Decal {
  readonly symbol: string;
  readonly dashArrayX: number[] | number[][];
  readonly dashArrayY: number[];
  readonly rotation?: number;
  readonly symbolSize?: number;
}

const DECALS: readonly Decal[] = [
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: Math.PI / 4 },
  { symbol: 'circle', dashArrayX: [[4, 4]], dashArrayY: [4, 4], symbolSize: 0.8 },
  { symbol: 'rect', dashArrayX: [[6, 6]], dashArrayY: [6, 6], symbolSize: 0.9 },
  { symbol: 'triangle', dashArrayX: [[6, 6]], dashArrayY: [6, 6], symbolSize: 0.9 },
  { symbol: 'diamond', dashArrayX: [[8, 8]], dashArrayY: [8, 8], symbolSize: 1 },
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 5] },
];

/** Which of the patterns a category wears: the charts' and the swatches' (styles.css) alike. */
export function decalIndex(index: number): number {
  return index % DECALS.length;
}

/** The pattern is dark, or light on a dark `fill` (a dimmed cell on a dark background). */
export function categoryDecal(index: number, fill = '#ffffff'): Decal & { color: string } {
  const decal = DECALS[decalIndex(index)] ?? {
    symbol: 'rect',
    dashArrayX: [1, 0],
    dashArrayY: [2, 5],
  };
  return {
    ...decal,
    color: textColorOn(fill) === '#000000' ? 'rgba(0, 0, 0, 0.35)' : 'rgba(255, 255, 255, 0.35)',
  };
}
