import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasFilters, selectFacetCounts, selectPrograms } from '../../src/domain/select-programs';
import type { ViewState } from '../../src/url/view-state';
import { idsOf, loadBundledDataset, view } from './helpers/load-bundled-dataset';

const dataset = loadBundledDataset();
const select = (patch: Partial<ViewState>) => idsOf(selectPrograms(dataset, view(patch)));
const counts = (patch: Partial<ViewState>) => {
  const c = selectFacetCounts(dataset, view(patch));
  return {
    cat: Object.fromEntries(c.cat),
    dept: Object.fromEntries(c.dept),
    sec: Object.fromEntries(c.sec),
  };
};

const ALL_CATEGORY_COUNTS = {
  citizen: 60,
  local: 63,
  business: 16,
  municipal: 7,
  administration: 31,
};
const LOCAL_DEPARTMENT_COUNTS = {
  kikaku: 11,
  'kankyo-seikatsu': 3,
  'hoken-fukushi': 12,
  keizai: 19,
  nosei: 7,
  'suisan-rinsei': 7,
  doboku: 3,
  kyoiku: 2,
};
const POLICE = [
  'citizen-57',
  'citizen-58',
  'citizen-59',
  'citizen-60',
  'business-16',
  'administration-29',
  'administration-30',
  'administration-31',
];

