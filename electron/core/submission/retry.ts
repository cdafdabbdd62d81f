/**
 * Checks before a retry or revert is sent: it goes to the connection the original went to,
 * the original is not busy in another process, and no row is sent again that is unknown,
 * went through, was held back by the CLI's rails, or was already resent by an earlier retry
 * of the same submission; and no row is reverted twice.
 */
import { alreadyReverted, type JournalRow, type SubmissionRecord } from '../../../shared/submission';
import type { Said } from '../../../shared/said';
import { changeId, withField, type RowResult } from '../../../shared/types';
import { AppError } from '../errors';
import { listSubmissions, loadWithReverts } from './journal';
import { busyError } from './lease';

const STILL_SENDING = { retry: 'refused.stillSendingRetry', revert: 'refused.stillSendingRevert', verification: 'refused.stillSendingVerification' } as const;

/** Refuses to act on a submission still being sent, here or in another process. */
export function assertIdle(record: SubmissionRecord, kind: 'retry' | 'revert' | 'verification'): void {
  if (record.busyElsewhere !== null) {
    if (record.busyHolder) throw busyError(record.id, { holder: record.busyHolder, here: false });
    throw new AppError('conflict', `Submission ${record.id} is busy. ${record.busyElsewhere}.`);
  }
  if (record.state === 'running') throw new AppError('conflict', `Submission ${record.id} is still being sent. Wait for it to finish before the ${kind}.`, { said: { id: STILL_SENDING[kind], params: { id: record.id } } });
}

/** Loads the submission a retry or revert derives from and refuses when it must not go ahead. */
export async function loadOrigin(dataDir: string, id: string, connectionId: string, kind: 'retry' | 'revert'): Promise<SubmissionRecord> {
  const original = await loadWithReverts(dataDir, id);
  assertIdle(original, kind);
  if (original.connectionId !== connectionId) {
    throw new AppError('invalid_request', `Submission ${id} went to "${original.connectionLabel}". A ${kind} must go to that same connection; nothing was sent.`, {
      said: { id: kind === 'retry' ? 'refused.sameConnectionRetry' : 'refused.sameConnectionRevert', params: { id, label: original.connectionLabel } },
    });
  }
  return original;
}

/** Splits a retry's rows into those that may be sent and those refused, with the reason. */
export async function planRetry(dataDir: string, original: SubmissionRecord, rows: JournalRow[]): Promise<{ rows: JournalRow[]; refused: RowResult[] }> {
  // A row the CLI's rails held back is `skipped` but never sent: it needs a look, not a resend.
  // Per (row, field): of two fields of one product, the one that went through is not resent.
  const state = new Map(original.rows.map((r) => [changeId(r), r.heldBack ? 'held' : r.status]));
  const resent = await resentByEarlierRetries(dataDir, original.id);
  const refused: RowResult[] = [];
  const kept = rows.filter((row) => {
    const status = state.get(changeId(row));
    const earlier = resent.get(changeId(row));
    let message: string | null = null;
    let said: Said | undefined;
    if (status === 'unknown') [message, said] = ['Not resent: its state is unknown. Verify it against the vendor first.', { id: 'refused.notResentUnknown' }];
    else if (status === 'held') [message, said] = ['Not resent: it was held back as a likely mistake. Check it and send it as a new change.', { id: 'refused.notResentHeld' }];
    else if (status === 'ok' || status === 'warning' || status === 'pending') [message, said] = ['Not resent: it already went through.', { id: 'refused.notResentDone' }];
    else if (earlier) [message, said] = [`Not resent: retry ${earlier} already sent it again. Look at that submission (and retry it) instead.`, { id: 'refused.notResentRetried', params: { retry: earlier } }];
    if (message === null) return true;
    refused.push({ key: row.key, sku: row.sku, ...withField(row), status: 'skipped', message, code: 'not_resent', ...(said ? { said } : {}) });
    return false;
  });
  return { rows: kept, refused };
}

/**
 * Splits a revert's rows into those that may be sent and those refused: a row an earlier
 * revert of the same submission already put back (or may have: sent without an answer) is
 * not reverted twice, whoever asks (the history's Revert, a second window, a stale preview).
 */
export function planRevertSend(original: SubmissionRecord, rows: JournalRow[]): { rows: JournalRow[]; refused: RowResult[] } {
  const revertedBy = new Map(original.rows.flatMap((r) => (r.revertedBy ? [[changeId(r), r.revertedBy] as const] : [])));
  const refused: RowResult[] = [];
  const kept = rows.filter((row) => {
    const by = revertedBy.get(changeId(row));
    if (by === undefined) return true;
    refused.push({ key: row.key, sku: row.sku, ...withField(row), status: 'skipped', message: `Not sent. ${alreadyReverted(by)}`, code: 'already_reverted', said: { id: 'row.alreadyReverted', params: { submission: by } } });
    return false;
  });
  return { rows: kept, refused };
}

/** (row, field)s an earlier retry of `id` sent, or is still sending, by change id: the retry that did. */
async function resentByEarlierRetries(dataDir: string, id: string): Promise<Map<string, string>> {
  const retries = (await listSubmissions(dataDir)).filter((s) => s.retryOf === id);
  const resent = new Map<string, string>();
  for (const retry of retries) {
    for (const row of retry.rows) if (row.requestId !== null || row.status === 'pending') resent.set(changeId(row), retry.id);
  }
  return resent;
}
