import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLED_SOURCE_FILE, buildBundledDataFiles, toJson } from '../../src/data/bundled-dataset';
import { ingestSource } from '../../src/data/ingest-source';
import { MIYAGI_R5_IT_CONFIG } from '../../src/data/miyagi-source-config';
import {
  budgetsFileSchema,
  datasetsFileSchema,
  type Program,
  programsFileSchema,
} from '../../src/data/schemas';

const DATA_DIR = fileURLToPath(new URL('../../public/data/', import.meta.url));
const SOURCE_TEXT = readFileSync(`${DATA_DIR}${BUNDLED_SOURCE_FILE}`, 'utf8');
const { budgets, programs } = ingestSource(SOURCE_TEXT, MIYAGI_R5_IT_CONFIG);

/** The raw programme rows, read independently of the ingest: line number and trimmed cells. */
const RAW_ROWS = SOURCE_TEXT.split(/\r?\n/)
  .map((line, index) => ({ line: index + 1, cells: line.split('\t').map((cell) => cell.trim()) }))
  .filter((row) => /^\d+$/.test(row.cells[0] ?? ''));

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function program(id: string): Program {
  const found = programs.programs.find((p) => p.id === id);
  if (!found) expect.fail(`program ${id} not found`);
  return found;
}

function programsOnRawRows(predicate: (cells: readonly string[]) => boolean): string[] {
  const lines = new Set(RAW_ROWS.filter((row) => predicate(row.cells)).map((row) => row.line));
  return programs.programs
    .filter((p) => p.sourceLine !== undefined && lines.has(p.sourceLine))
    .map((p) => p.id);
}

function notesOf(kind: string) {
  return programs.notes.filter((n) => n.kind === kind);
}

function range(prefix: string, from: number, to: number): string[] {
  const ids: string[] = [];
  for (let n = from; n <= to; n += 1) ids.push(`${prefix}-${String(n).padStart(2, '0')}`);
  return ids;
}

describe('ingest of the real Miyagi source: totals', () => {
  it('finds 177 programs, one per raw row', () => {
    expect(RAW_ROWS).toHaveLength(177);
    expect(programs.programs).toHaveLength(177);
    expect(programs.programs.map((p) => p.sourceLine)).toEqual(RAW_ROWS.map((row) => row.line));
  });

  it('has the five categories with their declared counts and budgets', () => {
    expect(budgets.unit).toBe('thousand JPY');
    expect(budgets.categories.map((c) => [c.id, c.programCount, c.budget])).toEqual([
      ['citizen', 60, 2022951],
      ['local', 63, 1600857],
      ['business', 16, 288236],
      ['municipal', 7, 101190],
      ['administration', 31, 2228604],
    ]);
    for (const category of budgets.categories) {
      const rows = programs.programs.filter((p) => p.categoryId === category.id);
      expect(rows, category.id).toHaveLength(category.programCount);
    }
  });

  it('totals 6,241,838 thousand yen', () => {
    expect(budgets.total).toBe(6241838);
    expect(budgets.categories.reduce((sum, c) => sum + c.budget, 0)).toBe(6241838);
  });

  it('has four pillars, the foundation pillar holding municipal and administration', () => {
    expect(budgets.pillars.map((p) => [p.id, p.categoryIds])).toEqual([
      ['d-citizen', ['citizen']],
      ['d-local', ['local']],
      ['d-business', ['business']],
      ['foundation', ['municipal', 'administration']],
    ]);
    expect(budgets.categories.map((c) => c.pillarId)).toEqual([
      'd-citizen',
      'd-local',
      'd-business',
      'foundation',
      'foundation',
    ]);
  });

  it('gives programs unique ids <category>-<two-digit number>, numbered 1..N per category', () => {
    const ids = programs.programs.map((p) => p.id);
    expect(new Set(ids).size).toBe(177);
    expect(ids).toEqual([
      ...range('citizen', 1, 60),
      ...range('local', 1, 63),
      ...range('business', 1, 16),
      ...range('municipal', 1, 7),
      ...range('administration', 1, 31),
    ]);
    expect(program('citizen-01')).toMatchObject({
      categoryId: 'citizen',
      number: 1,
      sourceLine: 7,
    });
    expect(program('administration-31')).toMatchObject({
      categoryId: 'administration',
      number: 31,
    });
  });
});

