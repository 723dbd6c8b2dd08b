import { useDashboard, useViewUrl } from '../app/dashboard-context';
import { downloadText } from '../export/download';
import { buildCsv, buildJson, type ExportContext, exportFileName } from '../export/table-export';
import { sourceCitation } from '../i18n/messages';
import { serializeViewState } from '../url/view-state';
import type { ProgramRow } from './program-rows';

/** CSV (for Excel) and JSON of exactly the rows shown, in the shown order. */
export function TableExportButtons({
  getRows,
  caption,
}: {
  getRows: () => readonly ProgramRow[];
  caption: string;
}) {
  const { dataset, view, t } = useDashboard();
  const viewUrl = useViewUrl();
  const context = (): ExportContext => ({
    caption,
    // The view's link, as the copy buttons and the pictures give it.
    url: viewUrl({}),
    // As on screen and in pictures: "Miyagi Prefecture, “…”" (it read "Miyagi Prefecture Programs …").
    source: sourceCitation(dataset.entry, view.lang),
    headers: {
      number: t.colId,
      id: t.colRef,
      name: t.colName,
      department: t.colDepartment,
      section: t.colSection,
      category: t.colCategory,
      summary: t.colSummary,
    },
  });
  const name = (extension: string) =>
    exportFileName(dataset.entry.id, serializeViewState(view), extension, new Date());
  return (
    <div className="export-buttons">
      <button
        type="button"
        className="button button-secondary"
        onClick={() =>
          downloadText(buildCsv(getRows(), context()), name('csv'), 'text/csv;charset=utf-8')
        }
      >
        {t.exportCsv}
      </button>
      <button
        type="button"
        className="button button-secondary"
        onClick={() =>
          downloadText(buildJson(getRows(), context()), name('json'), 'application/json')
        }
      >
        {t.exportJson}
      </button>
    </div>
  );
}
