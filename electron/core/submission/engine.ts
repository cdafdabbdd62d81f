/**
 * Runs one submission through a connector with a journal around every request. The
 * connector calls `beforeRequest(rows)` right before each write request leaves; the engine
 * appends that intent and flushes it to disk before letting it go, then appends each
 * outcome as `onResults` reports it. Why hooks and not engine-side batching: connectors
 * own their request shapes (Alephee and Cin7 halve a batch the vendor calls too large,
 * Cliniko runs four single-row requests in parallel, xclade reads the list first), so only
 * the connector knows where a request boundary is. With the intent on disk first, a crash
 * leaves every row answered, provably not sent (no intent), or unknown (intent without an
 * answer) — and unknown rows are verified, never resent blindly.
 */
import { userInfo } from 'node:os';
import type { OperationProgress, SubmitOptions, VendorClient } from '../../vendors/types';
import { nonPositive, nonPositiveMessage, nonPositiveSaid } from '../../../shared/money';
import { changeId, withField, type PriceRemoval, type PriceUpdate, type RowResult } from '../../../shared/types';
import { type ChangeOrigin, type HeldBackRow, type JournalField, type JournalRow, type SubmissionRails, type SubmissionRecord, type SubmissionSource, type FailureWords, wordsOf } from '../../../shared/submission';
import { readOnlyRefusal } from '../../../shared/price-fields';
import type { Said } from '../../../shared/said';
import { AppError, errorWords } from '../errors';
import type { Logger } from '../log';
import type { Redactor } from '../redact';
import { JournalWriter, loadSubmission } from './journal';

export interface SubmissionInput {
  dataDir: string;
  log: Logger;
  /**
   * Every row message and the failure text pass through it before the journal, the UI, the
   * CLI or an export sees them: connectors quote vendors' answers, and those may echo a key.
   */
  redactor: Redactor;
  client: VendorClient;
  connection: { id: string; label: string; vendor: string };
  rows: JournalRow[];
  source: SubmissionSource;
  retryOf?: string | null;
  revertOf?: string | null;
  /** Rows the rails held back: journalled (never sent) so history, retry and revert know them. */
  heldBack?: HeldBackRow[];
  /** The rails and overrides in force, for history. */
  rails?: SubmissionRails;
  /** Where the prices came from, for history. */
  origins?: ChangeOrigin[];
  /** The note typed at Send, for history. */
  note?: string;
  /** The connection's price fields where the caller knows them, so history names each row's field. */
  fields?: JournalField[];
  signal: AbortSignal;
  onProgress(progress: OperationProgress): void;
  onResults(results: RowResult[]): void;
  /** Called once the journal exists, so callers can show its id while it runs. */
  onStarted?(id: string): void;
}

export interface SubmissionOutcome {
  id: string;
  /** One result per row, in the order given. */
  results: RowResult[];
  /** Why the submission stopped early (the connector failed), in plain words. */
  failure: string | null;
  /** Our words for `failure`, where the error had them. */
  failureWords?: FailureWords;
  record: SubmissionRecord;
}

export const REMOVAL_UNSUPPORTED = 'Not sent: this platform cannot remove prices through its API. Set a price instead, or remove it in the platform itself.';

