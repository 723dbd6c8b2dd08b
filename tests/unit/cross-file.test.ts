import { describe, expect, it } from 'vitest';
import { DataFileError, unknownCategories } from '../../src/data/data-file-error';
import { loadBundledDataset } from './helpers/load-bundled-dataset';

describe('unknownCategories: programs under a category the budget file lacks', () => {
  const categories = ['citizen', 'local'];
  const programs = (ids: string[]) =>
    ids.map((categoryId, i) => ({ id: `p-${i + 1}`, categoryId }));

  it('passes when every program has a known category', () => {
    expect(unknownCategories('p.json', categories, programs(['local', 'citizen']))).toBeNull();
  });

  it('names the file, each bad program by path, the id and the known ids', () => {
    const error = unknownCategories('p.json', categories, programs(['local', 'x', 'citizen', 'y']));
    expect(error).toBeInstanceOf(DataFileError);
    expect(error?.file).toBe('p.json');
    expect(error?.kind).toBe('schema');
    expect(error?.problems).toEqual([
      {
        path: 'programs[1].categoryId',
        item: 'p-2',
        message: 'unknown category "x" (the budget file has citizen, local)',
      },
      {
        path: 'programs[3].categoryId',
        item: 'p-4',
        message: 'unknown category "y" (the budget file has citizen, local)',
      },
    ]);
  });

  it('lists at most five problems, as the schema errors do', () => {
    const error = unknownCategories('p.json', categories, programs(Array(9).fill('z')));
    expect(error?.problems.map((p) => p.path)).toEqual(
      [0, 1, 2, 3, 4].map((i) => `programs[${i}].categoryId`),
    );
  });

  it('names the record a schema problem is in by its id, as the index counts from 0', async () => {
    const { parseDataFile } = await import('../../src/data/fetch-data-file');
    const { programsFileSchema } = await import('../../src/data/schemas');
    const dataset = loadBundledDataset();
    const file = structuredClone(dataset.programsFile) as { programs: { number: unknown }[] };
    const broken = file.programs[40];
    if (broken) broken.number = '41';
    let error: unknown;
    try {
      parseDataFile('programs.json', JSON.stringify(file), programsFileSchema);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).problems[0]).toMatchObject({
      path: 'programs[40].number',
      item: dataset.programs[40]?.id,
    });
  });

  it('passes on the bundled data', () => {
    const dataset = loadBundledDataset();
    const ids = dataset.categories.map((c) => c.id);
    expect(unknownCategories('programs.json', ids, dataset.programs)).toBeNull();
  });
});
