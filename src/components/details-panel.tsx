import { useEffect, useRef } from 'react';
import { useDashboard } from '../app/dashboard-context';
import { focusMain } from '../app/focus-main';
import { localized } from '../i18n/messages';
import { CopyLinkButton } from './copy-link-button';

/**
 * The whole record of the selected program (`sel` in the URL), in a modal dialog so focus is
 * contained and Esc closes it. Closing writes the URL; the dialog follows.
 */
export function DetailsPanel() {
  const { dataset, view, t, update } = useDashboard();
  const dialog = useRef<HTMLDialogElement>(null);
  const program = view.sel ? dataset.programById.get(view.sel) : undefined;
  const lang = view.lang;

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (program && !el.open) {
      // An embed opened by a link with `sel` must not take the keyboard from its host page
      // (showModal focuses the dialog, and so the frame): it opens when the reader comes into
      // the frame, with a Tab or with a press, which then goes no further. (Opened under a
      // press, the dialog was closed again by the release outside it; and the press went on to
      // the chart beneath, which filtered to another category than the program shown. A touch
      // brings no focus and no click: the chart takes it.)
      const open = () => el.showModal();
      if (view.mode !== 'embed' || document.hasFocus()) open();
      else {
        const listening = new AbortController();
        let pressing = false;
        let entered = false;
        // Every event of the press stops here (echarts reads touch and mouse events, the
        // browser's light dismiss pointer events); the dialog opens once it is over.
        const take = (event: Event) => {
          event.stopPropagation();
          if (event.cancelable) event.preventDefault();
          pressing = true;
          if (event.type === 'pointerup' || event.type === 'touchend') {
            if (entered) return;
            entered = true;
            setTimeout(() => {
              listening.abort();
              open();
            });
          }
        };
        for (const type of [
          'pointerdown',
          'mousedown',
          'touchstart',
          'pointerup',
          'mouseup',
          'touchend',
          'click',
        ])
          addEventListener(type, take, { capture: true, passive: false, signal: listening.signal });
        addEventListener(
          'focus',
          () => {
            if (pressing) return;
            listening.abort();
            open();
          },
          { signal: listening.signal },
        );
        return () => listening.abort();
      }
    }
    if (!program && el.open) {
      el.close();
      // The browser gives focus back to what had it before the dialog opened. Opened from a
      // link or a chart there was nothing, and focus fell to the page's start; closed by a
      // click outside, focus stays on the closed dialog itself (the click focused it). Then
      // focus goes to the content, without scrolling: the reader is where the dialog was
      // opened. (Focusing the program's row scrolled a phone 1,800-4,300 px down to its card;
      // without scrolling, the focus was left 2,400 px below the screen, where the next Tab
      // jumped.)
      const focused = document.activeElement;
      if (!focused || focused === document.body || el.contains(focused)) focusMain();
    }
  }, [program, view.mode]);

  const close = () => update({ sel: null });
  const category = program ? dataset.categoryById.get(program.categoryId) : undefined;
  const notes = program
    ? dataset.programsFile.notes.filter((n) => n.programIds.includes(program.id))
    : [];

  return (
    <dialog
      ref={dialog}
      className="details"
      aria-labelledby="details-title"
      data-testid="details"
      // A click outside closes it too (the browser's light dismiss, through onCancel).
      closedby="any"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      {program && (
        <article>
          <header className="details-header">
            <p className="details-kicker">{t.details}</p>
            <h2 id="details-title" lang="ja">
              {program.name}
            </h2>
            <button type="button" className="button button-secondary details-close" onClick={close}>
              {t.close}
            </button>
          </header>
          <dl className="details-fields">
            <dt>{t.colId}</dt>
            <dd>{program.number}</dd>
            <dt>{t.colRef}</dt>
            <dd>{program.id}</dd>
            <dt>{t.colCategory}</dt>
            <dd>{category ? localized(category.name, lang) : program.categoryId}</dd>
            <dt>{t.colDepartment}</dt>
            <dd>
              {program.departmentIds
                .map((id) => localized(dataset.departmentById.get(id)?.name ?? { ja: id }, lang))
                .join(lang === 'ja' ? '、' : ', ')}
            </dd>
            <dt>{t.colSection}</dt>
            <dd>
              {program.sectionIds
                .map((id) => localized(dataset.sectionById.get(id)?.name ?? { ja: id }, lang))
                .join(lang === 'ja' ? '、' : ', ')}
            </dd>
            <dt>{t.colSummary}</dt>
            <dd className="details-summary" lang="ja">
              {program.summary}
            </dd>
            {program.sourceLine !== undefined && (
              <>
                <dt>{t.sourceLine}</dt>
                <dd>{program.sourceLine}</dd>
              </>
            )}
          </dl>
          {notes.length > 0 && (
            <ul className="details-notes">
              {notes.map((n) => (
                <li key={`${n.kind}:${n.line}:${n.from}`}>{localized(n.text, lang)}</li>
              ))}
            </ul>
          )}
          {/* The page's own link (it names this program): a link to it only reloaded the page,
              so a button copies it, as the header's does. */}
          <p>
            <CopyLinkButton caption={program.name} />
          </p>
        </article>
      )}
    </dialog>
  );
}
