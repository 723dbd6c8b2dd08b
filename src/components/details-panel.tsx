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

  // The program last shown, to put focus on its row when the dialog closes.
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (program && !el.open) el.showModal();
    if (program) shown.current = program.id;
    if (!program && el.open) {
      el.close();
      // The browser gives focus back to what had it before the dialog opened. Opened from a
      // link or a chart there was nothing, and focus fell to the page's start; closed by a
      // click outside, focus stays on the closed dialog itself (the click focused it). Then go
      // to the program's row in the table, else to the content. Without scrolling: the reader
      // is where the dialog was opened (a phone's cards are all on the page, and closing after
      // a tap on a chart threw it 1,800-4,300 px down to the card).
      const focused = document.activeElement;
      if (!focused || focused === document.body || el.contains(focused)) {
        // Ids are slugs (schemas.ts), safe in a selector as they are.
        const row = document.querySelector<HTMLElement>(
          `tr[data-program="${shown.current ?? ''}"] a`,
        );
        if (row) row.focus({ preventScroll: true });
        else focusMain();
      }
    }
  }, [program]);

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
