/**
 * New price and Status stay in view (keep-in-view.ts): on a narrow grid the left-pinned
 * columns give way, nearest the middle first, and come back together once there is room.
 */
import type { ColumnState, GridApi } from 'ag-grid-community';
import { beforeEach, describe, expect, it } from 'vitest';
import { fitPinnedColumns, resetFit } from '../../renderer/features/grid/keep-in-view';

/** Just enough of AG Grid's column state API: a list of columns whose pinned side changes. */
function fakeGrid(columns: ColumnState[]) {
  const calls: ColumnState[][] = [];
  const api = {
    getColumnState: () => columns.map((c) => ({ ...c })),
    applyColumnState: ({ state }: { state: ColumnState[] }) => {
      calls.push(state);
      for (const change of state) Object.assign(columns.find((c) => c.colId === change.colId)!, change);
    },
  } as unknown as GridApi;
  const pinned = (side: 'left' | 'right') => columns.filter((c) => c.pinned === side).map((c) => c.colId);
  return { api, calls, pinned };
}

const layout = (): ColumnState[] => [
  { colId: 'sku', width: 130, pinned: 'left' },
  { colId: 'name', width: 230, pinned: 'left' },
  { colId: 'price', width: 125, pinned: null },
  { colId: 'newPrice', width: 120, pinned: 'right' },
  { colId: 'status', width: 220, pinned: 'right' },
];

describe('fitPinnedColumns', () => {
  beforeEach(() => resetFit());

  it('unpins Name, then SKU, as the grid narrows; New price and Status stay pinned right', () => {
    const grid = fakeGrid(layout());
    fitPinnedColumns(grid.api, 700);
    expect(grid.pinned('left')).toEqual(['sku']);
    fitPinnedColumns(grid.api, 450);
    expect(grid.pinned('left')).toEqual([]);
    expect(grid.pinned('right')).toEqual(['newPrice', 'status']);
  });

  it('leaves the middle room for a whole price column: at a 1024 px window (788 px of grid) Name gives way', () => {
    const grid = fakeGrid(layout());
    fitPinnedColumns(grid.api, 788);
    expect(grid.pinned('left')).toEqual(['sku']);
  });

  it('pins every column it unpinned back in one call once the grid is wide again', () => {
    const grid = fakeGrid(layout());
    fitPinnedColumns(grid.api, 450);
    grid.calls.length = 0;
    fitPinnedColumns(grid.api, 1280);
    expect(grid.pinned('left')).toEqual(['sku', 'name']);
    expect(grid.calls).toHaveLength(1);
  });

  it('pins back only what fits', () => {
    const grid = fakeGrid(layout());
    fitPinnedColumns(grid.api, 450);
    fitPinnedColumns(grid.api, 700);
    expect(grid.pinned('left')).toEqual(['sku']);
  });
});
