import type * as z from 'zod/mini';
import { DataFileError, problemsFromZod } from './data-file-error';

/**
 * Fetches one JSON file from public/data and parses it with its schema. Every way it can go
 * wrong becomes a DataFileError that names the file, so the UI can say exactly what broke.
 */
export async function fetchDataFile<Schema extends z.ZodMiniType>(
  file: string,
  schema: Schema,
  signal?: AbortSignal,
  /**
   * A retry after a failure: ask the server again rather than the browser's cache. A host
   * that lets browsers cache the file (GitHub Pages, a plain static server) otherwise had the
   * retry read back the same broken copy, however often the file was fixed.
   */
  revalidate = false,
): Promise<z.output<Schema>> {
  const url = new URL(`data/${file}`, document.baseURI);
  let response: Response;
  try {
    response = await fetch(url, {
      signal: signal ?? null,
      cache: revalidate ? 'no-cache' : 'default',
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataFileError(file, 'fetch', [
      { path: '', message: `could not be fetched (${errorText(error)})` },
    ]);
  }
  if (!response.ok) {
    throw new DataFileError(file, 'fetch', [
      { path: '', message: `server answered ${response.status} ${response.statusText}`.trim() },
    ]);
  }
  return parseDataFile(file, await response.text(), schema);
}

/** Parses a data file's text with its schema; shared by the fetch and the build's prerender. */
export function parseDataFile<Schema extends z.ZodMiniType>(
  file: string,
  text: string,
  schema: Schema,
): z.output<Schema> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataFileError(file, 'json', [
      { path: '', message: `is not valid JSON (${errorText(error)})` },
    ]);
  }
  // reportInput: the message can then say what was found, not only what was expected.
  const parsed = schema.safeParse(json, { reportInput: true });
  if (!parsed.success) throw new DataFileError(file, 'schema', problemsFromZod(parsed.error, json));
  return parsed.data;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