describe('ingest of the real Miyagi source: normalisation rules on real rows', () => {
  it("removes the stray space in 'デジタルみやぎ 推進課' and notes which programs had it", () => {
    const spaced = programsOnRawRows((cells) => cells[4] === 'デジタルみやぎ 推進課');
    expect(spaced).toEqual(range('citizen', 13, 22));
    for (const id of spaced) {
      expect(program(id).departmentIds, id).toEqual(['kikaku']);
      expect(program(id).sectionIds, id).toEqual(['digital-miyagi']);
    }
    expect(notesOf('whitespace').find((n) => n.from === 'デジタルみやぎ 推進課')).toMatchObject({
      line: 21,
      programIds: range('citizen', 13, 22),
      to: 'デジタルみやぎ推進課',
    });
    expect(programs.sections.find((s) => s.id === 'digital-miyagi')?.name.ja).toBe(
      'デジタルみやぎ推進課',
    );
    for (const unit of [...programs.departments, ...programs.sections]) {
      expect(unit.name.ja, unit.id).not.toMatch(/\s/);
    }
  });

  it("turns 'CO <sub>2</sub>' in local-11 into 'CO₂' and records an html note", () => {
    const raw = RAW_ROWS.find((row) => row.line === program('local-11').sourceLine);
    expect(raw?.cells[2]).toContain('CO <sub>2</sub> 排出量');
    expect(program('local-11').summary).toContain('エコタウン）の形成は、CO₂ 排出量削減');
    expect(program('local-11').summary).toBe(raw?.cells[2]?.replace('CO <sub>2</sub>', 'CO₂'));
    expect(notesOf('html')).toEqual([
      {
        kind: 'html',
        line: 95,
        programIds: ['local-11'],
        from: 'CO <sub>2</sub>',
        to: 'CO₂',
        text: {
          ja: 'HTMLの記述を文字に置き換えました:「CO <sub>2</sub>」→「CO₂」',
          en: 'Replaced HTML markup with plain text: "CO <sub>2</sub>" → "CO₂"',
        },
      },
    ]);
    for (const p of programs.programs) {
      expect(p.name, p.id).not.toContain('<');
      expect(p.summary, p.id).not.toContain('<');
    }
  });

  it("splits the joint cell '経済商工観光部 ／企画部' (local-26) into two departments and sections", () => {
    const raw = RAW_ROWS.find((row) => row.line === program('local-26').sourceLine);
    expect(raw?.cells[3]).toBe('経済商工観光部 ／企画部');
    expect(program('local-26').departmentIds).toEqual(['keizai', 'kikaku']);
    expect(program('local-26').sectionIds).toEqual(['chusho-kigyo', 'sangyo-digital']);
    expect(notesOf('whitespace').find((n) => n.from === '経済商工観光部 ／企画部')).toMatchObject({
      line: 112,
      programIds: ['local-26'],
      to: '経済商工観光部／企画部',
    });
  });

  it("splits '警察本部・企画部' (administration-31) into two departments and both sections", () => {
    const raw = RAW_ROWS.find((row) => row.line === program('administration-31').sourceLine);
    expect(raw?.cells[3]).toBe('警察本部・企画部');
    expect(program('administration-31').departmentIds).toEqual(['keisatsu', 'kikaku']);
    expect(program('administration-31').sectionIds).toEqual(['digital-miyagi', 'cyber-crime']);
  });

  it('records one joint note for each of the two joint programs', () => {
    expect(notesOf('joint').map((n) => [n.line, n.programIds, n.to])).toEqual([
      [112, ['local-26'], '経済商工観光部, 企画部 / 中小企業支援室, 産業デジタル推進課'],
      [235, ['administration-31'], '警察本部, 企画部 / デジタルみやぎ推進課, サイバー犯罪対策課'],
    ]);
    const multi = programs.programs
      .filter((p) => p.departmentIds.length > 1 || p.sectionIds.length > 1)
      .map((p) => p.id);
    expect(multi).toEqual(['local-26', 'administration-31']);
  });

  it('names both departments of a joint program in each language', () => {
    const joint = notesOf('joint');
    expect(joint.length).toBeGreaterThan(0);
    for (const note of joint) {
      const { departmentIds } = program(note.programIds[0] ?? '');
      expect(departmentIds.length).toBe(2);
      for (const id of departmentIds) {
        const department = MIYAGI_R5_IT_CONFIG.departments.find((d) => d.id === id);
        expect(note.text.ja).toContain(department?.name.ja);
        expect(note.text.en).toContain(department?.name.en);
      }
    }
  });

  it("keeps '復興・危機管理部' as one department and '子ども・家庭支援課' as one section", () => {
    const fukko = programsOnRawRows((cells) => cells[3] === '復興・危機管理部');
    expect(fukko).toEqual(['citizen-09', 'citizen-10', 'citizen-11', 'administration-02']);
    for (const id of fukko) expect(program(id).departmentIds, id).toEqual(['fukko-kiki']);
    expect(programs.departments.find((d) => d.id === 'fukko-kiki')?.name.ja).toBe(
      '復興・危機管理部',
    );

    const kodomo = programsOnRawRows((cells) => cells[4] === '子ども・家庭支援課');
    expect(kodomo).toEqual([
      'citizen-26',
      'citizen-32',
      'local-17',
      'local-23',
      'local-24',
      'local-25',
      'business-13',
    ]);
    for (const id of kodomo) expect(program(id).sectionIds, id).toEqual(['kodomo-katei']);
    expect(programs.sections.find((s) => s.id === 'kodomo-katei')?.name.ja).toBe(
      '子ども・家庭支援課',
    );
  });

  it("keeps the twice-listed 'ひとり親家庭等就業支援講習会の実施' as two programs with a duplicate-name note", () => {
    const name = 'ひとり親家庭等就業支援講習会の実施';
    expect(programs.programs.filter((p) => p.name === name).map((p) => p.id)).toEqual([
      'local-17',
      'local-23',
    ]);
    expect(program('local-17').summary).not.toBe(program('local-23').summary);
    expect(notesOf('duplicate-name')).toEqual([
      {
        kind: 'duplicate-name',
        line: 102,
        programIds: ['local-17', 'local-23'],
        from: name,
        to: name,
        text: {
          // Same department and section, summaries two letters apart: said, and both counted.
          ja: '同じ事業名が2回掲載されています（local-17、local-23）。部局・担当課室も同じで、概要はlocal-17の「必要なお」がlocal-23では「必要」となっている点だけが異なります。同じ事業が重複して掲載された可能性もありますが、原典のとおり別の事業として数えます。',
          en: 'The program name appears twice (local-17, local-23), with the same department and section; the summaries differ only where local-17 reads “必要なお” and local-23 “必要”. It may be one program listed twice; both are counted, as published.',
        },
      },
    ]);
  });

  it('records exactly these notes, in this order', () => {
    expect(programs.notes.map((n) => [n.kind, n.from])).toEqual([
      ['whitespace', 'デジタルみやぎ 推進課'],
      ['html', 'CO <sub>2</sub>'],
      ['whitespace', '経済商工観光部 ／企画部'],
      ['joint', '経済商工観光部／企画部 / 中小企業支援室／産業デジタル推進課'],
      ['joint', '警察本部・企画部 / デジタルみやぎ推進課・サイバー犯罪対策課'],
      ['duplicate-name', 'ひとり親家庭等就業支援講習会の実施'],
    ]);
  });
});

