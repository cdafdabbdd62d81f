/**
 * Spreadsheet gestures AG Grid Community lacks, built on the store: copy as TSV, paste a
 * block, fill down, the fill handle and clearing. Each gesture is one `applyEdits` call,
 * so it is one undo step however many rows it touches.
 */
import type { GridApi } from 'ag-grid-community';
import { REMOVE_PRICE, type PriceEdit } from '../../../shared/grid/edit';
import { isRemovalWords } from './removal';
import { readOnlyInWords } from './read-only';
import type { EditSource } from '../../../shared/grid/history';
import { readPrice } from '../../../shared/grid/read-price';
import { planLookupPaste, rowsBySku, type LookupPlan, type LookupRefusal } from '../../../shared/grid/paste-lookup';
import type { StatCell } from '../../../shared/grid/selection-stats';
import { parseTsv, writeTsv } from '../../../shared/grid/tsv';
import { pasteColumns } from '../../../shared/grid/paste-columns';
import type { CatalogRow } from '../../../shared/types';
import { useNotifications } from '../notifications/slice';
import { selectedBlock, useSelection, type Block } from './selection';
import { useConnections } from '../connections/slice';
import { useGrid, vendorCapabilities } from './slice';
import { columnCurrency, plainText } from './cell-text';
import { cellId, columnField, currentPrice, editedCell, isEditableColumn, cellFields } from '../../../shared/grid/cells';
import { currentLocale, showNumber } from '../../app/locale';
import { t } from '../../i18n';

/** A count for a plural message: `count` picks the form, `n` is the number as the locale writes it. */
const counted = (count: number) => ({ count, n: showNumber(count) });

const PASTED: EditSource = { kind: 'paste', detail: null };
const FILLED: EditSource = { kind: 'fill', detail: null };

export const displayedColIds = (api: GridApi): string[] => api.getAllDisplayedColumns().map((c) => c.getColId());

const rowAt = (api: GridApi, index: number): CatalogRow | undefined => api.getDisplayedRowAtIndex(index)?.data as CatalogRow | undefined;

export function currentBlock(api: GridApi): Block | null {
  return selectedBlock(useSelection.getState(), displayedColIds(api));
}

/** The text of the grid's last copy, so pasting it back goes cell for cell as copied (pasteColumns). */
let lastCopied: string | null = null;
// The clipboard may turn CRLF into LF or drop the last line break on the way.
const unixLines = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
const sameText = (a: string, b: string) => unixLines(a) === unixLines(b);

/** The selected cells as spreadsheets paste them: shown values (numbers exact, ungrouped), tabs and CRLF. */
export function copySelection(api: GridApi): string | null {
  const block = currentBlock(api);
  if (!block) return null;
  const lines: string[][] = [];
  for (let i = block.top; i <= block.bottom; i++) {
    const node = api.getDisplayedRowAtIndex(i);
    if (!node) continue;
    lines.push(
      block.cols.map((col) => {
        // Numbers go out plain (no grouping), so the copy is the exact value.
        const raw = api.getCellValue({ rowNode: node, colKey: col }) as unknown;
        const plain = plainText(col);
        return plain && typeof raw === 'string' ? plain(raw) : String(api.getCellValue({ rowNode: node, colKey: col, useFormatter: true }) ?? '');
      }),
    );
  }
  lastCopied = writeTsv(lines);
  return lastCopied;
}

/**
 * Pastes clipboard text at the selection's top-left cell. A block that starts on a New
 * column fills the New columns from there (shared/grid/paste-columns.ts); elsewhere, block
 * columns that land on read-only columns are skipped; one value pasted on several selected rows fills them all,
 * as in Excel. Values that are not prices mark their cells and are not applied. A block
 * whose first column holds the catalog's SKUs is pasted by SKU instead (see pasteBySku).
 * A paste that would apply nothing changes nothing and says why.
 */