/** The OS user name for history; "unknown" where the OS will not say. */
export function osUser(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Refuses a batch that changes one (row, field) twice: which of the two prices the vendor
 * keeps would depend on request order, and history could not say which one went. Checked
 * before the journal exists, so nothing is sent and nothing is recorded.
 */
export function assertOneChangePerField(rows: readonly JournalRow[]): void {
  const seen = new Set<string>();
  for (const row of rows) {
    const id = changeId(row);
    if (seen.has(id)) {
      const what = row.field === undefined ? 'its price' : `its ${row.field} price`;
      const said: Said = row.field === undefined ? { id: 'refused.changedTwice', params: { sku: row.sku } } : { id: 'refused.fieldChangedTwice', params: { sku: row.sku, field: row.field } };
      throw new AppError('invalid_request', `Nothing was sent: ${row.sku} changes ${what} twice in one submission. Keep one of the two changes and send again.`, { said });
    }
    seen.add(id);
  }
}

/**
 * Refuses a batch that changes a field PriceDesk cannot write (`PriceField.readOnly`): the
 * grid offers no way to, so such a change came from a file or a crafted call, and sending it
 * could not do what the user saw. Checked before the journal exists, like the rule above.
 */
export function assertWritableFields(rows: readonly JournalRow[], fields: readonly JournalField[] = []): void {
  for (const row of rows) {
    const refusal = readOnlyRefusal(fields, row.field);
    if (!refusal) continue;
    // The field's label and reason are the connector's words: the window quotes them as they came.
    const field = fields.find((f) => f.id === row.field)!;
    throw new AppError('invalid_request', `Nothing was sent: ${row.sku} changes a read-only price. ${refusal}`, {
      said: { id: 'refused.readOnlyPrice', params: { sku: row.sku, label: field.label, reason: field.readOnly ?? '' } },
    });
  }
}


export async function runSubmission(input: SubmissionInput): Promise<SubmissionOutcome> {
  assertOneChangePerField(input.rows);
  assertWritableFields(input.rows, input.fields);
  const writer = await JournalWriter.create(input.dataDir, {
    connectionId: input.connection.id,
    connectionLabel: input.connection.label,
    vendor: input.connection.vendor,
    user: osUser(),
    source: input.source,
    rows: input.rows,
    retryOf: input.retryOf ?? null,
    revertOf: input.revertOf ?? null,
    ...(input.heldBack?.length ? { heldBack: input.heldBack } : {}),
    ...(input.rails ? { rails: input.rails } : {}),
    ...(input.origins?.length ? { origins: input.origins } : {}),
    ...(input.note ? { note: input.note } : {}),
    ...(input.fields?.length ? { fields: input.fields } : {}),
  }).catch((error: unknown) => {
    // Without a journal nothing may be sent: a crash could not be recovered from.
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new AppError('internal', `Nothing was sent: PriceDesk could not write its submission journal in ${input.dataDir} (${code}). Check the disk space and permissions.`, {
      cause: error,
      said: { id: 'refused.journalNotWritten', params: { dir: input.dataDir, code } },
    });
  });
  const id = writer.id;
  input.onStarted?.(id);
  let failure: string | null = null;
  let failureWords: FailureWords | undefined;
  const clean = (results: RowResult[]): RowResult[] => results.map((r) => input.redactor.reported(r));
  try {
    // Connectors get plain changes (names are for history only), `field` untouched.
    const changes = input.rows.map(({ name: _name, ...change }) => change);
    let done = 0;
    const options = (offset: number): SubmitOptions => ({
      signal: input.signal,
      // Each connector call counts its own rows; the user sees the whole submission.
      onProgress: (p) => input.onProgress({ ...p, done: offset + p.done, total: changes.length }),
      beforeRequest: async (rows) => {
        await writer.intent(rows.map(changeId));
      },
      onResults: (raw) => {
        const results = clean(raw);
        writer.outcome(results).catch((error: unknown) => input.log.error(`journal ${id}: an outcome could not be written`, error));
        input.onResults(results);
      },
    });
    const settled = async (call: (options: SubmitOptions) => Promise<RowResult[]>, rows: number) => {
      const results = clean(await call(options(done)));
      done += rows;
      // The returned list is the connector's final word; it matches what onResults said.
      await writer.outcome(results);
    };
    const { client } = input;
    const remove = client.removePrices?.bind(client);
    // Refused here, before any request is built, whatever sent them (grid, import, CLI,
    // revert, retry): a zero or negative price never reaches a connector, and a connector
    // that cannot remove a price never sees a removal. Refused rows have no intent, so the
    // journal shows them as never sent.
    const refused: RowResult[] = [];
    const updates: PriceUpdate[] = [];
    const removals: PriceRemoval[] = [];
    for (const change of changes) {
      if (change.newPrice === null) {
        if (remove) removals.push(change as PriceRemoval);
        else refused.push({ key: change.key, sku: change.sku, ...withField(change), status: 'error', code: 'removal_unsupported', message: REMOVAL_UNSUPPORTED, said: { id: 'row.removalUnsupported' } });
        continue;
      }
      const why = nonPositive(change.newPrice);
      if (why) refused.push({ key: change.key, sku: change.sku, ...withField(change), status: 'error', code: 'price_not_positive', message: `Not sent. ${nonPositiveMessage(change.newPrice, why)}`, said: nonPositiveSaid(change.newPrice, why) });
      else updates.push(change as PriceUpdate);
    }
    if (refused.length) {
      await settled(async ({ onResults, onProgress }) => {
        onResults(refused);
        onProgress({ done: refused.length, total: refused.length });
        return refused;
      }, refused.length);
    }
    if (updates.length) await settled((o) => client.submit(updates, o), updates.length);
    if (removals.length && remove) await settled((o) => remove(removals, o), removals.length);
  } catch (error) {
    failure = input.redactor.redact(error instanceof Error ? error.message : String(error));
    // The error's own words, through the redactor like its message: a vendor's words may echo a key.
    if (error instanceof AppError && error.said) failureWords = input.redactor.reported(errorWords(error));
    input.log.error(`submission ${id} stopped`, error);
  } finally {
    await writer.end(failure, failureWords).catch((error: unknown) => input.log.error(`journal ${id}: the end could not be written`, error));
    await writer.close().catch(() => undefined);
  }
  const record = await loadSubmission(input.dataDir, id);
  const results: RowResult[] = record.rows.filter((r) => !r.heldBack).map((r) => ({ key: r.key, sku: r.sku, ...withField(r), status: r.status === 'pending' ? 'unknown' : r.status, message: r.message, code: r.code, ...wordsOf(r) }));
  return { id, results, failure, ...(failureWords ? { failureWords } : {}), record };
}
