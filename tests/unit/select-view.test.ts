import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/domain/dataset';
import { selectView, selectViewMemo } from '../../src/domain/select-programs';
import { rowsAt } from '../../src/table/program-rows';
import { loadBundledDataset, view } from './helpers/load-bundled-dataset';

const dataset = loadBundledDataset();
const ids = (items: readonly { id: string }[]) => items.map((x) => x.id);

describe('selectView positions', () => {
  it('point at exactly the selected programs, and the table rows follow them', () => {
    fc.assert(
      fc.property(
        fc.subarray(ids(dataset.categories)),
        fc.subarray(ids(dataset.departments), { maxLength: 3 }),
        fc.constantFrom('', 'デジタル', 'システム 運用', 'zzz'),
        (cat, dept, q) => {
          const selection = selectView(dataset, view({ cat, dept, q }));
          const picked = Array.from(selection.positions, (i) => dataset.programs[i]);
          expect(picked).toEqual(selection.programs);
          expect(ids(rowsAt(dataset, selection.positions, 'ja'))).toEqual(ids(selection.programs));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('counts each facet value as a count over the programs would', () => {
    const selection = selectView(dataset, view({ q: 'システム' }));
    const byDepartment = new Map<string, number>();
    for (const p of selection.programs)
      for (const id of p.departmentIds) byDepartment.set(id, (byDepartment.get(id) ?? 0) + 1);
    expect(selection.facetCounts.dept).toEqual(byDepartment);
  });
});

describe('selectViewMemo', () => {
  it('gives what selectView gives, and the same object again for the same filters', () => {
    const first = selectViewMemo(dataset, view({ q: 'デジタル' }));
    expect(first).toEqual(selectView(dataset, view({ q: 'デジタル' })));
    // A sort, a selection or a language switch does not change which programs pass.
    expect(selectViewMemo(dataset, view({ q: 'デジタル', lang: 'en', sel: 'x' }))).toBe(first);
  });

  it('computes afresh when a filter changes, and for another dataset', () => {
    const searched = selectViewMemo(dataset, view({ q: 'デジタル' }));
    const narrowed = selectViewMemo(
      dataset,
      view({ q: 'デジタル', cat: [dataset.categories[0]?.id ?? ''] }),
    );
    expect(narrowed).not.toBe(searched);
    expect(narrowed.programs.length).toBeLessThan(searched.programs.length);
    expect(selectViewMemo(dataset, view({ q: 'デジタル' }))).not.toBe(narrowed);
    const other = buildDataset(dataset.entry, dataset.budgets, dataset.programsFile);
    expect(selectViewMemo(other, view({ q: 'デジタル' }))).not.toBe(
      selectViewMemo(dataset, view({ q: 'デジタル' })),
    );
  });
});
