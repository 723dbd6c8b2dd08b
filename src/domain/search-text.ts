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
  readonly wordStart: string;
}

/** A search text's words (space-separated words narrow: every one must match). */
export function searchTerms(q: string): SearchTerm[] {
  return q
    .split(/[\s\u3000]+/)
    .map(normalizeSearchText)
    .filter((t) => t.length > 0)
    .map((t) => ({ anywhere: t, wordStart: WORD_START + t }));
}

/** Whether one search term matches a program's key. */
export function keyMatches(key: SearchKey, term: SearchTerm): boolean {
  return key.text.includes(term.anywhere) || key.words.includes(term.wordStart);
}
