/**
 * Keeps the editable column and its answer in view on a narrow window. New price and
 * Status are pinned right (locked there), so horizontal scrolling and side panels never
 * hide them: a panel narrows the grid, and the pinned columns stay at its right edge.
 * What gives way is the left-pinned identification (Name, then SKU): when the pinned
 * columns would leave the middle section no room, they scroll with it instead, and are
 * pinned back when the grid is wide again. These are view changes (source "api"), never
 * saved as the connection's layout.
 */
import type { Column, ColumnState, GridApi } from 'ag-grid-community';

/** Pinned right in every layout: the one editable column and the row's status. */
export const ALWAYS_SHOWN: readonly string[] = ['newPrice', 'status'];

/**
 * Room the scrolling middle section keeps: one whole price column (the widest is 125 px)
 * and some margin, so any column can be scrolled clear of the pinned ones to be edited.
 */
const MIN_CENTRE_PX = 160;

// Left-pinned columns this guard unpinned, nearest the middle last.
let unpinned: { colId: string; width: number }[] = [];

/** A saved layout's column state with New price and Status pinned right, as they always are. */
export function withAlwaysShown(state: ColumnState[]): ColumnState[] {
  return state.map((c) => (ALWAYS_SHOWN.includes(c.colId) ? { ...c, pinned: 'right' } : c));
}

/** The column state as the person arranged it: columns this guard unpinned count as pinned left. */
export function asArranged(state: ColumnState[]): ColumnState[] {
  return state.map((c) => (unpinned.some((u) => u.colId === c.colId) ? { ...c, pinned: 'left' } : c));
}

/**
 * AG Grid's own guard (processUnpinnedColumns) unpins pinned columns once the middle is
 * under 50 px of its viewport, SKU first and without telling us, so nothing pinned SKU
 * back when a side panel closed. It is switched off: this file alone decides what gives
 * way (Name before SKU) and pins it back.
 */
export const leavePinningToUs = (): Column[] => [];

/** Forgets what was unpinned for a previous layout (call after the layout is reset). */
export function resetFit(): void {
  unpinned = [];
}

/** Unpins left columns that leave the middle no room at this grid width; pins them back when there is. */
export function fitPinnedColumns(api: GridApi, gridWidth: number): void {
  if (gridWidth <= 0) return;
  const state = api.getColumnState();
  const pinnedWidth = state.filter((c) => c.pinned && !c.hide).reduce((sum, c) => sum + (c.width ?? 0), 0);
  let room = gridWidth - MIN_CENTRE_PX - pinnedWidth;
  const changes: ColumnState[] = [];
  const left = state.filter((c) => c.pinned === 'left' && !c.hide);
  for (let i = left.length - 1; room < 0 && i >= 0; i--) {
    const col = left[i]!;
    changes.push({ colId: col.colId, pinned: null });
    unpinned.push({ colId: col.colId, width: col.width ?? 0 });
    room += col.width ?? 0;
  }
  // Wide again (nothing had to give way just now): pin back, outermost first, all that fit.
  const narrowing = changes.length > 0;
  while (!narrowing && unpinned.length > 0) {
    const next = unpinned.at(-1)!;
    if (next.width > room) break;
    changes.push({ colId: next.colId, pinned: 'left' });
    unpinned.pop();
    room -= next.width;
  }
  if (changes.length) api.applyColumnState({ state: changes });
}
