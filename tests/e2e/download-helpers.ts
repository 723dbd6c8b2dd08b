/**
 * Reading what the app saves, without any library: capture a download as bytes, walk a PNG's
 * chunks (checking each CRC), read tEXt chunks, find the first page's MediaBox in a PDF, and
 * parse CSV strictly enough to tell whether every field is quoted and every record ends in CRLF.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

export interface SavedFile {
  readonly fileName: string;
  readonly bytes: Buffer;
}

/** Runs `action` (a click) and returns the file the page downloads because of it. */
export async function captureDownload(
  page: Page,
  action: () => Promise<void>,
  timeout = 15_000,
): Promise<SavedFile> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout }), action()]);
  const failure = await download.failure();
  if (failure) throw new Error(`the download failed: ${failure}`);
  const path = await download.path();
  return { fileName: download.suggestedFilename(), bytes: await readFile(path) };
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface PngChunk {
  readonly type: string;
  readonly data: Buffer;
}

/** The chunks of a PNG in file order; throws on a bad signature, a truncated chunk or a bad CRC. */
export function readPngChunks(png: Buffer): PngChunk[] {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG: bad signature');
  const chunks: PngChunk[] = [];
  let offset = 8;
  while (offset < png.length) {
    if (offset + 12 > png.length) throw new Error(`truncated chunk header at byte ${offset}`);
    const length = png.readUInt32BE(offset);
    const end = offset + 12 + length;
    if (end > png.length) throw new Error(`truncated chunk at byte ${offset}`);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const crc = png.readUInt32BE(offset + 8 + length);
    if (crc32(png.subarray(offset + 4, offset + 8 + length)) !== crc)
      throw new Error(`bad CRC in the ${type} chunk at byte ${offset}`);
    chunks.push({ type, data: png.subarray(offset + 8, offset + 8 + length) });
    offset = end;
    if (type === 'IEND') break;
  }
  return chunks;
}

export interface PngHeader {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colorType: number;
}

export function pngHeader(chunks: readonly PngChunk[]): PngHeader {
  const ihdr = chunks[0];
  if (ihdr?.type !== 'IHDR') throw new Error('the first PNG chunk is not IHDR');
  return {
    width: ihdr.data.readUInt32BE(0),
    height: ihdr.data.readUInt32BE(4),
    bitDepth: ihdr.data[8] ?? 0,
    colorType: ihdr.data[9] ?? 0,
  };
}

/** tEXt chunks as keyword → text (Latin-1, as the PNG specification defines them). */
export function pngTextChunks(chunks: readonly PngChunk[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const chunk of chunks) {
    if (chunk.type !== 'tEXt') continue;
    const nul = chunk.data.indexOf(0);
    if (nul < 1) throw new Error('a tEXt chunk without a keyword');
    texts.set(chunk.data.toString('latin1', 0, nul), chunk.data.toString('latin1', nul + 1));
  }
  return texts;
}

/**
 * The MediaBox of the first page object of a PDF, in points. Chromium (Skia) writes page
 * dictionaries as plain objects; an inherited MediaBox on the /Pages node is used when the page
 * has none of its own.
 */
export function firstPageMediaBox(pdf: Buffer): [number, number, number, number] {
  const text = pdf.toString('latin1');
  if (!text.startsWith('%PDF-')) throw new Error('not a PDF');
  const box = (dict: string) => {
    const match = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(dict);
    return match
      ? ([Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])] as [
          number,
          number,
          number,
          number,
        ])
      : null;
  };
  const objects = [...text.matchAll(/\d+\s+\d+\s+obj\b([\s\S]*?)\bendobj/g)].map((m) => m[1] ?? '');
  const page = objects.find((o) => /\/Type\s*\/Page(?![a-zA-Z])/.test(o));
  if (!page) throw new Error('no /Type /Page object in the PDF');
  const own = box(page);
  if (own) return own;
  const pages = objects.find((o) => /\/Type\s*\/Pages\b/.test(o));
  const inherited = pages ? box(pages) : null;
  if (!inherited) throw new Error('the first page has no MediaBox');
  return inherited;
}

/** How many pages the PDF says it has (the /Count of its page tree root). */
export function pdfPageCount(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)];
  return Math.max(0, ...counts.map((m) => Number(m[1])));
}

/**
 * Strict CSV: every field must be quoted (with "" for a quote inside), fields are separated by
 * commas and every record, the last one included, ends with CRLF. Throws where it is not so.
 */
export function parseStrictCsv(text: string): string[][] {
  const records: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const record: string[] = [];
    for (;;) {
      if (text[i] !== '"')
        throw new Error(
          `unquoted field at character ${i}: ${JSON.stringify(text.slice(i, i + 20))}`,
        );
      i++;
      let field = '';
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error('unterminated quoted field');
        field += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      record.push(field);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text.startsWith('\r\n', i)) {
        i += 2;
        break;
      }
      throw new Error(
        `a field is followed by ${JSON.stringify(text.slice(i, i + 10))}, not a comma or CRLF, at character ${i}`,
      );
    }
    records.push(record);
  }
  return records;
}
