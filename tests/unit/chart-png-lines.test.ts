import { describe, expect, it } from 'vitest';
import { legendRows, readableUrl, wrapLines } from '../../src/export/chart-png';

/** Every character one unit wide: lines of at most `max` characters. */
const chars = (text: string) => Array.from(text).length;

describe('line breaking for chart pictures', () => {
  it('never breaks inside a number', () => {
    const caption = '分野の予算総額は6,241,838千円（令和5年度）';
    for (let max = 10; max <= 24; max++) {
      const lines = wrapLines(chars, caption, max);
      expect(lines.join('')).toBe(caption);
      expect(
        lines.some((l) => l.includes('6,241,838')),
        `max ${max}: ${lines.join(' / ')}`,
      ).toBe(true);
    }
  });

  it('starts no line with a closing mark and ends none with an opening one', () => {
    const text =
      '宮城県「みやぎ情報化推進ポリシー（2021〜2024）関連施策（令和5年度）」、原典テキスト。';
    for (let max = 10; max <= 30; max++) {
      const lines = wrapLines(chars, text, max);
      expect(lines.join('')).toBe(text);
      for (const line of lines.slice(1)) expect(line, `max ${max}`).not.toMatch(/^[）」、。]/u);
      for (const line of lines.slice(0, -1)) expect(line, `max ${max}`).not.toMatch(/[（「]$/u);
    }
  });

  it('breaks English between words, and a link too long for a line by character', () => {
    expect(wrapLines(chars, 'Programs per department, stacked by category', 20)).toEqual([
      'Programs per',
      'department, stacked',
      'by category',
    ]);
    const url = 'http://127.0.0.1:4173/?cat=local&dept=kikaku';
    const lines = wrapLines(chars, url, 16);
    expect(lines.join('')).toBe(url);
    for (const line of lines) expect(chars(line)).toBeLessThanOrEqual(16);
  });

  it('never cuts an emoji or a character outside the BMP in two', () => {
    for (const text of ['abc 😀😀😀😀😀', '𠮷野家の𠮷𠮷𠮷𠮷事業']) {
      for (let max = 3; max <= 8; max++) {
        const lines = wrapLines(chars, text, max);
        expect(lines.join('').replaceAll(' ', ''), `${text} at ${max}`).toBe(
          text.replaceAll(' ', ''),
        );
        // No lone half of a surrogate pair.
        for (const line of lines)
          expect(line, `${line} at ${max}`).not.toMatch(
            /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
          );
      }
    }
  });
});

describe('line breaking of a link', () => {
  it('breaks after & ? or /, not inside a word', () => {
    const link = 'https://example.test/?cat=municipal&lang=en';
    const lines = wrapLines(chars, link, 40);
    expect(lines.join('')).toBe(link);
    // It printed "…&lang=e" and then "n".
    expect(lines).toEqual(['https://example.test/?cat=municipal&', 'lang=en']);
    // A list of ids breaks after a comma, and the scheme's "://" is not a place to break.
    expect(wrapLines(chars, 'https://x.test/?cat=municipal,citizen,local,business', 30)).toEqual([
      'https://x.test/?cat=municipal,',
      'citizen,local,business',
    ]);
    expect(wrapLines(chars, 'https://example.test/abcdefghij', 12)[0]).not.toBe('https://');
  });
});

describe('readableUrl', () => {
  it('prints a search in its own letters', () => {
    expect(readableUrl('https://x.test/?q=%E4%BA%BA%E6%9D%90&cat=local')).toBe(
      'https://x.test/?q=人材&cat=local',
    );
    // URLSearchParams writes a space as '+': it stays, as it is.
    expect(readableUrl('https://x.test/?q=%E3%83%87%E3%82%B8+%E4%BA%BA')).toBe(
      'https://x.test/?q=デジ+人',
    );
  });

  it('keeps spaces (the full-width one too), % and the characters that structure a link encoded', () => {
    expect(readableUrl('https://x.test/?q=%E3%83%87%E3%80%80%E4%BA%BA')).toBe(
      'https://x.test/?q=デ%E3%80%80人',
    );
    expect(readableUrl('https://x.test/?q=a%20b')).toBe('https://x.test/?q=a%20b');
    expect(readableUrl('https://x.test/?q=100%25')).toBe('https://x.test/?q=100%25');
    expect(readableUrl('https://x.test/?q=a%26b%3Dc')).toBe('https://x.test/?q=a%26b%3Dc');
  });

  it('keeps invisible and control characters encoded, and broken escapes as they are', () => {
    // U+202E would turn the rest of the printed link around.
    expect(readableUrl('https://x.test/?q=%E2%80%AEab')).toBe('https://x.test/?q=%E2%80%AEab');
    expect(readableUrl('https://x.test/?q=%0A')).toBe('https://x.test/?q=%0A');
    expect(readableUrl('https://x.test/?q=%E4%BA')).toBe('https://x.test/?q=%E4%BA');
  });
});

describe('legendRows', () => {
  it('fills rows left to right and starts a new one when an item would pass the edge', () => {
    expect(legendRows([40, 40, 40], 100, 10)).toEqual([
      [0, 0],
      [50, 0],
      [0, 1],
    ]);
    // An item wider than the row still gets a row of its own.
    expect(legendRows([150, 20], 100, 10)).toEqual([
      [0, 0],
      [0, 1],
    ]);
    expect(legendRows([], 100, 10)).toEqual([]);
  });
});
