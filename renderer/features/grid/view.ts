/**
 * How the person is looking at the grid: quick search, filters, open panels, and the
 * grid's API for the panels that act on the displayed rows or the selection.
 */
import type { GridApi } from 'ag-grid-community';
import { create } from 'zustand';

export type Panel = 'bulk' | 'problems' | 'columns' | null;

export interface GridViewState {
  search: string;
  onlyChanged: boolean;
  onlyProblems: boolean;
  /** The field "Only changed" and "Only problems" look at (its id; the primary's own id for the primary); null for every field. */
  filterField: string | null;
  /** AG Grid's column filter model (per-column filters), mirrored so panels that follow the shown rows re-run. */
  columnFilters: Record<string, unknown>;
  panel: Panel;
  /** A scope Bulk adjust opens on once (the context menu's "Bulk adjust on selection"), then forgets. */
  bulkScope: 'selection' | null;
  api: GridApi | null;
  set(patch: Partial<Omit<GridViewState, 'set'>>): void;
}

export const useGridView = create<GridViewState>((set) => ({
  search: '',
  onlyChanged: false,
  onlyProblems: false,
  filterField: null,
  columnFilters: {},
  panel: null,
  bulkScope: null,
  api: null,
  set: (patch) => set(patch),
}));
