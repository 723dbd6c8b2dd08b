/**
 * A presenter's list of views: URL searches in order. Kept in localStorage on that machine
 * and exported/imported as a small JSON file, which is untrusted input and parsed with zod.
 */
import * as z from 'zod/mini';
import { describeIssue } from '../data/data-file-error';
import {
  DEFAULT_VIEW,
  parseViewState,
  serializeViewState,
  type ViewState,
} from '../url/view-state';
import type { Dataset } from './dataset';
import { type IgnoredPart, listIgnoredParts, reconcileViewState } from './reconcile';

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
  /** The slide's canonical search (see canonicalSearch). */
  readonly search: string;
  readonly caption?: string | undefined;
}

/** What a slide is: the part of a view that says which programs it shows, and which is open. */
export type Slide = Pick<ViewState, 'ds' | 'cat' | 'dept' | 'sec' | 'q' | 'sel'>;

export function slideOf(search: string): Slide {
  const { ds, cat, dept, sec, q, sel } = parseViewState(search);
  return { ds, cat, dept, sec, q, sel };
}

/**
 * A slide's canonical search, so the same slide is recognised however its link was written.
 * The mode, language, colours, patterns, sort and chart are left out: they are the presenter's
 * settings, not the slide, so a link pasted from the dashboard or from the other language is
 * the same slide, and stepping to it keeps the presenter's settings.
 */
export function canonicalSearch(search: string): string {
  return serializeViewState({ ...DEFAULT_VIEW, ...slideOf(search) });
}

/**
 * Where the slide on screen (its canonical search) is on the list: its own entry, or else the
 * one entry that shows a program's details, with them closed (Escape on such a slide took it
 * off the list, and the clicker stepped through the categories instead). When two entries show
 * different programs of that same view, which one was closed is not known: -1, as for a slide
 * that is not on the list.
 */
export function placeOnList(list: readonly string[], slide: string): number {
  const own = list.indexOf(slide);
  if (own >= 0) return own;
  const closed = (s: string) =>
    serializeViewState({ ...DEFAULT_VIEW, ...slideOf(s), sel: null }) === slide;
  const first = list.findIndex(closed);
  return first >= 0 && list.findLastIndex(closed) === first ? first : -1;
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
  // reportInput: zod/mini leaves the found value out of an issue unless asked for it.
  const parsed = listFileSchema.safeParse(json, { reportInput: true });
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

/**
 * The views as this dataset can show them: ids it does not have are left out (a hand-edited
 * list's "cat=nonexistent" was shown as the whole budget under the name "nonexistent: 0
 * programs"), and views that then show the same slide are kept once. A view of another dataset
 * is kept as it is: its ids are that dataset's.
 */
export function fitViews(
  views: readonly PresenterView[],
  dataset: Dataset,
  datasetIds: readonly string[],
): { views: PresenterView[]; dropped: IgnoredPart[] } {
  const dropped: IgnoredPart[] = [];
  const fitted = views.map((v) => {
    const slide = { ...DEFAULT_VIEW, ...slideOf(v.search) };
    // An unknown dataset is the default one, as in a link (listIgnoredParts names it).
    const ds = slide.ds !== null && datasetIds.includes(slide.ds) ? slide.ds : datasetIds[0];
    if (ds !== dataset.entry.id) return v;
    const kept = reconcileViewState(slide, dataset, datasetIds);
    dropped.push(...listIgnoredParts(v.search, kept, datasetIds));
    return { ...v, search: canonicalSearch(serializeViewState(kept)) };
  });
  return {
    views: fitted.filter((v, i) => fitted.findIndex((w) => w.search === v.search) === i),
    dropped,
  };
}