export function pasteText(api: GridApi, text: string, locale = currentLocale()): void {
  const block = currentBlock(api);
  const cells = parseTsv(text);
  if (!block || cells.length === 0) return;
  // A SKU + price block fills the field whose New column the selection is on.
  const on = columnField(block.cols[0]!);
  const { rows, fields } = useGrid.getState();
  const lookup = planLookupPaste(cells, rowsBySku(rows), (value) => readPrice(value, locale), { fields, ...(on?.kind === 'new' && on.field !== undefined ? { field: on.field } : {}) });
  if (lookup) return pasteBySku(lookup);
  const cols = displayedColIds(api);
  const width = Math.max(...cells.map((line) => line.length));
  const targets = pasteColumns(cols, cols.indexOf(block.cols[0]!), width, lastCopied !== null && sameText(text, lastCopied));
  const single = cells.length === 1 && cells[0]!.length === 1;
  const rowCount = single ? block.bottom - block.top + 1 : cells.length;
  const edits: { key: string; newPrice: PriceEdit | null }[] = [];
  const problems: Record<string, string> = {};
  const canRemove = vendorCapabilities(useConnections.getState(), useGrid.getState().connectionId)?.deletesPrices ?? false;
  // Columns the pasted values landed on that take prices (a block may span several fields' New columns).
  const landed = new Set<string>();
  let beyondEnd = 0;
  const put = (row: CatalogRow, colId: string, value: string) => {
    const id = editedCell(row.key, colId);
    if (id === null) return;
    landed.add(colId);
    if (value.trim() === '') return edits.push({ key: id, newPrice: null });
    // A copied "remove price" cell pastes as a removal where the vendor can make one.
    if (isRemovalWords(value)) {
      if (!canRemove) problems[id] = t('grid:paste.cannotRemove');
      else if (currentPrice(row, columnField(colId)?.field) !== null) edits.push({ key: id, newPrice: REMOVE_PRICE });
      return;
    }
    const parsed = readPrice(value, locale);
    if (parsed.ok) edits.push({ key: id, newPrice: parsed.value });
    else problems[id] = parsed.error;
  };
  for (let r = 0; r < rowCount; r++) {
    const line = single ? cells[0]! : cells[r]!;
    const row = rowAt(api, block.top + r);
    if (!row) {
      beyondEnd++;
      continue;
    }
    // One value on a selection fills every selected price cell, as in Excel.
    if (single) for (const col of block.cols) put(row, col, line[0]!);
    else line.forEach((value, c) => put(row, targets[c] ?? '', value));
  }
  const { notify } = useNotifications.getState();
  if (landed.size === 0) {
    notify('info', t('grid:paste.onlyNew'));
    return;
  }
  const bad = Object.keys(problems).length;
  if (edits.length === 0 && bad > 0) {
    notify('warning', t('grid:paste.noneIsPrice', { ...counted(bad), why: Object.values(problems)[0] ?? '' }));
    return;
  }
  useGrid.getState().applyEdits(edits, t('grid:undo.paste', counted(edits.length)), { problems, source: PASTED });
  if (bad) notify('warning', t('grid:paste.notApplied', counted(bad)));
  if (beyondEnd) notify('info', t('grid:paste.beyondEnd', counted(beyondEnd)));
  const lastRow = Math.min(block.top + rowCount - 1, api.getDisplayedRowCount() - 1);
  // The pasted price columns stay selected, from the first to the last one written.
  const written = cols.filter((c) => landed.has(c));
  if (!single) useSelection.getState().select({ row: block.top, col: written[0]! }, { row: lastRow, col: written.at(-1)! });
}

/** How many names a message lists before it says "and N more". */
const LISTED = 8;

const listed = (items: string[]) => (items.length > LISTED ? t('grid:paste.andMore', { list: items.slice(0, LISTED).join(', '), n: showNumber(items.length - LISTED) }) : items.join(', '));

/** Why a SKU + prices block was refused, in the window's language. */
export function refusalInWords(refused: LookupRefusal): string {
  switch (refused.code) {
    case 'noHeader':
      return t('grid:paste.noHeader', { n: showNumber(refused.priceColumns), fields: refused.fields.join(', ') });
    case 'unknownColumn':
      return t('grid:paste.unknownColumn', { name: refused.name, fields: refused.fields.join(', ') });
    case 'readOnly':
      return t('grid:paste.nothing', { why: readOnlyInWords({ label: refused.field, readOnly: refused.reason, readOnlySaid: refused.reasonSaid }) });
    case 'sameFieldTwice':
      return t('grid:paste.sameFieldTwice', { field: refused.field });
  }
}

