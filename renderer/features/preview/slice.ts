/**
 * The preview's state: a snapshot of the change set (from the grid's pending changes, a
 * retry or a revert), the stale check's findings and the user's overwrite/skip choices,
 * then the submission's progress and per-row results. Sending happens in main; results
 * stream in through events and also reach the grid through applyResults.
 */
import { create } from 'zustand';
import type { StaleConflict } from '../../../shared/preview';
import { previewInputs } from '../../../shared/preview-inputs';
import { formatMoney } from '../../../shared/format/money-format';
import { unconfirmedSlip } from '../../../shared/grid/validate';
import { sourcesOf, TYPED, type EditSource } from '../../../shared/grid/history';
import { countOrigins, journalFields, wordsOf, type JournalRow } from '../../../shared/submission';
import { changeId, withField, type PriceChange, type Progress, type RowResult } from '../../../shared/types';
import { api, call } from '../../api';
import { currentLocale, showNumber } from '../../app/locale';
import { t } from '../../i18n';
import { wordFieldWarning } from '../../i18n/problems';
import { say } from '../../i18n/say';
import { applyResults, pendingChanges, useGrid } from '../grid/slice';
import { errorText, notifyError, useNotifications } from '../notifications/slice';

export type PreviewStage = 'checking' | 'review' | 'sending' | 'done';
export type StaleChoice = 'overwrite' | 'skip';
/** Why a row of the preview is not sent: unticked, skipped after the stale check, or a slip not confirmed. */
export type HoldBack = 'excluded' | 'stale' | 'unconfirmed_slip';

/** One line of the preview, a (row, field): the change plus the cost and field rules the flags need. */
export interface PreviewItem extends JournalRow {
  cost: string | null;
  /** The rules between the product's fields this line breaks (shared/preview-inputs). */
  fieldNotes?: string[];
  /** Where the grid's pending price came from (typed, paste, a bulk rule, an import), for history. */
  source?: EditSource;
}

export interface PreviewOrigin {
  kind: 'edits' | 'retry' | 'revert';
  /** The submission retried or reverted. */
  submissionId?: string;
  /** When the reverted submission started, for the revert's confirmation. */
  revertedAt?: string;
  /** Rows a revert leaves alone, with the reason. */
  flagged?: { key: string; sku: string; field?: string; name: string; reason: string }[];
}

interface PreviewState {
  open: boolean;
  connectionId: string | null;
  items: PreviewItem[];
  origin: PreviewOrigin;
  stage: PreviewStage;
  /** null until checked; supported false when the connector cannot read prices back. */
  check: { supported: boolean; conflicts: StaleConflict[]; failure?: string } | null;
  checkProgress: Progress | null;
  choices: Record<string, StaleChoice>;
  /** Lines the person unticked, by change id: not sent, left pending in the grid. */
  excluded: Record<string, true>;
  progress: Progress | null;
  results: Record<string, RowResult>;
  submissionId: string | null;
  /** The note typed at Send, kept in history with the submission. */
  note: string;
  setNote(note: string): void;
  /** Open with a change set and run the stale check straight away. */
  show(connectionId: string, items: PreviewItem[], origin: PreviewOrigin): Promise<void>;
  runCheck(): Promise<void>;
  /** Choices per stale line, by change id. */
  choose(ids: string[], choice: StaleChoice): void;
  /** Ticks (include) or unticks (exclude) lines for sending, by change id. */
  include(ids: string[], included: boolean): void;
  /**
   * Why a row will not be sent, or null: unticked, skipped after the stale check, or (for
   * the grid's edits) a decimal slip not confirmed yet.
   */
  holdBack(item: PreviewItem): HoldBack | null;
  /** The rows that will be sent: every row `holdBack` lets through. */
  toSend(): PreviewItem[];
  send(): Promise<void>;
  cancel(): Promise<void>;
  /** Resends only rows that failed or were not sent, as a new submission. */
  retryFailed(): Promise<void>;
  verifyUnknown(): Promise<void>;
  close(): void;
  onProgress(progress: Progress): void;
  onCheckProgress(progress: Progress): void;
  onResults(connectionId: string, results: RowResult[]): void;
}

