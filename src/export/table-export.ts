/**
 * Exports of the rows the table shows, pure. CSV is made for Excel on Japanese Windows:
 * UTF-8 with a BOM (without it Excel reads CP932 and garbles the text), CRLF line ends,
 * every field quoted, and cells that Excel would read as formulas neutralised.
 */
import type { ProgramRow } from '../table/program-rows';

export interface ExportContext {
  readonly caption: string;
  readonly url: string;
  readonly source: string;
  readonly headers: {
    readonly number: string;
    readonly id: string;
    readonly name: string;
    readonly department: string;
    readonly section: string;
    readonly category: string;
    readonly summary: string;
  };
}

const BOM = '\uFEFF';

/**
 * A leading = + - @ (or tab / carriage return, which Excel also honours) makes a cell a formula;
 * an apostrophe in front keeps it text. OWASP's recommendation for CSV injection.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function quoteCsvField(value: string): string {
  return `"${neutralizeFormula(value).replace(/"/g, '""')}"`;
}

export function buildCsv(rows: readonly ProgramRow[], context: ExportContext): string {
  const h = context.headers;
  const lines = [
    // The source's number first, as on screen; the id (stable, for links) last.
    [h.number, h.name, h.department, h.section, h.category, h.summary, h.id],
    ...rows.map((r) => [
      String(r.program.number),
      r.name,
      r.departments,
      r.sections,
      r.category,
      r.summary,
      r.id,
    ]),
  ].map((fields) => fields.map(quoteCsvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export function buildJson(rows: readonly ProgramRow[], context: ExportContext): string {
  return `${JSON.stringify(
    {
      caption: context.caption,
      url: context.url,
      source: context.source,
      programs: rows.map((r) => ({
        id: r.id,
        number: r.program.number,
        name: r.name,
        departments: r.departments,
        sections: r.sections,
        category: r.category,
        summary: r.summary,
        departmentIds: r.program.departmentIds,
        sectionIds: r.program.sectionIds,
        categoryId: r.program.categoryId,
      })),
    },
    null,
    2,
  )}\n`;
}

/** A file name that says what is in it: dataset, view and date. */
export function exportFileName(
  datasetId: string,
  search: string,
  extension: string,
  date: Date,
): string {
  // Decoded, so a search reads as typed (q=防災, not q=_E9_98_B2_E7_81_BD); letters (with their
  // combining marks) and digits of any script are kept, anything a file system may refuse
  // becomes '_'.
  const readable = [...new URLSearchParams(search)]
    .map(([key, value]) => `${key}=${value}`)
    .join('_')
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}=,-]+/gu, '_');
  // File systems allow 255 bytes a name: this part gets 120 of them in UTF-8, whole characters.
  let view = '';
  let bytes = 0;
  for (const char of readable) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (bytes > 120) break;
    view += char;
  }
  const day = date.toISOString().slice(0, 10);
  return `${datasetId}${view ? `_${view}` : ''}_${day}.${extension}`;
}
