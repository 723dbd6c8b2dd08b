import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IngestError, ingestSource } from '../../src/data/ingest-source';
import { MIYAGI_R5_IT_CONFIG } from '../../src/data/miyagi-source-config';

function readFixture(name: string): string {
  return readFileSync(
    fileURLToPath(new URL(`../fixtures/source/${name}`, import.meta.url)),
    'utf8',
  );
}

/** Runs the ingest and returns the IngestError it throws; fails the test if it parses or throws anything else. */
function ingestError(text: string): IngestError {
  let thrown: unknown;
  try {
    ingestSource(text, MIYAGI_R5_IT_CONFIG);
  } catch (error) {
    thrown = error;
  }
  if (thrown === undefined)
    expect.fail('expected ingestSource to throw an IngestError, but it parsed');
  if (!(thrown instanceof IngestError)) throw thrown;
  expect(thrown.name).toBe('IngestError');
  expect(thrown.message).toBe(`line ${thrown.line}: ${thrown.problem}`);
  return thrown;
}

/** 1-based line numbers at which two texts differ (the fixtures are one-line edits of the valid one). */
function changedLines(a: string, b: string): number[] {
  const left = a.split('\n');
  const right = b.split('\n');
  const changed: number[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    if (left[i] !== right[i]) changed.push(i + 1);
  }
  return changed;
}

function lineAt(text: string, lineNo: number): string {
  return text.split('\n')[lineNo - 1] ?? '';
}

const VALID = readFixture('valid-minimal.txt');
const COLUMNS = '番号 / 事業名 / 概要・目的 / 部局 / 担当課室';

describe('valid minimal fixture', () => {
  it('parses into the five categories with their declared counts and budgets', () => {
    const { budgets } = ingestSource(VALID, MIYAGI_R5_IT_CONFIG);

    expect(budgets.unit).toBe('thousand JPY');
    expect(budgets.total).toBe(2900);
    expect(budgets.categories.map((c) => [c.id, c.pillarId, c.programCount, c.budget])).toEqual([
      ['citizen', 'd-citizen', 2, 1234],
      ['local', 'd-local', 1, 567],
      ['business', 'd-business', 1, 89],
      ['municipal', 'foundation', 1, 10],
      ['administration', 'foundation', 1, 1000],
    ]);
    expect(budgets.pillars.map((p) => [p.id, p.categoryIds])).toEqual([
      ['d-citizen', ['citizen']],
      ['d-local', ['local']],
      ['d-business', ['business']],
      ['foundation', ['municipal', 'administration']],
    ]);
  });

  it('turns each row into a program with its id, units and source line', () => {
    const { programs } = ingestSource(VALID, MIYAGI_R5_IT_CONFIG);

    expect(
      programs.programs.map((p) => [p.id, p.number, p.departmentIds, p.sectionIds, p.sourceLine]),
    ).toEqual([
      ['citizen-01', 1, ['soumu'], ['gyosei-keiei'], 5],
      ['citizen-02', 2, ['kikaku'], ['digital-miyagi'], 6],
      ['local-01', 1, ['kikaku'], ['digital-miyagi'], 13],
      ['business-01', 1, ['soumu'], ['gyosei-keiei'], 20],
      ['municipal-01', 1, ['soumu'], ['shichoson'], 26],
      ['administration-01', 1, ['soumu'], ['jinji'], 32],
    ]);
    expect(programs.programs[0]).toEqual({
      id: 'citizen-01',
      categoryId: 'citizen',
      number: 1,
      name: '行政手続等デジタル化推進事業',
      summary: '県が締結する契約書等に電子署名を導入します。',
      departmentIds: ['soumu'],
      sectionIds: ['gyosei-keiei'],
      sourceLine: 5,
    });
    // Units are listed in the order of the reviewed unit table, not of first appearance.
    expect(programs.departments.map((d) => d.id)).toEqual(['soumu', 'kikaku']);
    expect(programs.sections.map((s) => s.id)).toEqual([
      'gyosei-keiei',
      'jinji',
      'shichoson',
      'digital-miyagi',
    ]);
    expect(programs.notes).toEqual([]);
  });

  it('parses the same with a byte order mark and CRLF line ends', () => {
    const windows = `\uFEFF${VALID.replaceAll('\n', '\r\n')}`;
    expect(ingestSource(windows, MIYAGI_R5_IT_CONFIG)).toEqual(
      ingestSource(VALID, MIYAGI_R5_IT_CONFIG),
    );
  });
});

