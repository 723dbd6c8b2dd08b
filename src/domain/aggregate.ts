/**
 * Aggregations behind the charts: pure, deterministic, and capped so a 50,000-program
 * dataset never asks echarts to draw more than a few thousand cells.
 */
import type { Program } from '../data/schemas';
import type { Dataset } from './dataset';

export interface BudgetCell {
  readonly categoryId: string;
  readonly budget: number;
  readonly programCount: number;
}

export interface BudgetGroup {
  readonly pillarId: string;
  /** A pillar with a single category is drawn as one cell, not two nested ones. */
  readonly single: boolean;
  readonly budget: number;
  readonly cells: readonly BudgetCell[];
}

export function aggregateBudgetTree(dataset: Dataset): BudgetGroup[] {
  return dataset.pillars.map((pillar) => {
    const cells = pillar.categoryIds.flatMap((id) => {
      const c = dataset.categoryById.get(id);
      return c ? [{ categoryId: c.id, budget: c.budget, programCount: c.programCount }] : [];
    });
    return {
      pillarId: pillar.id,
      single: cells.length === 1,
      budget: cells.reduce((s, c) => s + c.budget, 0),
      cells,
    };
  });
}

export interface PortfolioLeaf {
  readonly kind: 'program' | 'others';
  /** Program id, or `others:<category>:<department>`. */
  readonly id: string;
  readonly value: number;
  /** For `others`: how many programs the cell stands for. */
  readonly count: number;
}

export interface PortfolioDepartment {
  readonly departmentId: string;
  readonly value: number;
  readonly count: number;
  readonly leaves: readonly PortfolioLeaf[];
}

export interface PortfolioCategory {
  readonly categoryId: string;
  readonly value: number;
  readonly count: number;
  readonly departments: readonly PortfolioDepartment[];
}

export interface PortfolioTree {
  /** 'count' unless every program carries its own budget. */
  readonly measure: 'count' | 'budget';
  readonly categories: readonly PortfolioCategory[];
  readonly leafCount: number;
}

export const MAX_PORTFOLIO_LEAVES = 2000;

/** The departments a view chooses: its own, and those of its sections. */
export function chosenDepartments(
  dataset: Dataset,
  view: { readonly dept: readonly string[]; readonly sec: readonly string[] },
): string[] {
  return [
    ...view.dept,
    ...view.sec.flatMap((id) => dataset.sectionById.get(id)?.departmentId ?? []),
  ];
}

/**
 * Category → department → program. A joint program sits under one department, so that areas
 * add up: a chosen one (chosenDepartments) if it has one (under 企画部, its joint programs had
 * sat under their partners, and 企画部's cells were short of them), else the first named.
 * Past `maxLeaves`, each department keeps its largest programs (a share of the cap proportional
 * to its size) and the rest become one "others" cell.
 */
export function aggregatePortfolioTree(
  dataset: Dataset,
  programs: readonly Program[],
  chosenDepartments: readonly string[] = [],
  maxLeaves = MAX_PORTFOLIO_LEAVES,
): PortfolioTree {
  const measure = dataset.hasProgramBudgets ? 'budget' : 'count';
  const amountOf = (p: Program) => (measure === 'budget' ? (p.budget ?? 0) : 1);
  const byCategory = new Map<string, Map<string, Program[]>>();
  for (const p of programs) {
    const ids = p.departmentIds;
    const departmentId =
      (ids.length > 1 ? ids.find((id) => chosenDepartments.includes(id)) : undefined) ??
      ids[0] ??
      '';
    let departments = byCategory.get(p.categoryId);
    if (!departments) {
      departments = new Map();
      byCategory.set(p.categoryId, departments);
    }
    const list = departments.get(departmentId);
    if (list) list.push(p);
    else departments.set(departmentId, [p]);
  }
  const total = programs.length;
  let leafCount = 0;
  const categories: PortfolioCategory[] = [];
  for (const category of dataset.categories) {
    const departments = byCategory.get(category.id);
    if (!departments) continue;
    const depts: PortfolioDepartment[] = [];
    for (const department of dataset.departments) {
      const list = departments.get(department.id);
      if (!list) continue;
      const keep =
        total <= maxLeaves
          ? list.length
          : Math.max(1, Math.floor((maxLeaves * list.length) / total) - 1);
      const sorted =
        measure === 'budget' ? [...list].sort((a, b) => amountOf(b) - amountOf(a)) : list;
      const leaves: PortfolioLeaf[] = sorted
        .slice(0, keep)
        .map((p) => ({ kind: 'program', id: p.id, value: amountOf(p), count: 1 }));
      const rest = sorted.slice(keep);
      if (rest.length > 0) {
        leaves.push({
          kind: 'others',
          id: `others:${category.id}:${department.id}`,
          value: rest.reduce((s, p) => s + amountOf(p), 0),
          count: rest.length,
        });
      }
      leafCount += leaves.length;
      depts.push({
        departmentId: department.id,
        value: leaves.reduce((s, l) => s + l.value, 0),
        count: list.length,
        leaves,
      });
    }
    depts.sort((a, b) => b.value - a.value);
    categories.push({
      categoryId: category.id,
      value: depts.reduce((s, d) => s + d.value, 0),
      count: depts.reduce((s, d) => s + d.count, 0),
      departments: depts,
    });
  }
  return { measure, categories, leafCount };
}

export interface DepartmentBar {
  readonly departmentId: string;
  readonly total: number;
  /** Count per category id, in dataset category order. */
  readonly byCategory: ReadonlyMap<string, number>;
}

/** One bar per department, longest first. A joint program counts for each of its departments. */
export function aggregateDepartmentBars(
  dataset: Dataset,
  programs: readonly Program[],
): DepartmentBar[] {
  const counts = new Map<string, Map<string, number>>();
  for (const p of programs) {
    for (const d of p.departmentIds) {
      let row = counts.get(d);
      if (!row) {
        row = new Map();
        counts.set(d, row);
      }
      row.set(p.categoryId, (row.get(p.categoryId) ?? 0) + 1);
    }
  }
  const order = new Map(dataset.departments.map((d, i) => [d.id, i]));
  return [...counts.entries()]
    .map(([departmentId, counted]) => ({
      departmentId,
      // Re-keyed in dataset category order, as the type promises, whatever the program order.
      byCategory: new Map(
        dataset.categories.flatMap((c) => {
          const n = counted.get(c.id);
          return n === undefined ? [] : [[c.id, n] as const];
        }),
      ),
      total: [...counted.values()].reduce((s, n) => s + n, 0),
    }))
    .sort(
      (a, b) =>
        b.total - a.total || (order.get(a.departmentId) ?? 0) - (order.get(b.departmentId) ?? 0),
    );
}

export function countJointPrograms(programs: readonly Program[]): number {
  return programs.reduce((n, p) => n + (p.departmentIds.length > 1 ? 1 : 0), 0);
}
