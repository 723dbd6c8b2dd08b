import { useDashboard } from '../app/dashboard-context';
import { localized } from '../i18n/messages';
import { QrCode } from './qr-code';

/** Shown only on paper: the caption, the link and its QR code, and where the data comes from. */
export function PrintFooter({ caption }: { caption: string }) {
  const { dataset, view, t, hrefFor } = useDashboard();
  const link = new URL(hrefFor({}), window.location.href).href;
  const lang = view.lang;
  return (
    <footer className="print-only print-footer">
      <QrCode text={link} size={96} label={t.qrLabel} />
      <div>
        <p>
          <strong>{caption}</strong>
        </p>
        <p>
          {t.printedFrom}: {link}
        </p>
        <p>
          {t.dataAsOf}: {localized(dataset.entry.publisher, lang)}「
          {localized(dataset.entry.source.title, lang)}」（
          {localized(dataset.entry.fiscalYearLabel, lang)}）
        </p>
      </div>
    </footer>
  );
}
