import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToPlainText, normalizeUnitName, splitUnitList } from '../../src/data/normalize-text';

describe('htmlToPlainText', () => {
  it.each([
    ['CO <sub>2</sub> 排出量削減', 'CO₂ 排出量削減'],
    ['CO<sub>2</sub>', 'CO₂'],
    ['H<sub>2</sub>O', 'H₂O'],
    ['CO <SUB>2</SUB>', 'CO₂'],
    ['<sub> 2 </sub>', '₂'],
    ['C<sub>(10)</sub>', 'C₍₁₀₎'],
    ['10 m<sup>2</sup>', '10 m²'],
    ['x<sup>-1</sup>', 'x⁻¹'],
  ])('maps sub- and superscript digits: %j → %j', (input, expected) => {
    expect(htmlToPlainText(input)).toBe(expected);
  });

  it.each([
    ['CO <sub>x</sub>', 'CO x'],
    ['H<sub>n</sub>O', 'HnO'],
    ['<sub>2</sup>', '2'],
  ])('keeps the text of a sub/sup it cannot map: %j → %j', (input, expected) => {
    expect(htmlToPlainText(input)).toBe(expected);
  });

  it.each([
    ['一行目<br>二行目', '一行目 二行目'],
    ['一行目<br/>二行目', '一行目 二行目'],
    ['一行目<BR />二行目', '一行目 二行目'],
    ['<p>本文</p>', '本文'],
    ['<a href="https://www.pref.miyagi.jp/">宮城県</a>', '宮城県'],
    ['<b>強調</b>と<i>斜体</i>', '強調と斜体'],
  ])('drops other tags: %j → %j', (input, expected) => {
    expect(htmlToPlainText(input)).toBe(expected);
  });

  it('drops a tag that only forms once an inner tag is removed', () => {
    // Removing `<b>` from `<<b>sub>` must not leave a `<sub>` behind (tags are removed in one pass).
    for (const input of ['<<b>sub>', '<su<b>b>2', '<sub<i>>2']) {
      expect(htmlToPlainText(input), input).not.toMatch(/<\/?[a-zA-Z]/);
    }
  });

  it.each([
    ['A&amp;B', 'A&B'],
    ['&lt;tag&gt;', '<tag>'],
    ['&quot;引用&quot; &apos;x&apos;', '"引用" \'x\''],
    ['a&nbsp;b', 'a b'],
    ['&#65;&#x41;&#X41;', 'AAA'],
    ['&#12354;', 'あ'],
    ['&amp;lt;', '&lt;'],
  ])('decodes character references once: %j → %j', (input, expected) => {
    expect(htmlToPlainText(input)).toBe(expected);
  });

  it.each([
    '',
    '宮城県高度情報化推進協議会運営事業',
    'a < b > c',
    '&unknown;',
    '&#0;',
    '&#1114112;',
    'AT&T',
  ])('leaves text without markup unchanged: %j', (input) => {
    expect(htmlToPlainText(input)).toBe(input);
  });
});

describe('normalizeUnitName', () => {
  it.each([
    ['デジタルみやぎ 推進課', 'デジタルみやぎ推進課'],
    ['経済商工観光部 ／企画部', '経済商工観光部／企画部'],
    ['子ども・\u3000家庭支援課', '子ども・家庭支援課'],
    ['\t総務部\u00a0\n', '総務部'],
    [' 教職員課 （総合教育センター） ', '教職員課（総合教育センター）'],
  ])('removes half- and full-width whitespace: %j → %j', (input, expected) => {
    expect(normalizeUnitName(input)).toBe(expected);
  });

  it.each(['復興・危機管理部', '文化財課(東北歴史博物館)', ''])('leaves %j unchanged', (input) => {
    expect(normalizeUnitName(input)).toBe(input);
  });
});

describe('splitUnitList', () => {
  const standalone = new Set([
    '警察本部',
    '企画部',
    '経済商工観光部',
    '総務部',
    '復興・危機管理部',
  ]);

  it.each([
    ['警察本部・企画部', ['警察本部', '企画部']],
    ['経済商工観光部／企画部', ['経済商工観光部', '企画部']],
    ['総務部/企画部', ['総務部', '企画部']],
    ['総務部・警察本部／企画部', ['総務部', '警察本部', '企画部']],
  ])('splits %j into units seen on their own', (input, expected) => {
    expect(splitUnitList(input, standalone)).toEqual(expected);
  });

  it.each([
    '復興・危機管理部',
    '子ども・家庭支援課',
    '警察本部・未知部',
    '文化財課（多賀城跡調査研究所・東北歴史博物館）',
    '企画部',
    '未知部',
  ])('keeps %j whole unless every part is seen on its own', (input) => {
    expect(splitUnitList(input, standalone)).toEqual([input]);
  });

  it("does not split '子ども・家庭支援課' even when '子ども' alone is a known unit", () => {
    expect(splitUnitList('子ども・家庭支援課', new Set(['子ども']))).toEqual([
      '子ども・家庭支援課',
    ]);
    expect(splitUnitList('子ども・家庭支援課', new Set(['子ども', '家庭支援課']))).toEqual([
      '子ども',
      '家庭支援課',
    ]);
  });
});

