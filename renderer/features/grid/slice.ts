/**
 * The grid's data: the catalog as loaded, the pending new prices, the last results and the
 * undo history. The store owns the rows; AG Grid only renders them, and every edit comes
 * back here through `applyEdits`, so typing, paste, fill, bulk edits, import, undo and
 * revert share one path and one history.
 *
 * Edits are one plain record copied per command: measured in Node, copying 100,000 entries
 * takes 1 to 15 ms, well within a keystroke's budget, and keeps every reader (pendingChanges,
 * import, preview) simple. The history stores parallel arrays, not objects per row.
 */
import { create } from 'zustand';
import { applyToEdits, applyValues, changeMarks, emptyHistory, record, redo as redoStep, revertValues, undo as undoStep, type EditSource, type History } from '../../../shared/grid/history';
import { editedPrice, editFromPrice, isRemoval, type PriceEdit } from '../../../shared/grid/edit';
import { isRemovalWords } from './removal';
import { readPriceWith } from '../../../shared/grid/read-price';
import type { DecimalHint } from '../../../shared/parse-price';
import { DEFAULT_THRESHOLD_PERCENT, type SlipConfirmations, type ValidationOptions } from '../../../shared/grid/validate';
import { restoredNewProductRows } from '../../../shared/import/new-products';
import { sameAmount } from '../../../shared/money';
import { cellId, currentPrice, otherFields, splitCellId } from '../../../shared/grid/cells';
import type { PriceField } from '../../../shared/price-fields';
import { t } from '../../i18n';
import { say } from '../../i18n/say';
import { readOnlyInWords } from './read-only';
import { changeId, withField, type CatalogRow, type PriceChange, type Progress, type RowResult, type VendorCapabilities } from '../../../shared/types';
import type { DraftEdit } from '../../../shared/contract';
import { api, call, CallError } from '../../api';
import { showNumber, userDecimalSeparator } from '../../app/locale';
import { useConnections, type ConnectionsState } from '../connections/slice';
import { errorText, notifyError, useNotifications } from '../notifications/slice';

export interface GridState {
  connectionId: string | null;
  rows: CatalogRow[];
  /** The connection's price fields (catalog:load); empty when they could not be learned: the primary field only. */
  fields: PriceField[];
  /** The other fields shown as columns, by id, in the connection's order; kept with the layout. */
  shownFields: string[];
  /**
   * Pending edits by cell id (shared/grid/cells.ts: the row key for the primary field):
   * canonical decimal strings, or REMOVE_PRICE.
   */
  edits: Record<string, PriceEdit>;
  /** Cell problems by cell id (a value that could not be read). */
  problems: Record<string, string>;
  /** The platform's last answer by cell id. */
  results: Record<string, RowResult>;
  loading: Progress | null;
  /** Why the last catalog load ended without rows (failed or cancelled), for the grid's empty state; null otherwise. */
  loadProblem: string | null;
  history: History;
  /**
   * Decimal slips the person confirmed, by row key: the price confirmed. A slip
   * (shared/price-rails) cannot be sent until its row's very price is confirmed here, from
   * the problems panel or the preview, whichever path (typing, paste, bulk, import) made it.
   */
  confirmedSlips: SlipConfirmations;
  /** Limits the problems are judged by: the vendor's decimals and the change threshold. */
  validation: ValidationOptions;
  /** The connection whose draft has been restored; drafts are saved only once it is. */
  draftReadyFor: string | null;
  load(connectionId: string): Promise<void>;
  /** Stops the catalog load in progress (main aborts it between pages); the grid stays empty. */
  cancelLoad(): Promise<void>;
  /**
   * The one command path for price edits: sets (or, with null, clears) the new price of
   * several rows. Typing, paste, fill, bulk adjust and import all come through here, so
   * one call is one undo step. `addRows` (an import's new products) are added to the grid
   * in the same step, so undo removes them with their prices; `problems` marks cells whose
   * value could not be read, in the same step too; `source` says where the prices came from
   * (typed in the grid when absent), for the submission's history. Values equal to what a row already has
   * are left out, and a call that changes nothing records no step (returns false).
   */
  applyEdits(edits: { key: string; newPrice: PriceEdit | null }[], label: string, options?: { addRows?: CatalogRow[]; problems?: Record<string, string>; source?: EditSource }): boolean;
  /**
   * Sets a row's new price from what the user typed; returns false when it was not a price.
   * The decimal separator defaults to the user's locale's.
   */
  setNewPrice(key: string, text: string, hint?: DecimalHint): boolean;
  /** Confirms the rows' pending prices although they look like decimal slips. */
  confirmSlips(keys: string[]): void;
  undo(): void;
  redo(): void;
  setThreshold(percent: number): void;
  /** Shows these other fields as columns (ids; kept in the connection's order). */
  setShownFields(ids: string[]): void;
}

