/**
 * What a submission's journal says, folded into the state of every row. The journal is an
 * append-only list of entries (start, one intent before each request, the outcome after
 * it, verifications, end); folding it is pure so the app, the CLI and the tests read a
 * journal the same way, including one cut short by a crash.
 */
import { sameAmount } from './money';
import type { PriceChange, RowResult, RowStatus } from './types';

/** One row as the journal records it at the start. */
export interface JournalRow extends PriceChange {
  name: string;
}

export type SubmissionSource = 'app' | 'cli';

/** A row the hold-back rails kept back (shared/price-rails): never sent, kept so history, retry and revert know it. */
export interface HeldBackRow extends JournalRow {
  /** The rule: change_limit, below_cost or too_many_held_back. */
  code: string;
  /** The reason with the numbers, as the CLI printed it. */
  message: string;
}

/** The hold-back rails a CLI submission ran with, and the overrides in force. */
export interface SubmissionRails {
  /** The change limits applied, in percent ("500", "-80"). */
  maxUpPercent: string;
  maxDownPercent: string;
  /** The connection's change threshold that tightened them, if one did ("30"). */
  thresholdPercent: string | null;
  allowBelowCost: boolean;
  allowPartial: boolean;
  /** The overrides given on the command line, as typed ("--max-increase 10000", "--allow-below-cost"). */
  overrides: string[];
}

export interface SubmissionStart {
  t: 'start';
  id: string;
  at: string;
  connectionId: string;
  connectionLabel: string;
  vendor: string;
  /** The OS user who sent it. */
  user: string;
  source: SubmissionSource;
  rows: JournalRow[];
  /** The submission whose failed rows this one retries. */
  retryOf: string | null;
  /** The submission this one reverts. */
  revertOf: string | null;
  /** Rows held back by the rails (CLI; absent in older journals). */
  heldBack?: HeldBackRow[];
  /** The rails and overrides in force (CLI; absent in older journals and the app's). */
  rails?: SubmissionRails;
}

export type JournalEntry =
  | SubmissionStart
  /** Written and flushed to disk before the request leaves. */
  | { t: 'intent'; req: string; keys: string[]; at: string }
  /** The vendor's answer (or the connector's reason) for some rows. */
  | { t: 'outcome'; results: RowResult[]; at: string }
  /** Unknown rows settled later by reading the vendor's prices again. */
  | { t: 'verify'; results: RowResult[]; at: string }
  | { t: 'end'; at: string; failure: string | null };

/** A row's state in history: a result, or still waiting while its submission runs. */
export type HistoryStatus = RowStatus | 'pending';

export interface HistoryRow extends JournalRow {
  status: HistoryStatus;
  message: string | null;
  code: string | null;
  /** The request that carried the row, when one did. */
  requestId: string | null;
  /** True for a row the rails held back: never sent, and neither retried nor reverted. */
  heldBack?: boolean;
}

/** running: being sent (by this process or, see `busyElsewhere`, another); interrupted: the sender stopped before the end; finished. */
export type SubmissionState = 'running' | 'interrupted' | 'finished';

export interface SubmissionSummary {
  id: string;
  startedAt: string;
  endedAt: string | null;
  connectionId: string;
  connectionLabel: string;
  vendor: string;
  user: string;
  source: SubmissionSource;
  state: SubmissionState;
  total: number;
  counts: Record<HistoryStatus, number>;
  retryOf: string | null;
  revertOf: string | null;
  /** Why it stopped early, if it did. */
  failure: string | null;
  /** Journal lines that could not be read (a crash mid-write leaves at most one). */
  damagedLines: number;
  /** The rails and overrides in force, where the journal records them. */
  rails?: SubmissionRails;
  /**
   * Who holds the journal when another process (the CLI, another window) is sending or
   * verifying it, in plain words; null otherwise. Retry, revert and verify wait for it.
   */
  busyElsewhere: string | null;
}

export interface SubmissionRecord extends SubmissionSummary {
  rows: HistoryRow[];
}

export const SENT_WITHOUT_ANSWER = 'Sent, but PriceDesk stopped before the answer was recorded. Verify it against the vendor before sending it again.';
export const NOT_SENT_STOPPED = 'Not sent: PriceDesk stopped before sending it.';

