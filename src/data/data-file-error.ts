import type * as z from 'zod';

export interface DataProblem {
  /** Where in the file, e.g. `programs[3].departmentIds[0]`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
}

/** A data file that could not be used: not fetched, not JSON, or not matching its schema. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly kind: 'fetch' | 'json' | 'schema',
    readonly problems: readonly DataProblem[],
  ) {
    super(
      `${file}: ${problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ')}`,
    );
    this.name = 'DataFileError';
  }
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

export function problemsFromZod(error: z.ZodError, limit = 5): DataProblem[] {
  return error.issues
    .slice(0, limit)
    .map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
}
