/**
 * The grid's columns. Rows are the catalog rows themselves (stable objects); everything
 * that changes with edits (new price, change, margin, status) is a value getter reading
 * the store, so an edit of any size only refreshes the cells on screen.
 */
import type { CellClassParams, ColDef, ColGroupDef, GridApi, ValueGetterParams } from 'ag-grid-community';
import { cellId, columnField, currentPrice, fieldColumn, isEditableColumn, pendingPrice, primaryCost } from '../../../shared/grid/cells';
import type { PriceField } from '../../../shared/price-fields';
import { readOnlyInWords } from './read-only';
import { compareDecimals } from '../../../shared/grid/micros';
import { editedPrice, isRemoval } from '../../../shared/grid/edit';
import { removalWords } from './removal';
import { changeDirection } from '../../../shared/format/money-format';
import { dec, marginPercent, percentChange, toFixed } from '../../../shared/money';
import type { CatalogRow, GroupField } from '../../../shared/types';
import { DecimalRangeFilter } from './DecimalRangeFilter';
import { cellProblem, rowProblem, rowStatus, type RowStatus } from './derived';
import { changeText, money, percentText } from './cell-text';
import { inBlock, selectedBlock, useSelection, type Block } from './selection';
import { useGrid } from './slice';
import { t } from '../../i18n';
import { say } from '../../i18n/say';

const STATUSES: readonly RowStatus[] = ['unchanged', 'changed', 'problem', 'ok', 'warning', 'error', 'skipped', 'unknown'];

/** The Status column's word per status, in the window's language (none for an unchanged row); the problems panel uses it for the platform's answers too. */
export const statusLabel = (status: RowStatus): string => (status === 'unchanged' ? '' : t(`grid:status.${status}`));

/** The grouping fields as optional columns, in the order the Columns panel lists them. */
export const GROUP_FIELDS: readonly GroupField[] = ['category', 'brand', 'supplier', 'productType'];

/** The columns SKU to VAT incl. and the grouping fields: their header's key in the `grid` catalogue is their column id. */
type Header = 'sku' | 'name' | 'price' | 'newPrice' | 'change' | 'changePercent' | 'status' | 'cost' | 'marginPercent' | 'currency' | 'vatIncluded' | GroupField;

/** A column's header in the window's language, looked up when the columns are built (a change of language rebuilds them). */
const header = (colId: string): string => t(`grid:header.${colId as Header}`);

type Getter = (p: ValueGetterParams<CatalogRow>) => string | null;

/**
 * The getters of one price field's columns (field undefined: the primary). A cell reads the
 * store by its cell id (shared/grid/cells.ts), so every field edits, refreshes and judges
 * the same way.
 */
function fieldCells(field: string | undefined) {
  const editOf = (row: CatalogRow) => useGrid.getState().edits[cellId(row.key, field)];
  /** The new price when it differs from the current one. */
  const changedPair = (row: CatalogRow): [string, string] | null => {
    const edit = editOf(row);
    const old = currentPrice(row, field);
    if (typeof edit !== 'string' || old === null || dec(edit).eq(dec(old))) return null;
    return [old, edit];
  };
  return {
    current: ((p) => (p.data ? currentPrice(p.data, field) : null)) as Getter,
    // A removal reads as no price: it sorts with the empty cells and shows as words (newCell).
    newPrice: ((p) => {
      const edit = p.data ? editOf(p.data) : undefined;
      return edit === undefined ? null : editedPrice(edit);
    }) as Getter,
    change: ((p) => {
      const pair = p.data && changedPair(p.data);
      return pair ? toFixed(dec(pair[1]).minus(dec(pair[0])), 2) : null;
    }) as Getter,
    changePercent: ((p) => {
      const pair = p.data && changedPair(p.data);
      return pair ? percentChange(pair[0], pair[1]) : null;
    }) as Getter,
    changedPair,
    /** The pending removal of a price the row has. */
    removing: (row: CatalogRow | undefined) => row !== undefined && currentPrice(row, field) !== null && isRemoval(editOf(row)),
    /** What the new price cell shows: the price in the user's style, or the removal in words. */
    newCell: (row: CatalogRow | undefined, value: string | null, currency: string | null) => (row && isRemoval(editOf(row)) ? removalWords() : money(value, currency)),
    problem: (row: CatalogRow | undefined) => (row ? cellProblem(row, field, useGrid.getState()) : null),
  };
}

