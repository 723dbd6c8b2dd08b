import { useDashboard } from '../app/dashboard-context';
import { localized, sourceCitation } from '../i18n/messages';

/** Where the data comes from, the original for download, and how it was tidied. */
export function DataNotes() {
  const { dataset, view, t } = useDashboard();
  const lang = view.lang;
  const { entry } = dataset;
  return (
    <section className="panel data-notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t.source}</h2>
      <p>
        {sourceCitation(entry, lang)}{' '}
        <a href={`data/${entry.source.file}`} download>
          {t.downloadSource}
        </a>
      </p>
      <details>
        <summary>
          {t.dataNotes} ({dataset.programsFile.notes.length})
        </summary>
        <p>{t.dataNotesIntro}</p>
        <ul>
          {dataset.programsFile.notes.map((n) => (
            <li key={`${n.kind}:${n.line}:${n.from}`}>
              {localized(n.text, lang)} <span className="muted">({n.programIds.join(', ')})</span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
