/**
 * Saves the pending edits as the connection's draft while the person works: shortly after
 * they pause, and at least once a second while they keep going, so killing the app loses
 * at most the last second. One save is in flight at a time; the newest edits win.
 */
import { editedPrice, type PriceEdit } from '../../../shared/grid/edit';
import { draftProductOf, isNewProductRow, NEW_PRODUCT_KEY_PREFIX } from '../../../shared/import/new-products';
import { splitCellId } from '../../../shared/grid/cells';
import { withField, type CatalogRow } from '../../../shared/types';
import { api, call } from '../../api';
import { t } from '../../i18n';
import { notifyError } from '../notifications/slice';
import { useGrid } from './slice';

const QUIET_MS = 250;
const MAX_WAIT_MS = 1000;

/** Starts saving drafts; returns a function that stops (after flushing). */
export function startDraftAutosave(): () => void {
  let pending: { connectionId: string; edits: Record<string, PriceEdit>; rows: CatalogRow[] } | null = null;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;
  let failedOnce = false;

  const flush = () => {
    clearTimeout(quiet);
    clearTimeout(deadline);
    quiet = deadline = undefined;
    if (!pending || inFlight) return;
    const { connectionId, edits, rows } = pending;
    pending = null;
    const entries = Object.entries(edits);
    // New products keep their name, cost and currency in the draft: nothing else knows them.
    // The rows are searched only when an edit belongs to one, not on every save.
    const hasNew = entries.some(([key]) => key.startsWith(NEW_PRODUCT_KEY_PREFIX));
    const added = new Map(hasNew ? rows.filter((r) => isNewProductRow(r)).map((r) => [r.key, draftProductOf(r)]) : []);
    // Edits are kept by cell id; the draft names the row and, for another field, the field.
    const list = entries.map(([id, edit]) => {
      const { key, field } = splitCellId(id);
      const product = field === undefined ? added.get(key) : undefined;
      return { key, ...withField({ field }), newPrice: editedPrice(edit), ...(product ? { product } : {}) };
    });
    inFlight = call(api().drafts.save({ connectionId, edits: list }))
      .then(() => {
        failedOnce = false;
      })
      .catch((error: unknown) => {
        // Tell once, keep trying with the next edit: the edits are still on screen.
        if (!failedOnce) notifyError(new Error(t('grid:draft.notSaved', { error: error instanceof Error ? error.message : String(error) })));
        failedOnce = true;
      })
      .finally(() => {
        inFlight = null;
        if (pending) flush();
      });
  };

  const unsubscribe = useGrid.subscribe((s, prev) => {
    if (s.edits === prev.edits || !s.connectionId || s.draftReadyFor !== s.connectionId) return;
    // A different connection's pending save goes out first, untouched.
    if (pending && pending.connectionId !== s.connectionId) flush();
    pending = { connectionId: s.connectionId, edits: s.edits, rows: s.rows };
    clearTimeout(quiet);
    quiet = setTimeout(flush, QUIET_MS);
    deadline ??= setTimeout(flush, MAX_WAIT_MS);
  });
  const onUnload = () => flush();
  window.addEventListener('beforeunload', onUnload);
  return () => {
    unsubscribe();
    window.removeEventListener('beforeunload', onUnload);
    flush();
  };
}

/** Discards the connection's draft: every pending edit goes (one undo step) and the file too. */
export async function discardDraft(): Promise<void> {
  const state = useGrid.getState();
  if (!state.connectionId) return;
  const keys = Object.keys(state.edits).concat(Object.keys(state.problems).filter((k) => !(k in state.edits)));
  state.applyEdits(keys.map((key) => ({ key, newPrice: null })), t('grid:undo.discard'));
  await call(api().drafts.discard({ connectionId: state.connectionId })).catch(notifyError);
}
