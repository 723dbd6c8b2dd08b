import { useEffect, useRef, useState } from 'react';
import { useDashboard } from '../app/dashboard-context';

/**
 * Copies the current URL. The confirmation is transient feedback, not view state, so it is
 * the one piece of local state here; it never affects what is shown.
 */
export function CopyLinkButton() {
  const { t } = useDashboard();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = async () => {
    window.clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    timer.current = window.setTimeout(() => setStatus('idle'), 4000);
  };

  return (
    <span className="copy-link">
      <button type="button" className="button" onClick={() => void copy()}>
        {t.copyLink}
      </button>
      <span className="copy-link-status" role="status" aria-live="polite">
        {status === 'copied' ? t.linkCopied : status === 'failed' ? t.copyFailed : ''}
      </span>
    </span>
  );
}