/**
 * A SKU + price block: each price goes to the rows with that SKU, wherever they are in the
 * grid (hidden by a filter or not). Applied as one step with the problems it marks, or,
 * when no price could be applied, refused with the reason.
 */
function pasteBySku(plan: LookupPlan): void {
  const { notify } = useNotifications.getState();
  if (plan.refused) return notify('warning', refusalInWords(plan.refused));
  // A SKU pasted twice with different prices marks its cells like a value that is not a price.
  const conflicts = Object.entries(plan.conflicts).map(([id, sku]) => [id, t('grid:paste.conflict', { sku })]);
  const problems: Record<string, string> = { ...plan.problems, ...Object.fromEntries(conflicts) };
  const bad = Object.keys(problems).length;
  const notFound = plan.unmatched.length ? t('grid:paste.notFound', { list: listed(plan.unmatched) }) : '';
  if (plan.edits.length === 0) {
    const why = bad ? t('grid:paste.noUsable', { ...counted(bad), why: Object.values(problems)[0] ?? '' }) : '';
    notify('error', t('grid:paste.nothingBySku', { why, notFound }));
    return;
  }
  const n = plan.edits.length;
  useGrid.getState().applyEdits(plan.edits, t('grid:undo.pasteBySku', counted(n)), { problems, source: PASTED });
  const marked = bad ? t('grid:paste.marked', counted(bad)) : '';
  const total = plan.matched + plan.unmatched.length;
  notify(plan.unmatched.length || bad ? 'warning' : 'success', t('grid:paste.bySku', { ...counted(n), matched: showNumber(plan.matched), total: showNumber(total), marked, notFound }));
}

/** The selection's price columns (the New columns of the fields it spans), in display order. */
const editableCols = (block: Block): string[] => block.cols.filter(isEditableColumn);

/** Ctrl/Cmd+D: in each selected price column, the top selected row's new price into every other selected row. */
export function fillDown(api: GridApi): void {
  const block = currentBlock(api);
  const priceCols = block ? editableCols(block) : [];
  if (!block || priceCols.length === 0 || block.bottom === block.top) return;
  const { edits } = useGrid.getState();
  const source = rowAt(api, block.top);
  if (!source) return;
  const changes: { key: string; newPrice: PriceEdit | null }[] = [];
  for (const col of priceCols) {
    const value = edits[editedCell(source.key, col)!] ?? null;
    for (let i = block.top + 1; i <= block.bottom; i++) {
      const row = rowAt(api, i);
      if (row) changes.push({ key: editedCell(row.key, col)!, newPrice: value });
    }
  }
  const n = block.bottom - block.top;
  useGrid.getState().applyEdits(changes, t('grid:undo.fillDown', counted(n)), { source: FILLED });
}

/** The fill handle: repeats the selected new prices down (or up) to `toRow`, in each selected price column. */
export function fillTo(api: GridApi, toRow: number): void {
  const block = currentBlock(api);
  const priceCols = block ? editableCols(block) : [];
  if (!block || priceCols.length === 0) return;
  if (toRow >= block.top && toRow <= block.bottom) return;
  const { edits } = useGrid.getState();
  const [from, to] = toRow > block.bottom ? [block.bottom + 1, toRow] : [toRow, block.top - 1];
  const changes: { key: string; newPrice: PriceEdit | null }[] = [];
  for (const col of priceCols) {
    const pattern: (PriceEdit | null)[] = [];
    for (let i = block.top; i <= block.bottom; i++) {
      const row = rowAt(api, i);
      pattern.push(row ? (edits[editedCell(row.key, col)!] ?? null) : null);
    }
    for (let i = from; i <= to; i++) {
      const row = rowAt(api, i);
      const offset = (((i - block.top) % pattern.length) + pattern.length) % pattern.length;
      if (row) changes.push({ key: editedCell(row.key, col)!, newPrice: pattern[offset]! });
    }
  }
  const n = to - from + 1;
  useGrid.getState().applyEdits(changes, t('grid:undo.fill', counted(n)), { source: FILLED });
  const top = Math.min(block.top, toRow);
  const bottom = Math.max(block.bottom, toRow);
  useSelection.getState().select({ row: top, col: priceCols[0]! }, { row: bottom, col: priceCols.at(-1)! });
}