// --- properties ---

const SEPARATORS = ['・', '／', '/'] as const;
const SEPARATOR_RE = /[・／/]/g;
const WHITESPACE = [' ', '\u3000', '\t', '\n', '\r', '\u00a0', '\u2003', '\ufeff'];

/** Text that mixes unit-name characters, separators and every kind of whitespace. */
const unitText = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      '課',
      '部',
      '室',
      'み',
      'や',
      'ぎ',
      'A',
      '1',
      ...SEPARATORS,
      ...WHITESPACE,
    ),
  }),
  fc.string({ unit: 'binary' }),
);

/** A unit name without separators or whitespace. */
const unitName = fc.string({
  unit: fc.constantFrom('課', '部', '室', '企', '画', '警', '察', 'デ', 'ジ', 'A', '1', '(', '）'),
  minLength: 1,
  maxLength: 6,
});

/**
 * HTML-ish text: fragments of markup, then tags inserted at arbitrary positions, also inside
 * other tags, as a careless export might. Character references are left out on purpose:
 * `&lt;sub&gt;` is the literal text "<sub>", and decoding it to that is correct.
 */
const htmlish = fc
  .tuple(
    fc.array(
      fc.constantFrom(
        'CO',
        ' ',
        '2',
        'x',
        '<',
        '>',
        '/',
        'sub',
        '<sub>',
        '</sub>',
        '<sup>',
        '</sup>',
        '<br>',
      ),
      { maxLength: 8 },
    ),
    fc.array(fc.tuple(fc.constantFrom('<b>', '</b>', '<i>', '<br>', '<sub>2</sub>'), fc.nat()), {
      maxLength: 3,
    }),
  )
  .map(([fragments, insertions]) =>
    insertions.reduce((text, [tag, at]) => {
      const i = at % (text.length + 1);
      return `${text.slice(0, i)}${tag}${text.slice(i)}`;
    }, fragments.join('')),
  );

describe('properties', () => {
  it('normalizeUnitName is idempotent and leaves no whitespace', () => {
    fc.assert(
      fc.property(unitText, (input) => {
        const once = normalizeUnitName(input);
        expect(normalizeUnitName(once)).toBe(once);
        expect(once).not.toMatch(/\s/);
        expect(once).toBe([...input].filter((ch) => !/\s/.test(ch)).join(''));
      }),
      { numRuns: 500 },
    );
  });

  it('htmlToPlainText never returns a string containing <sub>', () => {
    fc.assert(
      fc.property(fc.oneof(htmlish, fc.string()), (input) => {
        expect(htmlToPlainText(input)).not.toContain('<sub>');
      }),
      { numRuns: 2000 },
    );
  });

  it('splitUnitList returns non-empty parts: the input itself, or its units minus the separators', () => {
    fc.assert(
      fc.property(
        unitText.filter((s) => s.length > 0),
        fc.array(unitName, { maxLength: 4 }),
        (input, known) => {
          const candidates = input.split(SEPARATOR_RE).filter((part) => part.length > 0);
          const standalone = new Set([...known, ...candidates.filter((_, i) => i % 2 === 0)]);
          const parts = splitUnitList(input, standalone);
          expect(parts.length).toBeGreaterThan(0);
          for (const part of parts) expect(part.length).toBeGreaterThan(0);
          if (parts.length === 1) {
            expect(parts).toEqual([input]);
          } else {
            expect(parts.join('')).toBe(input.replace(SEPARATOR_RE, ''));
            for (const part of parts) expect(standalone.has(part)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('splitUnitList splits a list of standalone units back into exactly those units', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(unitName, { minLength: 2, maxLength: 5 }),
        fc.array(fc.constantFrom(...SEPARATORS), { minLength: 4, maxLength: 4 }),
        (units, separators) => {
          const input = units
            .map((unit, i) => (i === 0 ? unit : `${separators[i - 1]}${unit}`))
            .join('');
          const parts = splitUnitList(input, new Set(units));
          expect(parts).toEqual(units);
          expect(parts.join('')).toBe(input.replace(SEPARATOR_RE, ''));
          // When one part is not a unit on its own, the cell is a single name.
          expect(splitUnitList(input, new Set(units.slice(1)))).toEqual([input]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
