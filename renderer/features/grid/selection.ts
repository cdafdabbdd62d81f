/**
 * The cell range the person selected, as displayed row indexes and column ids (what they
 * see, like a spreadsheet), plus the fill handle drag. AG Grid Community has no range
 * selection, so the grid paints this state with a cell class.
 */
import { create } from 'zustand';

export interface CellPos {
  row: number;
  col: string;
}

export interface SelectionState {
  anchor: CellPos | null;
  focus: CellPos | null;
  /** True while the mouse button is held after a press on a cell. */
  dragging: boolean;
  /** The last row the fill handle was dragged to, while it is dragged. */
  fillTo: number | null;
  select(anchor: CellPos, focus?: CellPos): void;
  extend(focus: CellPos): void;
  setDragging(dragging: boolean): void;
  setFillTo(row: number | null): void;
}

export const useSelection = create<SelectionState>((set) => ({
  anchor: null,
  focus: null,
  dragging: false,
  fillTo: null,
  select: (anchor, focus = anchor) => set({ anchor, focus }),
  extend: (focus) => set((s) => ({ focus, anchor: s.anchor ?? focus })),
  setDragging: (dragging) => set({ dragging }),
  setFillTo: (fillTo) => set({ fillTo }),
}));

/** A selected block: rows top..bottom and the column ids between the corners, in display order. */
export interface Block {
  top: number;
  bottom: number;
  cols: string[];
}

/** The selection as a block, given the displayed column order; null when nothing is selected. */
export function selectedBlock(state: Pick<SelectionState, 'anchor' | 'focus'>, displayedCols: readonly string[]): Block | null {
  const { anchor, focus } = state;
  if (!anchor || !focus) return null;
  const a = displayedCols.indexOf(anchor.col);
  const b = displayedCols.indexOf(focus.col);
  if (a < 0 || b < 0) return null;
  return {
    top: Math.min(anchor.row, focus.row),
    bottom: Math.max(anchor.row, focus.row),
    cols: displayedCols.slice(Math.min(a, b), Math.max(a, b) + 1),
  };
}

/** Whether a cell lies in the block. */
export const inBlock = (block: Block | null, row: number, col: string) => block !== null && row >= block.top && row <= block.bottom && block.cols.includes(col);
