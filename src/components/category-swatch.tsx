import type { CSSProperties } from 'react';
import { categoryColor, decalIndex, textColorOn } from '../charts/category-colors';

/**
 * Each palette entry's swatch style, made once: the table's rows render swatches on every
 * scroll frame. Dark pattern on a light colour, light on a dark one, as the budget chart's
 * cells have.
 */
const styles = new Map<string, CSSProperties>();
function swatchStyle(color: string): CSSProperties {
  let style = styles.get(color);
  if (!style) {
    style = {
      backgroundColor: color,
      '--decal-ink':
        textColorOn(color) === '#000000' ? 'rgb(0 0 0 / 0.6)' : 'rgb(255 255 255 / 0.7)',
    } as CSSProperties;
    styles.set(color, style);
  }
  return style;
}

/**
 * A category's colour in a key, a facet, a table row. With `decal=1` it wears the category's
 * chart pattern as well (styles.css, `:root[data-decal]`): a key in colour alone did not help
 * the readers who turned the patterns on because they cannot tell the colours apart.
 */
export function CategorySwatch({ index }: { index: number }) {
  return (
    <span
      className="swatch"
      data-decal={decalIndex(index)}
      style={swatchStyle(categoryColor(index))}
      aria-hidden="true"
    />
  );
}
