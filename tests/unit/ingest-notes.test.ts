import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../src/data/ingest-source';
import { MIYAGI_R5_IT_CONFIG } from '../../src/data/miyagi-source-config';

const VALID = readFileSync(
  fileURLToPath(new URL('../fixtures/source/valid-minimal.txt', import.meta.url)),
  'utf8',
);

/** The valid fixture with some of its rows replaced (line number → new row). */
function withRows(rows: Record<number, string>): string {
  const lines = VALID.split('\n');
  for (const [lineNo, row] of Object.entries(rows)) {
    expect(lines[Number(lineNo) - 1], `fixture line ${lineNo}`).toMatch(/^\d+\t/);
    lines[Number(lineNo) - 1] = row;
  }
  return lines.join('\n');
}

function notes(text: string) {
  return ingestSource(text, MIYAGI_R5_IT_CONFIG).programs.notes;
}

describe('data notes', () => {
  it('groups the same stray whitespace on several rows into one note listing each program', () => {
    const text = withRows({
      6: '2\t携帯電話等エリア整備事業\t不感地域を解消します。\t企画部\tデジタルみやぎ 推進課',
      13: '1\t宮城県高度情報化推進協議会運営事業\t協議会を運営します。\t企画部\tデジタルみやぎ 推進課',
    });
    expect(notes(text)).toEqual([
      {
        kind: 'whitespace',
        line: 6,
        programIds: ['citizen-02', 'local-01'],
        from: 'デジタルみやぎ 推進課',
        to: 'デジタルみやぎ推進課',
        text: {
          ja: '部局・担当課室名の空白を除去しました:「デジタルみやぎ 推進課」→「デジタルみやぎ推進課」',
          en: 'Removed stray whitespace in a unit name: "デジタルみやぎ 推進課" → "デジタルみやぎ推進課"',
        },
      },
    ]);
  });

  it('groups the same markup on two rows into one html note listing both programs', () => {
    const text = withRows({
      5: '1\t行政手続等デジタル化推進事業\tCO <sub>2</sub> を削減します。\t総務部\t行政経営企画課',
      6: '2\t携帯電話等エリア整備事業\t基地局のCO <sub>2</sub> を減らします。\t企画部\tデジタルみやぎ推進課',
    });
    expect(notes(text).map((n) => [n.kind, n.line, n.programIds, n.from, n.to])).toEqual([
      ['html', 5, ['citizen-01', 'citizen-02'], 'CO <sub>2</sub>', 'CO₂'],
    ]);
  });

  it('lists a program once when its name and its summary carry the same markup', () => {
    const text = withRows({
      6: '2\tCO <sub>2</sub> 削減事業\tCO <sub>2</sub> 排出量を削減します。\t企画部\tデジタルみやぎ推進課',
    });
    const html = notes(text).filter((n) => n.kind === 'html');
    expect(html.map((n) => [n.line, n.programIds, n.from, n.to])).toEqual([
      [6, ['citizen-02'], 'CO <sub>2</sub>', 'CO₂'],
    ]);
  });

  it('notes a program named twice across categories once, listing both ids', () => {
    const text = withRows({
      20: '1\t行政手続等デジタル化推進事業\t別の概要です。\t総務部\t行政経営企画課',
    });
    expect(notes(text).map((n) => [n.kind, n.line, n.programIds])).toEqual([
      ['duplicate-name', 5, ['citizen-01', 'business-01']],
    ]);
  });

  it('describes a program run by two sections of one department without claiming several departments', () => {
    const text = withRows({
      6: '2\t携帯電話等エリア整備事業\t不感地域を解消します。\t企画部\tデジタルみやぎ推進課・産業デジタル推進課',
      13: '1\t宮城県高度情報化推進協議会運営事業\t協議会を運営します。\t企画部\t産業デジタル推進課',
      // Each part must also appear on its own for the cell to be split.
      20: '1\tテレワークの導入\tテレワークを活用します。\t企画部\tデジタルみやぎ推進課',
    });
    const { programs } = ingestSource(text, MIYAGI_R5_IT_CONFIG);
    expect(programs.programs.find((p) => p.id === 'citizen-02')).toMatchObject({
      departmentIds: ['kikaku'],
      sectionIds: ['digital-miyagi', 'sangyo-digital'],
    });
    const joint = programs.notes.filter((n) => n.kind === 'joint');
    expect(joint.map((n) => [n.line, n.programIds])).toEqual([[6, ['citizen-02']]]);
    expect(joint[0]?.text.en).not.toMatch(/\b1 departments\b/);
    // It names them in English as well as in Japanese.
    for (const id of ['digital-miyagi', 'sangyo-digital']) {
      const section = MIYAGI_R5_IT_CONFIG.sections.find((s) => s.id === id);
      expect(joint[0]?.text.ja).toContain(section?.name.ja);
      expect(joint[0]?.text.en).toContain(section?.name.en);
    }
  });
});
