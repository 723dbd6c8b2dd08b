import { useSyncExternalStore } from 'react';
import { useDashboard, useViewUrl } from '../app/dashboard-context';
import { localized, sourceCitation } from '../i18n/messages';
import { QrCode } from './qr-code';

let printRequested = false;

function subscribePrint(onChange: () => void): () => void {
  const media = window.matchMedia?.('print');
  // beforeprint comes first when a person prints; the media query covers print emulation.
  const before = () => {
    printRequested = true;
    onChange();
  };
  const after = () => {
    printRequested = false;
    onChange();
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  media?.addEventListener('change', onChange);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    media?.removeEventListener('change', onChange);
  };
}

function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribePrint,
    () => printRequested || (window.matchMedia?.('print').matches ?? false),
    () => false,
  );
}

/** Shown only on paper: the caption, the link and its QR code, and where the data comes from. */
export function PrintFooter({ caption }: { caption: string }) {
  const { dataset, view, t } = useDashboard();
  const link = useViewUrl()({});
  const lang = view.lang;
  const printing = usePrinting();
  return (
    <footer className="print-only print-footer">
      {/* Drawn only when printing: a QR code per view change would be wasted work. */}
      {printing && <QrCode text={link} size={96} label={t.qrLabel} />}
      <div>
        <p>
          <strong>{caption}</strong>
        </p>
        <p>
          {t.printedFrom}: {link}
        </p>
        <p>
          {t.dataAsOf}: {sourceCitation(dataset.entry, lang)}
          {lang === 'ja'
            ? `（${localized(dataset.entry.fiscalYearLabel, lang)}）`
            : ` (${localized(dataset.entry.fiscalYearLabel, lang)})`}
        </p>
      </div>
    </footer>
  );
}
