import { describe, expect, it } from 'vitest';
import type { Program } from '../../src/data/schemas';
import {
  buildCsv,
  buildJson,
  type ExportContext,
  exportFileName,
  neutralizeFormula,
} from '../../src/export/table-export';
import type { ProgramRow } from '../../src/table/program-rows';

const context: ExportContext = {
  caption: 'D for Local：63事業',
  url: 'http://127.0.0.1/?cat=local',
  source: '宮城県',
  headers: {
    number: '番号',
    id: 'ID',
    name: '事業名',
    department: '部局',
    section: '担当課室',
    category: '分野',
    summary: '概要',
  },
};

function row(id: string, name: string, summary: string): ProgramRow {
  const program: Program = {
    id,
    categoryId: 'local',
    number: Number(id.split('-').pop()),
    name,
    summary,
    departmentIds: ['kikaku'],
    sectionIds: ['digital-miyagi'],
  };
  return {
    id,
    position: 0,
    program,
    order: 1,
    categoryIndex: 1,
    name,
    departments: '企画部',
    sections: 'デジタルみやぎ推進課',
    category: 'D for Local',
    summary,
  };
}

describe('CSV for Excel on Japanese Windows', () => {
  const csv = buildCsv(
    [
      row('local-01', '=HYPERLINK("http://x")', '改行を\n含む "概要"'),
      row('local-02', '+1', '@SUM(A1)'),
    ],
    context,
  );
  const bytes = new TextEncoder().encode(csv);

  it('starts with the UTF-8 BOM and ends every line with CRLF', () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = csv.slice(1);
    expect(body.endsWith('\r\n')).toBe(true);
    // Three records: header + two rows; the newline inside a quoted field is data, not a record end.
    expect(body.split('\r\n').filter((l) => l !== '')).toHaveLength(3);
  });

  it('quotes every field, doubles inner quotes and neutralises formula cells', () => {
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('"番号","事業名","部局","担当課室","分野","概要","ID"');
    expect(lines[1]).toBe(
      '"1","\'=HYPERLINK(""http://x"")","企画部","デジタルみやぎ推進課","D for Local","改行を\n含む ""概要""","local-01"',
    );
    expect(lines[2]).toBe(
      '"2","\'+1","企画部","デジタルみやぎ推進課","D for Local","\'@SUM(A1)","local-02"',
    );
  });

  it('neutralises each formula lead character and leaves other text alone', () => {
    expect(['=1', '+1', '-1', '@a', '\t1', '\r1'].map(neutralizeFormula)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@a",
      "'\t1",
      "'\r1",
    ]);
    expect(neutralizeFormula('事業 = 1')).toBe('事業 = 1');
  });
});

describe('JSON export and file names', () => {
  it('carries the caption, the link and the shown rows', () => {
    const parsed = JSON.parse(buildJson([row('local-01', 'a', 'b')], context));
    expect(parsed.caption).toBe(context.caption);
    expect(parsed.url).toBe(context.url);
    expect(parsed.programs).toEqual([
      {
        id: 'local-01',
        number: 1,
        name: 'a',
        departments: '企画部',
        sections: 'デジタルみやぎ推進課',
        category: 'D for Local',
        summary: 'b',
        departmentIds: ['kikaku'],
        sectionIds: ['digital-miyagi'],
        categoryId: 'local',
      },
    ]);
  });

  it('names files by dataset, view (readable, nothing a file system may refuse) and date', () => {
    const date = new Date('2026-11-25T10:00:00Z');
    expect(exportFileName('miyagi-r5-it', '?cat=local&q=%E9%98%B2%E7%81%BD', 'csv', date)).toBe(
      'miyagi-r5-it_cat=local_q=防災_2026-11-25.csv',
    );
    expect(exportFileName('x', '?q=a%2Fb%3A%22c%22%20d%3F*%3C%3E%7C%5C', 'csv', date)).toBe(
      'x_q=a_b_c_d__2026-11-25.csv',
    );
    expect(exportFileName('miyagi-r5-it', '', 'json', date)).toBe('miyagi-r5-it_2026-11-25.json');
    // Combining marks stay with their letters; a decomposed が is composed.
    expect(exportFileName('x', `?q=${encodeURIComponent('हिन्दी か\u3099')}`, 'csv', date)).toBe(
      'x_q=हिन्दी_が_2026-11-25.csv',
    );
    // However long the search, the name stays within a file system's 255 bytes.
    const long = exportFileName('x', `?q=${'😀'.repeat(100)}`, 'png', date);
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(255);
    expect(long).toMatch(/^x_q=_+2026-11-25\.png$/);
    const wide = exportFileName('x', `?q=${'𠮷'.repeat(100)}`, 'png', date);
    expect(new TextEncoder().encode(wide).length).toBeLessThanOrEqual(160);
    expect(wide.startsWith(`x_q=${'𠮷'.repeat(29)}_2026`)).toBe(true);
  });
});