describe('selectPrograms on the bundled data', () => {
  it('shows all 177 programs, in source order, with no filters', () => {
    const all = select({});
    expect(all).toHaveLength(177);
    expect(all).toEqual(idsOf(dataset.programs));
    expect(all[0]).toBe('citizen-01');
    expect(all[176]).toBe('administration-31');
  });

  it('narrows to one category', () => {
    const local = select({ cat: ['local'] });
    expect(local).toHaveLength(63);
    expect(local.every((id) => id.startsWith('local-'))).toBe(true);
    expect(select({ cat: ['municipal'] })).toEqual([
      'municipal-01',
      'municipal-02',
      'municipal-03',
      'municipal-04',
      'municipal-05',
      'municipal-06',
      'municipal-07',
    ]);
  });

  it('widens with several values of one facet (OR)', () => {
    expect(select({ cat: ['local', 'business'] })).toHaveLength(79);
    expect(
      select({ cat: ['citizen', 'local', 'business', 'municipal', 'administration'] }),
    ).toHaveLength(177);
    expect(select({ dept: ['keisatsu', 'kigyo'] })).toHaveLength(10);
  });

  it('counts a joint program for each of its departments', () => {
    const kikaku = select({ dept: ['kikaku'] });
    expect(kikaku).toHaveLength(47);
    expect(kikaku).toContain('local-26');
    expect(kikaku).toContain('administration-31');
    expect(select({ dept: ['keizai'] })).toHaveLength(21);
    expect(select({ dept: ['keizai'] })).toContain('local-26');
    expect(select({ dept: ['keisatsu'] })).toEqual(POLICE);
    // kikaku and keisatsu share administration-31, which is shown once.
    expect(select({ dept: ['kikaku', 'keisatsu'] })).toHaveLength(47 + 8 - 1);
  });

  it('narrows across facets (AND)', () => {
    expect(select({ cat: ['local'], dept: ['kikaku'] })).toEqual([
      'local-01',
      'local-02',
      'local-03',
      'local-04',
      'local-05',
      'local-06',
      'local-07',
      'local-08',
      'local-09',
      'local-10',
      'local-26',
    ]);
    expect(select({ cat: ['administration'], dept: ['keisatsu'], sec: ['cyber-crime'] })).toEqual([
      'administration-30',
      'administration-31',
    ]);
    expect(select({ cat: ['municipal'], dept: ['keisatsu'] })).toEqual([]);
  });

  it('selects by section, including a joint program listed under two sections', () => {
    expect(select({ sec: ['cyber-crime'] })).toEqual(['administration-30', 'administration-31']);
    expect(select({ sec: ['digital-miyagi'] })).toHaveLength(35);
    expect(select({ sec: ['sangyo-digital'] })).toContain('local-26');
  });

  it('agrees with a plain filter for any combination of categories and departments', () => {
    const catIds = dataset.categories.map((c) => c.id);
    const deptIds = dataset.departments.map((d) => d.id);
    fc.assert(
      fc.property(fc.subarray(catIds), fc.subarray(deptIds), (cat, dept) => {
        const expected = dataset.programs
          .filter((p) => cat.length === 0 || cat.includes(p.categoryId))
          .filter((p) => dept.length === 0 || p.departmentIds.some((d) => dept.includes(d)))
          .map((p) => p.id);
        expect(select({ cat, dept })).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('selectFacetCounts on the bundled data', () => {
  it('counts every value with no filters (a joint program once per department)', () => {
    const c = counts({});
    expect(c.cat).toEqual(ALL_CATEGORY_COUNTS);
    expect(c.dept).toEqual({
      soumu: 20,
      'fukko-kiki': 4,
      kikaku: 47,
      'kankyo-seikatsu': 8,
      'hoken-fukushi': 20,
      keizai: 21,
      doboku: 9,
      suito: 3,
      kyoiku: 21,
      gikai: 1,
      keisatsu: 8,
      nosei: 7,
      'suisan-rinsei': 8,
      kigyo: 2,
    });
    expect(Object.values(c.dept).reduce((s, n) => s + n, 0)).toBe(179);
    expect(Object.keys(c.dept)).toHaveLength(14);
    expect(Object.values(c.sec).reduce((s, n) => s + n, 0)).toBe(179);
  });

  it('ignores a facet’s own selection: with cat=[local] every category keeps its count', () => {
    const c = counts({ cat: ['local'] });
    expect(c.cat).toEqual(ALL_CATEGORY_COUNTS);
    expect(c.dept).toEqual(LOCAL_DEPARTMENT_COUNTS);
    // 63 local programs, local-26 counted for keizai and kikaku.
    expect(Object.values(c.dept).reduce((s, n) => s + n, 0)).toBe(64);
    expect(c.sec['sangyo-digital']).toBe(7);
    expect(c.sec['digital-miyagi']).toBe(1);
    expect(c.sec.koho).toBeUndefined();
  });

  it('restricts categories by the department choice and departments by the category choice', () => {
    const c = counts({ cat: ['local'], dept: ['kikaku'] });
    expect(c.cat).toEqual({
      citizen: 11,
      local: 11,
      business: 1,
      municipal: 5,
      administration: 19,
    });
    expect(c.dept).toEqual(LOCAL_DEPARTMENT_COUNTS);
    expect(c.sec).toEqual({
      'digital-miyagi': 1,
      'sangyo-digital': 7,
      'chiiki-shinko': 2,
      sports: 1,
      'chusho-kigyo': 1,
    });
  });

  it('applies the search to every facet', () => {
    const c = counts({ q: 'ｵｰﾌﾟﾝﾃﾞｰﾀ' });
    expect(c.cat).toEqual({ citizen: 1, municipal: 1 });
    expect(c.dept).toEqual({ kikaku: 2 });
    expect(c.sec).toEqual({ 'digital-miyagi': 2 });
  });

  it('says what choosing one value alone would show, for any filters', () => {
    const catIds = dataset.categories.map((c) => c.id);
    const deptIds = dataset.departments.map((d) => d.id);
    fc.assert(
      fc.property(
        fc.subarray(catIds),
        fc.subarray(deptIds),
        fc.constantFrom('', 'デジタル', 'システム 県'),
        (cat, dept, q) => {
          const c = selectFacetCounts(dataset, view({ cat, dept, q }));
          for (const id of catIds) {
            const n = selectPrograms(dataset, view({ cat: [id], dept, q })).length;
            expect(c.cat.get(id) ?? 0).toBe(n);
          }
          for (const id of deptIds) {
            const n = selectPrograms(dataset, view({ cat, dept: [id], q })).length;
            expect(c.dept.get(id) ?? 0).toBe(n);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('search', () => {
  it('ignores width, case, spaces and hiragana vs katakana', () => {
    const expected = ['citizen-12', 'municipal-02'];
    for (const q of [
      'ｵｰﾌﾟﾝﾃﾞｰﾀ',
      'おーぷんでーた',
      'オープン データ',
      'オープンデータ',
      ' ｵｰﾌﾟﾝ　ﾃﾞｰﾀ ',
    ]) {
      expect(select({ q }), q).toEqual(expected);
    }
    expect(select({ q: 'ＩＣＴ' })).toEqual(select({ q: 'ict' }));
    expect(select({ q: 'ict' })).toHaveLength(19);
  });

  it('matches department names in both languages', () => {
    expect(select({ q: '警察本部' })).toEqual(POLICE);
    expect(select({ q: 'Prefectural Police' })).toEqual(POLICE);
    expect(select({ q: 'ｹｲｻﾂ' })).toEqual([]); // readings are not in the data
  });

  it('matches English names only from the start of a word', () => {
    // "ai" is inside General Affairs and Community Affairs, names the Japanese screen never
    // shows: only the programs whose own text says AI match.
    const ai = select({ q: 'AI' });
    expect(ai.length).toBeGreaterThan(0);
    for (const id of ai) {
      const p = dataset.programById.get(id);
      expect(`${p?.name} ${p?.summary}`.toLowerCase(), id).toContain('ai');
    }
    const generalAffairs = dataset.programs
      .filter((p) => p.departmentIds.includes('soumu'))
      .map((p) => p.id);
    expect(generalAffairs.length).toBeGreaterThan(0);
    expect(select({ q: 'affairs general' })).toEqual(expect.arrayContaining(generalAffairs));
    expect(select({ q: 'Aff' })).toEqual(select({ q: 'affairs' })); // a word's start is enough
    expect(select({ q: 'ffairs' })).toEqual([]);
    // Names as the English screen writes them, punctuation and all, or without their spaces.
    for (const q of ["Driver's", 'Economy,', '(Education', 'Child-Rearing'])
      expect(select({ q }).length, q).toBeGreaterThan(0);
    expect(select({ q: 'generalaffairs' })).toEqual(select({ q: 'general affairs' }));
  });

  it('matches section names in both languages', () => {
    expect(select({ q: 'サイバー犯罪対策課' })).toEqual(['administration-30', 'administration-31']);
    expect(select({ q: 'cybercrime division' })).toEqual([
      'administration-30',
      'administration-31',
    ]);
    expect(select({ q: 'でじたるみやぎ推進課' })).toHaveLength(35);
  });

  it('requires every space-separated term (AND), half- or full-width space', () => {
    expect(select({ q: 'オープンデータ 市町村' })).toEqual(['municipal-02']);
    expect(select({ q: 'オープンデータ　市町村' })).toEqual(['municipal-02']);
    expect(select({ q: 'オープンデータ 警察' })).toEqual([]);
  });

  it('does not match a term across two fields of a program', () => {
    // citizen-01: name ends 「…推進事業」, summary starts 「県が締結する…」.
    expect(select({ q: '推進事業 県が締結' })).toContain('citizen-01');
    expect(select({ q: '推進事業県が締結' })).toEqual([]);
  });

  it('treats a blank search as no search', () => {
    expect(select({ q: ' \u3000 ' })).toHaveLength(177);
  });

  it('combines with the facets', () => {
    expect(select({ q: 'オープンデータ', cat: ['citizen'] })).toEqual(['citizen-12']);
    expect(select({ q: 'サイバー', dept: ['kikaku'] })).toEqual(['administration-31']);
  });
});

describe('hasFilters', () => {
  it('is false only for no facet and a blank search', () => {
    expect(hasFilters(view())).toBe(false);
    expect(hasFilters(view({ q: '  ', sort: { column: 'name', desc: true }, lang: 'en' }))).toBe(
      false,
    );
    expect(hasFilters(view({ cat: ['local'] }))).toBe(true);
    expect(hasFilters(view({ dept: ['kikaku'] }))).toBe(true);
    expect(hasFilters(view({ sec: ['koho'] }))).toBe(true);
    expect(hasFilters(view({ q: 'x' }))).toBe(true);
  });
});
