/**
 * What a submission's journal says, folded into the state of every row. The journal is an
 * append-only list of entries (start, one intent before each request, the outcome after
 * it, verifications, end); folding it is pure so the app, the CLI and the tests read a
 * journal the same way, including one cut short by a crash.
 */
import { sameAmount } from './money';
import type { Reported } from './said';
import type { PriceField } from './price-fields';
import { changeId, withField, type PriceChange, type RowResult, type RowStatus } from './types';

/**
 * One row as the journal records it at the start: a change to one (row, price field),
 * `field` absent for the primary one (so journals written before fields existed read as
 * they always did). Everything below is keyed by `changeId(row)`, never by the row key alone.
 */
export interface JournalRow extends PriceChange {
  name: string;
}

export type SubmissionSource = 'app' | 'cli';

/**
 * Where a submission's prices came from: typed in the grid, pasted, filled, a bulk rule, an
 * import, a restored draft (its edits' steps are gone), a revert, a retry, or a CLI changes file.
 */
export type OriginKind = 'typed' | 'paste' | 'fill' | 'bulk' | 'import' | 'draft' | 'revert' | 'retry' | 'cli';
export const ORIGIN_KINDS = ['typed', 'paste', 'fill', 'bulk', 'import', 'draft', 'revert', 'retry', 'cli'] as const satisfies readonly OriginKind[];

/** One source of a submission's rows and how many rows it gave. */
export interface ChangeOrigin {
  kind: OriginKind;
  /** The import's file name, the bulk rule in words, the submission retried or reverted, the CLI's file name. */
  detail: string | null;
  rows: number;
}

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
  /** Where the prices came from (absent in older journals: see `originsOf`). */
  origins?: ChangeOrigin[];
  /** The note typed at Send (absent when none was typed). */
  note?: string;
  /** The connection's price fields where the sender knew them, so history names each row's field (absent in older journals). */
  fields?: JournalField[];
}

/** What a journal keeps of a price field: enough to name it in history (and to know the primary one, and the ones not to send). */
export type JournalField = Pick<PriceField, 'id' | 'label' | 'primary' | 'readOnly'>;

/** The fields as a submission carries them (a read-only field keeps its reason, so the engine refuses it). */
export const journalFields = (fields: readonly PriceField[]): JournalField[] => fields.map(({ id, label, primary, readOnly }) => ({ id, label, primary, ...(readOnly ? { readOnly } : {}) }));

export type JournalEntry =
  | SubmissionStart
  /** Written and flushed to disk before the request leaves; `keys` are the change ids (`changeId`) it carries. */
  | { t: 'intent'; req: string; keys: string[]; at: string }
  /** The vendor's answer (or the connector's reason) for some rows. */
  | { t: 'outcome'; results: RowResult[]; at: string }
  /** Unknown rows settled later by reading the vendor's prices again. */
  | { t: 'verify'; results: RowResult[]; at: string }
  /** `words`: our words for `failure` (its `said`, the vendor's words), where the error that ended it had them. */
  | { t: 'end'; at: string; failure: string | null; words?: FailureWords };

/** Our words for why a submission stopped early, for the window to say in the person's language. */
export type FailureWords = Pick<Reported, 'said' | 'vendorMessage'>;

/** A row's state in history: a result, or still waiting while its submission runs. */
export type HistoryStatus = RowStatus | 'pending';

