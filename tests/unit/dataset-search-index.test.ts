import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/domain/dataset';
import { loadBundledDataset } from './helpers/load-bundled-dataset';

const bundled = loadBundledDataset();
const fresh = () => buildDataset(bundled.entry, bundled.budgets, bundled.programsFile);

describe('prepareSearch', () => {
  it('builds the index a slice at a time, and the keys match those built all at once', () => {
    const sliced = fresh();
    let calls = 0;
    // Room for one slice per call.
    const oneSlice = () => {
      calls++;
      return calls % 2 === 1;
    };
    let done = sliced.prepareSearch(oneSlice);
    expect(done).toBe(false);
    let rounds = 1;
    while (!done) {
      done = sliced.prepareSearch(oneSlice);
      rounds++;
    }
    // 177 programs, 100 per slice.
    expect(rounds).toBe(2);
    const whole = fresh();
    for (const p of bundled.programs)
      expect(sliced.searchKeyOf(p.id)).toEqual(whole.searchKeyOf(p.id));
  });

  it('searchKeyOf finishes an index that was only partly prepared', () => {
    const partial = fresh();
    let once = true;
    partial.prepareSearch(() => {
      const go = once;
      once = false;
      return go;
    });
    const last = bundled.programs[bundled.programs.length - 1];
    if (!last) expect.fail('no programs');
    expect(partial.searchKeyOf(last.id)).toEqual(fresh().searchKeyOf(last.id));
    expect(partial.searchKeyOf(last.id).text).not.toBe('');
    expect(partial.searchKeyOf(last.id).words).not.toBe('');
  });
});
