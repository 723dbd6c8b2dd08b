import {
  createColumnHelper,
  functionalUpdate,
  rowSortingFeature,
  type SortingState,
  tableFeatures,
  type Updater,
  useTable,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useDashboard } from '../app/dashboard-context';
import { categoryColor } from '../charts/category-colors';
import type { Program } from '../data/schemas';
import type { Messages } from '../i18n/messages';
import { SORTABLE_COLUMNS } from '../url/view-state';
import { buildProgramRows, type ProgramRow } from './program-rows';
import { sortProgramRows, sortRanks } from './sort-ranks';
import { TableExportButtons } from './table-export-buttons';

// Sorting happens before the table (sortProgramRows, by precomputed rank): the table only
// keeps the sort state for its headers, with manualSorting, so it never re-sorts rows itself.
const features = tableFeatures({ rowSortingFeature });
const column = createColumnHelper<typeof features, ProgramRow>();

function buildColumns(t: Messages) {
  return column.columns([
    column.accessor('id', {
      id: 'id',
      header: t.colId,
      sortDescFirst: false,
    }),
    column.accessor('name', {
      id: 'name',
      header: t.colName,
      sortDescFirst: false,
    }),
    column.accessor('departments', {
      id: 'department',
      header: t.colDepartment,
      sortDescFirst: false,
    }),
    column.accessor('sections', {
      id: 'section',
      header: t.colSection,
      sortDescFirst: false,
    }),
    column.accessor('category', {
      id: 'category',
      header: t.colCategory,
      sortDescFirst: false,
    }),
    column.accessor('summary', {
      id: 'summary',
      header: t.colSummary,
      sortDescFirst: false,
    }),
  ]);
}

const ROW_ESTIMATE = 76;
const estimateSize = () => ROW_ESTIMATE;

/** Sortable, virtualised program table; sorting lives in the URL (`sort`). */
export function ProgramTable({
  programs,
  caption,
}: {
  programs: readonly Program[];
  caption: string;
}) {
  const { dataset, view, t, update, hrefFor } = useDashboard();
  const rows = useMemo(
    () => buildProgramRows(dataset, programs, view.lang),
    [dataset, programs, view.lang],
  );
  const sortColumn = view.sort?.column ?? null;
  const sortDesc = view.sort?.desc ?? false;
  const sortedData = useMemo(
    () =>
      sortProgramRows(
        rows,
        sortColumn ? { column: sortColumn, desc: sortDesc } : null,
        dataset,
        view.lang,
      ),
    [rows, sortColumn, sortDesc, dataset, view.lang],
  );
  // Rank the name column and build the search index while the browser is idle, so the first
  // sort by name and the first search are fast too.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => {
      sortRanks(dataset, view.lang, 'name');
      // The search index too, so the first keystroke does not pay for building it.
      dataset.searchKeyOf(dataset.programs[0]?.id ?? '');
    });
    return () => cancel(handle);
  }, [dataset, view.lang]);
  const columns = useMemo(() => buildColumns(t), [t]);
  const sorting = useMemo<SortingState>(
    () => (view.sort ? [{ id: view.sort.column, desc: view.sort.desc }] : []),
    [view.sort],
  );
  const onSortingChange = useCallback(
    (updater: Updater<SortingState>) => {
      const next = functionalUpdate(updater, sorting)[0];
      const columnId = SORTABLE_COLUMNS.find((c) => c === next?.id);
      update({ sort: next && columnId ? { column: columnId, desc: next.desc } : null });
    },
    [sorting, update],
  );
  const table = useTable({
    features,
    columns,
    data: sortedData,
    getRowId: (row) => row.id,
    state: { sorting },
    onSortingChange,
    manualSorting: true,
    enableMultiSort: false,
  });
  const sortedRows = table.getRowModel().rows;
  const getItemKey = useCallback((index: number) => sortedRows[index]?.id ?? index, [sortedRows]);
  // Exports read the rows when asked, not on every (scroll) render.
  const getShownRows = useCallback(() => sortedRows.map((row) => row.original), [sortedRows]);

  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: sortedRows.length,
    getScrollElement: () => scroller.current,
    estimateSize,
    overscan: 8,
    // Stable across scroll renders: a new function here makes the virtualizer re-measure every row.
    getItemKey,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const columnCount = columns.length;

  return (
    <section className="panel" aria-labelledby="table-heading">
      <div className="panel-heading">
        <h2 id="table-heading">{t.table}</h2>
        <TableExportButtons getRows={getShownRows} caption={caption} />
      </div>
      <div
        className="table-scroll program-table-scroll"
        ref={scroller}
        data-testid="program-table-scroll"
      >
        <table
          className="program-table"
          aria-rowcount={sortedRows.length + 1}
          data-testid="program-table"
        >
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const label = String(header.column.columnDef.header ?? header.id);
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={`col-${header.id}`}
                      aria-sort={
                        sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                      }
                    >
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                        aria-label={`${t.sortBy(label)}${sorted ? ` (${sorted === 'asc' ? t.sortAsc : t.sortDesc})` : ''}`}
                      >
                        {label}
                        <span className="sort-indicator" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {paddingTop > 0 && (
              // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row for virtualisation, never focusable
              <tr aria-hidden="true" className="spacer">
                <td colSpan={columnCount} style={{ height: paddingTop }} />
              </tr>
            )}
            {items.map((item) => {
              const row = sortedRows[item.index];
              if (!row) return null;
              const r = row.original;
              const selected = view.sel === r.id;
              return (
                <tr
                  key={row.id}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  aria-rowindex={item.index + 2}
                  aria-selected={selected}
                  className={selected ? 'is-selected' : undefined}
                  data-program={r.id}
                >
                  <td className="col-id">
                    <span
                      className="swatch"
                      style={{ background: categoryColor(r.categoryIndex) }}
                      aria-hidden="true"
                    />
                    {r.id}
                  </td>
                  <td className="col-name">
                    <a
                      href={hrefFor({ sel: r.id })}
                      onClick={(event) => {
                        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0)
                          return;
                        event.preventDefault();
                        update({ sel: r.id });
                      }}
                    >
                      {r.name}
                    </a>
                  </td>
                  <td className="col-department" data-label={t.colDepartment}>
                    {r.departments}
                  </td>
                  <td className="col-section" data-label={t.colSection}>
                    {r.sections}
                  </td>
                  <td className="col-category" data-label={t.colCategory}>
                    {r.category}
                  </td>
                  <td className="col-summary">
                    <span className="clamp">{r.summary}</span>
                  </td>
                </tr>
              );
            })}
            {paddingBottom > 0 && (
              // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row for virtualisation, never focusable
              <tr aria-hidden="true" className="spacer">
                <td colSpan={columnCount} style={{ height: paddingBottom }} />
              </tr>
            )}
            {sortedRows.length === 0 && (
              <tr>
                <td colSpan={columnCount} className="empty">
                  {t.noResults}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