/**
 * The pending changes: one per (row, field) whose new price differs from the current one,
 * in catalog order, each row's primary field first, then its other fields in the
 * connection's order. A field's change carries the field's currency.
 */
export function pendingChanges(state: Pick<GridState, 'rows' | 'edits' | 'fields'>): PriceChange[] {
  const changes: PriceChange[] = [];
  const others = writableOthers(state.fields);
  // Most catalogs have few edits in other fields: look for them only when there are some.
  const anyOther = others.length > 0 && Object.keys(state.edits).some((id) => splitCellId(id).field !== undefined);
  for (const row of state.rows) {
    pushChange(changes, row, undefined, row.currency, state.edits);
    if (anyOther) for (const f of others) pushChange(changes, row, f.id, f.currency, state.edits);
  }
  return changes;
}

function pushChange(changes: PriceChange[], row: CatalogRow, field: string | undefined, currency: string, edits: GridState['edits']): void {
  const edit = edits[cellId(row.key, field)];
  if (edit === undefined) return;
  const newPrice = editedPrice(edit);
  const oldPrice = currentPrice(row, field);
  if (sameAmount(newPrice, oldPrice)) return;
  changes.push({ key: row.key, sku: row.sku, ...withField({ field }), oldPrice, newPrice, currency, vendorIds: row.vendorIds });
}

const defaultValidation: ValidationOptions = { thresholdPercent: DEFAULT_THRESHOLD_PERCENT, maxDecimals: 2 };

