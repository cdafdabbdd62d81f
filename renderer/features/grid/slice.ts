/**
 * The grid's data: the catalog as loaded, the pending new prices and the last results.
 * The store owns the rows; AG Grid only renders them, and every edit comes back here.
 */
import { create } from 'zustand';
import { sameAmount } from '../../../shared/money';
import { parsePrice, type DecimalHint } from '../../../shared/parse-price';
import type { CatalogRow, PriceChange, Progress, RowResult } from '../../../shared/types';
import { api, call } from '../../api';
import { notifyError, useNotifications } from '../notifications/slice';

export interface GridState {
  connectionId: string | null;
  rows: CatalogRow[];
  /** New prices by row key, canonical decimal strings. */
  edits: Record<string, string>;
  /** Cell problems by row key (a value that could not be read). */
  problems: Record<string, string>;
  results: Record<string, RowResult>;
  loading: Progress | null;
  submitting: Progress | null;
  load(connectionId: string): Promise<void>;
  /**
   * The one command path for price edits: sets (or, with null, clears) the new price of
   * several rows. Typing, paste, fill, bulk adjust and import all come through here, so
   * one call is one undo step.
   */
  applyEdits(edits: { key: string; newPrice: string | null }[], label: string): void;
  /** Sets a row's new price from what the user typed; returns false when it was not a price. */
  setNewPrice(key: string, text: string, hint?: DecimalHint): boolean;
  submit(): Promise<void>;
  cancelSubmit(): Promise<void>;
}

export function pendingChanges(state: Pick<GridState, 'rows' | 'edits'>): PriceChange[] {
  const changes: PriceChange[] = [];
  for (const row of state.rows) {
    const newPrice = state.edits[row.key];
    if (newPrice === undefined || sameAmount(newPrice, row.price)) continue;
    changes.push({ key: row.key, sku: row.sku, oldPrice: row.price, newPrice, currency: row.currency, vendorIds: row.vendorIds });
  }
  return changes;
}

export const useGrid = create<GridState>((set, get) => ({
  connectionId: null,
  rows: [],
  edits: {},
  problems: {},
  results: {},
  loading: null,
  submitting: null,

  async load(connectionId) {
    set({ connectionId, loading: { connectionId, done: 0, total: 0 }, rows: [], edits: {}, problems: {}, results: {} });
    try {
      const { rows } = await call(api().catalog.load({ connectionId }));
      if (get().connectionId === connectionId) set({ rows });
    } catch (error) {
      notifyError(error);
    } finally {
      if (get().connectionId === connectionId) set({ loading: null });
    }
  },

  applyEdits(edits) {
    const { edits: current, problems, results } = get();
    const nextEdits = { ...current };
    const nextProblems = { ...problems };
    // A new edit makes the last answer for the row stale.
    const nextResults = { ...results };
    for (const { key, newPrice } of edits) {
      if (newPrice === null) delete nextEdits[key];
      else nextEdits[key] = newPrice;
      delete nextProblems[key];
      delete nextResults[key];
    }
    set({ edits: nextEdits, problems: nextProblems, results: nextResults });
  },

  setNewPrice(key, text, hint = 'auto') {
    if (text.trim() === '') {
      get().applyEdits([{ key, newPrice: null }], 'Clear price');
      return true;
    }
    const parsed = parsePrice(text, hint);
    if (!parsed.ok) {
      set({ problems: { ...get().problems, [key]: parsed.error } });
      return false;
    }
    get().applyEdits([{ key, newPrice: parsed.value }], 'Edit price');
    return true;
  },

  async submit() {
    const { connectionId } = get();
    const changes = pendingChanges(get());
    if (!connectionId || changes.length === 0) return;
    set({ submitting: { connectionId, done: 0, total: changes.length } });
    try {
      const { results } = await call(api().changes.submit({ connectionId, changes }));
      applyResults(results);
      const counts = countStatuses(results);
      const { notify } = useNotifications.getState();
      notify(counts.error || counts.unknown ? 'warning' : 'success', summarise(counts));
    } catch (error) {
      notifyError(error);
    } finally {
      set({ submitting: null });
    }
  },

  async cancelSubmit() {
    const { connectionId } = get();
    if (connectionId) await call(api().changes.cancel({ connectionId })).catch(notifyError);
  },
}));

/** Records results; accepted prices become the current price and leave the pending set. */
export function applyResults(results: RowResult[]): void {
  const { rows, edits, results: previous } = useGrid.getState();
  const nextResults = { ...previous };
  const nextEdits = { ...edits };
  const accepted = new Set<string>();
  for (const result of results) {
    nextResults[result.key] = result;
    if (result.status === 'ok' || result.status === 'warning') accepted.add(result.key);
  }
  const nextRows = rows.map((row) => {
    if (!accepted.has(row.key) || nextEdits[row.key] === undefined) return row;
    const price = nextEdits[row.key]!;
    delete nextEdits[row.key];
    return { ...row, price };
  });
  useGrid.setState({ rows: nextRows, edits: nextEdits, results: nextResults });
}

export function countStatuses(results: RowResult[]): Record<RowResult['status'], number> {
  const counts = { ok: 0, warning: 0, error: 0, skipped: 0, unknown: 0 };
  for (const r of results) counts[r.status]++;
  return counts;
}

function summarise(c: Record<RowResult['status'], number>): string {
  const parts = [`${c.ok} updated`];
  if (c.warning) parts.push(`${c.warning} with warnings`);
  if (c.error) parts.push(`${c.error} failed`);
  if (c.skipped) parts.push(`${c.skipped} skipped`);
  if (c.unknown) parts.push(`${c.unknown} need checking`);
  return `Prices sent: ${parts.join(', ')}.`;
}
