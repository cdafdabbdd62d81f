import { findStale } from '../../../shared/preview';
import type { ChangeOrigin, JournalField, JournalRow } from '../../../shared/submission';
import { canonicalField, type RowResult } from '../../../shared/types';
import { AppError } from '../errors';
import type { Host } from '../host';
import type { PartialHandlers } from '../registry';
import { getAdapter } from '../../vendors/registry';
import type { ConnectionBook } from '../connections';
import { runSubmission } from '../submission/engine';
import { loadOrigin, planRetry, planRevertSend } from '../submission/retry';

/** Why a submission or check stopped when the person pressed Cancel. */
export const userCancelled = () => new AppError('cancelled', 'Cancelled by the user.', { said: { id: 'refused.userCancelled' } });

export function changeHandlers(host: Host, book: ConnectionBook) {
  // One submission per connection at a time; Cancel aborts it between requests.
  const running = new Map<string, AbortController>();
  // Stale checks can take minutes on a slow vendor; Cancel (Back in the preview) stops them too.
  const checking = new Map<string, AbortController>();

  return {
    'changes:submit': async ({ connectionId, changes, retryOf, revertOf, origins, note, fields }) => {
      if (running.has(connectionId)) {
        throw new AppError('conflict', 'A submission to this connection is already running. Wait for it or cancel it first.', { said: { id: 'refused.submissionRunning' } });
      }
      const controller = new AbortController();
      running.set(connectionId, controller);
      try {
        const { summary, connection } = await book.resolve(connectionId);
        const client = getAdapter(summary.vendor).connect(connection, host);
        // A change naming the primary field is the primary field's: one identity per (row, field).
        const primary = fields?.find((f) => f.primary)?.id;
        let rows: JournalRow[] = changes.map((c) => ({ ...(primary ? canonicalField(c, primary) : c), name: c.name ?? '' }));
        let refused: RowResult[] = [];
        // A retry or revert names fields as its original did, whatever the window knows.
        let known: JournalField[] | undefined = fields;
        if (retryOf) {
          const original = await loadOrigin(host.dataDir, retryOf, connectionId, 'retry');
          ({ rows, refused } = await planRetry(host.dataDir, original, rows));
          known = fields ?? (original.fields.length ? original.fields : undefined);
        }
        if (revertOf) {
          const original = await loadOrigin(host.dataDir, revertOf, connectionId, 'revert');
          ({ rows, refused } = planRevertSend(original, rows));
          known = fields ?? (original.fields.length ? original.fields : undefined);
        }
        host.log.info(`submit ${connectionId}: ${rows.length} rows${retryOf ? ` (retry of ${retryOf})` : ''}${revertOf ? ` (revert of ${revertOf})` : ''}`);
        if (refused.length) host.events('submit:results', { connectionId, results: refused });
        if (!rows.length && revertOf) {
          // Every row of a revert is refused only for having been reverted already (planRevertSend).
          const by = refused[0]?.said?.params?.submission;
          throw new AppError('conflict', `Nothing sent: ${(refused[0]?.message ?? '').replace(/^Not sent\. /, '')} A submission is reverted once.`, {
            ...(by === undefined ? {} : { said: { id: 'refused.revertedOnce', params: { submission: by } } }),
          });
        }
        if (!rows.length) throw new AppError('invalid_request', 'Nothing to resend: every row went through, needs verifying first, or was held back.', { said: { id: 'refused.nothingToResend' } });
        // A retry or revert says so itself; the grid's edits say where they came from.
        const told: ChangeOrigin[] = revertOf ? [{ kind: 'revert', detail: revertOf, rows: rows.length }] : retryOf ? [{ kind: 'retry', detail: retryOf, rows: rows.length }] : (origins ?? []);
        const outcome = await runSubmission({
          dataDir: host.dataDir,
          log: host.log,
          redactor: host.redactor,
          client,
          connection: { id: connectionId, label: summary.label, vendor: summary.vendor },
          rows,
          source: 'app',
          retryOf: retryOf ?? null,
          revertOf: revertOf ?? null,
          origins: told,
          ...(note?.trim() ? { note: note.trim() } : {}),
          ...(known ? { fields: known } : {}),
          signal: controller.signal,
          onProgress: (p) => host.events('submit:progress', { connectionId, ...p }),
          onResults: (batch) => host.events('submit:results', { connectionId, results: batch }),
        });
        return { submissionId: outcome.id, results: [...refused, ...outcome.results], failure: outcome.failure, ...(outcome.failureWords ? { failureWords: outcome.failureWords } : {}) };
      } finally {
        running.delete(connectionId);
      }
    },
    'changes:cancel': ({ connectionId }) => {
      const controller = running.get(connectionId);
      controller?.abort(userCancelled());
      const check = checking.get(connectionId);
      check?.abort(userCancelled());
      return { cancelled: controller !== undefined || check !== undefined };
    },
    'changes:check': async ({ connectionId, rows }) => {
      const { summary, connection } = await book.resolve(connectionId);
      const client = getAdapter(summary.vendor).connect(connection, host);
      if (!client.readPrices) return { supported: false, conflicts: [] };
      checking.get(connectionId)?.abort(new AppError('cancelled', 'A newer check replaced this one.', { said: { id: 'refused.newerCheck' } }));
      const controller = new AbortController();
      checking.set(connectionId, controller);
      try {
        const remote = await client.readPrices(rows, { signal: controller.signal, onProgress: (p) => host.events('check:progress', { connectionId, ...p }) });
        return { supported: true, conflicts: findStale(rows, remote) };
      } finally {
        if (checking.get(connectionId) === controller) checking.delete(connectionId);
      }
    },
  } satisfies PartialHandlers;
}
