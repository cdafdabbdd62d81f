/**
 * Keeps the editable column and its answer in view on any window. New price and Status are
 * always pinned (locked): horizontal scrolling and side panels never hide them.
 *
 * - Wide grid: they are pinned left, after SKU, Name and the current price, a block frozen
 *   as in Excel, with the middle scrolling on its right.
 * - Narrow grid (a laptop, a side panel open), where that block would leave the middle no
 *   room: they move to the right edge, and the rest of the block gives way, nearest the
 *   middle first (the current price, Name, then SKU): it scrolls with the middle, and is
 *   pinned back when the grid is wide again.
 *
 * Why not always right: AG Grid draws each pinned side as a sticky box in every row, and a
 * second side costs scrolling about a fifth more CPU per frame (bench, #13's note).
 * These are view changes (source "api"), never saved as the connection's layout.
 */
import type { Column, ColumnState, GridApi } from 'ag-grid-community';

/** Pinned in every layout (left, or right when narrow): the one editable column and the row's status. */
export const ALWAYS_SHOWN: readonly string[] = ['newPrice', 'status'];

/**
 * Room the scrolling middle section keeps: one whole price column (the widest is 125 px)
 * and some margin, so any column can be scrolled clear of the pinned ones to be edited.
 */
const MIN_CENTRE_PX = 160;

// Left-pinned columns this guard unpinned, nearest the middle first (popped outermost first).
let unpinned: { colId: string; width: number }[] = [];

/**
 * A saved layout's column state with New price and Status pinned left, as they always are.
 * A layout saved while they were pinned right (before 2026-11-30) had the current price
 * unpinned by default, not by choice: it is pinned beside them, as the default has it now.
 */
export function withAlwaysShown(state: ColumnState[]): ColumnState[] {
  const older = state.some((c) => c.colId === 'newPrice' && c.pinned === 'right');
  return state.map((c) => (ALWAYS_SHOWN.includes(c.colId) || (older && c.colId === 'price') ? { ...c, pinned: 'left' } : c));
}

/** The column state as the person arranged it: what this guard unpinned or moved right counts as pinned left. */
export function asArranged(state: ColumnState[]): ColumnState[] {
  return state.map((c) => (unpinned.some((u) => u.colId === c.colId) || ALWAYS_SHOWN.includes(c.colId) ? { ...c, pinned: 'left' } : c));
}

/**
 * AG Grid's own guard (processUnpinnedColumns) unpins pinned columns once the middle is
 * under 50 px of its viewport, SKU first and without telling us, so nothing pinned SKU
 * back when a side panel closed. It is switched off: this file alone decides what gives
 * way (the current price, Name, then SKU) and pins it back.
 */
export const leavePinningToUs = (): Column[] => [];

/** The person pinned or unpinned this column: their choice stands, this guard no longer pins it back. */
export function pinnedByPerson(colId: string): void {
  unpinned = unpinned.filter((u) => u.colId !== colId);
}

/** Forgets what was unpinned for a previous layout (call after the layout is reset). */
export function resetFit(): void {
  unpinned = [];
}

const widthOf = (columns: ColumnState[]) => columns.reduce((sum, c) => sum + (c.width ?? 0), 0);

/** Pins New price and Status left or right, and unpins or pins back the rest of the left block, for this grid width. */
export function fitPinnedColumns(api: GridApi, gridWidth: number): void {
  if (gridWidth <= 0) return;
  const state = api.getColumnState().filter((c) => !c.hide);
  // Wide: the whole block as arranged fits on the left (the pin-back below then returns all of it).
  const side = widthOf(asArranged(state).filter((c) => c.pinned)) + MIN_CENTRE_PX <= gridWidth ? 'left' : 'right';
  const changes: ColumnState[] = state.filter((c) => ALWAYS_SHOWN.includes(c.colId) && c.pinned !== side).map((c) => ({ colId: c.colId, pinned: side }));
  // Narrow: the left block gives way, nearest the middle first.
  let room = gridWidth - MIN_CENTRE_PX - widthOf(state.filter((c) => c.pinned));
  const left = state.filter((c) => c.pinned === 'left' && !ALWAYS_SHOWN.includes(c.colId));
  let narrowing = false;
  for (let i = left.length - 1; room < 0 && i >= 0; i--) {
    const col = left[i]!;
    changes.push({ colId: col.colId, pinned: null });
    unpinned.push({ colId: col.colId, width: col.width ?? 0 });
    room += col.width ?? 0;
    narrowing = true;
  }
  // Wider (nothing had to give way just now): pin back, outermost first, all that fit.
  while (!narrowing && unpinned.length > 0) {
    const next = unpinned.at(-1)!;
    if (next.width > room) break;
    changes.push({ colId: next.colId, pinned: 'left' });
    unpinned.pop();
    room -= next.width;
  }
  if (changes.length) api.applyColumnState({ state: changes });
}
