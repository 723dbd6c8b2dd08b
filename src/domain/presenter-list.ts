/**
 * A presenter's list of views: URL searches in order. Kept in localStorage on that machine
 * and exported/imported as a small JSON file, which is untrusted input and parsed with zod.
 */
import * as z from 'zod/mini';
import { describeIssue } from '../data/data-file-error';
import { parseViewState, serializeViewState } from '../url/view-state';

export const PRESENTER_LIST_KEY = 'obd:presenter-views';
const MAX_VIEWS = 200;

const listFileSchema = z.object({
  format: z.literal('open-budget-dashboard/views'),
  version: z.literal(1),
  views: z
    .array(
      z.object({ search: z.string().check(z.maxLength(4000)), caption: z.optional(z.string()) }),
    )
    .check(z.maxLength(MAX_VIEWS)),
});

export interface PresenterView {
  /** Canonical search (via the URL codec), without presentation keys removed: the step's URL. */
  readonly search: string;
  readonly caption?: string | undefined;
}

/** Canonical form of a link's view, so the same view is recognised however the link was written. */
export function canonicalSearch(search: string): string {
  return serializeViewState(parseViewState(search));
}

/** Accepts a full link or a bare query; null when it is not a link to this page. */
export function searchFromLink(link: string, pageUrl: string): string | null {
  const text = link.trim();
  if (text.startsWith('?')) return canonicalSearch(text);
  try {
    const url = new URL(text);
    const page = new URL(pageUrl);
    if (url.origin !== page.origin || url.pathname !== page.pathname) return null;
    return canonicalSearch(url.search);
  } catch {
    return null;
  }
}

export function serializePresenterList(views: readonly PresenterView[]): string {
  return `${JSON.stringify({ format: 'open-budget-dashboard/views', version: 1, views }, null, 2)}\n`;
}

export type ParsedList = { ok: true; views: PresenterView[] } | { ok: false; problems: string[] };

export function parsePresenterList(text: string): ParsedList {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [`not JSON (${error instanceof Error ? error.message : String(error)})`],
    };
  }
  const parsed = listFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues
        .slice(0, 5)
        .map((i) => `${i.path.join('.') || '(file)'}: ${describeIssue(i)}`),
    };
  }
  return {
    ok: true,
    views: parsed.data.views.map((v) => ({
      search: canonicalSearch(v.search),
      caption: v.caption,
    })),
  };
}
