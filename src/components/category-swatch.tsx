import type { CSSProperties } from 'react';
import { categoryColor, textColorOn } from '../charts/category-colors';

/**
 * A category's colour in a key, a facet, a table row. With `decal=1` it wears the category's
 * chart pattern as well (styles.css, `:root[data-decal]`): a key in colour alone did not help
 * the readers who turned the patterns on because they cannot tell the colours apart.
 */
export function CategorySwatch({ index }: { index: number }) {
  const color = categoryColor(index);
  const style = {
    backgroundColor: color,
    // Dark pattern on a light colour, light on a dark one, as the budget chart's cells have.
    '--decal-ink': textColorOn(color) === '#000000' ? 'rgb(0 0 0 / 0.6)' : 'rgb(255 255 255 / 0.7)',
  } as CSSProperties;
  return <span className="swatch" data-decal={index % 6} style={style} aria-hidden="true" />;
}