export const useGrid = create<GridState>((set, get) => {
  /** Writes values for keys, clearing their problems and stale results; returns what they replaced. */
  function write(keys: string[], values: (PriceEdit | null)[]): (PriceEdit | null)[] {
    const state = get();
    const { edits, before } = applyToEdits(state.edits, keys, values);
    let problems = state.problems;
    let results = state.results;
    // A new edit makes the row's typed problem and its last answer stale.
    for (const key of keys) {
      if (key in problems) {
        if (problems === state.problems) problems = { ...problems };
        delete problems[key];
      }
      if (key in results) {
        if (results === state.results) results = { ...results };
        delete results[key];
      }
    }
    set({ edits, problems, results });
    return before;
  }

  /** Appends rows whose key the grid does not have yet; returns the ones added. */
  function addRows(rows: CatalogRow[]): CatalogRow[] {
    if (rows.length === 0) return rows;
    const known = new Set(get().rows.map((r) => r.key));
    const fresh = rows.filter((r) => !known.has(r.key));
    if (fresh.length) set({ rows: [...get().rows, ...fresh] });
    return fresh;
  }

  /** Takes added rows out again, unless the vendor has created them since (they have a price now). */
  function removeAddedRows(rows: CatalogRow[]): void {
    const keys = new Set(rows.map((r) => r.key));
    const remaining = get().rows.filter((r) => !keys.has(r.key) || r.price !== null);
    if (remaining.length !== get().rows.length) set({ rows: remaining });
  }

  return {
    connectionId: null,
    rows: [],
    fields: [],
    shownFields: [],
    edits: {},
    problems: {},
    results: {},
    confirmedSlips: {},
    loading: null,
    loadProblem: null,
    history: emptyHistory(),
    validation: defaultValidation,
    draftReadyFor: null,

    async load(connectionId) {
      // A reload keeps the columns while it loads, and keeps them as they are when the fields
      // come back the same: AG Grid rebuilding its columns is a third of the time to first rows.
      const reload = get().connectionId === connectionId;
      set({ connectionId, loading: { connectionId, done: 0, total: 0 }, loadProblem: null, rows: [], ...(reload ? {} : { fields: [], shownFields: [] }), edits: {}, problems: {}, results: {}, confirmedSlips: {}, history: emptyHistory(), draftReadyFor: null });
      try {
        const [{ rows: catalog, fields }, draft, layout] = await Promise.all([
          call(api().catalog.load({ connectionId })),
          call(api().drafts.load({ connectionId })),
          call(api().layouts.get({ connectionId })).catch(() => null),
        ]);
        const maxDecimals = vendorMaxDecimals(connectionId);
        if (get().connectionId !== connectionId) return;
        performance.mark('pricedesk:rows-received');
        // New products an import added (not created yet) come back with their draft prices.
        const added = restoredNewProductRows(draft.edits, catalog);
        const rows = added.length ? [...catalog, ...added] : catalog;
        const restored = restoredEdits(draft.edits, rows, fields);
        const count = Object.keys(restored).length;
        set({
          rows,
          fields: unlessSame(get().fields, fields),
          shownFields: unlessSame(get().shownFields, shownFieldsFor(fields, layout?.fields)),
          edits: restored,
          validation: { maxDecimals, thresholdPercent: layout?.thresholdPercent ?? DEFAULT_THRESHOLD_PERCENT },
          draftReadyFor: connectionId,
        });
        const { notify } = useNotifications.getState();
        if (draft.damaged) notify('warning', say(draft.damaged));
        if (count > 0) notify('info', t('grid:draft.restored', { count, n: showNumber(count) }));
        const gone = draft.edits.length - count;
        if (gone > 0) notify('warning', t('grid:draft.leftOut', { count: gone, n: showNumber(gone) }));
      } catch (error) {
        // Cancel is the user's own choice: a note, not an error.
        if (error instanceof CallError && error.code === 'cancelled') useNotifications.getState().notify('info', errorText(error));
        else notifyError(error);
        if (get().connectionId === connectionId) set({ loadProblem: error instanceof Error ? errorText(error) : t('grid:draft.notLoaded') });
      } finally {
        if (get().connectionId === connectionId) set({ loading: null });
      }
    },

    async cancelLoad() {
      const connectionId = get().loading?.connectionId;
      if (connectionId) await call(api().catalog.cancel({ connectionId })).catch(notifyError);
    },

    applyEdits(wanted, label, options) {
      const edits = withoutReadOnly(wanted, get().fields);
      const current = get().edits;
      const changing = edits.filter((e) => (current[e.key] ?? null) !== e.newPrice);
      const keys = changing.map((e) => e.key);
      // Writing a value clears the row's mark even when the value is the one it has.
      const marks = changeMarks(get().problems, edits.map((e) => e.key), options?.problems ?? {});
      const added = addRows(options?.addRows ?? []);
      if (keys.length === 0 && marks.change.keys.length === 0 && added.length === 0) return false;
      const after = changing.map((e) => e.newPrice);
      const before = write(keys, after);
      set({
        problems: marks.next,
        history: record(get().history, { label, ...(options?.source ? { source: options.source } : {}), keys, before, after, ...(added.length ? { rows: added } : {}), ...(marks.change.keys.length ? { marks: marks.change } : {}) }),
      });
      return true;
    },

    setNewPrice(key, text, hint = userDecimalSeparator()) {
      if (text.trim() === '') {
        get().applyEdits([{ key, newPrice: null }], t('grid:undo.clearPrice'));
        return true;
      }
      // The editor of a removal starts from its words: confirming them keeps the removal.
      if (isRemoval(get().edits[key]) && isRemovalWords(text)) return true;
      const parsed = readPriceWith(text, hint);
      if (!parsed.ok) {
        // Marking the cell is a change the person sees: its own undo step.
        get().applyEdits([], t('grid:undo.markNotPrice'), { problems: { [key]: parsed.error } });
        return false;
      }
      const current = get().edits[key];
      // Confirming the value already there (F2, Enter) is not a change and not an undo step.
      if (typeof current === 'string' && sameAmount(current, parsed.value) && !(key in get().problems)) return true;
      get().applyEdits([{ key, newPrice: parsed.value }], t('grid:undo.editPrice'));
      return true;
    },

    confirmSlips(keys) {
      const { edits, confirmedSlips } = get();
      const next = { ...confirmedSlips };
      for (const key of keys) {
        const edit = edits[key];
        if (typeof edit === 'string') next[key] = edit;
      }
      set({ confirmedSlips: next });
    },

    undo() {
      const step = undoStep(get().history);
      if (!step) return;
      const back = revertValues(step.step);
      write(back.keys, back.values);
      if (step.step.rows) removeAddedRows(step.step.rows);
      const marks = step.step.marks;
      set({ history: step.history, ...(marks ? { problems: applyValues(get().problems, marks.keys, marks.before).edits } : {}) });
    },

    redo() {
      const step = redoStep(get().history);
      if (!step) return;
      if (step.step.rows) addRows(step.step.rows);
      write(step.step.keys, step.step.after);
      const marks = step.step.marks;
      set({ history: step.history, ...(marks ? { problems: applyValues(get().problems, marks.keys, marks.after).edits } : {}) });
    },

    setThreshold(percent) {
      set({ validation: { ...get().validation, thresholdPercent: percent } });
    },

    setShownFields(ids) {
      set({ shownFields: shownFieldsFor(get().fields, ids) });
    },
  };
});

/**
 * What the connection's vendor can do (null when it cannot be told), from the connections
 * slice, which has loaded connections and vendors before any catalog loads.
 */
export function vendorCapabilities(state: Pick<ConnectionsState, 'connections' | 'vendors'>, connectionId: string | null): VendorCapabilities | null {
  const vendor = state.connections.find((c) => c.id === connectionId)?.vendor;
  return state.vendors.find((v) => v.id === vendor)?.capabilities ?? null;
}

