/**
 * The one ordering of text columns, shared by the page and the sort worker (no imports, so
 * the worker's bundle stays this small). Japanese collation, numbers by value; ties keep the
 * source order.
 */
let collator: Intl.Collator | undefined;

/**
 * Compares two texts that way. The collator is made on first use (a sort, in idle time or in
 * the worker), not when the module loads: the first Intl object in a page sets up ICU, which
 * costs tens of milliseconds, and loading happens on the way to the page's first live frame.
 */
export function compareText(a: string, b: string): number {
  collator ??= new Intl.Collator('ja', { numeric: true, sensitivity: 'base' });
  return collator.compare(a, b);
}

/** Indices 0..n-1 ordered by text, ties by `tieBreak` (ascending). */
export function orderByText(texts: readonly string[], tieBreak: ArrayLike<number>): Int32Array {
  const indices = Array.from(texts, (_, i) => i);
  indices.sort(
    (a, b) =>
      compareText(texts[a] ?? '', texts[b] ?? '') || (tieBreak[a] ?? 0) - (tieBreak[b] ?? 0),
  );
  return Int32Array.from(indices);
}
