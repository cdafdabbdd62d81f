/**
 * Row results every connector builds the same way: one result per change, whatever the
 * vendor answered. What a failed request means for its rows is decided here once: no
 * answer or a server error leaves the outcome open (unknown: verify, never resend), a
 * refused request is an error, and credentials refused stop the rest of the submission.
 */
import { withField, type PriceChange, type PriceUpdate, type RowResult, type RowStatus } from '../../../shared/types';
import type { Said } from '../../../shared/said';
import { errorWords } from '../../core/errors';
import type { HttpError } from '../../core/http';
import { skippedAsCancelled, type OperationProgress } from '../types';

type Row = Pick<PriceChange, 'key' | 'sku' | 'field'>;

/** The identity of a result: the change's row and, where it names one, its price field. */
export function resultOf(change: Row): Pick<RowResult, 'key' | 'sku' | 'field'> {
  return { key: change.key, sku: change.sku, ...withField(change) };
}

/** Our words for a result (shared/said.ts) and the vendor's own, next to the English message. */
export type ResultWords = Pick<RowResult, 'said' | 'vendorMessage'>;

/** One (row, field)'s result. */
export function rowResult(change: Row, status: RowStatus, message: string | null, code: string | null, words: ResultWords = {}): RowResult {
  return { ...resultOf(change), status, message, code, ...words };
}

/** A row no answer settled: its outcome is unknown. */
export const noResult = (change: Row): RowResult => rowResult(change, 'unknown', 'No result was recorded for this row.', null, { said: { id: 'row.noResult' } });

/** The same result for every row. */
export function rowsWith(changes: Row[], status: RowStatus, message: string | null, code: string | null, words: ResultWords = {}): RowResult[] {
  return changes.map((change) => rowResult(change, status, message, code, words));
}

/** Rows left unsent because an earlier request failed in a way every later one would (`said`: that reason in our words). */
export function notSent(changes: Row[], reason: string, said?: Said): RowResult[] {
  return rowsWith(changes, 'skipped', `Not sent: ${reason}`, 'not_sent', said ? { said } : {});
}

/**
 * True for failures that every further request would repeat: credentials, permission, or a
 * vendor asking for a wait past MAX_SERVER_WAIT_MS (`retryAt`).
 */
export function stopsSubmission(error: HttpError): boolean {
  return error.status === 401 || error.status === 403 || error.retryAt !== undefined;
}

/** Why the rows after a submission-stopping failure are not sent, in plain words. */
export function stopWords(vendor: string, error: HttpError): string {
  return error.retryAt !== undefined ? error.message : `${vendor} refused the previous request (HTTP ${error.status}). Fix the connection and send again.`;
}

/** `stopWords` as our words, for `notSent`. */
export function stopSaid(vendor: string, error: HttpError): Said {
  return error.retryAt !== undefined ? notSentWaiting(error) : { id: 'row.notSentStopped', params: { vendor, status: error.status } };
}

/** A wait past the cap as a row's reason: the wait's words with "Not sent" before them. */
const notSentWaiting = (error: HttpError): Said => ({ id: 'row.notSentRateLimited', params: error.said?.params ?? {} });

/** Rows of a request the vendor refused with a wait past the cap: nothing applied, so not sent. */
export function waitRefusedRows(changes: Row[], error: HttpError): RowResult[] {
  return rowsWith(changes, 'skipped', `Not sent: ${error.message}`, 'rate_limited', { said: notSentWaiting(error) });
}

/**
 * Rows of a batch request that failed as a whole. No answer, or a server error, leaves
 * open whether the vendor applied part of it: unknown, to be checked, never resent. A
 * refused (429) request whose retry was cancelled applied nothing: skipped.
 */
export function failedRequestRows(vendor: string, changes: PriceChange[], error: HttpError, cancelled: boolean): RowResult[] {
  if (cancelled && error.status === 429) return skippedAsCancelled(changes);
  if (error.retryAt !== undefined) return waitRefusedRows(changes, error);
  const unknown = error.status === 0 || error.status >= 500;
  const message = unknown ? `${error.message} Whether ${vendor} applied this price is unknown: check it before sending again.` : error.message;
  return rowsWith(changes, unknown ? 'unknown' : 'error', message, error.status ? `http_${error.status}` : 'no_answer', failureWords(vendor, error, unknown));
}

/** Our words for the rows of a failed request: its outcome open (no answer, server error) or refused. */
function failureWords(vendor: string, error: HttpError, unknown: boolean): ResultWords {
  if (!unknown) return errorWords(error);
  const vendorMessage = error.vendorMessage === undefined ? {} : { vendorMessage: error.vendorMessage };
  const said: Said = error.status === 0 ? { id: 'row.noAnswerUnknown', params: { vendor } } : { id: 'row.serverErrorUnknown', params: { vendor, status: error.status } };
  return { said, ...vendorMessage };
}

/** A change with its position in the submission, so results land in the caller's order. */
export interface Indexed {
  change: PriceUpdate;
  index: number;
}

/**
 * The bookkeeping of a batched submit: results by position, progress after every settled
 * request, results streamed as they come, and cancellation turning the rest into skipped.
 */
export interface Settler {
  /** Records the results of these entries (same order) and reports progress. */
  settle(entries: Indexed[], results: RowResult[]): void;
  /** Settles these entries as cancelled before they were sent. */
  cancel(entries: Indexed[]): void;
  /** Reports a rate-limit or backoff wait. */
  onWait(waitMs: number): void;
  /** Rows settled so far. */
  done(): number;
  /** The entries nothing has been recorded for yet, in order. */
  unsettled(): Indexed[];
  /** One result per change in order; a row nothing was recorded for is unknown. */
  finish(): RowResult[];
}

export function createSettler(
  changes: PriceUpdate[],
  options: { onProgress(progress: OperationProgress): void; onResults(results: RowResult[]): void },
): Settler {
  const results: (RowResult | undefined)[] = new Array(changes.length);
  let done = 0;
  const settle = (entries: Indexed[], rowResults: RowResult[]) => {
    entries.forEach((e, i) => (results[e.index] = rowResults[i]));
    done += entries.length;
    if (rowResults.length) options.onResults(rowResults);
    options.onProgress({ done, total: changes.length });
  };
  return {
    settle,
    cancel: (entries) => settle(entries, skippedAsCancelled(entries.map((e) => e.change))),
    onWait: (waitMs) => options.onProgress({ done, total: changes.length, waitMs }),
    done: () => done,
    unsettled: () => changes.flatMap((change, index) => (results[index] ? [] : [{ change, index }])),
    finish: () => changes.map((c, i) => results[i] ?? noResult(c)),
  };
}
