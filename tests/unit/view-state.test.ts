import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHARTS,
  canonicalIds,
  DEFAULT_VIEW,
  LANGS,
  MAX_QUERY_LENGTH,
  MODES,
  parseViewState,
  SCHEMES,
  SORTABLE_COLUMNS,
  type SortState,
  serializeViewState,
  toggleId,
  type ViewState,
} from '../../src/url/view-state';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_IDS = 200;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// ---- arbitraries -------------------------------------------------------------------------

const slugChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''));
const slugArb = fc
  .array(fc.string({ unit: slugChar, minLength: 1, maxLength: 8 }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.join('-'))
  .filter((s) => s.length <= 64);
/** A few real ids too, so the lists are not only random noise. */
const idArb = fc.oneof(
  slugArb,
  fc.constantFrom('citizen', 'local', 'kikaku', 'keizai', 'digital-miyagi', 'local-26'),
);
const idListArb = fc.array(idArb, { maxLength: 8 });

/** Characters a search box sees: Japanese (both widths, both kana), symbols that need escaping. */
const queryChar = fc.constantFrom(
  ...'予算事業オープンデータおーぷんｵｰﾌﾟﾝﾃﾞｰﾀＡＢＣabcXYZ019'.split(''),
  ' ',
  '\u3000',
  '&',
  '=',
  '+',
  '%',
  '#',
  '?',
  '/',
  ',',
  ';',
  '<',
  '>',
  '"',
  "'",
  '\\',
  '{',
  '}',
  '%2C',
  '%E3%8',
  '😀',
  '👨‍👩‍👧',
);
const queryArb = fc
  .oneof(
    fc.string({ unit: queryChar, maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
  )
  // A valid view never holds control characters or U+FFFD (what a broken escape decodes to),
  // and holds at most MAX_QUERY_LENGTH characters.
  .filter((q) => !/[\p{Cc}\uFFFD]/u.test(q) && q.trim().length <= MAX_QUERY_LENGTH);

const sortArb: fc.Arbitrary<SortState | null> = fc.option(
  fc.record({ column: fc.constantFrom(...SORTABLE_COLUMNS), desc: fc.boolean() }),
  { nil: null },
);

const viewArb: fc.Arbitrary<ViewState> = fc.record({
  ds: fc.option(slugArb, { nil: null }),
  cat: idListArb,
  dept: idListArb,
  sec: idListArb,
  q: queryArb,
  sort: sortArb,
  sel: fc.option(slugArb, { nil: null }),
  lang: fc.constantFrom(...LANGS),
  mode: fc.constantFrom(...MODES),
  chart: fc.option(fc.constantFrom(...CHARTS), { nil: null }),
  scheme: fc.option(fc.constantFrom(...SCHEMES), { nil: null }),
  decal: fc.boolean(),
});

/** What a valid view turns into: canonical id lists and a trimmed search text. */
function normalise(view: ViewState): ViewState {
  return {
    ...view,
    cat: canonicalIds(view.cat),
    dept: canonicalIds(view.dept),
    sec: canonicalIds(view.sec),
    q: view.q.trim(),
  };
}

/** Every field of a parsed view is within its domain; returns the list of problems. */
function problemsOf(view: ViewState): string[] {
  const problems: string[] = [];
  const isSlug = (s: unknown) => typeof s === 'string' && SLUG.test(s) && s.length <= 64;
  if (view.ds !== null && !isSlug(view.ds)) problems.push(`ds ${JSON.stringify(view.ds)}`);
  if (view.sel !== null && !isSlug(view.sel)) problems.push(`sel ${JSON.stringify(view.sel)}`);
  for (const key of ['cat', 'dept', 'sec'] as const) {
    const ids = view[key];
    if (!Array.isArray(ids)) {
      problems.push(`${key} is not an array`);
      continue;
    }
    if (!ids.every(isSlug)) problems.push(`${key} holds a non-slug`);
    if (new Set(ids).size !== ids.length) problems.push(`${key} holds duplicates`);
    if (ids.join('\u0000') !== [...ids].sort().join('\u0000')) problems.push(`${key} not sorted`);
    if (ids.length > MAX_IDS) problems.push(`${key} too long`);
  }
  if (typeof view.q !== 'string') problems.push('q is not a string');
  else {
    if (/\p{Cc}/u.test(view.q)) problems.push('q holds a control character');
    if ([...view.q].length > MAX_QUERY_LENGTH) problems.push('q too long');
    // serialize writes q trimmed, so an untrimmed q is a view no URL can give back.
    if (view.q !== view.q.trim())
      problems.push(`q not trimmed: ${JSON.stringify(view.q.slice(-4))}`);
    if (LONE_SURROGATE.test(view.q)) problems.push('q holds a lone surrogate (a cut character)');
  }
  if (view.sort !== null) {
    if (!SORTABLE_COLUMNS.includes(view.sort.column)) problems.push('sort column');
    if (typeof view.sort.desc !== 'boolean') problems.push('sort desc');
  }
  if (!LANGS.includes(view.lang)) problems.push(`lang ${JSON.stringify(view.lang)}`);
  if (!MODES.includes(view.mode)) problems.push(`mode ${JSON.stringify(view.mode)}`);
  if (view.chart !== null && !CHARTS.includes(view.chart)) problems.push('chart');
  if (view.scheme !== null && !SCHEMES.includes(view.scheme)) problems.push('scheme');
  if (typeof view.decal !== 'boolean') problems.push('decal');
  const keys = Object.keys(view).sort();
  const expectedKeys = Object.keys(DEFAULT_VIEW).sort();
  if (keys.join() !== expectedKeys.join()) problems.push(`keys ${keys.join()}`);
  return problems;
}

/** Any text at all, as a whole query string or as the value of one known key. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary-ascii' }),
  // Lone surrogates, which URLSearchParams must cope with.
  fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((n) => String.fromCharCode(n)) }),
  fc.string({
    unit: fc.constantFrom('%', 'E3', '%8', '%E3%8', '%zz', '&', '=', ',', '-', '?', '+'),
  }),
  // Values around MAX_QUERY_LENGTH, where q is cut.
  fc.string({ unit: fc.constantFrom('a', 'あ', ' ', '😀', '%20'), minLength: 190, maxLength: 260 }),
);
const knownKey = fc.constantFrom(
  'ds',
  'cat',
  'dept',
  'sec',
  'q',
  'sort',
  'sel',
  'lang',
  'view',
  'chart',
  'scheme',
  'decal',
);

// ---- properties --------------------------------------------------------------------------

describe('URL codec properties', () => {
  it('any valid view survives serialize → parse (up to canonical ids and a trimmed q)', () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        expect(parseViewState(serializeViewState(view))).toEqual(normalise(view));
      }),
      { numRuns: 500 },
    );
  });

  it('one view has one URL: equal views after normalising serialize to the same string', () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        const url = serializeViewState(view);
        expect(serializeViewState(normalise(view))).toBe(url);
        expect(serializeViewState(parseViewState(url))).toBe(url);
      }),
      { numRuns: 300 },
    );
  });

  it('the order and repetition of ids never changes the URL', () => {
    fc.assert(
      fc.property(idListArb, fc.integer({ min: 0, max: 1000 }), (ids, seed) => {
        const shuffled = [...ids, ...ids].sort((a, b) => (a + seed < b + seed ? 1 : -1));
        const a = serializeViewState({ ...DEFAULT_VIEW, dept: ids });
        const b = serializeViewState({ ...DEFAULT_VIEW, dept: shuffled });
        expect(b).toBe(a);
        const expected = canonicalIds(ids);
        expect(a).toBe(expected.length ? `?dept=${expected.join(',')}` : '');
      }),
    );
  });

  it('any query string parses without throwing to a valid view', () => {
    fc.assert(
      fc.property(anyText, (search) => {
        const view = parseViewState(search);
        expect(problemsOf(view)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('any value under any known key (also repeated, also empty) parses to a valid view', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(knownKey, fc.oneof(anyText, fc.constant(''))), { maxLength: 6 }),
        fc.boolean(),
        (pairs, raw) => {
          // Both encoded (as a browser writes it) and raw (as a person might type it).
          const search = raw
            ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`
            : `?${new URLSearchParams(pairs).toString()}`;
          expect(problemsOf(parseViewState(search))).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('parsing is stable: parse(serialize(parse(s))) equals parse(s)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(knownKey, anyText), { maxLength: 6 }), (pairs) => {
        const first = parseViewState(new URLSearchParams(pairs).toString());
        expect(parseViewState(serializeViewState(first))).toEqual(first);
      }),
      { numRuns: 1000 },
    );
  });
});

// ---- examples ----------------------------------------------------------------------------

describe('serializeViewState', () => {
  it('writes the default view as the empty string', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
  });

  it('leaves out every default, including a blank search and lang=ja', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW, q: '  \u3000 ', lang: 'ja', sort: null })).toBe(
      '',
    );
  });

  it('writes every field in a fixed key order with readable commas', () => {
    const view: ViewState = {
      decal: true,
      scheme: 'dark',
      chart: 'portfolio',
      mode: 'present',
      lang: 'en',
      sel: 'citizen-01',
      sort: { column: 'name', desc: true },
      q: ' open data ',
      sec: ['koho', 'digital-miyagi'],
      dept: ['kikaku'],
      cat: ['local', 'citizen', 'local'],
      ds: 'other-year',
    };
    expect(serializeViewState(view)).toBe(
      '?ds=other-year&cat=citizen,local&dept=kikaku&sec=digital-miyagi,koho&q=open+data&sort=-name&sel=citizen-01&lang=en&view=present&chart=portfolio&scheme=dark&decal=1',
    );
  });

  it('leaves out the default mode, no chart, no scheme and no decal', () => {
    expect(
      serializeViewState({
        ...DEFAULT_VIEW,
        mode: 'default',
        chart: null,
        scheme: null,
        decal: false,
      }),
    ).toBe('');
    expect(serializeViewState({ ...DEFAULT_VIEW, mode: 'embed', chart: 'table' })).toBe(
      '?view=embed&chart=table',
    );
  });

  it('encodes characters that would break the query', () => {
    const url = serializeViewState({ ...DEFAULT_VIEW, q: 'a&b=c+d%,#' });
    expect(url).toBe('?q=a%26b%3Dc%2Bd%25,%23');
    expect(parseViewState(url).q).toBe('a&b=c+d%,#');
  });

  it('encodes Japanese text and reads it back', () => {
    const url = serializeViewState({ ...DEFAULT_VIEW, q: 'オープン データ' });
    expect(url).toBe('?q=%E3%82%AA%E3%83%BC%E3%83%97%E3%83%B3+%E3%83%87%E3%83%BC%E3%82%BF');
    expect(parseViewState(url).q).toBe('オープン データ');
  });

  it('writes an ascending sort without a sign', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW, sort: { column: 'id', desc: false } })).toBe(
      '?sort=id',
    );
  });
});

describe('parseViewState', () => {
  it('reads the empty string and a bare "?" as the default view', () => {
    expect(parseViewState('')).toEqual(DEFAULT_VIEW);
    expect(parseViewState('?')).toEqual(DEFAULT_VIEW);
  });

  it('reads with or without the leading "?"', () => {
    expect(parseViewState('cat=local&lang=en')).toEqual(parseViewState('?cat=local&lang=en'));
    expect(parseViewState('cat=local&lang=en')).toEqual({
      ...DEFAULT_VIEW,
      cat: ['local'],
      lang: 'en',
    });
  });

  it('ignores unknown keys', () => {
    expect(parseViewState('?utm_source=mail&foo=bar&CAT=local&Lang=en')).toEqual(DEFAULT_VIEW);
  });

  it('reads sort=-name as name descending and sort=name as ascending', () => {
    expect(parseViewState('?sort=-name').sort).toEqual({ column: 'name', desc: true });
    expect(parseViewState('?sort=name').sort).toEqual({ column: 'name', desc: false });
    expect(parseViewState('?sort=-summary').sort).toEqual({ column: 'summary', desc: true });
  });

  it.each(['bogus', '--name', 'Name', '-', '', 'name-', ' name', 'budget'])(
    'reads an invalid sort %j as null',
    (sort) => {
      expect(parseViewState(`?sort=${encodeURIComponent(sort)}`).sort).toBeNull();
    },
  );

  it.each([
    ['fr', 'ja'],
    ['EN', 'ja'],
    ['', 'ja'],
    ['en', 'en'],
    ['ja', 'ja'],
  ])('reads lang=%j as %j', (lang, expected) => {
    expect(parseViewState(`?lang=${lang}`).lang).toBe(expected);
  });

  it('reads presentation keys: view, chart, scheme and decal=1', () => {
    expect(parseViewState('?view=embed&chart=departments&scheme=contrast&decal=1')).toEqual({
      ...DEFAULT_VIEW,
      mode: 'embed',
      chart: 'departments',
      scheme: 'contrast',
      decal: true,
    });
  });

  it.each([
    ['?view=bogus', { mode: 'default' }],
    ['?view=Present', { mode: 'default' }],
    ['?chart=pie', { chart: null }],
    ['?scheme=blue', { scheme: null }],
    ['?decal=true', { decal: false }],
    ['?decal=0', { decal: false }],
    ['?mode=present', {}],
  ])('reads an invalid presentation value %s as the default', (search, patch) => {
    expect(parseViewState(search)).toEqual({ ...DEFAULT_VIEW, ...patch });
  });

  it('keeps the valid ids of a list, sorted and deduplicated', () => {
    expect(parseViewState('?cat=local,citizen,local,,Bad,a_b,-x,x-,ok-1').cat).toEqual([
      'citizen',
      'local',
      'ok-1',
    ]);
  });

  it('reads a repeated id list as one list, and keeps the first of another repeated key', () => {
    const view = parseViewState(
      '?cat=local&cat=citizen,municipal&dept=kikaku&dept=kikaku&lang=en&lang=ja&q=first&q=second',
    );
    expect(view.cat).toEqual(['citizen', 'local', 'municipal']);
    expect(view.dept).toEqual(['kikaku']);
    expect(view.lang).toBe('en');
    expect(view.q).toBe('first');
  });

  it('reads keys with empty values as the defaults', () => {
    expect(parseViewState('?ds=&cat=&dept=&sec=&q=&sort=&sel=&lang=')).toEqual(DEFAULT_VIEW);
    expect(parseViewState('?ds&cat&q&sort&sel&lang')).toEqual(DEFAULT_VIEW);
  });

  it('drops a ds or sel that is not a slug of at most 64 characters', () => {
    expect(parseViewState('?ds=Miyagi&sel=citizen_01')).toEqual(DEFAULT_VIEW);
    expect(parseViewState(`?sel=${'a'.repeat(65)}`).sel).toBeNull();
    expect(parseViewState(`?sel=${'a'.repeat(64)}`).sel).toBe('a'.repeat(64));
  });

  it('survives broken percent-encoding', () => {
    expect(() => parseViewState('?q=%E3%8')).not.toThrow();
    // A cut-off escape decodes to U+FFFD, which no program holds: it is dropped, so the rest
    // of the search still finds what it should.
    expect(parseViewState('?q=%E3%8').q).toBe('%8');
    expect(parseViewState('?q=%E0%A4').q).toBe('');
    expect(parseViewState('?q=%E3%82%B7%E3%82%B9%E3%83%86%E3%83%A0%E0%A4').q).toBe('システム');
    expect(parseViewState('?cat=%E3%8,local&sort=%zz').cat).toEqual(['local']);
    expect(parseViewState('?cat=%E3%8,local&sort=%zz').sort).toBeNull();
    expect(parseViewState('?%=%&&==&q=%%41')).toEqual({ ...DEFAULT_VIEW, q: '%A' });
  });

  it('replaces control characters in q with spaces and trims', () => {
    expect(parseViewState('?q=%00a%09b%0A%7F').q).toBe('a b');
    expect(parseViewState('?q=++open+data++').q).toBe('open data');
  });

  it('cuts a long q without leaving trailing whitespace (so the view equals its own URL)', () => {
    const view = parseViewState(`?q=${'a'.repeat(199)}+b`);
    expect(view.q).toBe('a'.repeat(199));
    expect(parseViewState(serializeViewState(view))).toEqual(view);
  });

  it('cuts a long q without splitting a character in two', () => {
    const view = parseViewState(`?q=${'a'.repeat(199)}${encodeURIComponent('😀')}`);
    // Either the emoji is kept whole or dropped whole; never half of it.
    expect(['a'.repeat(199), `${'a'.repeat(199)}😀`]).toContain(view.q);
    expect(LONE_SURROGATE.test(view.q)).toBe(false);
    expect(parseViewState(serializeViewState(view)).q).toBe(view.q);
  });

  it('cuts very long values: q to MAX_QUERY_LENGTH, id lists to 200 ids', () => {
    const long = parseViewState(
      `?q=${'x'.repeat(100_000)}&cat=${Array.from({ length: 1000 }, (_, i) => `c${i}`).join(',')}`,
    );
    expect(MAX_QUERY_LENGTH).toBe(200);
    expect(long.q).toBe('x'.repeat(200));
    expect(long.cat).toHaveLength(200);
    expect(long.cat).toEqual(
      Array.from({ length: 1000 }, (_, i) => `c${i}`)
        .sort()
        .slice(0, 200),
    );
  });
});

describe('canonicalIds and toggleId', () => {
  it('canonicalIds sorts, deduplicates and caps at 200', () => {
    expect(canonicalIds(['b', 'a', 'b', 'c', 'a'])).toEqual(['a', 'b', 'c']);
    expect(canonicalIds([])).toEqual([]);
    expect(canonicalIds(Array.from({ length: 300 }, (_, i) => `x${1000 + i}`))).toHaveLength(200);
  });

  it('toggleId adds an absent id in sorted position', () => {
    expect(toggleId(['a', 'c'], 'b')).toEqual(['a', 'b', 'c']);
    expect(toggleId([], 'local')).toEqual(['local']);
  });

  it('toggleId removes a present id', () => {
    expect(toggleId(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
    expect(toggleId(['local'], 'local')).toEqual([]);
  });

  it('toggling twice returns to the canonical list', () => {
    fc.assert(
      fc.property(idListArb, idArb, (ids, id) => {
        const start = canonicalIds(ids);
        expect(toggleId(toggleId(start, id), id)).toEqual(start);
      }),
    );
  });
});