describe('ingest of the real Miyagi source: schemas', () => {
  it('the budgets pass budgetsFileSchema unchanged', () => {
    const parsed = budgetsFileSchema.safeParse(budgets);
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data).toEqual(budgets);
  });

  it('the programs pass programsFileSchema unchanged', () => {
    const parsed = programsFileSchema.safeParse(programs);
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data).toEqual(programs);
  });

  it('the generated datasets file passes datasetsFileSchema and hashes the source', () => {
    const files = buildBundledDataFiles(
      (relative) => readFileSync(`${DATA_DIR}${relative}`, 'utf8'),
      sha256,
    );
    const datasets = JSON.parse(files['datasets.json'] ?? 'null');
    const parsed = datasetsFileSchema.safeParse(datasets);
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data).toEqual(datasets);
    expect(datasets.datasets).toHaveLength(1);
    expect(datasets.datasets[0].source).toMatchObject({
      file: 'source/miyagi-r5-it-policy-programs.txt',
      sha256: sha256(SOURCE_TEXT),
    });
  });
});

describe('determinism', () => {
  const GENERATED = ['datasets.json', 'miyagi-r5-it/budgets.json', 'miyagi-r5-it/programs.json'];
  const STALE = 'is not what the source builds to: run `npm run data` and commit public/data';

  it('builds exactly the three generated files', () => {
    const files = buildBundledDataFiles(
      (relative) => readFileSync(`${DATA_DIR}${relative}`, 'utf8'),
      sha256,
    );
    expect(Object.keys(files).sort()).toEqual([...GENERATED].sort());
  });

  it.each(GENERATED)('committed public/data/%s is byte-identical to a fresh build', (relative) => {
    const files = buildBundledDataFiles(
      (path) => readFileSync(`${DATA_DIR}${path}`, 'utf8'),
      sha256,
    );
    const path = `${DATA_DIR}${relative}`;
    expect(existsSync(path), `public/data/${relative} is missing: run \`npm run data\``).toBe(true);
    expect(readFileSync(path, 'utf8'), `public/data/${relative} ${STALE}`).toBe(files[relative]);
  });

  it('the committed budgets and programs are the ingest of the source', () => {
    expect(
      readFileSync(`${DATA_DIR}miyagi-r5-it/budgets.json`, 'utf8'),
      `budgets.json ${STALE}`,
    ).toBe(toJson(budgets));
    expect(
      readFileSync(`${DATA_DIR}miyagi-r5-it/programs.json`, 'utf8'),
      `programs.json ${STALE}`,
    ).toBe(toJson(programs));
  });

  it('ingesting twice gives deep-equal, identically serialised results', () => {
    const first = ingestSource(SOURCE_TEXT, MIYAGI_R5_IT_CONFIG);
    const second = ingestSource(SOURCE_TEXT, MIYAGI_R5_IT_CONFIG);
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    // The results share no objects, so a caller mutating one cannot change the next ingest.
    first.programs.programs[0]?.departmentIds.push('mutated');
    const category = first.budgets.categories[0];
    if (category) category.name.ja = 'mutated';
    const third = ingestSource(SOURCE_TEXT, MIYAGI_R5_IT_CONFIG);
    expect(third).toEqual(second);
  });
});
