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
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useDashboard, useHrefFor } from '../app/dashboard-context';
import { runWhenIdle } from '../app/idle-work';
import {
  PHONE_QUERY,
  useIsLive,
  useMediaQuery,
  usePrinting,
  useViewportHeight,
} from '../app/use-environment';
import { CategorySwatch } from '../components/category-swatch';
import { filterKey } from '../domain/select-programs';
import type { Messages } from '../i18n/messages';
import { SORTABLE_COLUMNS } from '../url/view-state';
import {
  observeOffsetLazily,
  observeRectLazily,
  scrollWhenMoved,
  withThePage,
} from './lazy-observers';
import { type ProgramRow, rowsAt } from './program-rows';
import { prepareSortOrder, sortProgramRows } from './sort-ranks';
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

/**
 * Row height on wide screens, in px. There the table has a fixed layout and every cell is
 * clamped to two lines, so every row is exactly this tall (src/styles.css, `.fixed-rows`) and
 * the virtualizer never measures a row: measuring forces a layout per row, which made
 * scrolling 50,000 rows drop frames. Phone cards vary in height and are measured.
 */
export const ROW_HEIGHT = 66;
const estimateRow = () => ROW_HEIGHT;
/** A phone card's height before it is measured: about the average of the bundled data's. */
const estimateCard = () => 240;

