/**
 * New price and Status stay in view (keep-in-view.ts): on a narrow grid the rest of the
 * pinned block gives way, nearest the middle first, and comes back together once there is room.
 */
import type { ColumnState, GridApi } from 'ag-grid-community';
import { beforeEach, describe, expect, it } from 'vitest';
import { asArranged, fitPinnedColumns, pinnedByPerson, resetFit, withAlwaysShown } from '../../renderer/features/grid/keep-in-view';

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

// The default layout's pinned block (825 px) and the first column of the middle.
const layout = (): ColumnState[] => [
  { colId: 'sku', width: 130, pinned: 'left' },
  { colId: 'name', width: 230, pinned: 'left' },
  { colId: 'price', width: 125, pinned: 'left' },
  { colId: 'newPrice', width: 120, pinned: 'left' },
  { colId: 'status', width: 220, pinned: 'left' },
  { colId: 'change', width: 95, pinned: null },
];

describe('fitPinnedColumns', () => {
  beforeEach(() => resetFit());

  it('keeps the whole block pinned left on a wide grid (1280 px window: 1043 px of grid)', () => {
    const grid = fakeGrid(layout());
    fitPinnedColumns(grid.api, 1043);
    expect(grid.calls).toHaveLength(0);
    expect(grid.pinned('left')).toEqual(['sku', 'name', 'price', 'newPrice', 'status']);
  });

  it('moves New price and Status to the right edge on a narrow grid, and unpins the current price, then Name, then SKU', () => {
    const grid = fakeGrid(layout());
    fitPinnedColumns(grid.api, 900);
    expect(grid.pinned('right')).toEqual(['newPrice', 'status']);
    expect(grid.pinned('left')).toEqual(['sku', 'name']);
    fitPinnedColumns(grid.api, 700);
    expect(grid.pinned('left')).toEqual(['sku']);
    fitPinnedColumns(grid.api, 450);
    expect(grid.pinned('left')).toEqual([]);
    fitPinnedColumns(grid.api, 300);
    expect(grid.pinned('right')).toEqual(['newPrice', 'status']);
  });

  it('leaves the middle room for a whole price column: at a 1024 px window (788 px of grid) the price and Name give way', () => {
    const grid = fakeGrid(layout());
    fitPinnedColumns(grid.api, 788);
    expect(grid.pinned('left')).toEqual(['sku']);
    expect(grid.pinned('right')).toEqual(['newPrice', 'status']);
  });

  it('puts the whole block back on the left in one call once the grid is wide again', () => {
    const grid = fakeGrid(layout());
    fitPinnedColumns(grid.api, 450);
    grid.calls.length = 0;
    fitPinnedColumns(grid.api, 1280);
    expect(grid.pinned('left')).toEqual(['sku', 'name', 'price', 'newPrice', 'status']);
    expect(grid.calls).toHaveLength(1);
  });

  it('pins back only what fits, outermost first, while still narrow', () => {
    const grid = fakeGrid(layout());
    fitPinnedColumns(grid.api, 450);
    fitPinnedColumns(grid.api, 700);
    expect(grid.pinned('left')).toEqual(['sku']);
  });

  it('leaves a column the person unpinned themselves unpinned, also in the layout saved', () => {
    const grid = fakeGrid(layout());
    fitPinnedColumns(grid.api, 900);
    expect(asArranged(grid.api.getColumnState()).map((c) => c.pinned)).toEqual(['left', 'left', 'left', 'left', 'left', null]);
    pinnedByPerson('price');
    expect(asArranged(grid.api.getColumnState()).find((c) => c.colId === 'price')?.pinned).toBe(null);
    fitPinnedColumns(grid.api, 1280);
    expect(grid.pinned('left')).toEqual(['sku', 'name', 'newPrice', 'status']);
  });
});

describe('withAlwaysShown', () => {
  it('pins New price and Status left in any saved layout', () => {
    const saved: ColumnState[] = [{ colId: 'sku', pinned: null }, { colId: 'price', pinned: null }, { colId: 'newPrice', pinned: null }, { colId: 'status', pinned: 'left' }];
    expect(withAlwaysShown(saved).map((c) => c.pinned)).toEqual([null, null, 'left', 'left']);
  });

  it('gives a layout saved while they were pinned right the current price beside them, as the default has it', () => {
    const saved: ColumnState[] = [{ colId: 'sku', pinned: 'left' }, { colId: 'price', pinned: null }, { colId: 'cost', pinned: null }, { colId: 'newPrice', pinned: 'right' }, { colId: 'status', pinned: 'right' }];
    expect(withAlwaysShown(saved).map((c) => c.pinned)).toEqual(['left', 'left', null, 'left', 'left']);
  });
});