const primary = fieldCells(undefined);
// The primary price's margin over its cost field where the connection has one, both as they would be after sending.
const margin: Getter = (p) => {
  if (!p.data) return null;
  const { fields, edits } = useGrid.getState();
  const cost = primaryCost(p.data, fields, edits);
  const price = pendingPrice(p.data, undefined, edits);
  return price === null || cost === null ? null : marginPercent(price, cost);
};
const status: Getter = (p) => {
  if (!p.data) return null;
  const state = useGrid.getState();
  const s = rowStatus(p.data, state);
  const message = s === 'problem' ? rowProblem(p.data, state) : (resultMessage(p.data, state) ?? (p.data.notice ? say({ message: p.data.notice, said: p.data.noticeSaid }) : null));
  return message ? t('grid:status.withMessage', { status: statusLabel(s), message }) : statusLabel(s);
};

/** The platform's words on a row: the primary field's answer, else the first other field's, named. */
function resultMessage(row: CatalogRow, state: ReturnType<typeof useGrid.getState>): string | null {
  const own = state.results[row.key];
  if (own) return own.message === null ? null : say(own);
  for (const f of state.fields) {
    const result = f.primary ? undefined : state.results[cellId(row.key, f.id)];
    if (result) return result.message === null ? null : t('grid:named', { field: f.label, text: say(result) });
  }
  return null;
}

// One status per row and store state, however many class rules ask for it.
let statusCache: { row: CatalogRow; state: object; status: RowStatus } | null = null;
function statusOf(row: CatalogRow): RowStatus {
  const state = useGrid.getState();
  if (statusCache?.row !== row || statusCache.state !== state) statusCache = { row, state, status: rowStatus(row, state) };
  return statusCache.status;
}


// Numbers compare as decimals, not as text ("10.00" after "9.99").
/** Yes or No for the VAT incl. column, in the window's language. */
const yesNo = (value: unknown): string => (value ? t('grid:yes') : t('grid:no'));

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
    return block !== null && block.cols.length === 1 && block.cols[0] === p.column.getColId() && isEditableColumn(block.cols[0]) && p.node.rowIndex === block.bottom;
  },
  'cell-fill-target': (p: CellClassParams<CatalogRow>) => {
    const s = useSelection.getState();
    const block = s.fillTo === null ? null : currentBlockFor(p.api);
    if (s.fillTo === null || !block || p.node.rowIndex === null || !block.cols.includes(p.column.getColId())) return false;
    const r = p.node.rowIndex;
    return s.fillTo > block.bottom ? r > block.bottom && r <= s.fillTo : r < block.top && r >= s.fillTo;
  },
};

/** Green up, red down: rules, so an edit's refresh re-colours the cell. */
const directionClasses = {
  'cell-up': (p: CellClassParams<CatalogRow>) => typeof p.value === 'string' && changeDirection(p.value) === 'up',
  'cell-down': (p: CellClassParams<CatalogRow>) => typeof p.value === 'string' && changeDirection(p.value) === 'down',
};

type Cells = ReturnType<typeof fieldCells>;
type CurrencyOf = (row: CatalogRow | undefined) => string | null;

/** What every New price column has, the primary's or another field's: editable, judged, marked. */
const newPriceColumn = (cells: Cells, currencyOf: CurrencyOf): ColDef<CatalogRow> => ({
  editable: true,
  // The editor starts from the shown text ("1.299,00 €"), read back with the locale's separator (parse-price drops the symbol).
  cellEditorParams: { useFormatter: true },
  valueGetter: cells.newPrice,
  valueFormatter: (p) => cells.newCell(p.data, p.value as string | null, currencyOf(p.data)),
  comparator: decimalComparator,
  filter: DecimalRangeFilter,
  cellClassRules: {
    ...fillClasses,
    'cell-problem': (p) => cells.problem(p.data) !== null,
    'cell-changed': (p) => (p.data ? cells.changedPair(p.data) !== null : false),
    'cell-removal': (p) => cells.removing(p.data),
  },
  tooltipValueGetter: (p) => cells.problem(p.data) ?? undefined,
});

