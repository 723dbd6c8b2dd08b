/**
 * Number and money formatting. Amounts in the data are thousands of yen (千円).
 * Japanese reads large sums in 億円 / 万円; English in yen with K / M / B.
 */
import type { Lang } from '../url/view-state';

const integer = { ja: new Intl.NumberFormat('ja-JP'), en: new Intl.NumberFormat('en-US') };
const percent = {
  ja: new Intl.NumberFormat('ja-JP', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }),
  en: new Intl.NumberFormat('en-US', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }),
};
const compactYen = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'JPY',
  notation: 'compact',
  minimumSignificantDigits: 3,
  maximumSignificantDigits: 3,
});
const threeDigits = new Intl.NumberFormat('ja-JP', {
  minimumSignificantDigits: 3,
  maximumSignificantDigits: 3,
});

export function formatCount(n: number, lang: Lang): string {
  return integer[lang].format(n);
}

export function formatShare(part: number, whole: number, lang: Lang): string {
  return percent[lang].format(whole > 0 ? part / whole : 0);
}

/** Short form: 20.2億円 / ¥2.02B. Three significant digits: enough to compare, short enough for a label. */
export function formatAmountShort(thousandYen: number, lang: Lang): string {
  const yen = thousandYen * 1000;
  if (lang === 'en') return yen === 0 ? '¥0' : compactYen.format(yen);
  const man = Math.round(yen / 1e4);
  // Decide after rounding: 99,999千円 is 1.00億円, never "10,000万円".
  if (man >= 1e4) return `${threeDigits.format(yen / 1e8)}億円`;
  if (yen >= 1e4) return `${integer.ja.format(man)}万円`;
  return `${integer.ja.format(yen)}円`;
}

/** Exact form, as published: 6,241,838千円 / ¥6,241,838 thousand. */
export function formatAmountExact(thousandYen: number, lang: Lang): string {
  return lang === 'ja'
    ? `${integer.ja.format(thousandYen)}千円`
    : `¥${integer.en.format(thousandYen)} thousand`;
}
