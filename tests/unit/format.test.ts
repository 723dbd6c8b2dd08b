import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatAmountExact,
  formatAmountShort,
  formatCount,
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
