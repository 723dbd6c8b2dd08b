import { useId, useRef, useState } from 'react';
import { useDashboard, useHrefFor } from '../app/dashboard-context';
import { usePageAddress } from '../app/use-environment';
import { escapeHtml } from '../charts/escape-html';
import { CHARTS, type ChartId } from '../url/view-state';
import { QrCode } from './qr-code';

/**
 * The link of the current view, its QR code for the audience's phones, and an iframe snippet
 * for embedding one chart. Opening and closing is the dialog's own (DOM) state, not view state.
 */
export function ShareButton({ caption }: { caption: string }) {
  const { t, view, update } = useDashboard();
  const hrefFor = useHrefFor();
  const dialog = useRef<HTMLDialogElement>(null);
  // The QR code is drawn only while the dialog is open: encoding it on every view change cost
  // more than the rest of a click's update.
  const [open, setOpen] = useState(false);
  const selectId = useId();
  const address = usePageAddress();
  // '' in the prerendered HTML; the dialog is closed there, and filled in once the page is live.
  const absolute = (href: string) => (address ? new URL(href, address).href : href);
  const link = absolute(hrefFor({}));
  const embedChart: ChartId = view.chart ?? 'budget';
  const embedUrl = absolute(hrefFor({ mode: 'embed', chart: embedChart, sel: null }));
  // Both attributes are HTML the user pastes elsewhere: escape & first, then quotes and brackets.
  const snippet = `<iframe src="${escapeHtml(embedUrl)}" title="${escapeHtml(caption)}" width="800" height="600" style="border:0"></iframe>`;

  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {t.shareButton}
      </button>
      <dialog
        ref={dialog}
        className="share"
        aria-labelledby={`${selectId}-title`}
        onClose={() => setOpen(false)}
      >
        <div className="panel-heading">
          <h2 id={`${selectId}-title`}>{t.shareButton}</h2>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => dialog.current?.close()}
          >
            {t.close}
          </button>
        </div>
        <p className="share-caption">{caption}</p>
        <label className="share-field">
          {t.shareLink}
          <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <div className="share-qr">
          {open && <QrCode text={link} label={t.qrLabel} size={220} />}
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
      </dialog>
    </>
  );
}
