import { describe, expect, it } from 'vitest';
import {
  fitViews,
  parsePresenterList,
  serializePresenterList,
} from '../../src/domain/presenter-list';
import { loadBundledDataset } from './helpers/load-bundled-dataset';

describe('parsePresenterList (an imported list of views: untrusted input)', () => {
  it('reads back what serializePresenterList writes, each search made canonical', () => {
    const text = serializePresenterList([
      { search: '?dept=kikaku&cat=local&lang=en', caption: 'a' },
      { search: '' },
    ]);
    expect(parsePresenterList(text)).toEqual({
      ok: true,
      views: [
        { search: '?cat=local&dept=kikaku', caption: 'a' },
        { search: '', caption: undefined },
      ],
    });
  });

  it('says what is wrong, with the value the file has, not "undefined undefined"', () => {
    const result = parsePresenterList('{"format":"x"}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      'format: must be "open-budget-dashboard/views", found the text "x"',
      'version: must be 1, found nothing',
      'views: missing (expected array)',
    ]);
    expect(result.problems.join(' ')).not.toContain('undefined');
  });

  it('names a bad entry by its place in the list', () => {
    const result = parsePresenterList(
      JSON.stringify({ format: 'open-budget-dashboard/views', version: 1, views: [{ search: 7 }] }),
    );
    expect(result).toEqual({
      ok: false,
      problems: ['views.0.search: expected string, found number 7'],
    });
  });

  it('says when the file is not JSON', () => {
    const result = parsePresenterList('{"format":');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^not JSON \(/);
  });
});

describe('fitViews (a list checked against the data)', () => {
  const dataset = loadBundledDataset();
  const ids = [dataset.entry.id, 'synthetic-5k'];

  it('leaves out ids the data does not have, says which, and keeps a slide once', () => {
    const { views, dropped } = fitViews(
      [{ search: '?cat=nonexistent' }, { search: '' }, { search: '?cat=local,nope&dept=kikaku' }],
      dataset,
      ids,
    );
    expect(views.map((v) => v.search)).toEqual(['', '?cat=local&dept=kikaku']);
    expect(dropped.map((d) => `${d.key}=${d.value}`)).toEqual(['cat=nonexistent', 'cat=nope']);
  });

  it('takes an unknown dataset for the default one, as a link does, and says so', () => {
    const { views, dropped } = fitViews(
      [
        { search: '?cat=local' },
        { search: '?ds=bogus&cat=local' },
        { search: '?ds=bogus&cat=nope' },
      ],
      dataset,
      ids,
    );
    expect(views.map((v) => v.search)).toEqual(['?cat=local', '']);
    expect(dropped.map((d) => `${d.key}=${d.value}`)).toEqual(['ds=bogus', 'cat=nope', 'ds=bogus']);
  });

  it("keeps a view of another dataset as it is: its ids are that dataset's", () => {
    const other = { search: '?ds=synthetic-5k&cat=c-03' };
    expect(fitViews([other], dataset, ids)).toEqual({ views: [other], dropped: [] });
  });
});