export interface HistoryRow extends JournalRow, Reported {
  status: HistoryStatus;
  /** English; `said` and `vendorMessage` as on the row's result (shared/said.ts). */
  message: string | null;
  code: string | null;
  /** The request that carried the row, when one did. */
  requestId: string | null;
  /** True for a row the rails held back: never sent, and neither retried nor reverted. */
  heldBack?: boolean;
  /** The revert submission that put this row's old price back (or is sending it, or left it unknown). */
  revertedBy?: string;
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
  /** Our words for `failure`, where the journal has them. */
  failureWords?: FailureWords;
  /** Journal lines that could not be read (a crash mid-write leaves at most one). */
  damagedLines: number;
  /** The rails and overrides in force, where the journal records them. */
  rails?: SubmissionRails;
  /** Where the prices came from; empty where an older journal does not say. */
  origins: ChangeOrigin[];
  /** The note typed at Send, or null. */
  note: string | null;
  /** The connection's price fields as the journal recorded them; empty where it did not. */
  fields: JournalField[];
  /** Revert submissions that covered some of its rows, oldest first; empty when never reverted. */
  revertedBy: string[];
  /** How many of its rows a revert covered. */
  revertedRows: number;
  /**
   * Who holds the journal when another process (the CLI, another window) is sending or
   * verifying it, in plain words; null otherwise. Retry, revert and verify wait for it.
   */
  busyElsewhere: string | null;
  /** The same holder as data, so a refusal can name it in the person's language. */
  busyHolder?: JournalHolder;
}

/** Who holds a journal's lease (electron/core/submission/lease.ts): a process sending or verifying it. */
export interface JournalHolder {
  pid: number;
  host: string;
  source: SubmissionSource;
  /** Sending the submission, or appending verifications to it. */
  purpose: 'sending' | 'verifying';
  at: string;
}

export interface SubmissionRecord extends SubmissionSummary {
  rows: HistoryRow[];
}

export const SENT_WITHOUT_ANSWER = 'Sent, but PriceDesk stopped before the answer was recorded. Verify it against the vendor before sending it again.';
export const NOT_SENT_STOPPED = 'Not sent: PriceDesk stopped before sending it.';

/** A result's (or history row's) words apart from its English message (absent ones stay absent). */
export const wordsOf = ({ said, vendorMessage }: Reported): Pick<Reported, 'said' | 'vendorMessage'> => ({ ...(said ? { said } : {}), ...(vendorMessage == null ? {} : { vendorMessage }) });

