import { useDashboard } from '../app/dashboard-context';

/**
 * Says which parts of the link did not fit the data. Dismissing it rewrites the address to
 * the valid view (replace, not push), so the notice and the stale parts go together.
 */
export function LinkNotice() {
  const { ignored, t, update } = useDashboard();
  if (ignored.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>
        {t.noticeIgnored}{' '}
        {ignored.map((d, i) => (
          <span key={`${d.key}=${d.value}`}>
            {i > 0 && ', '}
            <code>
              {d.key}={d.value}
            </code>
          </span>
        ))}
      </p>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => update({}, 'replace')}
      >
        {t.dismiss}
      </button>
    </div>
  );
}
