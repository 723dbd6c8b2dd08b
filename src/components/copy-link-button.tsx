import { useEffect, useRef, useState } from 'react';
import { useDashboard, useViewUrl } from '../app/dashboard-context';
import { escapeHtml } from '../charts/escape-html';

/**
 * Copies the view's link (or, given `code`, that text: the share dialog's embed snippet). The
 * link is the view's canonical one, as the share dialog shows it and its QR code holds: the
 * address bar may still hold ids the data does not have, or a query in another order. The
 * confirmation is transient feedback, not view state, so it is the one piece of local state
 * here; it never affects what is shown.
 *
 * "Copied" replaces the button's label in place: both labels share one grid cell, so the button
 * keeps the width of the longer one and nothing beside or below it moves (a message put next to
 * it had wrapped the header's buttons onto another line). Screen readers hear the status line;
 * the button's name stays what it copies. A failure needs a sentence, shown below the button.
 */
export function CopyLinkButton({ caption, code }: { caption: string; code?: string }) {
  const { t } = useDashboard();
  const viewUrl = useViewUrl();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = async () => {
    window.clearTimeout(timer.current);
    try {
      await (code === undefined
        ? writeLink(viewUrl({}), caption)
        : navigator.clipboard.writeText(code));
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    timer.current = window.setTimeout(() => setStatus('idle'), 4000);
  };

  return (
    <span className="copy-link">
      <button type="button" className="button copy-link-button" onClick={() => void copy()}>
        <span className={status === 'copied' ? 'copy-link-label-off' : undefined}>
          {code === undefined ? t.copyLink : t.copyCode}
        </span>
        <span
          aria-hidden="true"
          className={status === 'copied' ? undefined : 'copy-link-label-off'}
        >
          ✓ {t.copiedShort}
        </span>
      </button>
      <span
        className={`copy-link-status${status === 'failed' ? '' : ' visually-hidden'}`}
        role="status"
        aria-live="polite"
      >
        {status === 'copied'
          ? code === undefined
            ? t.linkCopied
            : t.copiedShort
          : status === 'failed'
            ? code === undefined
              ? t.copyFailed
              : t.copyCodeFailed
            : ''}
      </span>
    </span>
  );
}

/**
 * Plain text is the URL itself (what a chat or an address bar wants); rich editors also get
 * the caption as the link's text. Falls back to plain text where ClipboardItem is missing.
 */
async function writeLink(url: string, caption: string): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    const html = `<a href="${escapeHtml(url)}">${escapeHtml(caption)}</a>`;
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([url], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return;
    } catch {
      // Some browsers refuse text/html; plain text below still works.
    }
  }
  await navigator.clipboard.writeText(url);
}
