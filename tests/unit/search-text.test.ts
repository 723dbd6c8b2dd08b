import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  keyMatches,
  normalizeSearchText,
  normalizeWordStarts,
  searchTerms,
} from '../../src/domain/search-text';

/** ASCII → its full-width form (space → ideographic space). */
const toFullWidth = (s: string) =>
  s.replace(/[!-~ ]/g, (ch) =>
    ch === ' ' ? '\u3000' : String.fromCharCode(ch.charCodeAt(0) + 0xfee0),
  );
/** Hiragana ぁ..ゖ → katakana ァ..ヶ. */
const toKatakana = (s: string) =>
  s.replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));

describe('normalizeSearchText', () => {
  it.each([
    ['ｵｰﾌﾟﾝﾃﾞｰﾀ', 'おーぷんでーた'],
    ['オープンデータ', 'おーぷんでーた'],
    ['おーぷんでーた', 'おーぷんでーた'],
    ['オープン データ', 'おーぷんでーた'],
    ['オープン\u3000データ', 'おーぷんでーた'],
    ['ＡＢＣ　ｄｅｆ', 'abcdef'],
    ['Open Data', 'opendata'],
    ['ICT', 'ict'],
    ['\t a \n b \r\n', 'ab'],
    ['ヴァイオリン', 'ゔぁいおりん'],
    ['ヵヶ', 'ゕゖ'],
    ['①２３', '123'],
    ['㈱宮城', '(株)宮城'],
    ['ＣＯ₂', 'co2'],
    ['宮城県', '宮城県'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeSearchText(input)).toBe(expected);
  });

  it('maps half-width katakana with voiced marks to one hiragana each', () => {
    expect(normalizeSearchText('ﾃﾞｼﾞﾀﾙ')).toBe('でじたる');
    expect(normalizeSearchText('ﾃﾞｼﾞﾀﾙ')).toHaveLength(4);
  });

  it('leaves the long-vowel mark and characters past ヶ as they are', () => {
    expect(normalizeSearchText('ー')).toBe('ー');
    expect(normalizeSearchText('ヷ')).toBe('ヷ');
    expect(normalizeSearchText('・')).toBe('・');
  });

  it('never leaves whitespace, upper-case ASCII or katakana ァ..ヶ in its output', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        const out = normalizeSearchText(input);
        expect(out).not.toMatch(/[\s\u3000]/);
        expect(out).not.toMatch(/[A-Z]/);
        expect(out).not.toMatch(/[\u30a1-\u30f6]/);
      }),
      { numRuns: 500 },
    );
  });

  it('does not tell full from half width for any ASCII text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (input) => {
        expect(normalizeSearchText(toFullWidth(input))).toBe(normalizeSearchText(input));
      }),
      { numRuns: 300 },
    );
  });

  it('does not tell hiragana from katakana', () => {
    const hiragana = fc.string({
      unit: fc.integer({ min: 0x3041, max: 0x3096 }).map((n) => String.fromCharCode(n)),
    });
    fc.assert(
      fc.property(hiragana, (input) => {
        expect(normalizeSearchText(toKatakana(input))).toBe(normalizeSearchText(input));
      }),
      { numRuns: 300 },
    );
  });

  it('does not tell upper from lower case for ASCII letters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (input) => {
        expect(normalizeSearchText(input.toUpperCase())).toBe(normalizeSearchText(input));
      }),
    );
  });

  it('is idempotent on Japanese and ASCII text', () => {
    const unit = fc.oneof(
      fc.constantFrom(
        ...'ｱｲｳｴｵｶﾞｷﾞﾊﾟﾋﾟｰｯｬアイウエオガギパピーッャあいうえお県事業ＡＢＣａｂｃ１２３'.split(''),
      ),
      fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit }), (input) => {
        const once = normalizeSearchText(input);
        expect(normalizeSearchText(once)).toBe(once);
      }),
    );
  });
});

describe('keyMatches', () => {
  const key = {
    text: normalizeSearchText('ＡＩ活用事業\u0001総務部'),
    words: normalizeWordStarts(['General Affairs Department', 'Teaching Staff (Education Centre)']),
  };
  it('matches Japanese text anywhere, and English names from the start of a word', () => {
    const matches = (q: string) => searchTerms(q).every((term) => keyMatches(key, term));
    for (const q of ['AI', '活用', '総務', 'General', 'aff', 'AFFAIRS', 'education', 'centre'])
      expect(matches(q), q).toBe(true);
    for (const q of ['ffairs', 'ral', 'ation', 'general ation', 'ai-', "'"])
      expect(matches(q), q).toBe(false);
    // Copied off the screen, with its punctuation, or typed without the space.
    for (const q of ['(Education', 'Centre)', 'generalaffairs', 'Teaching-Staff'])
      expect(matches(q), q).toBe(true);
    expect(matches('ａｉ　Affairs')).toBe(true);
  });
});
