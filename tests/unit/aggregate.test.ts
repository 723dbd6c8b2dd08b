import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Program } from '../../src/data/schemas';
import {
  aggregateBudgetTree,
  aggregateDepartmentBars,
  aggregatePortfolioTree,
  chosenDepartments,
  countJointPrograms,
  MAX_PORTFOLIO_LEAVES,
  type PortfolioTree,
} from '../../src/domain/aggregate';
import type { Dataset } from '../../src/domain/dataset';
import { selectPrograms } from '../../src/domain/select-programs';
import { datasetWithPrograms, loadBundledDataset, view } from './helpers/load-bundled-dataset';

const dataset = loadBundledDataset();

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` programs over the real categories and departments, skewed (a few departments hold
 * most programs, as in real data), about 5% joint, optionally each with its own budget.
 */
function syntheticPrograms(count: number, seed: number, withBudgets = false): Program[] {
  const next = random(seed);
  const categories = dataset.categories.map((c) => c.id);
  const departments = dataset.departments.map((d) => d.id);
  const weights = departments.map((_, i) => 1 / (i + 1));
  const weightSum = weights.reduce((s, w) => s + w, 0);
  const pickDepartment = () => {
    let r = next() * weightSum;
    for (let i = 0; i < departments.length; i += 1) {
      r -= weights[i] ?? 0;
      if (r < 0) return departments[i] ?? 'soumu';
    }
    return departments[departments.length - 1] ?? 'soumu';
  };
  const numbers = new Map<string, number>();
  const programs: Program[] = [];
  for (let i = 0; i < count; i += 1) {
    const categoryId = categories[Math.floor(next() * categories.length)] ?? 'citizen';
    const number = (numbers.get(categoryId) ?? 0) + 1;
    numbers.set(categoryId, number);
    const first = pickDepartment();
    const second = pickDepartment();
    const departmentIds = next() < 0.05 && second !== first ? [first, second] : [first];
    const section = dataset.sections.find((s) => s.departmentId === first) ?? dataset.sections[0];
    programs.push({
      id: `syn-${i + 1}`,
      categoryId,
      number,
      name: `合成事業 ${i + 1}`,
      summary: '',
      departmentIds,
      sectionIds: [section?.id ?? 'koho'],
      ...(withBudgets ? { budget: Math.floor(next() * 100_000) } : {}),
    });
  }
  return programs;
}

function leavesOf(tree: PortfolioTree) {
  return tree.categories.flatMap((c) => c.departments.flatMap((d) => d.leaves));
}

function pairsOf(programs: readonly Program[]): number {
  return new Set(programs.map((p) => `${p.categoryId}|${p.departmentIds[0]}`)).size;
}

describe('aggregateBudgetTree', () => {
  it('gives three single pillars and the foundation pillar with two cells', () => {
    expect(aggregateBudgetTree(dataset)).toEqual([
      {
        pillarId: 'd-citizen',
        single: true,
        budget: 2_022_951,
        cells: [{ categoryId: 'citizen', budget: 2_022_951, programCount: 60 }],
      },
      {
        pillarId: 'd-local',
        single: true,
        budget: 1_600_857,
        cells: [{ categoryId: 'local', budget: 1_600_857, programCount: 63 }],
      },
      {
        pillarId: 'd-business',
        single: true,
        budget: 288_236,
        cells: [{ categoryId: 'business', budget: 288_236, programCount: 16 }],
      },
      {
        pillarId: 'foundation',
        single: false,
        budget: 2_329_794,
        cells: [
          { categoryId: 'municipal', budget: 101_190, programCount: 7 },
          { categoryId: 'administration', budget: 2_228_604, programCount: 31 },
        ],
      },
    ]);
  });

  it('adds up to the published total', () => {
    const groups = aggregateBudgetTree(dataset);
    expect(groups.reduce((s, g) => s + g.budget, 0)).toBe(6_241_838);
    expect(groups.flatMap((g) => g.cells).reduce((s, c) => s + c.programCount, 0)).toBe(177);
  });
});

describe('aggregatePortfolioTree on the bundled data', () => {
  const tree = aggregatePortfolioTree(dataset, dataset.programs);

  it('puts a joint program under a chosen department, so its cells agree with the bars', () => {
    const departmentOf = (t: PortfolioTree, programId: string) =>
      t.categories
        .flatMap((c) => c.departments)
        .find((d) => d.leaves.some((l) => l.id === programId))?.departmentId;
    // Unfiltered, under the first department named (経済商工観光部 for local-26).
    expect(departmentOf(tree, 'local-26')).toBe('keizai');
    expect(departmentOf(tree, 'administration-31')).toBe('keisatsu');
    // Under 企画部 they sat under their partners: 企画部's cells said 10 and 18, the bars 11 and 19.
    const kikakuPrograms = dataset.programs.filter((p) => p.departmentIds.includes('kikaku'));
    const kikaku = aggregatePortfolioTree(dataset, kikakuPrograms, ['kikaku']);
    expect(departmentOf(kikaku, 'local-26')).toBe('kikaku');
    expect(departmentOf(kikaku, 'administration-31')).toBe('kikaku');
    // Every category's one department cell is 企画部's.
    for (const c of kikaku.categories)
      expect(
        c.departments.map((d) => d.departmentId),
        c.categoryId,
      ).toEqual(['kikaku']);
    const local = kikaku.categories.find((c) => c.categoryId === 'local');
    expect(local?.departments[0]?.count).toBe(11);
  });

  it("does the same for a chosen section's department", () => {
    const sectionView = { dept: [], sec: ['sangyo-digital'] };
    expect(chosenDepartments(dataset, sectionView)).toEqual(['kikaku']);
    const programs = dataset.programs.filter((p) => p.sectionIds.includes('sangyo-digital'));
    const tree = aggregatePortfolioTree(dataset, programs, chosenDepartments(dataset, sectionView));
    // It read 企画部 6 and 経済商工観光部 1 for the section's 7 programs.
    for (const c of tree.categories)
      expect(
        c.departments.map((d) => d.departmentId),
        c.categoryId,
      ).toEqual(['kikaku']);
    expect(tree.categories.reduce((n, c) => n + c.count, 0)).toBe(7);
  });

  it('measures by count and draws every one of the 177 programs', () => {
    expect(tree.measure).toBe('count');
    expect(tree.leafCount).toBe(177);
    const leaves = leavesOf(tree);
    expect(leaves).toHaveLength(177);
    expect(leaves.every((l) => l.kind === 'program' && l.value === 1 && l.count === 1)).toBe(true);
    expect(new Set(leaves.map((l) => l.id))).toEqual(new Set(dataset.programs.map((p) => p.id)));
  });

  it('counts 60/63/16/7/31 per category, in dataset order', () => {
    expect(tree.categories.map((c) => [c.categoryId, c.count, c.value])).toEqual([
      ['citizen', 60, 60],
      ['local', 63, 63],
      ['business', 16, 16],
      ['municipal', 7, 7],
      ['administration', 31, 31],
    ]);
  });

  it('puts a joint program under its first department only, so areas add up to 177', () => {
    const local = tree.categories.find((c) => c.categoryId === 'local');
    const keizai = local?.departments.find((d) => d.departmentId === 'keizai');
    const kikaku = local?.departments.find((d) => d.departmentId === 'kikaku');
    expect(keizai?.leaves.map((l) => l.id)).toContain('local-26');
    expect(kikaku?.leaves.map((l) => l.id)).not.toContain('local-26');
    expect(kikaku?.count).toBe(10);
    expect(keizai?.count).toBe(19);

    const administration = tree.categories.find((c) => c.categoryId === 'administration');
    const placed = administration?.departments
      .filter((d) => d.leaves.some((l) => l.id === 'administration-31'))
      .map((d) => d.departmentId);
    expect(placed).toEqual(['keisatsu']);

    const areas = tree.categories.flatMap((c) => c.departments.map((d) => d.value));
    expect(areas.reduce((s, v) => s + v, 0)).toBe(177);
  });

  it('orders departments largest first, ties in dataset order', () => {
    const local = tree.categories.find((c) => c.categoryId === 'local');
    expect(local?.departments.map((d) => [d.departmentId, d.value])).toEqual([
      ['keizai', 19],
      ['hoken-fukushi', 12],
      ['kikaku', 10],
      ['nosei', 7],
      ['suisan-rinsei', 7],
      ['kankyo-seikatsu', 3],
      ['doboku', 3],
      ['kyoiku', 2],
    ]);
  });

  it('holds only the programs passed in', () => {
    const programs = selectPrograms(dataset, view({ cat: ['municipal'] }));
    const municipal = aggregatePortfolioTree(dataset, programs);
    expect(municipal.leafCount).toBe(7);
    expect(municipal.categories.map((c) => c.categoryId)).toEqual(['municipal']);
    expect(municipal.categories[0]?.departments.map((d) => [d.departmentId, d.count])).toEqual([
      ['kikaku', 5],
      ['soumu', 1],
      ['suisan-rinsei', 1],
    ]);
    expect(aggregatePortfolioTree(dataset, [])).toEqual({
      measure: 'count',
      categories: [],
      leafCount: 0,
    });
  });

  it('caps the leaves with a small limit and keeps the areas', () => {
    const capped = aggregatePortfolioTree(dataset, dataset.programs, [], 50);
    expect(capped.leafCount).toBeLessThanOrEqual(50 + pairsOf(dataset.programs));
    expect(capped.leafCount).toBe(leavesOf(capped).length);
    expect(leavesOf(capped).reduce((s, l) => s + l.value, 0)).toBe(177);
    expect(leavesOf(capped).reduce((s, l) => s + l.count, 0)).toBe(177);
    expect(leavesOf(capped).some((l) => l.kind === 'others')).toBe(true);
  });
});

describe('aggregatePortfolioTree on a synthetic dataset of 20,000 programs', () => {
  const programs = syntheticPrograms(20_000, 42);
  const big = datasetWithPrograms(dataset, programs);
  const tree = aggregatePortfolioTree(big, big.programs);
  const leaves = leavesOf(tree);

  it('is built as intended (sanity of the generator)', () => {
    expect(big.programs).toHaveLength(20_000);
    expect(big.hasProgramBudgets).toBe(false);
    expect(countJointPrograms(programs)).toBeGreaterThan(500);
  });

  it('stays within MAX_PORTFOLIO_LEAVES plus one cell per (category, department) pair', () => {
    expect(MAX_PORTFOLIO_LEAVES).toBe(2000);
    expect(tree.leafCount).toBe(leaves.length);
    expect(tree.leafCount).toBeLessThanOrEqual(MAX_PORTFOLIO_LEAVES + pairsOf(programs));
    expect(tree.leafCount).toBeGreaterThan(MAX_PORTFOLIO_LEAVES / 2);
  });

  it('keeps every program counted: leaf values add up to the program count', () => {
    expect(leaves.reduce((s, l) => s + l.value, 0)).toBe(20_000);
    expect(leaves.reduce((s, l) => s + l.count, 0)).toBe(20_000);
    const others = leaves.filter((l) => l.kind === 'others');
    expect(others.length).toBeGreaterThan(0);
    for (const o of others) expect(o.value).toBe(o.count);
    expect(tree.categories.reduce((s, c) => s + c.count, 0)).toBe(20_000);
    for (const c of tree.categories) {
      for (const d of c.departments) {
        expect(d.value).toBe(d.count);
        expect(d.leaves.filter((l) => l.kind === 'others').length).toBeLessThanOrEqual(1);
        const o = d.leaves.find((l) => l.kind === 'others');
        if (o) expect(o.id).toBe(`others:${c.categoryId}:${d.departmentId}`);
      }
    }
  });

  it('draws each program at most once', () => {
    const ids = leaves.filter((l) => l.kind === 'program').map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the largest programs of each department when programs carry budgets', () => {
    const withBudgets = syntheticPrograms(20_000, 7, true);
    const budgeted = datasetWithPrograms(dataset, withBudgets);
    expect(budgeted.hasProgramBudgets).toBe(true);
    const t = aggregatePortfolioTree(budgeted, budgeted.programs);
    expect(t.measure).toBe('budget');
    const all = leavesOf(t);
    const totalBudget = withBudgets.reduce((s, p) => s + (p.budget ?? 0), 0);
    expect(all.reduce((s, l) => s + l.value, 0)).toBe(totalBudget);
    expect(t.leafCount).toBeLessThanOrEqual(MAX_PORTFOLIO_LEAVES + pairsOf(withBudgets));
    const byId = new Map(withBudgets.map((p) => [p.id, p]));
    for (const c of t.categories) {
      for (const d of c.departments) {
        const kept = d.leaves.filter((l) => l.kind === 'program');
        const smallestKept = Math.min(...kept.map((l) => l.value));
        const rest = withBudgets.filter(
          (p) =>
            p.categoryId === c.categoryId &&
            p.departmentIds[0] === d.departmentId &&
            !kept.some((l) => l.id === p.id),
        );
        for (const p of rest) expect(p.budget ?? 0).toBeLessThanOrEqual(smallestKept);
        for (const l of kept) expect(l.value).toBe(byId.get(l.id)?.budget);
      }
    }
  });

  it('never draws more than MAX + 2 cells per pair, for any size and skew', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6000 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer(),
        (count, maxLeaves, seed) => {
          const ps = syntheticPrograms(count, seed);
          const d: Dataset = datasetWithPrograms(dataset, ps);
          const t = aggregatePortfolioTree(d, d.programs, [], maxLeaves);
          expect(t.leafCount).toBeLessThanOrEqual(maxLeaves + 2 * pairsOf(ps));
          expect(leavesOf(t).reduce((s, l) => s + l.value, 0)).toBe(count);
          if (count <= maxLeaves) expect(t.leafCount).toBe(count);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('aggregateDepartmentBars', () => {
  const bars = aggregateDepartmentBars(dataset, dataset.programs);

  it('gives 14 bars, longest first, ties in dataset order', () => {
    expect(bars.map((b) => [b.departmentId, b.total])).toEqual([
      ['kikaku', 47],
      ['keizai', 21],
      ['kyoiku', 21],
      ['soumu', 20],
      ['hoken-fukushi', 20],
      ['doboku', 9],
      ['kankyo-seikatsu', 8],
      ['suisan-rinsei', 8],
      ['keisatsu', 8],
      ['nosei', 7],
      ['fukko-kiki', 4],
      ['suito', 3],
      ['kigyo', 2],
      ['gikai', 1],
    ]);
  });

  it('counts a joint program for each department: 177 + 2 = 179', () => {
    expect(countJointPrograms(dataset.programs)).toBe(2);
    expect(bars.reduce((s, b) => s + b.total, 0)).toBe(179);
  });

  it('splits each bar by category', () => {
    const kikaku = bars.find((b) => b.departmentId === 'kikaku');
    expect(Object.fromEntries(kikaku?.byCategory ?? [])).toEqual({
      citizen: 11,
      local: 11,
      business: 1,
      municipal: 5,
      administration: 19,
    });
    for (const b of bars) {
      expect([...b.byCategory.values()].reduce((s, n) => s + n, 0)).toBe(b.total);
    }
  });

  it('lists byCategory in dataset category order whatever the program order', () => {
    const reversed = aggregateDepartmentBars(dataset, [...dataset.programs].reverse());
    const order = dataset.categories.map((c) => c.id);
    for (const b of reversed) {
      const keys = [...b.byCategory.keys()];
      expect(keys).toEqual(order.filter((id) => keys.includes(id)));
    }
  });

  it('counts only the programs passed in', () => {
    const local = aggregateDepartmentBars(
      dataset,
      selectPrograms(dataset, view({ cat: ['local'] })),
    );
    expect(local.map((b) => [b.departmentId, b.total])).toEqual([
      ['keizai', 19],
      ['hoken-fukushi', 12],
      ['kikaku', 11],
      ['nosei', 7],
      ['suisan-rinsei', 7],
      ['kankyo-seikatsu', 3],
      ['doboku', 3],
      ['kyoiku', 2],
    ]);
    expect(aggregateDepartmentBars(dataset, [])).toEqual([]);
  });
});
