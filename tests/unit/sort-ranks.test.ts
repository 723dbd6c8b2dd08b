import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProgramRows } from '../../src/table/program-rows';
import { compareRows, sortProgramRows } from '../../src/table/sort-ranks';
import { SORTABLE_COLUMNS } from '../../src/url/view-state';
import { loadBundledDataset } from './helpers/load-bundled-dataset';

const dataset = loadBundledDataset();

describe('sortProgramRows', () => {
  it('orders any subset as a comparison sort by the column would, ascending and descending', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...dataset.programs]),
        fc.constantFrom(...SORTABLE_COLUMNS),
        fc.boolean(),
        fc.constantFrom('ja' as const, 'en' as const),
        (programs, column, desc, lang) => {
          const rows = buildProgramRows(dataset, programs, lang);
          const expected = [...rows].sort(compareRows(column));
          if (desc) expected.reverse();
          const sorted = sortProgramRows(rows, { column, desc }, dataset, lang);
          expect(sorted.map((r) => r.id)).toEqual(expected.map((r) => r.id));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps the given order when there is no sort', () => {
    const rows = buildProgramRows(dataset, [...dataset.programs].reverse(), 'ja');
    expect(sortProgramRows(rows, null, dataset, 'ja')).toEqual(rows);
  });
});