/** Sortable, virtualised program table; sorting lives in the URL (`sort`). */
export function ProgramTable({
  positions,
  caption,
}: {
  /** The shown programs, as positions in dataset.programs (ViewSelection.positions). */
  positions: Int32Array;
  caption: string;
}) {
  const { dataset, view, t, update } = useDashboard();
  const hrefFor = useHrefFor();
  const rows = useMemo(
    () => rowsAt(dataset, positions, view.lang),
    [dataset, positions, view.lang],
  );
  const sortColumn = view.sort?.column ?? null;
  const sortDesc = view.sort?.desc ?? false;
  // Rendered from this array, not from table.getRowModel(): the row model would wrap every one
  // of (up to 50,000) rows in a new object on each sort or filter, only for the virtualizer to
  // show thirty of them. The table keeps the columns and the sort state.
  const sortedRows = useMemo(
    () =>
      sortProgramRows(
        rows,
        sortColumn ? { column: sortColumn, desc: sortDesc } : null,
        dataset,
        view.lang,
      ),
    [rows, sortColumn, sortDesc, dataset, view.lang],
  );
  // Build the search index and order the name column while the browser is idle, so the first
  // search and the first sort by name are fast too.
  useEffect(
    () =>
      runWhenIdle([
        (deadline) => dataset.prepareSearch(() => deadline.timeRemaining() > 1),
        // A Japanese-collation sort cannot be cut into slices: it runs in a worker.
        () => {
          prepareSortOrder(dataset, view.lang, 'name');
          return true;
        },
      ]),
    [dataset, view.lang],
  );
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
    data: sortedRows,
    getRowId: (row) => row.id,
    state: { sorting },
    onSortingChange,
    manualSorting: true,
    enableMultiSort: false,
  });
  // Rows are keyed by id where heights are measured (a measured height belongs to its row);
  // with fixed heights, by index, so a sort does not rebuild 50,000 measurements.
  const getItemKey = useCallback((index: number) => sortedRows[index]?.id ?? index, [sortedRows]);
  // Exports read the rows when asked, not on every (scroll) render.
  const getShownRows = useCallback(() => sortedRows, [sortedRows]);

  // Phone cards vary in height, so they are measured; and they scroll with the page, as a
  // page of cards does, not in a box of their own inside it.
  const cards = useMediaQuery(PHONE_QUERY);
  const viewportHeight = useViewportHeight();
  // Fewer rows beyond the visible ones in the prerendered HTML (the table is below the fold on
  // a wide screen), the usual number once live.
  const live = useIsLive();
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const virtualizer = useVirtualizer<HTMLElement, Element>({
    count: sortedRows.length,
    getScrollElement: () => (cards ? body.current : scroller.current),
    estimateSize: cards ? estimateCard : estimateRow,
    overscan: live ? 8 : 2,
    // A first guess at the scroller's height (max-height: 70vh) until it has been laid out.
    initialRect: { width: 0, height: Math.round(viewportHeight * (cards ? 1 : 0.7)) },
    ...(cards
      ? withThePage
      : {
          observeElementRect: observeRectLazily,
          observeElementOffset: observeOffsetLazily,
          scrollToFn: scrollWhenMoved,
        }),
    // Stable across scroll renders: a new function here makes the virtualizer re-measure every row.
    ...(cards ? { getItemKey } : {}),
  });
  // Going between phone cards and fixed rows: forget the measured card heights.
  useEffect(() => {
    if (!cards) virtualizer.measure();
  }, [cards, virtualizer]);
  // A new selection is a new list, shown from its top. Left alone, the box would stay where the
  // old list was scrolled and show the new list's tail. The virtualizer is told before it picks
  // the rows, so this render already has the top ones, and the box follows before the paint.
  // (Remounting the box instead cost 20-40 ms a click: a new table to lay out and measure.)
  const listKey = filterKey(view);
  const shownList = useRef(listKey);
  // Writing to the virtualizer here is safe because the table is never rendered in a
  // transition: a render that React threw away could otherwise leave it at 0 with the box
  // still scrolled, until the next scroll event.
  if (shownList.current !== listKey && !cards) virtualizer.scrollOffset = 0;
  useLayoutEffect(() => {
    if (shownList.current === listKey) return;
    shownList.current = listKey;
    if (!cards && scroller.current) scroller.current.scrollTop = 0;
  }, [listKey, cards]);
  // Paper gets every row. A real print does not run the virtualizer's observers, so it never
  // learned that the box had grown to the whole table: 15 of 177 rows were printed, then pages
  // of empty spacer. (Paper hides the spacer rows: styles.css.)
  const items = usePrinting()
    ? sortedRows.map((_, index) => ({ index, start: 0, end: 0 }))
    : virtualizer.getVirtualItems();
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
          className={cards ? 'program-table' : 'program-table fixed-rows'}
          aria-rowcount={sortedRows.length + 1}
          aria-labelledby="table-heading"
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
                      >
                        {/* Named by the column alone, as the sortable table of the ARIA
                            practices is: the header's aria-sort says how it is sorted. A name
                            of "事業名で並べ替え" was read out as the header of every cell. */}
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
          <tbody ref={body}>
            {paddingTop > 0 && (
              // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row for virtualisation, never focusable
              <tr aria-hidden="true" className="spacer">
                <td colSpan={columnCount} style={{ height: paddingTop }} />
              </tr>
            )}
            {items.map((item) => {
              const r = sortedRows[item.index];
              if (!r) return null;
              const selected = view.sel === r.id;
              return (
                <tr
                  key={r.id}
                  data-index={item.index}
                  ref={cards ? virtualizer.measureElement : undefined}
                  aria-rowindex={item.index + 2}
                  aria-selected={selected}
                  className={selected ? 'is-selected' : undefined}
                  data-program={r.id}
                >
                  <td className="col-id" data-label={t.colId}>
                    <CategorySwatch index={r.categoryIndex} />
                    {/* The source's own number (it restarts in each category, which the swatch
                        and the category column show), so a row can be found in the published
                        list; the id is for links and exports. */}
                    {r.program.number}
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
                      {/* The data's own language (names and summaries are published in
                          Japanese only): a screen reader reads them with a Japanese voice
                          also on the English page. */}
                      <span className="cell-text" lang="ja">
                        {r.name}
                      </span>
                    </a>
                  </td>
                  <td className="col-department" data-label={t.colDepartment}>
                    <span className="cell-text">{r.departments}</span>
                  </td>
                  <td className="col-section" data-label={t.colSection}>
                    <span className="cell-text">{r.sections}</span>
                  </td>
                  <td className="col-category" data-label={t.colCategory}>
                    <span className="cell-text">{r.category}</span>
                  </td>
                  <td className="col-summary">
                    <span className="clamp" lang="ja">
                      {r.summary}
                    </span>
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
