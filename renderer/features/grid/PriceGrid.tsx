/**
 * The price grid: AG Grid renders the store's rows; every change goes back to the store
 * (`readOnlyEdit` + `onCellEditRequest`). Range selection, clipboard, fill and undo are
 * ours (AG Grid Community has none), wired here to the grid's events and keys.
 */
import {
  AllCommunityModule,
  ModuleRegistry,
  type CellEditRequestEvent,
  type CellFocusedEvent,
  type ColumnEvent,
  type FilterChangedEvent,
  type GetRowIdParams,
  type GridApi,
  type GridReadyEvent,
  type GridSizeChangedEvent,
  type IRowNode,
  type SuppressKeyboardEventParams,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { editedCell } from '../../../shared/grid/cells';
import { filteredCells } from './field-filter';
import type { CatalogRow } from '../../../shared/types';
import { useColorScheme } from '../../app/use-color-scheme';
import { provideVisibleRowKeys } from '../export/visible-rows';
import { displayedColumnsChanged, gridColumns, readsEdits } from './columns';
import { analyseNow } from './derived';
import { startDraftAutosave } from './draft-autosave';
import { editCommandTarget } from './edit-commands';
import { textFilterParams } from './filters';
import { GridContextMenu } from './GridContextMenu';
import { GridEmptyState } from './GridEmptyState';
import { gridLocaleText } from './grid-locale';
import { clearSelection, copySelection, currentBlock, displayedColIds, fillDown, fillTo, pasteText, selectAllCells } from './interactions';
import { fitPinnedColumns, leavePinningToUs } from './keep-in-view';
import { restoreLayout, saveLayoutSoon } from './layout';
import { inBlock, useSelection, type CellPos } from './selection';
import { useGrid } from './slice';
import { darkTheme, lightTheme } from './theme';
import { useGridView } from './view';

ModuleRegistry.registerModules([AllCommunityModule]);


const getRowId = (p: GetRowIdParams<CatalogRow>) => p.data.key;
const FILL_HANDLE_PX = 10;
const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/** Keys we handle ourselves (when not editing), so AG Grid leaves them alone. */
function suppressKeyboardEvent(p: SuppressKeyboardEventParams): boolean {
  const e = p.event;
  // Tab while editing: AG Grid would jump to the next *editable* cell (the next row's New
  // price); Excel commits and moves one cell sideways, which onKeyDown does.
  if (p.editing) return e.key === 'Tab';
  const mod = e.ctrlKey || e.metaKey;
  if (e.shiftKey && ARROWS.has(e.key)) return true;
  if (e.key === 'Delete' || e.key === 'Backspace') return true;
  return mod && ['a', 'c', 'v', 'd', 'z', 'y', 'x'].includes(e.key.toLowerCase());
}

// Every column filters: text columns with "contains", number columns override it with a decimal range.
const defaultColDef = { suppressKeyboardEvent, sortable: true, resizable: true, filter: 'agTextColumnFilter', filterParams: textFilterParams };

function isExternalFilterPresent(): boolean {
  const v = useGridView.getState();
  return v.search.trim() !== '' || v.onlyChanged || v.onlyProblems;
}

function doesExternalFilterPass(node: IRowNode<CatalogRow>): boolean {
  const row = node.data;
  if (!row) return false;
  const v = useGridView.getState();
  const needle = v.search.trim().toLowerCase();
  if (needle && !row.sku.toLowerCase().includes(needle) && !row.name.toLowerCase().includes(needle)) return false;
  if (v.onlyChanged || v.onlyProblems) {
    const a = analyseNow();
    // Across every field of the row (a change or problem in any of its prices counts), or in the one chosen.
    const cells = filteredCells(row.key, useGrid.getState().fields, v.filterField);
    if (v.onlyChanged && !cells.some((id) => a.changed.has(id))) return false;
    if (v.onlyProblems && !cells.some((id) => a.problems.has(id))) return false;
  }
  return true;
}

/** The grid cell under a DOM node, as displayed row index and column id. */
function cellAt(target: EventTarget): CellPos | null {
  const cell = (target as HTMLElement).closest?.('.ag-cell');
  const row = cell?.closest('.ag-row')?.getAttribute('row-index');
  const col = cell?.getAttribute('col-id');
  return row != null && col ? { row: Number(row), col } : null;
}

const editing = (api: GridApi) => api.getEditingCells().length > 0;

/** Tab or Shift+Tab in the cell editor: commit, then focus the next cell left or right in the same row. */
function tabOutOfEditor(api: GridApi, e: KeyboardEvent): void {
  e.preventDefault();
  const focused = api.getFocusedCell();
  api.stopEditing();
  if (!focused) return;
  const cols = displayedColIds(api);
  const c = cols.indexOf(focused.column.getColId());
  const next = cols[Math.max(0, Math.min(cols.length - 1, c + (e.shiftKey ? -1 : 1)))];
  if (next) api.setFocusedCell(focused.rowIndex, next, focused.rowPinned);
}
const isUiSource = (e: ColumnEvent) => e.source.startsWith('ui') || e.source === 'columnMenu' || e.source === 'contextMenu';

export function PriceGrid() {
  const rows = useGrid((s) => s.rows);
  const connectionId = useGrid((s) => s.connectionId);
  const fields = useGrid((s) => s.fields);
  const shownFields = useGrid((s) => s.shownFields);
  const columns = useMemo(() => gridColumns(fields, shownFields), [fields, shownFields]);
  const scheme = useColorScheme();
  // AG Grid reads its words once, at mount; a change of language remounts the window.
  const localeText = useMemo(() => gridLocaleText(), []);
  const apiRef = useRef<GridApi<CatalogRow> | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const mouseCell = useRef<CellPos | null>(null);
  const [menu, setMenu] = useState<{ x: number; y: number; api: GridApi<CatalogRow> } | null>(null);

  // Edits, problems and results repaint only the cells on screen; filters re-run when they depend on them.
  useEffect(() => {
    const offGrid = useGrid.subscribe((s, prev) => {
      const api = apiRef.current;
      if (!api || (s.edits === prev.edits && s.problems === prev.problems && s.results === prev.results && s.validation === prev.validation && s.confirmedSlips === prev.confirmedSlips)) return;
      // Only the columns that read them: on a wide grid the others are half the cells on screen.
      api.refreshCells({ force: true, columns: api.getAllDisplayedColumns().filter((c) => readsEdits(c.getColId())) });
      const v = useGridView.getState();
      if (v.onlyChanged || v.onlyProblems) api.onFilterChanged();
    });
    const offSelection = useSelection.subscribe(() => apiRef.current?.refreshCells({ force: true }));
    const offView = useGridView.subscribe((v, prev) => {
      if (v.search !== prev.search || v.onlyChanged !== prev.onlyChanged || v.onlyProblems !== prev.onlyProblems || v.filterField !== prev.filterField) apiRef.current?.onFilterChanged();
    });
    const stopDrafts = startDraftAutosave();
    return () => {
      provideVisibleRowKeys(null);
      offGrid();
      offSelection();
      offView();
      stopDrafts();
    };
  }, []);

  /** The connection's layout, then the pinned columns fitted to the grid's width. */
  const restore = (api: GridApi, id: string) => void restoreLayout(api, id).then(() => fitPinnedColumns(api, containerRef.current?.clientWidth ?? 0));

  // Again once the connection's fields are known: the layout arranges their columns too.
  useEffect(() => {
    if (connectionId && apiRef.current) restore(apiRef.current, connectionId);
  }, [connectionId, fields]);

  /**
   * Ctrl/Cmd+F focuses the search box; Ctrl/Cmd+A outside a text field selects the grid's
   * shown cells, not the page's text. True when the key was taken.
   */
  const spreadsheetKey = (key: 'f' | 'a', e: globalThis.KeyboardEvent): boolean => {
    const target = editCommandTarget(e.target as Element | null);
    const api = apiRef.current;
    if (target === 'none' || (key === 'a' && target === 'field') || !api) return false;
    e.preventDefault();
    if (key === 'f') {
      const search = document.querySelector<HTMLInputElement>('[data-testid="grid-search"]');
      search?.focus();
      search?.select();
    } else selectAllCells(api);
    return true;
  };

  // Undo/redo anywhere but in a text field; copy and paste while a grid cell has focus.
  useEffect(() => {
    const inGrid = () => {
      const api = apiRef.current;
      return api && containerRef.current?.contains(document.activeElement) && !editing(api) ? api : null;
    };
    // Where the menu does not take these keys first (the browser harness; Windows and Linux,
    // where a handled key never reaches the menu), the page runs them itself.
    const onKey = (e: globalThis.KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && !e.shiftKey && !e.altKey && (key === 'f' || key === 'a') && spreadsheetKey(key, e)) return;
      const command = mod && key === 'z' ? (e.shiftKey ? 'redo' : 'undo') : e.ctrlKey && key === 'y' ? 'redo' : null;
      // Text fields keep their native undo; a dialog keeps the grid out of reach.
      if (!command || editCommandTarget(e.target as Element | null) !== 'grid') return;
      e.preventDefault();
      useGrid.getState()[command]();
    };
    const onCopy = (e: ClipboardEvent) => {
      const api = inGrid();
      const text = api && copySelection(api);
      if (!text || !e.clipboardData) return;
      e.clipboardData.setData('text/plain', text);
      e.preventDefault();
    };
    const onPaste = (e: ClipboardEvent) => {
      const api = inGrid();
      if (!api || !e.clipboardData) return;
      e.preventDefault();
      pasteText(api, e.clipboardData.getData('text/plain'));
    };
    const onMouseUp = () => {
      const sel = useSelection.getState();
      sel.setDragging(false);
      if (sel.fillTo !== null && apiRef.current) {
        const to = sel.fillTo;
        sel.setFillTo(null);
        fillTo(apiRef.current, to);
      }
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    document.addEventListener('mouseup', onMouseUp);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
      document.removeEventListener('mouseup', onMouseUp);
    };
  }, []);

  // Right-click: on a cell outside the selection the menu acts on that cell, as in Excel.
  const onContextMenu = (e: MouseEvent<HTMLDivElement>) => {
    const api = apiRef.current;
    const cell = cellAt(e.target);
    if (!api || !cell) return;
    e.preventDefault();
    if (editing(api)) api.stopEditing();
    if (!inBlock(currentBlock(api), cell.row, cell.col)) {
      useSelection.getState().select(cell);
      mouseCell.current = cell;
      api.setFocusedCell(cell.row, cell.col);
    }
    setMenu({ x: e.clientX, y: e.clientY, api });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const api = apiRef.current;
    if (!api || !(e.target as HTMLElement).closest('.ag-cell')) return;
    if (editing(api)) {
      if (e.key === 'Tab') tabOutOfEditor(api, e);
      return;
    }
    const mod = e.ctrlKey || e.metaKey;
    if (mod && e.key.toLowerCase() === 'd') {
      e.preventDefault();
      fillDown(api);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      clearSelection(api);
    } else if (e.shiftKey && ARROWS.has(e.key)) {
      e.preventDefault();
      const { focus } = useSelection.getState();
      if (!focus) return;
      const cols = displayedColIds(api);
      const c = cols.indexOf(focus.col);
      const next = {
        row: Math.max(0, Math.min(api.getDisplayedRowCount() - 1, focus.row + (e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0))),
        col: cols[Math.max(0, Math.min(cols.length - 1, c + (e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0)))]!,
      };
      useSelection.getState().extend(next);
      api.ensureIndexVisible(next.row);
      api.setFocusedCell(next.row, next.col);
    }
  };

  // Mouse selection listens to the DOM directly: AG Grid reports its cell events
  // asynchronously, after the button is already up, which is too late to follow a drag.
  const onMouseDown = (e: MouseEvent<HTMLDivElement>) => {
    const cell = cellAt(e.target);
    if (!cell) return;
    // A right-click keeps the selection it lands in (onContextMenu decides); AG Grid's focus follows.
    if (e.button === 2) mouseCell.current = cell;
    if (e.button !== 0) return;
    const sel = useSelection.getState();
    const element = (e.target as HTMLElement).closest('.ag-cell')!;
    if (element.classList.contains('cell-fill-corner')) {
      // The fill handle is the cell's bottom-right corner (drawn by CSS).
      const box = element.getBoundingClientRect();
      if (box.right - e.clientX <= FILL_HANDLE_PX && box.bottom - e.clientY <= FILL_HANDLE_PX) {
        e.preventDefault();
        mouseCell.current = cell;
        sel.setFillTo(cell.row);
        return;
      }
    }
    mouseCell.current = cell;
    if (e.shiftKey && sel.anchor) sel.extend(cell);
    else {
      sel.select(cell);
      sel.setDragging(true);
    }
  };

  const onMouseOver = (e: MouseEvent<HTMLDivElement>) => {
    const sel = useSelection.getState();
    if (sel.fillTo === null && !sel.dragging) return;
    const cell = cellAt(e.target);
    if (!cell) return;
    if (sel.fillTo !== null) sel.setFillTo(cell.row);
    else if (sel.focus?.row !== cell.row || sel.focus.col !== cell.col) sel.extend(cell);
  };

  const onCellFocused = (e: CellFocusedEvent<CatalogRow>) => {
    if (e.rowIndex === null || !e.column || typeof e.column === 'string') return;
    const cell = { row: e.rowIndex, col: e.column.getColId() };
    // The focus that follows a mouse press was already handled by onMouseDown.
    const pressed = mouseCell.current;
    mouseCell.current = null;
    if (pressed?.row === cell.row && pressed.col === cell.col) return;
    const { focus, select } = useSelection.getState();
    // Our own Shift+arrow moves focus to the selection's end; anything else starts afresh.
    if (focus?.row !== cell.row || focus.col !== cell.col) select(cell);
  };

  const onCellEditRequest = (event: CellEditRequestEvent<CatalogRow>) => {
    const id = event.data && editedCell(event.data.key, event.colDef.colId ?? '');
    if (!id) return;
    const text = event.newValue == null ? '' : String(event.newValue);
    if (text === (event.oldValue ?? '')) return;
    useGrid.getState().setNewPrice(id, text);
  };

  const onGridReady = (e: GridReadyEvent<CatalogRow>) => {
    apiRef.current = e.api;
    useGridView.getState().set({ api: e.api });
    // "Export filtered rows" asks for what the grid shows, in the order it shows it.
    provideVisibleRowKeys(() => {
      const keys: string[] = [];
      e.api.forEachNodeAfterFilterAndSort((node) => {
        if (node.data) keys.push(node.data.key);
      });
      return keys;
    });
    const id = useGrid.getState().connectionId;
    if (id) restore(e.api, id);
  };

  // Column filters live in AG Grid; the view mirrors them so the Bulk adjust scope and the marker follow.
  const onFilterChanged = (e: FilterChangedEvent<CatalogRow>) => {
    const model = e.api.getFilterModel();
    if (JSON.stringify(model) !== JSON.stringify(useGridView.getState().columnFilters)) useGridView.getState().set({ columnFilters: model });
  };

  // A panel opening, the sidebar folding or the window resizing: New price and Status stay in view.
  const onGridSizeChanged = (e: GridSizeChangedEvent<CatalogRow>) => fitPinnedColumns(e.api, e.clientWidth);

  const onColumnChanged = (e: ColumnEvent) => {
    if (isUiSource(e) && ('finished' in e ? e.finished !== false : true)) saveLayoutSoon(apiRef.current, useGrid.getState().connectionId);
  };

  return (
    <div
      className="grid"
      data-testid="price-grid"
      ref={containerRef}
      onKeyDown={onKeyDown}
      onMouseDown={onMouseDown}
      onMouseOver={onMouseOver}
      onContextMenu={onContextMenu}
    >
      <AgGridReact<CatalogRow>
        theme={scheme === 'dark' ? darkTheme : lightTheme}
        rowData={rows}
        columnDefs={columns}
        defaultColDef={defaultColDef}
        localeText={localeText}
        getRowId={getRowId}
        readOnlyEdit
        onCellEditRequest={onCellEditRequest}
        stopEditingWhenCellsLoseFocus
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        tooltipShowDelay={300}
        // Rows jump straight to their place: animating 100,000 rows after a filter costs more than it shows.
        animateRows={false}
        // Our words on every empty state, never AG Grid's "No Rows To Show".
        overlayComponent={GridEmptyState}
        isExternalFilterPresent={isExternalFilterPresent}
        doesExternalFilterPass={doesExternalFilterPass}
        onGridReady={onGridReady}
        onGridSizeChanged={onGridSizeChanged}
        processUnpinnedColumns={leavePinningToUs}
        onCellFocused={onCellFocused}
        onFilterChanged={onFilterChanged}
        onColumnMoved={onColumnChanged}
        onColumnResized={onColumnChanged}
        onColumnVisible={onColumnChanged}
        onColumnPinned={onColumnChanged}
        onDisplayedColumnsChanged={displayedColumnsChanged}
      />
      {menu && <GridContextMenu api={menu.api} x={menu.x} y={menu.y} onClose={() => setMenu(null)} />}
    </div>
  );
}
