/**
 * Remembers how the grid's columns are arranged (order, width, hidden, pinned) and the
 * change threshold, per connection, through main's settings (layouts:get / layouts:save).
 */
import type { ColumnState, GridApi } from 'ag-grid-community';
import type { GridLayout } from '../../../shared/contract';
import { api, call } from '../../api';
import { asArranged, resetFit, withAlwaysShown } from './keep-in-view';
import { useGrid } from './slice';

let timer: ReturnType<typeof setTimeout> | undefined;

/** The parts of AG Grid's column state worth keeping. */
export function layoutOf(gridApi: GridApi): GridLayout {
  return {
    columns: asArranged(gridApi.getColumnState()).map((c) => ({ colId: c.colId, width: Math.round(c.width ?? 100), hide: c.hide ?? false, pinned: c.pinned === 'left' || c.pinned === 'right' ? c.pinned : null })),
    thresholdPercent: useGrid.getState().validation.thresholdPercent,
    fields: useGrid.getState().shownFields,
  };
}

/** Saves the layout a moment after the last change (a resize fires many events). */
export function saveLayoutSoon(gridApi: GridApi | null, connectionId: string | null): void {
  if (!gridApi || !connectionId) return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    void call(api().layouts.save({ connectionId, layout: layoutOf(gridApi) })).catch(() => undefined);
  }, 400);
}

/** Puts back the connection's saved layout, or the default one. */
export async function restoreLayout(gridApi: GridApi, connectionId: string): Promise<void> {
  const layout = await call(api().layouts.get({ connectionId })).catch(() => null);
  if (useGrid.getState().connectionId !== connectionId) return;
  gridApi.resetColumnState();
  resetFit();
  // Layouts saved before New price and Status were pinned left get them pinned there too.
  if (layout) gridApi.applyColumnState({ state: withAlwaysShown(layout.columns.map((c): ColumnState => ({ ...c, pinned: c.pinned ?? null }))), applyOrder: true });
}
