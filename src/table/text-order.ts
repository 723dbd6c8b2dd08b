/**
 * The one ordering of text columns, shared by the page and the sort worker (no imports, so
 * the worker's bundle stays this small). Japanese collation, numbers by value; ties keep the
 * source order.
 */
export const jaCollator = new Intl.Collator('ja', { numeric: true, sensitivity: 'base' });

/** Indices 0..n-1 ordered by text, ties by `tieBreak` (ascending). */
export function orderByText(texts: readonly string[], tieBreak: ArrayLike<number>): Int32Array {
  const indices = Array.from(texts, (_, i) => i);
  indices.sort(
    (a, b) =>
      jaCollator.compare(texts[a] ?? '', texts[b] ?? '') || (tieBreak[a] ?? 0) - (tieBreak[b] ?? 0),
  );
  return Int32Array.from(indices);
}
