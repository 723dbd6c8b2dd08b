import { DataFileError } from '../data/data-file-error';
import type { Messages } from '../i18n/messages';

interface DataErrorPanelProps {
  readonly error: Error | null;
  readonly onRetry: () => void;
  readonly t: Messages;
}

/** Names the file and the first few problems (path and message), and offers a retry. */
export function DataErrorPanel({ error, onRetry, t }: DataErrorPanelProps) {
  const file = error instanceof DataFileError ? error.file : null;
  const problems =
    error instanceof DataFileError
      ? error.problems
      : [{ path: '', message: String(error?.message ?? error) }];
  return (
    <section className="error-panel" role="alert" aria-labelledby="data-error-title">
      <h2 id="data-error-title">{t.loadErrorTitle}</h2>
      {file && (
        <p>
          {t.loadErrorFile}: <code>{file}</code>
        </p>
      )}
      {error instanceof DataFileError && <p>{t.loadErrorKind[error.kind]}</p>}
      {/* The problems name paths in the file and what was found there: technical, and in
          English in either language (so marked, for a screen reader's voice). */}
      <p className="error-details-label">{t.loadErrorDetails}</p>
      <ul lang="en">
        {problems.map((p) => (
          <li key={`${p.path}:${p.message}`}>
            {p.path && <code>{p.path}</code>} {p.item && `(${p.item}) `}
            {p.message}
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onRetry}>
        {t.retry}
      </button>
    </section>
  );
}