const changeColumn = (cells: Cells, currencyOf: CurrencyOf): ColDef<CatalogRow> => ({
  valueGetter: cells.change,
  valueFormatter: (p) => changeText(p.value as string | null, currencyOf(p.data)),
  comparator: decimalComparator,
  filter: DecimalRangeFilter,
  cellClassRules: directionClasses,
});

const changePercentColumn = (cells: Cells): ColDef<CatalogRow> => ({
  valueGetter: cells.changePercent,
  valueFormatter: (p) => percentText(p.value as string | null, true),
  comparator: decimalComparator,
  filter: DecimalRangeFilter,
  cellClassRules: directionClasses,
});

/** The primary field's columns and the rest, headers aside (`primaryColumns` names them in the window's language). */
const columnDefs: ColDef<CatalogRow>[] = [
  { colId: 'sku', field: 'sku', pinned: 'left', width: 130 },
  { colId: 'name', field: 'name', pinned: 'left', width: 230 },
  { colId: 'price', field: 'price', pinned: 'left', type: 'rightAligned', width: 125, valueFormatter: (p) => money(p.value as string | null, p.data?.currency ?? null), comparator: decimalComparator, filter: DecimalRangeFilter },
  {
    colId: fieldColumn('new'),
    type: 'rightAligned',
    width: 120,
    // Pinned with Status after the identification and the current price: always in view,
    // whatever is scrolled or open (keep-in-view.ts).
    pinned: 'left',
    lockPinned: true,
    ...newPriceColumn(primary, (row) => row?.currency ?? null),
  },
  {
    colId: 'status',
    width: 220,
    pinned: 'left',
    lockPinned: true,
    valueGetter: status,
    cellClass: 'status',
    // Rules, not a cellClass function: rules are re-evaluated when an edit refreshes the cell.
    cellClassRules: Object.fromEntries(
      STATUSES.map((s) => [`status-${s}`, (p: CellClassParams<CatalogRow>) => (p.data ? statusOf(p.data) === s : false)]),
    ),
    tooltipValueGetter: (p) => (p.value as string | null) ?? undefined,
  },
  {
    colId: 'change',
    type: 'rightAligned',
    width: 95,
    ...changeColumn(primary, (row) => row?.currency ?? null),
  },
  {
    colId: 'changePercent',
    type: 'rightAligned',
    width: 95,
    ...changePercentColumn(primary),
  },
  { colId: 'cost', field: 'cost', type: 'rightAligned', width: 95, valueFormatter: (p) => money(p.value as string | null, p.data?.currency ?? null), comparator: decimalComparator, filter: DecimalRangeFilter },
  { colId: 'marginPercent', type: 'rightAligned', width: 95, valueGetter: margin, valueFormatter: (p) => percentText(p.value as string | null, false), comparator: decimalComparator, filter: DecimalRangeFilter },
  { colId: 'currency', field: 'currency', width: 95 },
  // Filtered by the words shown ("Yes"/"No", "Sí"/"No"), not by the boolean underneath.
  { colId: 'vatIncluded', field: 'vatIncluded', width: 95, valueFormatter: (p) => yesNo(p.value), filterValueGetter: (p) => yesNo(p.data?.vatIncluded) },
  // The vendor's grouping fields: hidden until chosen in Columns…, offered where the catalog has them.
  ...GROUP_FIELDS.map((field): ColDef<CatalogRow> => ({ colId: field, width: 140, hide: true, valueGetter: (p) => p.data?.groups?.[field] ?? null })),
];

// Every column shows the range selection.
const withSelection = (col: ColDef<CatalogRow>) => {
  col.cellClassRules = { ...selectedClass, ...col.cellClassRules };
  return col;
};
columnDefs.forEach(withSelection);

