/**
 * The grid's columns. Rows are the catalog rows themselves (stable objects); everything
 * that changes with edits (new price, change, margin, status) is a value getter reading
 * the store, so an edit of any size only refreshes the cells on screen.
 */
import type { CellClassParams, ColDef, GridApi, ValueGetterParams } from 'ag-grid-community';
import { compareDecimals } from '../../../shared/grid/micros';
import { editedPrice, isRemoval, REMOVAL_TEXT } from '../../../shared/grid/edit';
import { changeDirection } from '../../../shared/format/money-format';
import { dec, marginPercent, percentChange, toFixed } from '../../../shared/money';
import type { CatalogRow, GroupField } from '../../../shared/types';
import { DecimalRangeFilter } from './DecimalRangeFilter';
import { rowProblem, rowStatus, type RowStatus } from './derived';
import { EDITABLE_COL } from './interactions';
import { changeText, money, percentText } from './cell-text';
import { inBlock, selectedBlock, useSelection, type Block } from './selection';
import { useGrid } from './slice';


/** The Status column's word per status; the problems panel uses it for the platform's answers too. */
export const STATUS_LABEL: Record<RowStatus, string> = {
  unchanged: '',
  changed: 'Changed',
  problem: 'Problem',
  ok: 'Updated',
  warning: 'Warning',
  error: 'Failed',
  skipped: 'Skipped',
  unknown: 'Check',
};

/** The grouping fields as optional columns, in the order the Columns panel lists them. */
export const GROUP_COLUMNS: { field: GroupField; name: string }[] = [
  { field: 'category', name: 'Category' },
  { field: 'brand', name: 'Brand' },
  { field: 'supplier', name: 'Supplier' },
  { field: 'productType', name: 'Product type' },
];

type Getter = (p: ValueGetterParams<CatalogRow>) => string | null;

// A removal reads as no price: it sorts with the empty cells and shows as words (newPriceCell).
const newPrice: Getter = (p) => {
  const edit = p.data ? useGrid.getState().edits[p.data.key] : undefined;
  return edit === undefined ? null : editedPrice(edit);
};

/** The row's pending price removal, if it has one and a price to remove. */
const removing = (row: CatalogRow | undefined) => row !== undefined && row.price !== null && isRemoval(useGrid.getState().edits[row.key]);

/** What the New price cell shows: the price in the user's style, or the removal in words. */
const newPriceCell = (row: CatalogRow | undefined, value: string | null) => (row && isRemoval(useGrid.getState().edits[row.key]) ? REMOVAL_TEXT : money(value));

/** The new price when it differs from the current one. */
function changedPair(row: CatalogRow): [string, string] | null {
  const edit = useGrid.getState().edits[row.key];
  if (typeof edit !== 'string' || row.price === null || dec(edit).eq(dec(row.price))) return null;
  return [row.price, edit];
}

const change: Getter = (p) => {
  const pair = p.data && changedPair(p.data);
  return pair ? toFixed(dec(pair[1]).minus(dec(pair[0])), 2) : null;
};
const changePercent: Getter = (p) => {
  const pair = p.data && changedPair(p.data);
  return pair ? percentChange(pair[0], pair[1]) : null;
};
const margin: Getter = (p) => {
  if (!p.data || p.data.cost === null) return null;
  const edit = useGrid.getState().edits[p.data.key];
  const effective = edit === undefined ? p.data.price : editedPrice(edit);
  return effective === null ? null : marginPercent(effective, p.data.cost);
};
const status: Getter = (p) => {
  if (!p.data) return null;
  const state = useGrid.getState();
  const s = rowStatus(p.data, state);
  const message = s === 'problem' ? rowProblem(p.data, state.edits[p.data.key], state.problems[p.data.key], state.validation, state.confirmedSlips) : (state.results[p.data.key]?.message ?? p.data.notice ?? null);
  return message ? `${STATUS_LABEL[s]}: ${message}` : STATUS_LABEL[s];
};

// One status per row and store state, however many class rules ask for it.
let statusCache: { row: CatalogRow; state: object; status: RowStatus } | null = null;
function statusOf(row: CatalogRow): RowStatus {
  const state = useGrid.getState();
  if (statusCache?.row !== row || statusCache.state !== state) statusCache = { row, state, status: rowStatus(row, state) };
  return statusCache.status;
}

const problemOf = (row: CatalogRow | undefined) => {
  if (!row) return null;
  const s = useGrid.getState();
  return rowProblem(row, s.edits[row.key], s.problems[row.key], s.validation, s.confirmedSlips);
};

// Numbers compare as decimals, not as text ("10.00" after "9.99").
const decimalComparator = (a: string | null, b: string | null) => (a === null ? (b === null ? 0 : -1) : b === null ? 1 : compareDecimals(a, b));

// The selected block, worked out once per selection change, not once per painted cell.
let displayedColsVersion = 0;
let blockCache: { sel: object; version: number; block: Block | null } | null = null;

/** Called when columns move, hide or show: the block's columns may change. */
export function displayedColumnsChanged(): void {
  displayedColsVersion++;
}

function currentBlockFor(api: GridApi): Block | null {
  const sel = useSelection.getState();
  if (!sel.anchor) return null;
  if (blockCache?.sel === sel && blockCache.version === displayedColsVersion) return blockCache.block;
  const block = selectedBlock(sel, api.getAllDisplayedColumns().map((c) => c.getColId()));
  blockCache = { sel, version: displayedColsVersion, block };
  return block;
}

const selectedClass = {
  'cell-selected': (p: CellClassParams<CatalogRow>) => p.node.rowIndex !== null && inBlock(currentBlockFor(p.api), p.node.rowIndex, p.column.getColId()),
};

