/** Small statistics and formatting helpers for the benchmark. */

export interface Stat {
  readonly median: number | null;
  /** Nearest-rank 95th percentile: with fewer than 20 samples this is the largest one. */
  readonly p95: number | null;
  /** Nearest-rank 5th percentile: the p95 of a figure where lower is worse (frame rates). */
  readonly p5: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** Samples that were measured (a run that timed out gives none). */
  readonly n: number;
}

export function stat(samples: readonly (number | null | undefined)[]): Stat {
  const values = samples
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  const n = values.length;
  if (n === 0) return { median: null, p95: null, p5: null, min: null, max: null, n };
  const mid = Math.floor(n / 2);
  const median =
    n % 2 === 1 ? (values[mid] ?? 0) : ((values[mid - 1] ?? 0) + (values[mid] ?? 0)) / 2;
  const p95 = values[Math.min(n - 1, Math.ceil(0.95 * n) - 1)] ?? null;
  const p5 = values[Math.max(0, Math.ceil(0.05 * n) - 1)] ?? null;
  return { median, p95, p5, min: values[0] ?? null, max: values[n - 1] ?? null, n };
}

export function ms(value: number | null): string {
  if (value === null) return '—';
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}

export function fps(value: number | null): string {
  return value === null ? '—' : `${value.toFixed(1)} fps`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** Renders rows as a plain-text table; the first row is the header. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - displayWidth(cell));
        return i === 0 ? cell + pad : pad + cell;
      })
      .join(' │ ');
  const [header, ...body] = rows;
  if (!header) return '';
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  return [line(header), rule, ...body.map(line)].join('\n');
}

/** Terminal columns: East Asian wide characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width +=
      code >= 0x1100 && /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(ch) ? 2 : 1;
  }
  return width;
}