/** The primary field's columns and the rest, headed in the window's language. */
const primaryColumns = (): ColDef<CatalogRow>[] => columnDefs.map((c) => ({ ...c, headerName: header(c.colId!) }));

/** Column ids and names, for the Columns menu. */
export const columnNames = () => columnDefs.map((c) => ({ colId: c.colId!, name: header(c.colId!) }));

/**
 * The columns of another price field, as one group headed by its label: current, new
 * (editable), change and change %, in the field's currency. Change and change % start
 * hidden (Columns… shows them): four columns per field would push a shop's other fields
 * out of sight. A read-only field (`PriceField.readOnly`) has its current prices only.
 */
export function fieldColumnGroup(field: PriceField): ColGroupDef<CatalogRow> {
  const cells = fieldCells(field.id);
  const currency = () => field.currency;
  const col = (kind: 'cur' | 'new' | 'chg' | 'chgp', headerName: string, def: ColDef<CatalogRow>): ColDef<CatalogRow> =>
    withSelection({ colId: fieldColumn(kind, field.id), headerName, headerTooltip: t('grid:header.fieldTooltip', { field: field.label, column: headerName.toLowerCase() }), type: 'rightAligned', width: 110, ...def });
  const current = col('cur', t('grid:header.current'), { valueGetter: cells.current, valueFormatter: (p) => money(p.value as string | null, field.currency), comparator: decimalComparator, filter: DecimalRangeFilter });
  // A field PriceDesk cannot write shows its prices only: no New column to type, paste or fill into.
  if (field.readOnly) return { groupId: `field:${field.id}`, headerName: t('grid:header.readOnly', { field: field.label }), headerTooltip: readOnlyInWords(field), children: [current] };
  return {
    groupId: `field:${field.id}`,
    headerName: field.label,
    children: [
      current,
      col('new', t('grid:header.new'), newPriceColumn(cells, currency)),
      col('chg', header('change'), { hide: true, ...changeColumn(cells, currency) }),
      col('chgp', header('changePercent'), { hide: true, ...changePercentColumn(cells) }),
    ],
  };
}

/** The primary field's columns and those before them (SKU to Change %); other fields' groups follow them. */
const PRIMARY_COLUMNS = columnDefs.findIndex((c) => c.colId === 'changePercent') + 1;

/** The grid's columns: the primary field's, then a group per other field shown, in the connection's order (also the bench's bare grid). */
export function gridColumns(fields: readonly PriceField[], shownFields: readonly string[]): (ColDef<CatalogRow> | ColGroupDef<CatalogRow>)[] {
  const shown = new Set(shownFields);
  const groups = fields.filter((f) => shown.has(f.id)).map(fieldColumnGroup);
  const primary = primaryColumns();
  return groups.length ? [...primary.slice(0, PRIMARY_COLUMNS), ...groups, ...primary.slice(PRIMARY_COLUMNS)] : primary;
}

/** The shown fields' column ids and names, for the Columns menu ("Wholesale: Change %"). */
export function fieldColumnNames(fields: readonly PriceField[], shown: readonly string[]): { colId: string; name: string }[] {
  return fields
    .filter((f) => shown.includes(f.id))
    .flatMap((f) => fieldColumnGroup(f).children.map((c) => ({ colId: (c as ColDef).colId!, name: t('grid:named', { field: f.label, text: (c as ColDef).headerName! }) })));
}

/**
 * Whether a column's cells read the pending edits, problems or results (new price, change,
 * margin, status); the others show the row as loaded, so an edit need not repaint them.
 */
export function readsEdits(colId: string): boolean {
  if (colId === 'status' || colId === 'marginPercent') return true;
  const kind = columnField(colId)?.kind;
  return kind !== undefined && kind !== 'cur';
}

/** Columns holding numbers (decimal strings), which the status bar sums and averages. */
const NUMERIC = new Set(columnDefs.filter((c) => c.comparator === decimalComparator).map((c) => c.colId!));
export const isNumericColumn = (colId: string) => NUMERIC.has(colId) || columnField(colId) !== null;
