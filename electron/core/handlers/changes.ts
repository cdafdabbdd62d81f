import { AppError } from '../errors';
import type { Host } from '../host';
import type { PartialHandlers } from '../registry';
import { getAdapter } from '../../vendors/registry';
import type { ConnectionBook } from '../connections';

export function changeHandlers(host: Host, book: ConnectionBook) {
  // One submission per connection at a time; Cancel aborts it between requests.
  const running = new Map<string, AbortController>();

  return {
    'changes:submit': async ({ connectionId, changes }) => {
      if (running.has(connectionId)) {
        throw new AppError('conflict', 'A submission to this connection is already running. Wait for it or cancel it first.');
      }
      const { summary, connection } = await book.resolve(connectionId);
      const client = getAdapter(summary.vendor).connect(connection, host);
      const controller = new AbortController();
      running.set(connectionId, controller);
      try {
        host.log.info(`submit ${connectionId}: ${changes.length} rows`);
        const results = await client.submit(changes, {
          signal: controller.signal,
          onProgress: (p) => host.events('submit:progress', { connectionId, ...p }),
          onResults: (batch) => host.events('submit:results', { connectionId, results: batch }),
        });
        return { results };
      } finally {
        running.delete(connectionId);
      }
    },
    'changes:cancel': ({ connectionId }) => {
      const controller = running.get(connectionId);
      controller?.abort(new AppError('cancelled', 'Cancelled by the user.'));
      return { cancelled: controller !== undefined };
    },
  } satisfies PartialHandlers;
}
