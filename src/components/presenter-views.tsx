import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useDashboard, useHrefFor } from '../app/dashboard-context';
import { captionOfView } from '../domain/caption';
import {
  fitViews,
  parsePresenterList,
  searchFromLink,
  serializePresenterList,
  slideOf,
} from '../domain/presenter-list';
import { downloadText } from '../export/download';
import { DEFAULT_VIEW } from '../url/view-state';
import { usePresenterList } from './use-presenter-list';

/**
 * The presenter's list of views: add the current view or a pasted link, reorder, remove,
 * export and import. The keys step through it when the current view is on it.
 */
export function PresenterViews({
  caption,
  slide: current,
  place,
}: {
  readonly caption: string;
  /** The slide on screen (its canonical search), and its place on the list (-1: not on it). */
  readonly slide: string;
  readonly place: number;
}) {
  const { dataset, datasetIds, view, t } = useDashboard();
  const hrefFor = useHrefFor();
  const { views, save } = usePresenterList();
  // Each entry named by its caption, made afresh in the presenter's language: a pasted link
  // has no caption of its own, and one stored when it was added may be in the other language.
  const lang = view.lang;
  // A slide that shows a program's details is named by its program too: it had the same name
  // as the slide without them.
  const labels = useMemo(
    () =>
      views.map((v) => {
        const slide = slideOf(v.search);
        const program = slide.sel && dataset.programById.get(slide.sel);
        const caption = captionOfView(dataset, { ...DEFAULT_VIEW, lang, ...slide });
        return program ? `${caption} › ${program.name}` : caption;
      }),
    [dataset, views, lang],
  );
  const [message, setMessage] = useState('');
  const pasteId = useId();

  // Views checked against the data; what was left out is said in the status line.
  const checked = (list: readonly { search: string; caption?: string | undefined }[]) => {
    const { views: fitted, dropped } = fitViews(list, dataset, datasetIds);
    setMessage(
      dropped.length
        ? `${t.noticeIgnored} ${dropped.map((d) => `${d.key}=${d.value}`).join(', ')}`
        : '',
    );
    return fitted;
  };
  const add = (link: string, label?: string) => {
    const search = checked([{ search: link }])[0]?.search ?? link;
    if (views.some((v) => v.search === search)) return;
    save([...views, { search, caption: label }]);
  };
  // Where focus goes once the list has changed: the moved entry's same button, or after a
  // removal the entry now in its place (else the one before, else the add button). Moving a
  // list item's node, or removing it, took the focus with it to <body>.
  const refocus = useRef<{ index: number; action: string } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const pending = refocus.current;
    if (!pending) return;
    refocus.current = null;
    const items = list.current?.children;
    const item = items?.[Math.min(pending.index, items.length - 1)];
    (
      item?.querySelector<HTMLElement>(`[data-action="${pending.action}"]`) ?? addButton.current
    )?.focus();
  });
  const change = (next: typeof views, index: number, action: string) => {
    refocus.current = { index, action };
    save(next);
  };
  const move = (index: number, delta: number) => {
    const to = index + delta;
    if (to < 0 || to >= views.length) return;
    const next = [...views];
    const [item] = next.splice(index, 1);
    if (item) next.splice(to, 0, item);
    change(next, to, delta < 0 ? 'up' : 'down');
  };

  return (
    // No heading of its own: the disclosure that holds it (present-page.tsx) names the list.
    <div className="presenter-views">
      {views.length === 0 ? (
        <p>{t.listEmpty}</p>
      ) : (
        <ol className="views-list" ref={list}>
          {views.map((v, i) => (
            <li key={v.search} aria-current={i === place ? 'step' : undefined}>
              {/* The slide in this presentation: the presenter's mode, language and colours. */}
              <a href={hrefFor(slideOf(v.search))}>{labels[i]}</a>
              <span className="views-actions">
                {/* aria-disabled, not disabled: the button an entry reaches the end with
                    keeps the focus (a disabled one drops it); move() does nothing then. */}
                <button
                  type="button"
                  className="button button-secondary button-small"
                  data-action="up"
                  aria-disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  {t.moveUp}
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  data-action="down"
                  aria-disabled={i === views.length - 1}
                  onClick={() => move(i, 1)}
                >
                  {t.moveDown}
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  data-action="remove"
                  onClick={() =>
                    change(
                      views.filter((_, j) => j !== i),
                      i,
                      'remove',
                    )
                  }
                >
                  {t.remove}
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <div className="views-controls">
        <button
          type="button"
          className="button"
          ref={addButton}
          onClick={() => add(current, caption)}
        >
          {t.addCurrentView}
        </button>
        <form
          className="views-paste"
          onSubmit={(event) => {
            event.preventDefault();
            const input = event.currentTarget.elements.namedItem('link');
            if (!(input instanceof HTMLInputElement)) return;
            const search = searchFromLink(input.value, window.location.href);
            if (search === null) {
              setMessage(t.linkInvalid);
              return;
            }
            add(search);
            input.value = '';
          }}
        >
          <label htmlFor={pasteId}>{t.pasteLink}</label>
          {/* Text, not type="url": a bare query (?cat=local) is a link here too, and the
              browser's own check would refuse it with a message in its language, not ours. */}
          <input id={pasteId} name="link" type="text" inputMode="url" autoComplete="off" />
          <button type="submit" className="button button-secondary">
            {t.add}
          </button>
        </form>
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            downloadText(serializePresenterList(views), 'presenter-views.json', 'application/json')
          }
        >
          {t.exportList}
        </button>
        <label className="button button-secondary file-button">
          {t.importList}
          <input
            type="file"
            accept="application/json,.json"
            onChange={async (event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (!file) return;
              const parsed = parsePresenterList(await file.text());
              if (parsed.ok) save(checked(parsed.views));
              else {
                setMessage(`${t.listInvalid} ${parsed.problems.join('; ')}`);
              }
            }}
          />
        </label>
      </div>
      <p className="views-message" role="status">
        {message}
      </p>
    </div>
  );
}