/** Fill handle (drawn by CSS on the last selected New price cell) and the rows a drag would fill. */
const fillClasses = {
  'cell-fill-corner': (p: CellClassParams<CatalogRow>) => {
    const s = useSelection.getState();
    const block = s.fillTo === null ? currentBlockFor(p.api) : null;
    return block !== null && block.cols.length === 1 && block.cols[0] === EDITABLE_COL && p.node.rowIndex === block.bottom;
  },
  'cell-fill-target': (p: CellClassParams<CatalogRow>) => {
    const s = useSelection.getState();
    const block = s.fillTo === null ? null : currentBlockFor(p.api);
    if (s.fillTo === null || !block || p.node.rowIndex === null) return false;
    const r = p.node.rowIndex;
    return s.fillTo > block.bottom ? r > block.bottom && r <= s.fillTo : r < block.top && r >= s.fillTo;
  },
};

/** Green up, red down: rules, so an edit's refresh re-colours the cell. */
const directionClasses = {
  'cell-up': (p: CellClassParams<CatalogRow>) => typeof p.value === 'string' && changeDirection(p.value) === 'up',
  'cell-down': (p: CellClassParams<CatalogRow>) => typeof p.value === 'string' && changeDirection(p.value) === 'down',
};

export const columnDefs: ColDef<CatalogRow>[] = [
  { colId: 'sku', field: 'sku', headerName: 'SKU', pinned: 'left', width: 130 },
  { colId: 'name', field: 'name', headerName: 'Name', pinned: 'left', width: 230 },
  { colId: 'price', field: 'price', headerName: 'Current price', type: 'rightAligned', width: 125, valueFormatter: (p) => money(p.value as string | null), comparator: decimalComparator, filter: DecimalRangeFilter },
  {
    colId: EDITABLE_COL,
    headerName: 'New price',
    type: 'rightAligned',
    width: 120,
    // Pinned right with Status: always in view, whatever is scrolled or open (keep-in-view.ts).
    pinned: 'right',
    lockPinned: true,
    editable: true,
    // The editor starts from the shown text (grouped: "1.299,00"), read back with the locale's separator.
    cellEditorParams: { useFormatter: true },
    valueGetter: newPrice,
    valueFormatter: (p) => newPriceCell(p.data, p.value as string | null),
    comparator: decimalComparator,
    filter: DecimalRangeFilter,
    cellClassRules: {
      ...fillClasses,
      'cell-problem': (p) => problemOf(p.data) !== null,
      'cell-changed': (p) => (p.data ? changedPair(p.data) !== null : false),
      'cell-removal': (p) => removing(p.data),
    },
    tooltipValueGetter: (p) => problemOf(p.data) ?? undefined,
  },
  {
    colId: 'change',
    headerName: 'Change',
    type: 'rightAligned',
    width: 95,
    valueGetter: change,
    valueFormatter: (p) => changeText(p.value as string | null),
    comparator: decimalComparator,
    filter: DecimalRangeFilter,
    cellClassRules: directionClasses,
  },
  {
    colId: 'changePercent',
    headerName: 'Change %',
    type: 'rightAligned',
    width: 95,
    valueGetter: changePercent,
    valueFormatter: (p) => percentText(p.value as string | null, true),
    comparator: decimalComparator,
    filter: DecimalRangeFilter,
    cellClassRules: directionClasses,
  },
  {
    colId: 'status',
    headerName: 'Status',
    width: 220,
    pinned: 'right',
    lockPinned: true,
    valueGetter: status,
    cellClass: 'status',
    // Rules, not a cellClass function: rules are re-evaluated when an edit refreshes the cell.
    cellClassRules: Object.fromEntries(
      (Object.keys(STATUS_LABEL) as RowStatus[]).map((s) => [`status-${s}`, (p: CellClassParams<CatalogRow>) => (p.data ? statusOf(p.data) === s : false)]),
    ),
    tooltipValueGetter: (p) => (p.value as string | null) ?? undefined,
  },
  { colId: 'cost', field: 'cost', headerName: 'Cost', type: 'rightAligned', width: 95, valueFormatter: (p) => money(p.value as string | null), comparator: decimalComparator, filter: DecimalRangeFilter },
  { colId: 'marginPercent', headerName: 'Margin %', type: 'rightAligned', width: 95, valueGetter: margin, valueFormatter: (p) => percentText(p.value as string | null, false), comparator: decimalComparator, filter: DecimalRangeFilter },
  { colId: 'currency', field: 'currency', headerName: 'Currency', width: 95 },
  // Filtered by the words shown ("Yes"/"No"), not by the boolean underneath.
  { colId: 'vatIncluded', field: 'vatIncluded', headerName: 'VAT incl.', width: 95, valueFormatter: (p) => (p.value ? 'Yes' : 'No'), filterValueGetter: (p) => (p.data?.vatIncluded ? 'Yes' : 'No') },
  // The vendor's grouping fields: hidden until chosen in Columns…, offered where the catalog has them.
  ...GROUP_COLUMNS.map(({ field, name }): ColDef<CatalogRow> => ({ colId: field, headerName: name, width: 140, hide: true, valueGetter: (p) => p.data?.groups?.[field] ?? null })),
];

// Every column shows the range selection.
for (const col of columnDefs) col.cellClassRules = { ...selectedClass, ...col.cellClassRules };

/** Column ids and names, for the Columns menu. */
export const columnNames = columnDefs.map((c) => ({ colId: c.colId!, name: c.headerName! }));

/** Columns holding numbers (decimal strings), which the status bar sums and averages. */
const NUMERIC = new Set(columnDefs.filter((c) => c.comparator === decimalComparator).map((c) => c.colId!));
export const isNumericColumn = (colId: string) => NUMERIC.has(colId);
