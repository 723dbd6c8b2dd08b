/**
 * Ingest of a programme list published as tab-separated rows under category headings.
 * Pure: text in, the budgets and programs files out, or an IngestError naming the line.
 * It runs in Node (`npm run data`) and can run in the browser on a file a user opens.
 */

import type { DepartmentEntry, SectionEntry, UnitName } from './miyagi-units';
import { htmlToPlainText, normalizeUnitName, splitUnitList } from './normalize-text';
import type { BudgetsFile, DataNote, ProgramsFile } from './schemas';

export interface SourceConfig {
  /** The document's own title heading; recognised and skipped. */
  readonly titleHeading: string;
  /** Pillars; `heading` is the text that opens the pillar, or null when its category's heading does. */
  readonly pillars: readonly { id: string; heading: string | null; name: UnitName }[];
  readonly categories: readonly {
    id: string;
    pillarId: string;
    headingPrefix: string;
    name: UnitName;
    subtitle?: UnitName;
  }[];
  readonly departments: readonly DepartmentEntry[];
  readonly sections: readonly SectionEntry[];
}

export interface IngestResult {
  readonly budgets: BudgetsFile;
  readonly programs: ProgramsFile;
}

export class IngestError extends Error {
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
    this.name = 'IngestError';
  }
}

export const EXPECTED_COLUMNS = ['番号', '事業名', '概要・目的', '部局', '担当課室'] as const;

interface RawRow {
  readonly line: number;
  readonly id: string;
  readonly categoryId: string;
  readonly number: number;
  readonly rawName: string;
  readonly rawSummary: string;
  readonly department: string;
  readonly section: string;
}

interface OpenCategory {
  readonly config: SourceConfig['categories'][number];
  readonly line: number;
  declared: { count: number; budget: number; line: number } | null;
  headerSeen: boolean;
  rows: number;
}

// "60事業 2,022,951千円": count of programmes and budget in thousands of yen.
const DECLARATION = /(\S+)事業\s*(\S+)千円\s*$/;
const BUDGET_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;

export function ingestSource(text: string, config: SourceConfig): IngestResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows: RawRow[] = [];
  const idLines = new Map<string, number>();
  const closed: OpenCategory[] = [];
  let current: OpenCategory | null = null;
  let currentPillarId: string | null = null;
  let titleSeen = false;

  const closeCurrent = () => {
    if (current) closed.push(checkCategory(current));
    current = null;
  };

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const cells = raw.split('\t').map((cell) => cell.trim());
    if (cells.every((cell) => cell === '')) return;
    const first = cells[0] ?? '';

    if (/^\d+$/.test(first)) {
      const category = requireTable(current, lineNo);
      const row = parseRow(cells, lineNo, category.config.id);
      const seenAt = idLines.get(row.id);
      if (seenAt !== undefined) {
        throw new IngestError(
          lineNo,
          `duplicate program id "${row.id}" (number ${row.number} is also on line ${seenAt})`,
        );
      }
      idLines.set(row.id, lineNo);
      rows.push(row);
      category.rows += 1;
      return;
    }

    if (first === EXPECTED_COLUMNS[0]) {
      const header = cells.slice(0, EXPECTED_COLUMNS.length);
      if (header.join('\t') !== EXPECTED_COLUMNS.join('\t')) {
        throw new IngestError(
          lineNo,
          `table header should be ${EXPECTED_COLUMNS.join(' / ')}, found ${cells.join(' / ')}`,
        );
      }
      if (!current) throw new IngestError(lineNo, 'table header before any category heading');
      current.headerSeen = true;
      return;
    }

    const joined = cells.filter((cell) => cell !== '').join(' ');
    const declaration = DECLARATION.exec(joined);
    const heading = (declaration ? joined.slice(0, declaration.index) : joined)
      .replace(/^#+\s*/, '')
      .trim();

    if (heading !== '') {
      if (heading === config.titleHeading) {
        titleSeen = true;
      } else {
        const pillar = config.pillars.find((p) => p.heading !== null && p.heading === heading);
        const category = config.categories.find((c) => matchesHeading(heading, c.headingPrefix));
        if (pillar) {
          closeCurrent();
          currentPillarId = pillar.id;
        } else if (category) {
          closeCurrent();
          if (closed.some((c) => c.config.id === category.id)) {
            throw new IngestError(lineNo, `category heading "${heading}" appears a second time`);
          }
          const pillarOfCategory = config.pillars.find((p) => p.id === category.pillarId);
          if (pillarOfCategory?.heading && currentPillarId !== pillarOfCategory.id) {
            throw new IngestError(
              lineNo,
              `category "${heading}" must follow its pillar heading "${pillarOfCategory.heading}"`,
            );
          }
          if (!pillarOfCategory?.heading) currentPillarId = null;
          current = { config: category, line: lineNo, declared: null, headerSeen: false, rows: 0 };
        } else {
          throw new IngestError(lineNo, `unknown heading "${heading}"`);
        }
      }
    }

    if (declaration) {
      if (!current) throw new IngestError(lineNo, 'budget declaration before any category heading');
      const open: OpenCategory = current;
      if (open.declared)
        throw new IngestError(
          lineNo,
          `category "${open.config.id}" declares its count and budget twice`,
        );
      if (open.rows > 0)
        throw new IngestError(lineNo, 'budget declaration after the rows of its category');
      open.declared = parseDeclaration(declaration[1] ?? '', declaration[2] ?? '', lineNo);
    }
  });
  closeCurrent();

  if (!titleSeen)
    throw new IngestError(1, `the document title "${config.titleHeading}" was not found`);
  for (const category of config.categories) {
    if (!closed.some((c) => c.config.id === category.id)) {
      throw new IngestError(
        lines.length,
        `category "${category.headingPrefix}" (${category.id}) was not found`,
      );
    }
  }
  return buildOutput(rows, closed, config);
}

