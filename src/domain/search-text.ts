/**
 * Search normalisation: one key that ignores full/half width (NFKC), case, whitespace and
 * hiragana vs katakana, so `ｵｰﾌﾟﾝ データ`, `オープンデータ` and `おーぷんでーた` all match.
 */
export function normalizeSearchText(input: string): string {
  return input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u3000]+/g, '')
    .replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

/** Marks where a word of an English name begins (normalisation keeps it). */
const WORD_START = '\u0002';

/**
 * What a search term is matched against, for one program. `text`: its name, summary and the
 * Japanese names of its departments and sections, matched anywhere (Japanese has no spaces
 * between words). `words`: the English names, matched only from the start of a word: a match
 * anywhere made "AI" find every program of General Affairs and of Community Affairs, names a
 * reader of the Japanese screen never sees.
 */
export interface SearchKey {
  readonly text: string;
  readonly words: string;
}

/** The English names as `SearchKey.words`: each word normalised, after a word-start mark. */
export function normalizeWordStarts(names: readonly string[]): string {
  let key = '';
  for (const name of names) {
    for (const word of name.split(/[^\p{L}\p{N}]+/u)) {
      const normalized = normalizeSearchText(word);
      if (normalized) key += WORD_START + normalized;
    }
  }
  return key;
}

/** One word of a search, normalised, in the two forms `keyMatches` looks for. */
export interface SearchTerm {
  readonly anywhere: string;
  /**
   * The term's letters and digits from the start of a word of an English name, across word
   * breaks as the names are split: "Driver's", "Economy," and "generalaffairs" find
   * Driver's Licence Division, the Economy, Commerce, ... Department and General Affairs.
   * Null when the term has no letter or digit.
   */
  readonly wordStart: RegExp | null;
}

/** A search text's words (space-separated words narrow: every one must match). */
export function searchTerms(q: string): SearchTerm[] {
  return q
    .split(/[\s\u3000]+/)
    .map(normalizeSearchText)
    .filter((t) => t.length > 0)
    .map((t) => {
      // Only letters and digits remain, so none needs escaping in the pattern.
      const chars = Array.from(t.replace(/[^\p{L}\p{N}]+/gu, ''));
      return {
        anywhere: t,
        wordStart:
          chars.length > 0 ? new RegExp(`${WORD_START}${chars.join(`${WORD_START}?`)}`, 'u') : null,
      };
    });
}

/** Whether one search term matches a program's key. */
export function keyMatches(key: SearchKey, term: SearchTerm): boolean {
  return key.text.includes(term.anywhere) || (term.wordStart?.test(key.words) ?? false);
}