describe('malformed fixtures', () => {
  it('each fixture is a one-line edit of the valid fixture', () => {
    expect(changedLines(VALID, readFixture('missing-column.txt'))).toEqual([6]);
    expect(changedLines(VALID, readFixture('count-mismatch.txt'))).toEqual([10]);
    expect(changedLines(VALID, readFixture('budget-not-number.txt'))).toEqual([3]);
    expect(changedLines(VALID, readFixture('duplicate-number.txt'))).toEqual([6]);
    expect(changedLines(VALID, readFixture('unknown-department.txt'))).toEqual([13]);
    expect(changedLines(VALID, readFixture('unknown-heading.txt'))).toEqual([8]);
  });

  it('a row with a missing column names the line and the expected columns', () => {
    const text = readFixture('missing-column.txt');
    const error = ingestError(text);
    expect(error.line).toBe(6);
    expect(lineAt(text, error.line).split('\t')).toHaveLength(4);
    expect(error.problem).toBe(`expected 5 tab-separated columns (${COLUMNS}), found 4`);
  });

  it('a declared count that differs from the rows names the declaration line and both counts', () => {
    const text = readFixture('count-mismatch.txt');
    const error = ingestError(text);
    expect(error.line).toBe(10);
    expect(lineAt(text, error.line)).toBe('2事業 567千円');
    expect(error.problem).toContain('"local"');
    expect(error.problem).toContain('declares 2 programs');
    expect(error.problem).toMatch(/\b1 rows? follows?\b/);
  });

  it('a budget that is not a number names the line and the budget text', () => {
    const text = readFixture('budget-not-number.txt');
    const error = ingestError(text);
    expect(error.line).toBe(3);
    expect(error.problem).toBe('budget "2,O22,951千円" is not a number');
  });

  it('a program number repeated within a category is a duplicate id naming both lines', () => {
    const text = readFixture('duplicate-number.txt');
    const error = ingestError(text);
    expect(error.line).toBe(6);
    expect(error.problem).toBe('duplicate program id "citizen-01" (number 1 is also on line 5)');
  });

  it('an unknown department names the line and the department', () => {
    const text = readFixture('unknown-department.txt');
    const error = ingestError(text);
    expect(error.line).toBe(13);
    expect(error.message).toMatch(/^line 13: unknown department "デジタル推進部"/);
    expect(error.problem).toBe(
      'unknown department "デジタル推進部"; add it to the reviewed unit table',
    );
  });

  it('an unknown heading names the line and the heading', () => {
    const text = readFixture('unknown-heading.txt');
    const error = ingestError(text);
    expect(error.line).toBe(8);
    expect(error.problem).toBe('unknown heading "D for Region (地域の課題解決と活力の創出)"');
  });
});

describe('other malformed input (one-line edits of the valid fixture in memory)', () => {
  function withLine(lineNo: number, replacement: string): string {
    const lines = VALID.split('\n');
    expect(lines[lineNo - 1], `fixture line ${lineNo}`).toBeDefined();
    lines[lineNo - 1] = replacement;
    return lines.join('\n');
  }

  it('a table header with a missing column names its line', () => {
    const error = ingestError(withLine(12, '番号\t事業名\t概要・目的\t部局'));
    expect(error.line).toBe(12);
    expect(error.problem).toBe(
      `table header should be ${COLUMNS}, found 番号 / 事業名 / 概要・目的 / 部局`,
    );
  });

  it('a program count that is not a whole number names its line', () => {
    const error = ingestError(withLine(17, '一事業 89千円'));
    expect(error.line).toBe(17);
    expect(error.problem).toBe('program count "一" is not a whole number');
  });

  it('a missing title is reported on line 1', () => {
    const error = ingestError(withLine(1, ''));
    expect(error.line).toBe(1);
    expect(error.problem).toContain('みやぎ情報化推進ポリシー（2021～2024）関連施策（令和5年度）');
  });

  it('a category heading that appears twice names the second one', () => {
    const error = ingestError(withLine(15, '## D for Citizen（最適化による県民サービスの向上）'));
    expect(error.line).toBe(15);
    expect(error.problem).toBe(
      'category heading "D for Citizen（最適化による県民サービスの向上）" appears a second time',
    );
  });

  it('a foundation category without its pillar heading names the category line', () => {
    const error = ingestError(withLine(22, ''));
    expect(error.line).toBe(24);
    expect(error.problem).toBe(
      'category "市町村の情報化への支援" must follow its pillar heading "目標達成の基盤となる取組"',
    );
  });

  it('a program row before the table header names its line', () => {
    const error = ingestError(withLine(19, ''));
    expect(error.line).toBe(20);
    expect(error.problem).toBe(`program row before the table header (${COLUMNS})`);
  });

  it('an unknown section names the line and the section', () => {
    const error = ingestError(
      withLine(26, '1\t住民基本台帳ネットワークシステムの運用\t運用します。\t総務部\t市町村推進課'),
    );
    expect(error.line).toBe(26);
    expect(error.problem).toBe('unknown section "市町村推進課"; add it to the reviewed unit table');
  });

  it("a section of another department than the row's names the line", () => {
    const error = ingestError(withLine(32, '1\t庁内DX人材育成事業\t育成します。\t企画部\t人事課'));
    expect(error.line).toBe(32);
    expect(error.problem).toBe(
      'section "人事課" belongs to department "soumu", which this row does not name',
    );
  });
});
