import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectPrograms } from '../../src/domain/select-programs';
import { buildProgramRows, compareText } from '../../src/table/program-rows';
import { datasetWithPrograms, loadBundledDataset, view } from './helpers/load-bundled-dataset';

const dataset = loadBundledDataset();
const rowsJa = buildProgramRows(dataset, dataset.programs, 'ja');
const rowsEn = buildProgramRows(dataset, dataset.programs, 'en');
const rowOf = (rows: typeof rowsJa, id: string) => {
  const row = rows.find((r) => r.id === id);
  if (!row) expect.fail(`row ${id} not found`);
  return row;
};

describe('buildProgramRows', () => {
  it('gives one row per program, in the order passed in', () => {
    expect(rowsJa).toHaveLength(177);
    expect(rowsJa.map((r) => r.id)).toEqual(dataset.programs.map((p) => p.id));
    expect(rowsJa.every((r, i) => r.program === dataset.programs[i])).toBe(true);
  });

  it('joins the departments and sections of a joint program per language', () => {
    const ja = rowOf(rowsJa, 'local-26');
    expect(ja.departments).toBe('経済商工観光部、企画部');
    const en = rowOf(rowsEn, 'local-26');
    expect(en.departments).toBe(
      'Economy, Commerce, Industry and Tourism Department, Planning Department',
    );
    expect(rowOf(rowsJa, 'administration-31').departments).toBe('警察本部、企画部');
    expect(rowOf(rowsEn, 'administration-31').departments).toBe(
      'Prefectural Police Headquarters, Planning Department',
    );
    expect(rowOf(rowsJa, 'administration-31').sections).toBe(
      'デジタルみやぎ推進課、サイバー犯罪対策課',
    );
    expect(rowOf(rowsEn, 'administration-31').sections).toBe(
      'Digital Miyagi Promotion Division, Cybercrime Division',
    );
  });

  it('writes a single department without a separator', () => {
    const row = rowOf(rowsJa, 'citizen-01');
    expect(row.departments).toBe('総務部');
    expect(row.sections).toBe('行政経営企画課');
    expect(rowOf(rowsEn, 'citizen-01').departments).toBe('General Affairs Department');
  });

  it('names the category in the chosen language', () => {
    expect(rowOf(rowsJa, 'municipal-01').category).toBe('市町村の情報化への支援');
    expect(rowOf(rowsEn, 'municipal-01').category).toBe('Support for municipal digitalisation');
    expect(rowOf(rowsJa, 'administration-01').category).toBe('県行政の情報化への基盤整備');
    expect(rowOf(rowsEn, 'administration-01').category).toBe(
      "Digital infrastructure for the prefecture's administration",
    );
    expect(rowOf(rowsJa, 'citizen-01').category).toBe('D for Citizen');
  });

  it('keeps program text as published in both languages', () => {
    const ja = rowOf(rowsJa, 'citizen-01');
    const en = rowOf(rowsEn, 'citizen-01');
    expect(ja.name).toBe('行政手続等デジタル化推進事業');
    expect(en.name).toBe('行政手続等デジタル化推進事業');
    expect(en.summary).toBe(ja.summary);
  });

  it('computes order as category position, then number', () => {
    expect(rowOf(rowsJa, 'citizen-01').order).toBe(1);
    expect(rowOf(rowsJa, 'citizen-60').order).toBe(60);
    expect(rowOf(rowsJa, 'local-01').order).toBe(1_000_001);
    expect(rowOf(rowsJa, 'business-16').order).toBe(2_000_016);
    expect(rowOf(rowsJa, 'municipal-07').order).toBe(3_000_007);
    expect(rowOf(rowsJa, 'administration-31').order).toBe(4_000_031);
    expect(rowOf(rowsJa, 'administration-31').categoryIndex).toBe(4);
  });

  it('sorting by order gives back the source order from any shuffle', () => {
    const sourceOrder = dataset.programs.map((p) => p.id);
    fc.assert(
      fc.property(fc.shuffledSubarray([...dataset.programs], { minLength: 177 }), (shuffled) => {
        const rows = buildProgramRows(dataset, shuffled, 'ja');
        const sorted = [...rows].sort((a, b) => a.order - b.order).map((r) => r.id);
        expect(sorted).toEqual(sourceOrder);
      }),
      { numRuns: 50 },
    );
  });

  it('sorts number 10 after number 9 within a category (numeric, not text)', () => {
    const rows = buildProgramRows(
      dataset,
      [...selectPrograms(dataset, view({ cat: ['municipal', 'citizen'] }))].reverse(),
      'en',
    );
    const sorted = [...rows].sort((a, b) => a.order - b.order).map((r) => r.id);
    expect(sorted.slice(8, 11)).toEqual(['citizen-09', 'citizen-10', 'citizen-11']);
    expect(sorted.slice(59, 61)).toEqual(['citizen-60', 'municipal-01']);
  });

  it('rows only the programs passed in', () => {
    const rows = buildProgramRows(
      dataset,
      selectPrograms(dataset, view({ dept: ['keisatsu'] })),
      'ja',
    );
    expect(rows.map((r) => r.id)).toEqual([
      'citizen-57',
      'citizen-58',
      'citizen-59',
      'citizen-60',
      'business-16',
      'administration-29',
      'administration-30',
      'administration-31',
    ]);
    expect(buildProgramRows(dataset, [], 'ja')).toEqual([]);
  });

  it('falls back to the id for a department or section the data does not name', () => {
    const base = dataset.programs[0];
    if (!base) expect.fail('no program');
    const orphan = { ...base, id: 'orphan-1', departmentIds: ['nowhere'], sectionIds: ['none'] };
    const d = datasetWithPrograms(dataset, [orphan]);
    const [row] = buildProgramRows(d, d.programs, 'en');
    expect(row?.departments).toBe('nowhere');
    expect(row?.sections).toBe('none');
  });
});

describe('compareText', () => {
  it('compares numbers inside names by value', () => {
    expect(['事業10', '事業2', '事業1'].sort(compareText)).toEqual(['事業1', '事業2', '事業10']);
  });

  it('ignores case', () => {
    expect(compareText('ICT', 'ict')).toBe(0);
  });
});
