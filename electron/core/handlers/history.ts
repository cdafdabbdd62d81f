/**
 * History of submissions, read from their journals: list, one submission's rows, settle
 * unknown rows against the vendor, and build a revert.
 */
import { isRevertable, planRevert, revertRows, summaryOf } from '../../../shared/submission';
import type { ConnectionBook } from '../connections';
import { AppError } from '../errors';
import type { Host } from '../host';
import type { PartialHandlers } from '../registry';
import { getAdapter } from '../../vendors/registry';
import { listSubmissions, loadSubmission, loadWithReverts } from '../submission/journal';
import { assertIdle } from '../submission/retry';
import { verifySubmission } from '../submission/verify';

export function historyHandlers(host: Host, book: ConnectionBook) {
  async function clientFor(connectionId: string) {
    const { summary, connection } = await book.resolve(connectionId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'not_found') throw new AppError('not_found', 'The connection this submission used no longer exists.', { said: { id: 'refused.submissionConnectionGone' } });
      throw error;
    });
    const adapter = getAdapter(summary.vendor);
    return { client: adapter.connect(connection, host), vendorName: adapter.description.displayName, canRemove: adapter.description.capabilities.deletesPrices };
  }

  return {
    'history:list': async () => {
      const records = await listSubmissions(host.dataDir, (id, error) => host.log.error(`history: journal ${id} unreadable`, error));
      return { submissions: records.map(summaryOf) };
    },
    'history:get': ({ id }) => loadWithReverts(host.dataDir, id),
    'history:verify': async ({ id }) => {
      const record = await loadSubmission(host.dataDir, id);
      assertIdle(record, 'verification');
      const { client, vendorName } = await clientFor(record.connectionId);
      await verifySubmission(host.dataDir, id, client, vendorName, AbortSignal.timeout(300_000), 'app');
      return loadWithReverts(host.dataDir, id);
    },
    'history:revert': async ({ id, keys }) => {
      const record = await loadWithReverts(host.dataDir, id);
      assertIdle(record, 'revert');
      // The chosen rows by change id (`changeId`): of two fields of one product, only the ticked one.
      const chosen = keys ? new Set(keys) : undefined;
      const candidates = revertRows(record, chosen);
      const open = candidates.filter(isRevertable);
      // Refused here, not only greyed out in the window: another window or a stale view may ask again.
      const by = candidates.find((r) => r.revertedBy)?.revertedBy;
      if (!open.length && by) {
        throw new AppError('conflict', `Nothing to revert: ${chosen ? 'the chosen rows were' : 'this submission was'} already reverted by submission ${by}. A submission is reverted once.`, {
          said: { id: chosen ? 'refused.nothingToRevertRows' : 'refused.nothingToRevertSubmission', params: { submission: by } },
        });
      }
      const { client, canRemove, vendorName } = await clientFor(record.connectionId);
      // Where the connector can, the vendor's price now decides; otherwise the preview's stale check does.
      const remote = client.readPrices && open.length ? await client.readPrices(open, { signal: AbortSignal.timeout(300_000), onProgress: () => undefined }) : null;
      const plan = planRevert(record, remote, canRemove ? null : vendorName, chosen);
      return { ...plan, checked: remote !== null };
    },
  } satisfies PartialHandlers;
}
