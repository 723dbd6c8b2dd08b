import { describe, expect, it } from 'vitest';
import { presentStep, stepCategory } from '../../src/domain/present-steps';
import { loadBundledDataset, view } from './helpers/load-bundled-dataset';

const dataset = loadBundledDataset();
const home = { cat: [], dept: [], sec: [], q: '', sel: null };
const list = ['?cat=municipal', '?cat=citizen&q=AI', '?dept=kikaku'];

describe('stepCategory', () => {
  it('goes from the whole budget through each category in order, and stops at either end', () => {
    const ids = dataset.categories.map((c) => c.id);
    expect(stepCategory(dataset, view(), 'next')).toEqual({ ...home, cat: [ids[0]] });
    expect(stepCategory(dataset, view({ cat: [ids[0] ?? ''] }), 'previous')).toEqual(home);
    expect(stepCategory(dataset, view(), 'previous')).toBeNull();
    expect(stepCategory(dataset, view({ cat: [ids.at(-1) ?? ''] }), 'next')).toBeNull();
  });
});

describe('presentStep', () => {
  it('follows the list when the slide on screen is on it, and stops at its ends', () => {
    const at = (slide: string, key: 'next' | 'previous') =>
      presentStep(dataset, view(), list, slide, key);
    expect(at('?cat=municipal', 'next')).toEqual({
      ds: null,
      cat: ['citizen'],
      dept: [],
      sec: [],
      q: 'AI',
      sel: null,
    });
    expect(at('?cat=citizen&q=AI', 'previous')).toMatchObject({ cat: ['municipal'], q: '' });
    expect(at('?dept=kikaku', 'next')).toBeNull();
    expect(at('?cat=municipal', 'previous')).toBeNull();
  });

  it("keeps its place on a slide whose program's details were closed (Escape)", () => {
    const withProgram = ['?cat=municipal', '?dept=kikaku&sel=citizen-12', '?cat=business'];
    const kikaku = view({ dept: ['kikaku'] });
    expect(presentStep(dataset, kikaku, withProgram, '?dept=kikaku', 'next')).toMatchObject({
      cat: ['business'],
      dept: [],
    });
    expect(presentStep(dataset, kikaku, withProgram, '?dept=kikaku', 'previous')).toMatchObject({
      cat: ['municipal'],
    });
    // A slide with another program open is not that entry.
    expect(
      presentStep(dataset, kikaku, withProgram, '?dept=kikaku&sel=citizen-13', 'next'),
    ).toEqual(stepCategory(dataset, kikaku, 'next'));
    // Two entries with different programs of the same view: which was closed is not known, so
    // the slide is off the list (the next step went back to the second entry, over and over).
    const twoPrograms = [
      '?cat=municipal',
      '?dept=kikaku&sel=citizen-12',
      '?dept=kikaku&sel=citizen-14',
    ];
    expect(presentStep(dataset, kikaku, twoPrograms, '?dept=kikaku', 'next')).toEqual(
      stepCategory(dataset, kikaku, 'next'),
    );
  });

  it('steps through the categories when the slide is not on the list', () => {
    const local = view({ cat: ['local'] });
    expect(presentStep(dataset, local, list, '?cat=local', 'next')).toEqual(
      stepCategory(dataset, local, 'next'),
    );
    expect(presentStep(dataset, view(), [], '', 'next')).toEqual(
      stepCategory(dataset, view(), 'next'),
    );
  });

  it("Home is the list's first slide, from on or off the list, or the whole budget without one", () => {
    for (const [v, slide] of [
      [view({ cat: ['local'] }), '?cat=local'],
      [view({ dept: ['kikaku'] }), '?dept=kikaku'],
    ] as const)
      expect(presentStep(dataset, v, list, slide, 'home')).toMatchObject({ cat: ['municipal'] });
    expect(presentStep(dataset, view({ cat: ['local'] }), [], '?cat=local', 'home')).toEqual(home);
  });
});
