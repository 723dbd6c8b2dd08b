import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useDashboard, useViewUrl } from '../app/dashboard-context';
import { focusChart } from '../app/use-view-model';
import { escapeHtml } from '../charts/escape-html';
import { CHARTS, type ChartId } from '../url/view-state';
import { CopyLinkButton } from './copy-link-button';
import { QrCode } from './qr-code';

/**
 * The link of the current view, its QR code for the audience's phones, and an iframe snippet
 * for embedding one chart. Opening and closing is the dialog's own (DOM) state, not view state.
 */
export function ShareButton({ caption }: { caption: string }) {
  const { t } = useDashboard();
  const dialog = useRef<HTMLDialogElement>(null);
  // The dialog's contents exist only while it is open. Encoding the QR code on every view change
  // cost more than the rest of a click's update, and keeping the closed dialog's link, snippet
  // and chart list in step wrote to the DOM on every search and click.
  const [open, setOpen] = useState(false);
  const titleId = useId();

  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          // Rendered before showModal, which moves the focus to the first control inside.
          flushSync(() => setOpen(true));
          dialog.current?.showModal();
        }}
      >
        {t.shareButton}
      </button>
      <dialog
        ref={dialog}
        className="share"
        aria-labelledby={titleId}
        closedby="any"
        onClose={() => setOpen(false)}
      >
        {open && (
          <ShareDialogBody
            caption={caption}
            titleId={titleId}
            onClose={() => dialog.current?.close()}
          />
        )}
      </dialog>
    </>
  );
}

/** What the open dialog shows, for the current view. */
function ShareDialogBody({
  caption,
  titleId,
  onClose,
}: {
  readonly caption: string;
  readonly titleId: string;
  readonly onClose: () => void;
}) {
  const { t, view, update } = useDashboard();
  const viewUrl = useViewUrl();
  const selectId = useId();
  const link = viewUrl({});
  // The chart the view is about (the one a phone shows first): the bars for a department.
  const embedChart: ChartId = focusChart(view);
  const embedUrl = viewUrl({ mode: 'embed', chart: embedChart, sel: null });
  // Both attributes are HTML the user pastes elsewhere: escape & first, then quotes and brackets.
  const snippet = `<iframe src="${escapeHtml(embedUrl)}" title="${escapeHtml(caption)}" width="800" height="600" style="border:0"></iframe>`;
  return (
    <>
      <div className="panel-heading">
        <h2 id={titleId}>{t.shareButton}</h2>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t.close}
        </button>
      </div>
      <p className="share-caption">{caption}</p>
      <label className="share-field">
        {t.shareLink}
        <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <CopyLinkButton caption={caption} />
      <div className="share-qr">
        <QrCode text={link} label={t.qrLabel} size={220} />
      </div>
      <label className="share-field" htmlFor={selectId}>
        {t.embedChart}
      </label>
      <select
        id={selectId}
        value={embedChart}
        onChange={(e) => {
          const chart = CHARTS.find((c) => c === e.currentTarget.value);
          if (chart) update({ chart }, 'replace');
        }}
      >
        {CHARTS.map((c) => (
          <option key={c} value={c}>
            {t.chartNames[c]}
          </option>
        ))}
      </select>
      <label className="share-field">
        {t.embedSnippet}
        <textarea readOnly rows={4} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <CopyLinkButton caption={caption} code={snippet} />
    </>
  );
}
