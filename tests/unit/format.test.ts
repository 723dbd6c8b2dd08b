import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatAmountExact,
  formatAmountShort,
  formatCount,
  formatPrograms,
  formatShare,
} from '../../src/i18n/format';
import { sourceCitation } from '../../src/i18n/messages';

describe('formatAmountShort', () => {
  it.each([
    [6_241_838, '62.4億円'],
    [2_022_951, '20.2億円'],
    [1_600_857, '16.0億円'],
    [288_236, '2.88億円'],
    [101_190, '1.01億円'],
    [2_228_604, '22.3億円'],
    [100_000, '1.00億円'],
    [123, '12万円'],
    [10, '1万円'],
    [9, '9,000円'],
    [1, '1,000円'],
    [0, '0円'],
  ])('ja: %d千円 → %s', (amount, expected) => {
    expect(formatAmountShort(amount, 'ja')).toBe(expected);
  });

  it.each([
    [6_241_838, '¥6.24B'],
    [2_022_951, '¥2.02B'],
    [2_228_604, '¥2.23B'],
    [288_236, '¥288M'],
    [101_190, '¥101M'],
    [123, '¥123K'],
    [0, '¥0'],
  ])('en: %d千円 → %s', (amount, expected) => {
    expect(formatAmountShort(amount, 'en')).toBe(expected);
  });

  it('switches to 億円 when rounding reaches 1億, never writing 10,000万円', () => {
    // 99,999千円 = 99,999,000円 ≈ 0.99999億円: three significant digits give 1.00億円.
    expect(formatAmountShort(99_999, 'ja')).toBe('1.00億円');
    expect(formatAmountShort(99_995, 'ja')).toBe('1.00億円');
  });

  it('never writes 10,000 or more 万円 for any amount', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 10_000_000 }),
          fc.integer({ min: 99_900, max: 100_000 }),
        ),
        (amount) => {
          const text = formatAmountShort(amount, 'ja');
          expect(text).toMatch(/^(\d{1,3}(,\d{3})*|\d+\.\d+|\d+)(億円|万円|円)$/);
          if (text.endsWith('万円')) {
            expect(Number(text.replace(/[,万円]/g, ''))).toBeLessThan(10_000);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('formatAmountExact', () => {
  it('writes the published figure with thousands separators', () => {
    expect(formatAmountExact(6_241_838, 'ja')).toBe('6,241,838千円');
    expect(formatAmountExact(6_241_838, 'en')).toBe('¥6,241,838 thousand');
    expect(formatAmountExact(0, 'ja')).toBe('0千円');
    expect(formatAmountExact(999, 'en')).toBe('¥999 thousand');
  });
});

describe('formatShare and formatCount', () => {
  it('formats a share with one decimal', () => {
    expect(formatShare(1_600_857, 6_241_838, 'ja')).toBe('25.6%');
    expect(formatShare(1_600_857, 6_241_838, 'en')).toBe('25.6%');
    expect(formatShare(6_241_838, 6_241_838, 'ja')).toBe('100.0%');
    expect(formatShare(101_190, 6_241_838, 'en')).toBe('1.6%');
  });

  it('gives 0.0% for an empty whole instead of NaN or Infinity', () => {
    expect(formatShare(1, 0, 'en')).toBe('0.0%');
    expect(formatShare(0, 0, 'ja')).toBe('0.0%');
  });

  it('formats counts with separators', () => {
    expect(formatCount(177, 'ja')).toBe('177');
    expect(formatCount(12_345, 'ja')).toBe('12,345');
    expect(formatCount(12_345, 'en')).toBe('12,345');
  });

  it('counts programs with their unit, singular for one in English (tooltips read "1 programs")', () => {
    expect(formatPrograms(1, 'en')).toBe('1 program');
    expect(formatPrograms(0, 'en')).toBe('0 programs');
    expect(formatPrograms(12_345, 'en')).toBe('12,345 programs');
    expect(formatPrograms(1, 'ja')).toBe('1事業');
  });
});

describe('sourceCitation', () => {
  const entry = {
    publisher: { ja: '宮城県', en: 'Miyagi Prefecture' },
    source: { title: { ja: '関連施策', en: 'Related programs' } },
  };
  it('quotes the title as each language does', () => {
    expect(sourceCitation(entry, 'ja')).toBe('宮城県「関連施策」');
    expect(sourceCitation(entry, 'en')).toBe('Miyagi Prefecture, “Related programs”');
  });
});

describe('the same as Intl.NumberFormat', () => {
  // The page formats without Intl (its first use in a page costs tens of milliseconds); these
  // are the Intl formats it replaced, as the reference.
  const integer = new Intl.NumberFormat('ja-JP');
  const integerEn = new Intl.NumberFormat('en-US');
  const percent = new Intl.NumberFormat('en-US', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
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
  const shortWithIntl = (thousandYen: number, lang: 'ja' | 'en') => {
    const yen = thousandYen * 1000;
    if (lang === 'en') return yen === 0 ? '¥0' : compactYen.format(yen);
    const man = Math.round(yen / 1e4);
    if (man >= 1e4) return `${threeDigits.format(yen / 1e8)}億円`;
    if (yen >= 1e4) return `${integer.format(man)}万円`;
    return `${integer.format(yen)}円`;
  };
  // Every magnitude up to ¥10 trillion, and the ties and unit boundaries where rounding decides.
  const amounts = fc.oneof(
    fc.integer({ min: 0, max: 10_000_000_000 }),
    fc.integer({ min: 0, max: 100_000 }),
    fc.constantFrom(2_735, 99_995, 99_999, 999_499, 999_500, 999_999, 9_995_000, 999_999_999),
  );

  it('counts and exact amounts', () => {
    fc.assert(
      fc.property(amounts, (n) => {
        expect(formatCount(n, 'ja')).toBe(integer.format(n));
        expect(formatCount(n, 'en')).toBe(integerEn.format(n));
        expect(formatAmountExact(n, 'ja')).toBe(`${integer.format(n)}千円`);
      }),
      { numRuns: 2_000 },
    );
    expect(formatCount(1234.5678, 'en')).toBe(integerEn.format(1234.5678));
  });

  it('short amounts in both languages, ties included (2,735千円 is ¥2.74M)', () => {
    fc.assert(
      fc.property(amounts, (n) => {
        expect(formatAmountShort(n, 'ja')).toBe(shortWithIntl(n, 'ja'));
        expect(formatAmountShort(n, 'en')).toBe(shortWithIntl(n, 'en'));
      }),
      { numRuns: 5_000 },
    );
  });

  it('shares, ties included (23 / 80 is 28.8%)', () => {
    expect(formatShare(23, 80, 'ja')).toBe('28.8%');
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 10_000_000 })
          .chain((whole) => fc.tuple(fc.integer({ min: 0, max: whole }), fc.constant(whole))),
        fc
          .integer({ min: 1, max: 400 })
          .chain((whole) => fc.tuple(fc.integer({ min: 0, max: whole }), fc.constant(whole))),
        ([part, whole], [smallPart, smallWhole]) => {
          expect(formatShare(part, whole, 'en')).toBe(percent.format(part / whole));
          expect(formatShare(smallPart, smallWhole, 'ja')).toBe(
            percent.format(smallPart / smallWhole),
          );
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
