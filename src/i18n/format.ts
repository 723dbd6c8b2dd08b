/**
 * Number and money formatting. Amounts in the data are thousands of yen (千円).
 * Japanese reads large sums in 億円 / 万円; English in yen with K / M / B.
 *
 * Written without Intl.NumberFormat on purpose. Japanese and English group digits alike
 * (1,234,567), so only digits and units differ by language. The first Intl number format in a
 * page sets up ICU, which cost 22–88 ms on this machine in each newly opened page (README,
 * "Speed and size"), on the main thread before the page can go live.
 * tests/unit/format.test.ts checks these functions against Intl.NumberFormat.
 */
import type { Lang } from '../url/view-state';

/** Digits grouped in threes: 1234567.5 → "1,234,567.5" (at most three decimals, as Intl's default). */
function grouped(n: number): string {
  const [whole = '', fraction] = String(Math.round(Math.abs(n) * 1000) / 1000).split('.');
  const sign = n < 0 && (whole !== '0' || fraction) ? '-' : '';
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

/**
 * A number rounded to three significant digits, as Intl rounds: half away from zero, on the
 * value as written. `n` must be an integer (yen), which a double holds exactly, so a tie is
 * a tie: 999,500,000 yen is 10.0億, where 9.995 as a double is a hair under 9.995.
 */
function threeDigits(n: number, per: number): string {
  const scaled = Number(n.toPrecision(3)) / per;
  return scaled < 100 ? scaled.toPrecision(3) : grouped(scaled);
}

/**
 * English compact units, largest first: Intl's `notation: 'compact'` in en-US, except that
 * Intl writes ¥1000T where this groups the digits (¥1,000T).
 */
const UNITS = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
] as const;

export function formatCount(n: number, _lang: Lang): string {
  return grouped(n);
}

/** A count of programs with its unit: 「3事業」, "3 programs", "1 program". */
export function formatPrograms(n: number, lang: Lang): string {
  return lang === 'ja' ? `${grouped(n)}事業` : `${grouped(n)} program${n === 1 ? '' : 's'}`;
}

export function formatShare(part: number, whole: number, _lang: Lang): string {
  // In tenths of a per cent, rounded half up as Intl does: 23 / 80 is 28.8%.
  const tenths = whole > 0 ? Math.round((part * 1000) / whole) : 0;
  return `${(tenths / 10).toFixed(1)}%`;
}

/** Short form: 20.2億円 / ¥2.02B. Three significant digits: enough to compare, short enough for a label. */
export function formatAmountShort(thousandYen: number, lang: Lang): string {
  const yen = thousandYen * 1000;
  if (lang === 'en') {
    // Pick the unit after rounding: ¥999,999,999 is ¥1.00B, never ¥1,000M.
    const rounded = Number(yen.toPrecision(3));
    const unit = UNITS.find(([size]) => rounded >= size);
    return unit ? `¥${threeDigits(yen, unit[0])}${unit[1]}` : `¥${grouped(rounded)}`;
  }
  const man = Math.round(yen / 1e4);
  // Decide after rounding: 99,999千円 is 1.00億円, never "10,000万円".
  if (man >= 1e4) return `${threeDigits(yen, 1e8)}億円`;
  if (yen >= 1e4) return `${grouped(man)}万円`;
  return `${grouped(yen)}円`;
}

/** Exact form, as published: 6,241,838千円 / ¥6,241,838 thousand. */
export function formatAmountExact(thousandYen: number, lang: Lang): string {
  return lang === 'ja' ? `${grouped(thousandYen)}千円` : `¥${grouped(thousandYen)} thousand`;
}
