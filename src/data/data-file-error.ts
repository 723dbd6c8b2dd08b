import type * as z from 'zod/mini';

export interface DataProblem {
  /** Where in the file, e.g. `programs[3].departmentIds[0]`; empty for the whole file. */
  readonly path: string;
  /**
   * The id of the record the path is in (`programs[3]` → "citizen-04"), when it has one: the
   * index counts from 0, and the records' own numbers do not, so the id says which one it is.
   */
  readonly item?: string;
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

/**
 * zod/mini ships no message catalogue ("Invalid input" for everything), so messages are made
 * here from the issue's own fields: what was expected and what was found.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `missing (expected ${issue.expected})`
        : `expected ${issue.expected}, found ${describeValue(issue.input)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? `must not be empty`
          : `must be at least ${issue.minimum}`;
    case 'too_big':
      return `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, found ${describeValue(issue.input)}`;
    case 'invalid_format':
      return issue.message && issue.message !== 'Invalid input'
        ? issue.message
        : `has the wrong format (${issue.format})`;
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

export function problemsFromZod(
  error: z.core.$ZodError,
  input?: unknown,
  limit = 5,
): DataProblem[] {
  return error.issues.slice(0, limit).map((issue) => {
    const item = recordId(input, issue.path);
    return {
      path: formatIssuePath(issue.path),
      ...(item !== undefined && { item }),
      message: describeIssue(issue),
    };
  });
}

/** The string `id` of `input[key][index]` for a path that starts `[key, index, …]`. */
function recordId(input: unknown, path: readonly PropertyKey[]): string | undefined {
  const [key, index] = path;
  if (typeof key !== 'string' || typeof index !== 'number') return undefined;
  const list = (input as Record<string, unknown> | null | undefined)?.[key];
  const record = Array.isArray(list) ? (list[index] as { id?: unknown } | undefined) : undefined;
  return typeof record?.id === 'string' && record.id !== '' ? record.id : undefined;
}

/**
 * What neither file's schema can see alone: every program's category must be one of the
 * budget file's. A program under an unknown category would drop out of every figure by
 * category without a word. Reported against the program file, like a schema problem there.
 */
export function unknownCategories(
  programsFile: string,
  categoryIds: readonly string[],
  programs: readonly { id: string; categoryId: string }[],
  limit = 5,
): DataFileError | null {
  const known = new Set(categoryIds);
  const problems: DataProblem[] = [];
  for (let i = 0; i < programs.length && problems.length < limit; i++) {
    const id = programs[i]?.categoryId ?? '';
    if (!known.has(id))
      problems.push({
        path: `programs[${i}].categoryId`,
        item: programs[i]?.id ?? '',
        message: `unknown category "${id}" (the budget file has ${categoryIds.join(', ')})`,
      });
  }
  return problems.length > 0 ? new DataFileError(programsFile, 'schema', problems) : null;
}