/** Folds a journal into its record. `running` says whether a live process is still sending it. */
export function foldJournal(entries: JournalEntry[], running: boolean, damagedLines = 0): SubmissionRecord {
  const start = entries.find((e): e is SubmissionStart => e.t === 'start');
  if (!start) throw new Error('The journal has no start entry.');
  const results = new Map<string, RowResult>();
  const intents = new Map<string, string>();
  let end: Extract<JournalEntry, { t: 'end' }> | undefined;
  for (const entry of entries) {
    if (entry.t === 'intent') entry.keys.forEach((key) => intents.set(key, entry.req));
    else if (entry.t === 'outcome' || entry.t === 'verify') entry.results.forEach((r) => results.set(r.key, r));
    else if (entry.t === 'end') end = entry;
  }
  const state: SubmissionState = end ? 'finished' : running ? 'running' : 'interrupted';
  const rows: HistoryRow[] = start.rows.map((row) => {
    const requestId = intents.get(row.key) ?? null;
    const result = results.get(row.key);
    if (result) return { ...row, status: result.status, message: result.message, code: result.code, requestId };
    if (requestId !== null) {
      // Sent (or about to be) with no answer recorded: only the vendor can say what happened.
      if (state === 'running') return { ...row, status: 'pending', message: 'Sent, waiting for the answer.', code: null, requestId };
      return { ...row, status: 'unknown', message: SENT_WITHOUT_ANSWER, code: 'no_answer_recorded', requestId };
    }
    if (state === 'running') return { ...row, status: 'pending', message: 'Waiting to be sent.', code: null, requestId };
    return { ...row, status: 'skipped', message: end?.failure ? `Not sent: ${end.failure}` : NOT_SENT_STOPPED, code: 'not_sent', requestId };
  });
  for (const { code, message, ...row } of start.heldBack ?? []) rows.push({ ...row, status: 'skipped', message, code, requestId: null, heldBack: true });
  const counts: Record<HistoryStatus, number> = { ok: 0, warning: 0, error: 0, skipped: 0, unknown: 0, pending: 0 };
  rows.forEach((r) => counts[r.status]++);
  return {
    id: start.id,
    startedAt: start.at,
    endedAt: end?.at ?? null,
    connectionId: start.connectionId,
    connectionLabel: start.connectionLabel,
    vendor: start.vendor,
    user: start.user,
    source: start.source,
    state,
    total: rows.length,
    counts,
    retryOf: start.retryOf,
    revertOf: start.revertOf,
    failure: end?.failure ?? null,
    damagedLines,
    ...(start.rails ? { rails: start.rails } : {}),
    busyElsewhere: null,
    rows,
  };
}

/** The record without its rows, for lists. */
export function summaryOf(record: SubmissionRecord): SubmissionSummary {
  const { rows: _rows, ...summary } = record;
  return summary;
}

/** The result of one row when the vendor tells what it has now. */
export function settleByReading(row: Pick<JournalRow, 'key' | 'sku' | 'oldPrice' | 'newPrice'>, remote: ReadonlyMap<string, string | null>): RowResult {
  const base = { key: row.key, sku: row.sku };
  if (!remote.has(row.key)) return { ...base, status: 'error', code: 'not_found', message: 'Verified: the vendor no longer has this product.' };
  const now = remote.get(row.key)!;
  if (sameAmount(now, row.newPrice)) {
    return { ...base, status: 'ok', code: 'verified', message: row.newPrice === null ? 'Verified: the price is removed at the vendor.' : 'Verified: the vendor has the new price.' };
  }
  if (sameAmount(now, row.oldPrice)) {
    return { ...base, status: 'skipped', code: 'not_applied', message: 'Verified: the vendor still has the old price, so nothing changed. Retry to send it.' };
  }
  return { ...base, status: 'error', code: 'changed_elsewhere', message: `Verified: the vendor now has ${now ?? 'no price'}, neither the old nor the new price.` };
}

/**
 * Rows "Retry failed" may send: failed or not sent. Unknown rows wait for verification;
 * rows the rails held back looked wrong, so they need a corrected file or an override, not a retry.
 */
export function retryableRows(record: SubmissionRecord): HistoryRow[] {
  return record.rows.filter((r) => (r.status === 'error' || r.status === 'skipped') && !r.heldBack);
}

/** One row of a revert: the price to restore, or why it is left alone. */
export interface RevertPlan {
  changes: JournalRow[];
  flagged: { key: string; sku: string; name: string; reason: string }[];
}

/**
 * Builds the change set that puts back a submission's old prices: only rows that were
 * accepted and whose price at the vendor is still the one we set. The rest are flagged
 * with the reason, never silently dropped. A row that had no price before is put back by
 * removing its price, unless `cannotRemove` names a vendor that cannot.
 */
export function planRevert(record: SubmissionRecord, remote: ReadonlyMap<string, string | null> | null, cannotRemove: string | null = null): RevertPlan {
  const plan: RevertPlan = { changes: [], flagged: [] };
  for (const row of record.rows) {
    const flag = (reason: string) => plan.flagged.push({ key: row.key, sku: row.sku, name: row.name, reason });
    if (row.heldBack) flag(`Held back (${row.code}), never sent.`);
    else if (row.status !== 'ok' && row.status !== 'warning') flag(`Not changed by this submission (${row.status}).`);
    else if (row.oldPrice === null && cannotRemove !== null) flag(`It had no price before, and ${cannotRemove} cannot remove a price.`);
    else if (remote && !remote.has(row.key)) flag('The vendor no longer has this product.');
    else if (remote && !sameAmount(remote.get(row.key)!, row.newPrice)) flag(`Its price has changed since (now ${remote.get(row.key) ?? 'none'}).`);
    else plan.changes.push({ key: row.key, sku: row.sku, name: row.name, currency: row.currency, vendorIds: row.vendorIds, oldPrice: row.newPrice, newPrice: row.oldPrice });
  }
  return plan;
}