/** The grid's pending changes as preview items, with names, costs and field rules from its rows. */
export function itemsFromGrid(): PreviewItem[] {
  const grid = useGrid.getState();
  const changes = pendingChanges(grid);
  const sources = sourcesOf(grid.history, changes.map(changeId));
  return previewItems(grid.connectionId ?? '', changes).map((item, i) => ({ ...item, source: sources[i]! }));
}

/**
 * A change set (the grid's, a retry's, a revert's) as preview items: names, the cost each
 * field is held against and the rules between fields come from the grid's rows where it
 * shows the same connection (else no cost and no rules: nothing to judge them by).
 */
export function previewItems(connectionId: string, changes: readonly (PriceChange & { name?: string })[]): PreviewItem[] {
  const grid = useGrid.getState();
  const same = grid.connectionId === connectionId;
  const rows = same ? new Map(grid.rows.map((r) => [r.key, r])) : new Map<string, never>();
  const locale = currentLocale();
  return previewInputs(changes, rows, same ? grid.fields : [], (amount) => formatMoney(amount, locale, null), wordFieldWarning);
}

// The stale check's conflicts by change id, once per check rather than once per line.
const conflictMaps = new WeakMap<{ conflicts: StaleConflict[] }, Map<string, StaleConflict>>();
function conflictsOf(check: { conflicts: StaleConflict[] }): Map<string, StaleConflict> {
  let map = conflictMaps.get(check);
  if (!map) conflictMaps.set(check, (map = new Map(check.conflicts.map((c) => [changeId(c), c]))));
  return map;
}

const strip = ({ cost: _cost, source: _source, fieldNotes: _notes, ...row }: PreviewItem): JournalRow => row;