/**
 * Delete/Backspace: the selected new prices go back to unchanged. `wholeRows` (the context
 * menu's "Clear new price") clears the selected rows' new prices in every field, whichever
 * cells are selected.
 */
export function clearSelection(api: GridApi, wholeRows = false): void {
  const block = currentBlock(api);
  if (!block || (!wholeRows && editableCols(block).length === 0)) return;
  const { edits, problems, fields } = useGrid.getState();
  const fieldIds = wholeRows ? cellFields(fields) : editableCols(block).map((c) => columnField(c)?.field);
  const changes: { key: string; newPrice: null }[] = [];
  for (let i = block.top; i <= block.bottom; i++) {
    const row = rowAt(api, i);
    if (!row) continue;
    for (const field of fieldIds) {
      const id = cellId(row.key, field);
      if (id in edits || id in problems) changes.push({ key: id, newPrice: null });
    }
  }
  useGrid.getState().applyEdits(changes, t('grid:undo.clear', counted(changes.length)));
}

/** The selected rows that have a price to remove (offered only for connectors that can remove one). */
export const removablePriceKeys = (api: GridApi): string[] => selectedRows(api).flatMap((row) => (row.price !== null ? [row.key] : []));

/** "Remove price" for these rows, once the person confirmed it: one undo step. */
export function removePrices(keys: string[]): void {
  useGrid.getState().applyEdits(
    keys.map((key) => ({ key, newPrice: REMOVE_PRICE })),
    t('grid:undo.remove', counted(keys.length)),
  );
}

/** The rows in the selection, in display order. */
function selectedRows(api: GridApi): CatalogRow[] {
  const block = currentBlock(api);
  if (!block) return [];
  const rows: CatalogRow[] = [];
  for (let i = block.top; i <= block.bottom; i++) {
    const row = rowAt(api, i);
    if (row) rows.push(row);
  }
  return rows;
}

/** The selected cells' values as the grid holds them (decimal strings, not shown text), row by row. */
export function* selectedCells(api: GridApi, numeric: (colId: string) => boolean): Generator<StatCell> {
  const block = currentBlock(api);
  if (!block) return;
  const { fields } = useGrid.getState();
  for (let i = block.top; i <= block.bottom; i++) {
    const node = api.getDisplayedRowAtIndex(i);
    if (!node) continue;
    for (const col of block.cols) {
      const value: unknown = api.getCellValue({ rowNode: node, colKey: col });
      yield { value: value == null ? null : String(value), numeric: numeric(col), currency: columnCurrency(col, node.data as CatalogRow | undefined, fields) };
    }
  }
}

/** Ctrl/Cmd+A: every cell the grid shows (after its search and filters). */
export function selectAllCells(api: GridApi): void {
  const cols = displayedColIds(api);
  const last = api.getDisplayedRowCount() - 1;
  if (last < 0 || cols.length === 0) return;
  useSelection.getState().select({ row: 0, col: cols[0]! }, { row: last, col: cols.at(-1)! });
}

/**
 * Puts text on the clipboard from a click (the context menu's Copy): a copy command with
 * our text, which needs no clipboard permission (the app grants none). False when refused.
 */
export function writeClipboard(text: string): boolean {
  const put = (e: ClipboardEvent) => {
    e.clipboardData?.setData('text/plain', text);
    e.preventDefault();
  };
  document.addEventListener('copy', put, { capture: true, once: true });
  // execCommand is deprecated but the only permission-free way to copy from a click.
  const done = document.execCommand('copy');
  document.removeEventListener('copy', put, { capture: true });
  return done;
}

/** Keys of the rows in the selection, in display order. */
export const selectedRowKeys = (api: GridApi): string[] => selectedRows(api).map((row) => row.key);

/** Keys of the rows the filters let through, in display order. */
export function filteredRowKeys(api: GridApi): string[] {
  const keys: string[] = [];
  api.forEachNodeAfterFilterAndSort((node) => {
    if (node.data) keys.push((node.data as CatalogRow).key);
  });
  return keys;
}
