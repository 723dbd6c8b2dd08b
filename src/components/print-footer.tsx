import { useDashboard, useViewUrl } from '../app/dashboard-context';
import { usePrinting } from '../app/use-environment';
import { localized, sourceCitation } from '../i18n/messages';
import { QrCode } from './qr-code';

/** Shown only on paper: the caption, the link and its QR code, and where the data comes from. */
export function PrintFooter({ caption }: { caption: string }) {
  const { dataset, view, t } = useDashboard();
  const link = useViewUrl()({});
  const lang = view.lang;
  const year = localized(dataset.entry.fiscalYearLabel, lang);
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
          {/* The year, unless the source's title already says it (it read 「…（令和5年度）」（令和5年度）). */}
          {!localized(dataset.entry.source.title, lang).includes(year) &&
            (lang === 'ja' ? `（${year}）` : ` (${year})`)}
        </p>
      </div>
    </footer>
  );
}