export const usePreview = create<PreviewState>((set, get) => ({
  open: false,
  connectionId: null,
  items: [],
  origin: { kind: 'edits' },
  stage: 'review',
  check: null,
  checkProgress: null,
  choices: {},
  excluded: {},
  progress: null,
  results: {},
  submissionId: null,
  note: '',

  setNote(note) {
    set({ note });
  },

  async show(connectionId, items, origin) {
    set({ open: true, connectionId, items, origin, stage: 'checking', check: null, choices: {}, excluded: {}, progress: null, results: {}, submissionId: null, note: '' });
    await get().runCheck();
  },

  async runCheck() {
    const { connectionId, items } = get();
    if (!connectionId || !items.length) return set({ stage: 'review', check: { supported: true, conflicts: [] } });
    set({ stage: 'checking', checkProgress: null });
    try {
      const rows = items.map(({ key, sku, field, oldPrice, vendorIds }) => ({ key, sku, ...withField({ field }), oldPrice, vendorIds }));
      const check = await call(api().changes.check({ connectionId, rows }));
      // Nothing is decided for the user: conflicts start as "skip" until they say overwrite.
      const choices = Object.fromEntries(check.conflicts.map((c) => [changeId(c), 'skip' as const]));
      if (get().open && get().connectionId === connectionId) set({ check, choices, stage: 'review' });
    } catch (error) {
      if (!get().open) return;
      // Sending stays possible; the preview says the check did not happen and why.
      const failure = errorText(error);
      set({ check: { supported: true, conflicts: [], failure }, stage: 'review' });
    }
  },

  choose(ids, choice) {
    set({ choices: { ...get().choices, ...Object.fromEntries(ids.map((id) => [id, choice])) } });
  },

  include(ids, included) {
    const excluded = { ...get().excluded };
    for (const id of ids) {
      if (included) delete excluded[id];
      else excluded[id] = true;
    }
    set({ excluded });
  },

  holdBack(item) {
    const { check, choices, excluded, origin } = get();
    const id = changeId(item);
    if (excluded[id]) return 'excluded';
    const conflict = check ? conflictsOf(check).get(id) : undefined;
    if (conflict && (choices[id] !== 'overwrite' || conflict.remote === undefined)) return 'stale';
    // A retry or a revert sends prices that were sent (or held) before: the grid's
    // confirmations are about the grid's pending prices only.
    if (origin.kind === 'edits' && unconfirmedSlip(item, useGrid.getState().confirmedSlips)) return 'unconfirmed_slip';
    return null;
  },

  toSend() {
    const { items, check, holdBack } = get();
    return items.flatMap((item) => {
      if (holdBack(item)) return [];
      const conflict = check ? conflictsOf(check).get(changeId(item)) : undefined;
      // Overwriting: history records the price the vendor really had as the old one.
      return [conflict ? { ...item, oldPrice: conflict.remote! } : item];
    });
  },

  async send() {
    const { connectionId, origin, note } = get();
    const rows = get().toSend();
    if (!connectionId || !rows.length) return;
    const grid = useGrid.getState();
    const fields = grid.connectionId === connectionId ? grid.fields : [];
    set({ stage: 'sending', progress: { connectionId, done: 0, total: rows.length }, results: {} });
    try {
      const answer = await call(
        api().changes.submit({
          connectionId,
          changes: rows.map(strip),
          ...(origin.kind === 'retry' && origin.submissionId ? { retryOf: origin.submissionId } : {}),
          ...(origin.kind === 'revert' && origin.submissionId ? { revertOf: origin.submissionId } : {}),
          // Main records a retry's and a revert's origin itself.
          ...(origin.kind === 'edits' ? { origins: countOrigins(rows.map((r) => r.source ?? TYPED)) } : {}),
          ...(note.trim() ? { note: note.trim().slice(0, 500) } : {}),
          // History names each change's field by the connection's fields as the grid knows them.
          ...(fields.length ? { fields: journalFields(fields) } : {}),
        }),
      );
      get().onResults(connectionId, answer.results);
      if (useGrid.getState().connectionId === connectionId) applyResults(answer.results);
      set({ submissionId: answer.submissionId });
      const failed = answer.results.filter((r) => r.status === 'error' || r.status === 'unknown').length;
      const ok = answer.results.filter((r) => r.status === 'ok' || r.status === 'warning').length;
      const text = answer.failure
        ? t('preview:notify.stopped', { reason: say({ message: answer.failure, ...answer.failureWords }) })
        : t(failed ? 'preview:notify.sentFailed' : 'preview:notify.sent', { ok: showNumber(ok), failed: showNumber(failed) });
      useNotifications.getState().notify(answer.failure || failed ? 'warning' : 'success', text);
    } catch (error) {
      notifyError(error);
    } finally {
      set({ stage: 'done', progress: null });
    }
  },

  async cancel() {
    const { connectionId } = get();
    if (connectionId) await call(api().changes.cancel({ connectionId })).catch(notifyError);
  },

  async retryFailed() {
    const { items, results, connectionId, submissionId } = get();
    if (!connectionId || !submissionId) return;
    // Per (row, field): a product's failed wholesale is retried, its accepted price is not.
    const failed = items.filter((i) => results[changeId(i)]?.status === 'error' || results[changeId(i)]?.status === 'skipped');
    if (!failed.length) return;
    await get().show(connectionId, failed, { kind: 'retry', submissionId });
  },

  async verifyUnknown() {
    const { submissionId, connectionId } = get();
    if (!submissionId || !connectionId) return;
    try {
      const record = await call(api().history.verify({ id: submissionId }));
      const settled: RowResult[] = record.rows.flatMap((r) => (r.status === 'pending' ? [] : [{ key: r.key, sku: r.sku, ...withField(r), status: r.status, message: r.message, code: r.code, ...wordsOf(r) }]));
      set({ results: { ...get().results, ...Object.fromEntries(settled.map((r) => [changeId(r), r])) } });
      if (useGrid.getState().connectionId === connectionId) applyResults(settled.filter((r) => r.code === 'verified'));
    } catch (error) {
      notifyError(error);
    }
  },

  close() {
    if (get().stage === 'sending') return;
    if (get().stage === 'checking') void get().cancel();
    set({ open: false, items: [], check: null, results: {}, excluded: {} });
  },

  onCheckProgress(progress) {
    if (get().stage === 'checking' && progress.connectionId === get().connectionId) set({ checkProgress: progress });
  },

  onProgress(progress) {
    if (get().stage === 'sending' && progress.connectionId === get().connectionId) set({ progress });
  },

  onResults(connectionId, results) {
    if (connectionId !== get().connectionId || !get().open) return;
    set({ results: { ...get().results, ...Object.fromEntries(results.map((r) => [changeId(r), r])) } });
  },
}));
