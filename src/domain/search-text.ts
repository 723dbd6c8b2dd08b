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