/** The most decimals the connection's vendor accepts (2 when it cannot be told). */
const vendorMaxDecimals = (connectionId: string): number => vendorCapabilities(useConnections.getState(), connectionId)?.maxDecimals ?? 2;

/**
 * A draft's edits as the store keeps them, by cell id. Left out: rows no longer in the
 * catalog and fields the connection no longer has or can no longer write. When the fields
 * could not be learned (a test that failed beside the load: `fields` empty), other fields'
 * edits are kept as they are, neither shown nor sent, so the next autosave does not drop
 * them from the draft.
 */
export function restoredEdits(edits: readonly DraftEdit[], rows: readonly CatalogRow[], fields: readonly PriceField[]): Record<string, PriceEdit> {
  const known = new Set(rows.map((r) => r.key));
  const fieldIds = new Set(writableOthers(fields).map((f) => f.id));
  const restored: Record<string, PriceEdit> = {};
  for (const { key, field, newPrice } of edits) if (known.has(key) && (field === undefined || fields.length === 0 || fieldIds.has(field))) restored[cellId(key, field)] = editFromPrice(newPrice);
  return restored;
}

/** `next`, or `now` when it says the same: an unchanged array keeps the grid's columns as they are. */
const unlessSame = <T>(now: T[], next: T[]): T[] => (JSON.stringify(now) === JSON.stringify(next) ? now : next);

/**
 * The other fields shown: the saved choice where there is one (fields the connection no
 * longer has dropped), else every other field but the cost, which the Cost column shows.
 */
function shownFieldsFor(fields: readonly PriceField[], chosen: readonly string[] | undefined): string[] {
  const others = otherFields(fields);
  if (!chosen) return others.filter((f) => f.kind !== 'cost').map((f) => f.id);
  const wanted = new Set(chosen);
  return others.filter((f) => wanted.has(f.id)).map((f) => f.id);
}

/** The other fields PriceDesk can write (`PriceField.readOnly` absent), in the connection's order. */
const writableOthers = (fields: readonly PriceField[]): PriceField[] => otherFields(fields).filter((f) => !f.readOnly);

/**
 * The edits without those of read-only fields, saying so once: the grid offers no cell to
 * type them in, but a bulk rule, an import or a draft might still name one, and a price
 * that can never be sent must not wait in the grid as if it could.
 */
function withoutReadOnly<T extends { key: string }>(edits: T[], fields: readonly PriceField[]): T[] {
  const locked = new Map(fields.filter((f) => f.readOnly).map((f) => [f.id, f]));
  if (locked.size === 0) return edits;
  const kept = edits.filter((e) => !locked.has(splitCellId(e.key).field ?? ''));
  const left = edits.length - kept.length;
  if (left) {
    const named = new Set(edits.flatMap((e) => locked.get(splitCellId(e.key).field ?? '') ?? []));
    const first = [...named][0]!;
    useNotifications.getState().notify('warning', t('grid:leftOut', { count: left, n: showNumber(left), why: readOnlyInWords(first) }));
  }
  return kept;
}

/** Records results; accepted prices become the current price and leave the pending set. */
export function applyResults(results: RowResult[]): void {
  const { rows, edits, results: previous, fields } = useGrid.getState();
  const primaryId = fields.find((f) => f.primary)?.id;
  const nextResults = { ...previous };
  const nextEdits = { ...edits };
  // Accepted results by row key, each (row, field) once.
  const accepted = new Map<string, RowResult[]>();
  for (const result of results) {
    const id = changeId(result);
    nextResults[id] = result;
    if ((result.status === 'ok' || result.status === 'warning') && nextEdits[id] !== undefined) accepted.set(result.key, [...(accepted.get(result.key) ?? []), result]);
  }
  const nextRows = rows.map((row) => {
    const settled = accepted.get(row.key);
    if (!settled) return row;
    let next = row;
    for (const result of settled) {
      const id = changeId(result);
      const price = editedPrice(nextEdits[id]!);
      delete nextEdits[id];
      // `prices` keeps holding every field's current price, the primary's included.
      const fieldId = result.field ?? (next.prices ? primaryId : undefined);
      next = { ...next, ...(result.field === undefined ? { price } : {}), ...(fieldId === undefined ? {} : { prices: { ...next.prices, [fieldId]: price } }) };
      // A row the vendor just created is written with its new ids from now on.
      if (result.vendorIds) next.vendorIds = result.vendorIds;
    }
    return next;
  });
  // The undo history is cut at a send: undoing a step from before it would bring back an
  // older price of a sent row as a new draft, as if the send had not happened.
  useGrid.setState({ rows: nextRows, edits: nextEdits, results: nextResults, ...(accepted.size ? { history: emptyHistory() } : {}) });
}