/** A heading is the prefix itself or the prefix followed by its subtitle in parentheses. */
function matchesHeading(heading: string, prefix: string): boolean {
  return (
    heading === prefix ||
    (heading.startsWith(prefix) && /^\s*[（(]/.test(heading.slice(prefix.length)))
  );
}

function requireTable(current: OpenCategory | null, lineNo: number): OpenCategory {
  if (!current) throw new IngestError(lineNo, 'program row before any category heading');
  if (!current.declared)
    throw new IngestError(
      lineNo,
      `program row before the program count and budget of "${current.config.id}"`,
    );
  if (!current.headerSeen)
    throw new IngestError(
      lineNo,
      `program row before the table header (${EXPECTED_COLUMNS.join(' / ')})`,
    );
  return current;
}

function parseRow(cells: readonly string[], lineNo: number, categoryId: string): RawRow {
  const filled =
    cells.length > EXPECTED_COLUMNS.length &&
    cells.slice(EXPECTED_COLUMNS.length).some((c) => c !== '');
  if (cells.length < EXPECTED_COLUMNS.length || filled) {
    throw new IngestError(
      lineNo,
      `expected ${EXPECTED_COLUMNS.length} tab-separated columns (${EXPECTED_COLUMNS.join(' / ')}), found ${filled ? 'more' : cells.length}`,
    );
  }
  const [numberText = '', name = '', summary = '', department = '', section = ''] = cells;
  EXPECTED_COLUMNS.forEach((column, i) => {
    // The summary may legitimately be short, but no column may be empty.
    if ((cells[i] ?? '') === '') throw new IngestError(lineNo, `column ${column} is empty`);
  });
  const number = Number.parseInt(numberText, 10);
  if (number <= 0) throw new IngestError(lineNo, `program number ${numberText} must be positive`);
  return {
    line: lineNo,
    id: `${categoryId}-${String(number).padStart(2, '0')}`,
    categoryId,
    number,
    rawName: name,
    rawSummary: summary,
    department,
    section,
  };
}

function parseDeclaration(
  countText: string,
  budgetText: string,
  lineNo: number,
): OpenCategory['declared'] {
  if (!/^\d+$/.test(countText))
    throw new IngestError(lineNo, `program count "${countText}" is not a whole number`);
  if (!BUDGET_NUMBER.test(budgetText))
    throw new IngestError(lineNo, `budget "${budgetText}千円" is not a number`);
  return {
    count: Number.parseInt(countText, 10),
    budget: Number.parseInt(budgetText.replaceAll(',', ''), 10),
    line: lineNo,
  };
}

function checkCategory(category: OpenCategory): OpenCategory {
  if (!category.declared) {
    throw new IngestError(
      category.line,
      `category "${category.config.id}" has no "N事業 N千円" declaration`,
    );
  }
  if (category.declared.count !== category.rows) {
    throw new IngestError(
      category.declared.line,
      `category "${category.config.id}" declares ${category.declared.count} programs but ${category.rows} rows follow`,
    );
  }
  return category;
}

/** Groups notes by (kind, from, to) so a quirk repeated on ten rows is one note listing ten programs. */
class NoteBook {
  private readonly byKey = new Map<string, DataNote>();
  add(
    kind: DataNote['kind'],
    line: number,
    programIds: readonly string[],
    from: string,
    to: string,
    text: DataNote['text'],
  ) {
    const key = `${kind}\u0000${from}\u0000${to}`;
    const existing = this.byKey.get(key);
    if (existing) {
      for (const id of programIds)
        if (!existing.programIds.includes(id)) existing.programIds.push(id);
    } else
      this.byKey.set(key, { kind, line, programIds: [...new Set(programIds)], from, to, text });
  }
  list(): DataNote[] {
    return [...this.byKey.values()];
  }
}

function buildOutput(
  rows: readonly RawRow[],
  categories: readonly OpenCategory[],
  config: SourceConfig,
): IngestResult {
  const notes = new NoteBook();
  const departmentByName = new Map(config.departments.map((d) => [d.name.ja, d]));
  const sectionByName = new Map(config.sections.map((s) => [s.name.ja, s]));

  const unitCells = rows.map((row) => ({
    department: normalizeUnitName(row.department),
    section: normalizeUnitName(row.section),
  }));
  const standaloneDepartments = new Set(unitCells.map((c) => c.department));
  const standaloneSections = new Set(unitCells.map((c) => c.section));

  const programs = rows.map((row, i) => {
    const cells = unitCells[i] ?? { department: row.department, section: row.section };
    for (const [raw, clean] of [
      [row.department, cells.department],
      [row.section, cells.section],
    ] as const) {
      if (raw !== clean) {
        notes.add('whitespace', row.line, [row.id], raw, clean, {
          ja: `部局・担当課室名の空白を除去しました:「${raw}」→「${clean}」`,
          en: `Removed stray whitespace in a unit name: "${raw}" → "${clean}"`,
        });
      }
    }
    const departmentNames = splitUnitList(cells.department, standaloneDepartments);
    const sectionNames = splitUnitList(cells.section, standaloneSections);
    const departmentEntries = departmentNames.map((name) => {
      const entry = departmentByName.get(name);
      if (!entry)
        throw new IngestError(
          row.line,
          `unknown department "${name}"; add it to the reviewed unit table`,
        );
      return entry;
    });
    const departmentIds = departmentEntries.map((entry) => entry.id);
    const sectionEntries = sectionNames.map((name) => {
      const entry = sectionByName.get(name);
      if (!entry)
        throw new IngestError(
          row.line,
          `unknown section "${name}"; add it to the reviewed unit table`,
        );
      if (!departmentIds.includes(entry.departmentId)) {
        throw new IngestError(
          row.line,
          `section "${name}" belongs to department "${entry.departmentId}", which this row does not name`,
        );
      }
      return entry;
    });
    const sectionIds = sectionEntries.map((entry) => entry.id);
    if (departmentIds.length > 1 || sectionIds.length > 1) {
      notes.add(
        'joint',
        row.line,
        [row.id],
        `${cells.department} / ${cells.section}`,
        `${departmentNames.join(', ')} / ${sectionNames.join(', ')}`,
        jointNoteText(
          departmentEntries.map((d) => d.name),
          sectionEntries.map((e) => e.name),
        ),
      );
    }

    const name = htmlToPlainText(row.rawName);
    const summary = htmlToPlainText(row.rawSummary);
    for (const [raw, clean] of [
      [row.rawName, name],
      [row.rawSummary, summary],
    ] as const) {
      if (raw !== clean) {
        const fragment = firstDifference(raw, clean);
        notes.add('html', row.line, [row.id], fragment.from, fragment.to, {
          ja: `HTMLの記述を文字に置き換えました:「${fragment.from}」→「${fragment.to}」`,
          en: `Replaced HTML markup with plain text: "${fragment.from}" → "${fragment.to}"`,
        });
      }
    }
    return {
      id: row.id,
      categoryId: row.categoryId,
      number: row.number,
      name,
      summary,
      departmentIds,
      sectionIds,
      sourceLine: row.line,
    };
  });

  const byName = new Map<string, typeof programs>();
  for (const program of programs)
    byName.set(program.name, [...(byName.get(program.name) ?? []), program]);
  for (const [name, same] of byName) {
    if (same.length < 2) continue;
    const first = same[0];
    if (!first) continue;
    notes.add(
      'duplicate-name',
      first.sourceLine,
      same.map((p) => p.id),
      name,
      name,
      duplicateNameText(same),
    );
  }

  const usedDepartments = new Set(programs.flatMap((p) => p.departmentIds));
  const usedSections = new Set(programs.flatMap((p) => p.sectionIds));
  const budgetCategories = categories.map((c) => ({
    id: c.config.id,
    pillarId: c.config.pillarId,
    name: { ...c.config.name },
    ...(c.config.subtitle ? { subtitle: { ...c.config.subtitle } } : {}),
    budget: c.declared?.budget ?? 0,
    programCount: c.rows,
  }));
  const pillars = config.pillars
    .map((p) => ({
      id: p.id,
      name: { ...p.name },
      categoryIds: budgetCategories.filter((c) => c.pillarId === p.id).map((c) => c.id),
    }))
    .filter((p) => p.categoryIds.length > 0);

  return {
    budgets: {
      unit: 'thousand JPY',
      total: budgetCategories.reduce((sum, c) => sum + c.budget, 0),
      pillars,
      categories: budgetCategories,
    },
    programs: {
      departments: config.departments
        .filter((d) => usedDepartments.has(d.id))
        .map((d) => ({ id: d.id, name: { ...d.name } })),
      sections: config.sections
        .filter((s) => usedSections.has(s.id))
        .map((s) => ({ id: s.id, departmentId: s.departmentId, name: { ...s.name } })),
      programs,
      notes: notes.list(),
    },
  };
}

/**
 * Says how alike programs of one name are. Two with the same department and section whose
 * summaries differ in a word may be one program listed twice: the reader is told what differs,
 * and that both are counted, as published (a reader comparing the summaries found them two
 * letters apart, 「必要なお」 against 「必要」).
 */
function duplicateNameText(
  same: readonly {
    id: string;
    summary: string;
    departmentIds: readonly string[];
    sectionIds: readonly string[];
  }[],
): DataNote['text'] {
  const ids = same.map((p) => p.id);
  const [a, b] = same;
  const sameUnits =
    same.length === 2 &&
    a !== undefined &&
    b !== undefined &&
    a.departmentIds.join() === b.departmentIds.join() &&
    a.sectionIds.join() === b.sectionIds.join();
  if (!sameUnits) {
    return {
      ja: `同じ事業名が${same.length}回掲載されています（${ids.join('、')}）。原典のとおり別の事業として扱います。`,
      en: `The program name appears ${same.length} times (${ids.join(', ')}); kept as separate programs, as published.`,
    };
  }
  const diff = firstDifference(a.summary, b.summary);
  const detail =
    a.summary === b.summary
      ? {
          ja: '部局・担当課室も概要も同じです。',
          en: ', with the same department, section and summary.',
        }
      : {
          ja: `部局・担当課室も同じで、概要は${a.id}の「${diff.from}」が${b.id}では「${diff.to}」となっている点だけが異なります。`,
          en: `, with the same department and section; the summaries differ only where ${a.id} reads “${diff.from}” and ${b.id} “${diff.to}”.`,
        };
  return {
    ja: `同じ事業名が2回掲載されています（${ids.join('、')}）。${detail.ja}同じ事業が重複して掲載された可能性もありますが、原典のとおり別の事業として数えます。`,
    en: `The program name appears twice (${ids.join(', ')})${detail.en} It may be one program listed twice; both are counted, as published.`,
  };
}

/** Names the units in each language: the English note said only how many there were. */
function jointNoteText(
  departments: readonly UnitName[],
  sections: readonly UnitName[],
): DataNote['text'] {
  const ja = (units: readonly UnitName[]) => units.map((u) => u.ja).join('、');
  const en = (units: readonly UnitName[]) => units.map((u) => u.en).join('; ');
  if (departments.length > 1) {
    return {
      ja: `複数の部局が担当する事業です（${ja(departments)}）。部局別の件数では各部局に数えます。`,
      en: `Run jointly by ${departments.length} departments (${en(departments)}); department counts include it under each.`,
    };
  }
  return {
    ja: `同じ部局の複数の課室が担当する事業です（${ja(sections)}）。課室別の件数では各課室に数えます。`,
    en: `Run jointly by ${sections.length} sections of one department (${en(sections)}); section counts include it under each.`,
  };
}

/** The smallest window around what changed, so a note quotes `CO <sub>2</sub>` and not a whole summary. */
function firstDifference(from: string, to: string): { from: string; to: string } {
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start += 1;
  let endFrom = from.length;
  let endTo = to.length;
  while (endFrom > start && endTo > start && from[endFrom - 1] === to[endTo - 1]) {
    endFrom -= 1;
    endTo -= 1;
  }
  const context = 2;
  return {
    from: from.slice(Math.max(0, start - context), endFrom),
    to: to.slice(Math.max(0, start - context), endTo),
  };
}