/** Folds a journal into its record. `running` says whether a live process is still sending it. */
export function foldJournal(entries: JournalEntry[], running: boolean, damagedLines = 0): SubmissionRecord {
  const start = entries.find((e): e is SubmissionStart => e.t === 'start');
  if (!start) throw new Error('The journal has no start entry.');
  const results = new Map<string, RowResult>();
  const intents = new Map<string, string>();
  let end: Extract<JournalEntry, { t: 'end' }> | undefined;
  for (const entry of entries) {
    if (entry.t === 'intent') entry.keys.forEach((id) => intents.set(id, entry.req));
    else if (entry.t === 'outcome' || entry.t === 'verify') entry.results.forEach((r) => results.set(changeId(r), r));
    else if (entry.t === 'end') end = entry;
  }
  const state: SubmissionState = end ? 'finished' : running ? 'running' : 'interrupted';
  const rows: HistoryRow[] = start.rows.map((row) => {
    const requestId = intents.get(changeId(row)) ?? null;
    const result = results.get(changeId(row));
    if (result) return { ...row, status: result.status, message: result.message, code: result.code, requestId, ...wordsOf(result) };
    if (requestId !== null) {
      // Sent (or about to be) with no answer recorded: only the vendor can say what happened.
      if (state === 'running') return { ...row, status: 'pending', message: 'Sent, waiting for the answer.', code: null, requestId, said: { id: 'row.waitingForAnswer' } };
      return { ...row, status: 'unknown', message: SENT_WITHOUT_ANSWER, code: 'no_answer_recorded', requestId, said: { id: 'row.sentWithoutAnswer' } };
    }
    if (state === 'running') return { ...row, status: 'pending', message: 'Waiting to be sent.', code: null, requestId, said: { id: 'row.waitingToSend' } };
    // A failure that ended the submission is the English the journal kept: no words of ours for it.
    // Our words for why it stopped stand for the row in the window (its status says it was not sent).
    if (end?.failure) return { ...row, status: 'skipped', message: `Not sent: ${end.failure}`, code: 'not_sent', requestId, ...end.words };
    return { ...row, status: 'skipped', message: NOT_SENT_STOPPED, code: 'not_sent', requestId, said: { id: 'row.notSentInterrupted' } };
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
    ...(end?.failure && end.words ? { failureWords: end.words } : {}),
    damagedLines,
    ...(start.rails ? { rails: start.rails } : {}),
    origins: originsOf(start),
    note: start.note ?? null,
    fields: start.fields ?? [],
    revertedBy: [],
    revertedRows: 0,
    busyElsewhere: null,
    rows,
  };
}

/** The journal's origins; an older journal's are told by what it was (a revert, a retry, the CLI), else unknown. */
function originsOf(start: SubmissionStart): ChangeOrigin[] {
  if (start.origins) return start.origins;
  const rows = start.rows.length;
  if (start.revertOf) return [{ kind: 'revert', detail: start.revertOf, rows }];
  if (start.retryOf) return [{ kind: 'retry', detail: start.retryOf, rows }];
  if (start.source === 'cli') return [{ kind: 'cli', detail: null, rows }];
  return [];
}

const ORIGIN_WORDS: Record<OriginKind, (detail: string | null) => string> = {
  typed: () => 'typed in the grid',
  paste: () => 'pasted',
  fill: () => 'filled down',
  bulk: (d) => (d ? `bulk rule: ${d}` : 'bulk rule'),
  import: (d) => (d ? `import of ${d}` : 'import'),
  draft: () => 'a restored draft',
  revert: (d) => (d ? `revert of ${d}` : 'revert'),
  retry: (d) => (d ? `retry of ${d}` : 'retry'),
  cli: (d) => (d ? `command line, ${d}` : 'command line'),
};

/** One origin in words: "import of prices.xlsx". */
export const describeOrigin = (origin: Pick<ChangeOrigin, 'kind' | 'detail'>): string => ORIGIN_WORDS[origin.kind](origin.detail);

/** A submission's origins in words, with row counts when there are several ("import of a.xlsx (80 rows), typed in the grid (3 rows)"). */
export function describeOrigins(origins: readonly ChangeOrigin[]): string {
  if (!origins.length) return 'not recorded';
  if (origins.length === 1) return describeOrigin(origins[0]!);
  return origins.map((o) => `${describeOrigin(o)} (${o.rows} ${o.rows === 1 ? 'row' : 'rows'})`).join(', ');
}

/** Counts rows per origin, in the order first seen: what a submission records from its rows' sources. */
export function countOrigins(sources: readonly Pick<ChangeOrigin, 'kind' | 'detail'>[]): ChangeOrigin[] {
  const byKey = new Map<string, ChangeOrigin>();
  for (const { kind, detail } of sources) {
    const key = `${kind}\u0000${detail ?? ''}`;
    const found = byKey.get(key);
    if (found) found.rows++;
    else byKey.set(key, { kind, detail, rows: 1 });
  }
  return [...byKey.values()];
}

/**
 * A revert row that may have put the old price back: sent and accepted, still on its way,
 * or sent without an answer. Only a row the revert failed or never sent can be reverted again.
 */
const revertTook = (row: HistoryRow) => row.status !== 'error' && row.status !== 'skipped';

/**
 * Marks the rows of `record` that later reverts covered, and the record with their ids.
 * `reverts` are the submissions whose `revertOf` is this record (any order).
 */
export function withReverts<R extends SubmissionRecord>(record: R, reverts: readonly SubmissionRecord[]): R {
  const mine = reverts.filter((r) => r.revertOf === record.id).sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  if (!mine.length) return record;
  const by = new Map<string, string>();
  for (const revert of mine) for (const row of revert.rows) if (revertTook(row) && !by.has(changeId(row))) by.set(changeId(row), revert.id);
  const rows = record.rows.map((row) => (by.has(changeId(row)) && !row.heldBack ? { ...row, revertedBy: by.get(changeId(row))! } : row));
  const revertedBy = mine.filter((r) => [...by.values()].includes(r.id)).map((r) => r.id);
  return { ...record, rows, revertedBy, revertedRows: rows.filter((r) => r.revertedBy).length };
}

/** `withReverts` over a whole list (history's), each record marked by the reverts among them. */
export function markReverts(records: SubmissionRecord[]): SubmissionRecord[] {
  const reverts = records.filter((r) => r.revertOf !== null);
  return reverts.length ? records.map((r) => withReverts(r, reverts)) : records;
}

/** The record without its rows, for lists. */
export function summaryOf(record: SubmissionRecord): SubmissionSummary {
  const { rows: _rows, ...summary } = record;
  return summary;
}

/** The result of one (row, field) when the vendor tells what it has now (`remote` keyed by `changeId`). */
export function settleByReading(row: Pick<JournalRow, 'key' | 'sku' | 'field' | 'oldPrice' | 'newPrice'>, remote: ReadonlyMap<string, string | null>): RowResult {
  const base = { key: row.key, sku: row.sku, ...withField(row) };
  const id = changeId(row);
  if (!remote.has(id)) return { ...base, status: 'error', code: 'not_found', message: 'Verified: the vendor no longer has this product.' };
  const now = remote.get(id)!;
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

/** The rows a revert covers: the chosen ones (history's checkboxes, by `changeId`), else all. */
export const revertRows = (record: SubmissionRecord, ids?: ReadonlySet<string>): HistoryRow[] => (ids ? record.rows.filter((r) => ids.has(changeId(r))) : record.rows);

/**
 * How history names a row's field: its label where the journal recorded the connection's
 * fields, else its id; the primary field (no `field`) by its label, or null where unrecorded.
 */
export function fieldName(record: Pick<SubmissionRecord, 'fields'>, field: string | undefined): string | null {
  if (field === undefined) return record.fields.find((f) => f.primary)?.label ?? null;
  return record.fields.find((f) => f.id === field)?.label ?? field;
}

/** Why a row is not reverted a second time. */
export const alreadyReverted = (by: string) => `Already reverted by submission ${by}.`;

/** A row a revert may still put back: accepted, not held back, not reverted already. */
export const isRevertable = (r: HistoryRow): boolean => (r.status === 'ok' || r.status === 'warning') && !r.heldBack && !r.revertedBy;

/** One row of a revert: the price to restore, or why it is left alone. */
export interface RevertPlan {
  changes: JournalRow[];
  flagged: { key: string; sku: string; field?: string; name: string; reason: string }[];
}

/**
 * Builds the change set that puts back a submission's old prices: only rows that were
 * accepted and whose price at the vendor is still the one we set. The rest are flagged
 * with the reason, never silently dropped. A row that had no price before is put back by
 * removing its price, unless `cannotRemove` names a vendor that cannot.
 */
export function planRevert(record: SubmissionRecord, remote: ReadonlyMap<string, string | null> | null, cannotRemove: string | null = null, ids?: ReadonlySet<string>): RevertPlan {
  const plan: RevertPlan = { changes: [], flagged: [] };
  for (const row of revertRows(record, ids)) {
    const id = changeId(row);
    const flag = (reason: string) => plan.flagged.push({ key: row.key, sku: row.sku, ...withField(row), name: row.name, reason });
    if (row.revertedBy) flag(alreadyReverted(row.revertedBy));
    else if (row.heldBack) flag(`Held back (${row.code}), never sent.`);
    else if (row.status !== 'ok' && row.status !== 'warning') flag(`Not changed by this submission (${row.status}).`);
    else if (row.oldPrice === null && cannotRemove !== null) flag(`It had no price before, and ${cannotRemove} cannot remove a price.`);
    else if (remote && !remote.has(id)) flag('The vendor no longer has this product.');
    else if (remote && !sameAmount(remote.get(id)!, row.newPrice)) flag(`Its price has changed since (now ${remote.get(id) ?? 'none'}).`);
    else plan.changes.push({ key: row.key, sku: row.sku, ...withField(row), name: row.name, currency: row.currency, vendorIds: row.vendorIds, oldPrice: row.newPrice, newPrice: row.oldPrice });
  }
  return plan;
}
