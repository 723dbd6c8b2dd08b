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

/** The colour mixed with white: used for cells that are not chosen, so their labels stay readable. */
export function tint(hex: string, amountOfWhite: number): string {
  const mix = (offset: number) => {
    const v = Number.parseInt(hex.slice(offset, offset + 2), 16);
    return Math.round(v + (255 - v) * amountOfWhite)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${mix(1)}${mix(3)}${mix(5)}`;
}
