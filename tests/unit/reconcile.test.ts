import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listIgnoredParts, reconcileViewState } from '../../src/domain/reconcile';
import {
  CHARTS,
  canonicalIds,
  DEFAULT_VIEW,
  LANGS,
  MODES,
  parseViewState,
  SCHEMES,
  SORTABLE_COLUMNS,
  serializeViewState,
  type ViewState,
} from '../../src/url/view-state';
import { loadBundledDataset, view } from './helpers/load-bundled-dataset';

const dataset = loadBundledDataset();
const FIRST = 'miyagi-r5-it';
const DATASET_IDS = [FIRST, 'other-year'] as const;

/** What the app does with a link: parse, fit to the data, list what was left out. */
function open(search: string, datasetIds: readonly string[] = DATASET_IDS) {
  const kept = reconcileViewState(parseViewState(search), dataset, datasetIds);
  return { view: kept, ignored: listIgnoredParts(search, kept, datasetIds) };
}

describe('reconcileViewState', () => {
  it('is given the bundled dataset id first', () => {
    expect(dataset.entry.id).toBe(FIRST);
  });

  it('drops unknown category, department and section ids and keeps the known ones in order', () => {
    const kept = reconcileViewState(
      view({
        cat: ['citizen', 'local', 'nope'],
        dept: ['kikaku', 'zzz'],
        sec: ['digital-miyagi', 'koho', 'no-such-section'],
      }),
      dataset,
      DATASET_IDS,
    );
    expect(kept.cat).toEqual(['citizen', 'local']);
    expect(kept.dept).toEqual(['kikaku']);
    expect(kept.sec).toEqual(['digital-miyagi', 'koho']);
  });

  it('does not accept an id of one facet in another', () => {
    const kept = reconcileViewState(
      view({ cat: ['kikaku'], dept: ['citizen'], sec: ['kikaku'] }),
      dataset,
      DATASET_IDS,
    );
    expect(kept.cat).toEqual([]);
    expect(kept.dept).toEqual([]);
    expect(kept.sec).toEqual([]);
  });

  it('writes the first dataset as null', () => {
    expect(reconcileViewState(view({ ds: FIRST }), dataset, DATASET_IDS).ds).toBeNull();
  });

  it('keeps another known dataset and drops an unknown one', () => {
    expect(reconcileViewState(view({ ds: 'other-year' }), dataset, DATASET_IDS).ds).toBe(
      'other-year',
    );
    expect(reconcileViewState(view({ ds: 'nope' }), dataset, DATASET_IDS).ds).toBeNull();
    expect(reconcileViewState(view({ ds: 'other-year' }), dataset, [FIRST]).ds).toBeNull();
  });

  it('keeps a known selected program and drops an unknown one', () => {
    expect(reconcileViewState(view({ sel: 'local-26' }), dataset, DATASET_IDS).sel).toBe(
      'local-26',
    );
    expect(reconcileViewState(view({ sel: 'local-64' }), dataset, DATASET_IDS).sel).toBeNull();
    expect(reconcileViewState(view({ sel: 'kikaku' }), dataset, DATASET_IDS).sel).toBeNull();
  });

  it('leaves search, sort and language as they are', () => {
    const input = view({ q: 'オープン', sort: { column: 'department', desc: true }, lang: 'en' });
    expect(reconcileViewState(input, dataset, DATASET_IDS)).toEqual(input);
  });

  it('leaves a fully valid view unchanged and the default view unchanged', () => {
    const valid: ViewState = {
      ...DEFAULT_VIEW,
      ds: 'other-year',
      cat: ['administration', 'citizen'],
      dept: ['keisatsu', 'kikaku'],
      sec: ['cyber-crime'],
      q: 'サイバー',
      sort: { column: 'id', desc: false },
      sel: 'administration-31',
      lang: 'en',
    };
    expect(reconcileViewState(valid, dataset, DATASET_IDS)).toEqual(valid);
    expect(reconcileViewState(DEFAULT_VIEW, dataset, DATASET_IDS)).toEqual(DEFAULT_VIEW);
  });
});

