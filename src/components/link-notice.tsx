import { useEffect, useState } from 'react';
import { useDashboard } from '../app/dashboard-context';
import { focusMain } from '../app/focus-main';
import type { IgnoredPart } from '../domain/reconcile';
import { MAX_QUERY_LENGTH } from '../url/view-state';

const partList = (parts: readonly IgnoredPart[]) =>
  parts.map((d, i) => (
    <span key={`${d.key}=${d.value}`}>
      {i > 0 && ', '}
      <code>
        {d.key}={d.value}
      </code>
    </span>
  ));

/**
 * Says which parts of the link did not fit the data. Dismissing it rewrites the address to
 * the valid view (replace, not push), so the notice and the stale parts go together.
 */
export function LinkNotice() {
  const { ignored, t, update } = useDashboard();
  // The words come a render after the box: a live region that arrives with its text is not
  // read out, and this one arrives with the page a bad link opens.
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  if (ignored.length === 0) return null;
  const left = ignored.filter((d) => !d.corrected);
  const corrected = ignored.filter((d) => d.corrected);
  return (
    <div className="notice" role="status">
      {live && left.length > 0 && (
        <p>
          {t.noticeIgnored} {partList(left)}
        </p>
      )}
      {live && corrected.length > 0 && (
        <p>
          {t.noticeCorrected(MAX_QUERY_LENGTH)} {partList(corrected)}
        </p>
      )}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          update({}, 'replace');
          // The button goes with the notice: focus the content, not the page's start.
          focusMain();
        }}
      >
        {t.dismiss}
      </button>
    </div>
  );
}