describe('listIgnoredParts', () => {
  it('names exactly the dropped parts of a partly bad link', () => {
    const { view: kept, ignored } = open('?cat=citizen,nope&sort=bogus&lang=xx');
    expect(kept).toEqual({ ...DEFAULT_VIEW, cat: ['citizen'] });
    expect(ignored).toEqual([
      { key: 'cat', value: 'nope' },
      { key: 'sort', value: 'bogus' },
      { key: 'lang', value: 'xx' },
    ]);
  });

  it('joins a repeated id list, and names the second of any other repeated key', () => {
    const { view: kept, ignored } = open(
      '?cat=local&cat=citizen,nope&q=a&q=b&lang=en&lang=ja&sel=citizen-09&sel=local-07&x=1&x=2',
    );
    expect(kept).toEqual({
      ...DEFAULT_VIEW,
      cat: ['citizen', 'local'],
      q: 'a',
      lang: 'en',
      sel: 'citizen-09',
    });
    expect(ignored).toEqual([
      { key: 'cat', value: 'nope' },
      { key: 'q', value: 'b' },
      { key: 'sel', value: 'local-07' },
      { key: 'lang', value: 'ja' },
    ]);
    // A repeat of the value in use, or an empty one, is not reported as ignored.
    expect(
      open('?lang=en&lang=en&view=present&view=present&q=a&q=&decal=1&decal=1').ignored,
    ).toEqual([]);
  });

  it('names a search cut off inside a percent-escape, and keeps its whole characters', () => {
    const { view: kept, ignored } = open('?q=%E3%82%B7%E3%82%B9%E0%A4');
    expect(kept).toEqual({ ...DEFAULT_VIEW, q: 'シス' });
    // Named as it is used: the broken character is not shown.
    expect(ignored).toEqual([{ key: 'q', value: 'シス', corrected: true }]);
  });

  it('names unknown ids in every list, an unknown dataset and an unknown program', () => {
    const { view: kept, ignored } = open(
      '?ds=nope&cat=local,Bad&dept=kikaku,zzz&sec=koho,x-y&sel=citizen-99&q=data',
    );
    expect(kept).toEqual({
      ...DEFAULT_VIEW,
      cat: ['local'],
      dept: ['kikaku'],
      sec: ['koho'],
      q: 'data',
    });
    expect(ignored).toEqual([
      { key: 'cat', value: 'Bad' },
      { key: 'dept', value: 'zzz' },
      { key: 'sec', value: 'x-y' },
      { key: 'ds', value: 'nope' },
      { key: 'sel', value: 'citizen-99' },
    ]);
  });

  it('reports nothing for a valid link, also with every key set', () => {
    expect(open('').ignored).toEqual([]);
    expect(
      open(
        '?ds=other-year&cat=citizen,local&dept=kikaku&sec=digital-miyagi&q=%E3%82%AA%E3%83%BC%E3%83%97%E3%83%B3&sort=-name&sel=citizen-12&lang=en&view=present&chart=portfolio&scheme=contrast&decal=1',
      ).ignored,
    ).toEqual([]);
  });

  it('names a bad view, chart, scheme or decal value', () => {
    const { view: kept, ignored } = open('?view=slides&chart=pie&scheme=blue&decal=yes&lang=en');
    expect(kept).toEqual({ ...DEFAULT_VIEW, lang: 'en' });
    expect(ignored).toEqual([
      { key: 'view', value: 'slides' },
      { key: 'chart', value: 'pie' },
      { key: 'scheme', value: 'blue' },
      { key: 'decal', value: 'yes' },
    ]);
  });

  it('reports nothing for valid presentation keys', () => {
    const { view: kept, ignored } = open('?view=embed&chart=budget&scheme=dark&decal=1');
    expect(kept).toEqual({
      ...DEFAULT_VIEW,
      mode: 'embed',
      chart: 'budget',
      scheme: 'dark',
      decal: true,
    });
    expect(ignored).toEqual([]);
  });

  it('does not report the first dataset written out, lang=ja, a padded search or unknown keys', () => {
    const { view: kept, ignored } = open(
      `?ds=${FIRST}&lang=ja&q=++open+data++&utm_source=mail&fbclid=abc`,
    );
    expect(kept).toEqual({ ...DEFAULT_VIEW, q: 'open data' });
    expect(ignored).toEqual([]);
  });

  it('does not report duplicates or empty parts of an id list, nor empty values', () => {
    const { view: kept, ignored } = open('?cat=citizen,,citizen,&ds=&sel=&sort=');
    expect(kept).toEqual({ ...DEFAULT_VIEW, cat: ['citizen'] });
    expect(ignored).toEqual([]);
  });

  it('reports a search text that was cut as corrected (it is used, not left out), the reported value shortened to 40 characters', () => {
    const long = 'x'.repeat(250);
    const { view: kept, ignored } = open(`?q=${long}`);
    expect(kept.q).toBe('x'.repeat(200));
    expect(ignored).toEqual([{ key: 'q', value: `${'x'.repeat(40)}…`, corrected: true }]);
  });

  it('reports a search of nothing but dropped characters as ignored, not corrected', () => {
    const { view: kept, ignored } = open('?q=%00%E0%A4');
    expect(kept.q).toBe('');
    // Shown as written, the control character as its escape (it would be invisible).
    expect(ignored).toEqual([{ key: 'q', value: '%00\uFFFD' }]);
  });

  it('shortens a long reported id to 40 characters and an ellipsis', () => {
    const id = `a${'-b'.repeat(30)}`;
    const { ignored } = open(`?dept=${id}`);
    expect(ignored).toEqual([{ key: 'dept', value: `${id.slice(0, 40)}…` }]);
  });

  it('reports a sort column that does not exist but not a valid descending sort', () => {
    expect(open('?sort=-name').ignored).toEqual([]);
    expect(open('?sort=-budget').ignored).toEqual([{ key: 'sort', value: '-budget' }]);
  });

  it('reports nothing for any link written from a reconciled view', () => {
    // Views reach reconcile from parseViewState, so their id lists are canonical.
    const pick = (values: readonly string[]) => fc.subarray([...values]).map(canonicalIds);
    fc.assert(
      fc.property(
        fc.record({
          ds: fc.constantFrom<string | null>(null, ...DATASET_IDS, 'nope'),
          cat: pick([...dataset.categoryById.keys(), 'nope']),
          dept: pick([...dataset.departmentById.keys(), 'zzz']),
          sec: pick([...dataset.sectionById.keys()].slice(0, 10).concat('x')),
          q: fc.constantFrom('', 'データ', ' open  data ', 'a&b'),
          sort: fc.option(
            fc.record({ column: fc.constantFrom(...SORTABLE_COLUMNS), desc: fc.boolean() }),
            { nil: null },
          ),
          sel: fc.constantFrom<string | null>(null, 'citizen-01', 'local-26', 'citizen-99'),
          lang: fc.constantFrom(...LANGS),
          mode: fc.constantFrom(...MODES),
          chart: fc.option(fc.constantFrom(...CHARTS), { nil: null }),
          scheme: fc.option(fc.constantFrom(...SCHEMES), { nil: null }),
          decal: fc.boolean(),
        }),
        (raw) => {
          const kept = reconcileViewState(raw, dataset, DATASET_IDS);
          const link = serializeViewState(kept);
          const reopened = open(link);
          expect(reopened.ignored).toEqual([]);
          expect(reopened.view).toEqual({ ...kept, q: kept.q.trim() });
          expect(reconcileViewState(kept, dataset, DATASET_IDS)).toEqual(kept);
        },
      ),
      { numRuns: 300 },
    );
  });
});
