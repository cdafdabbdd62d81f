import { gridRows } from '../../../shared/grid/grid-rows';
import { adapters, getAdapter } from '../../vendors/registry';
import { AppError } from '../errors';
import type { Host } from '../host';
import type { PartialHandlers } from '../registry';
import type { ConnectionBook } from '../connections';

/** The words a cancelled load answers with (code `cancelled`). */
export const CATALOG_CANCELLED = 'Loading the prices was cancelled. Press "Reload prices" to load them again.';

/** How long the fields' test may take; past it the grid shows the primary field only. */
const FIELDS_TIMEOUT_MS = 30_000;

export function catalogHandlers(host: Host, book: ConnectionBook) {
  // One load per connection at a time; Cancel (or a newer load of it) aborts the one running.
  const loading = new Map<string, AbortController>();

  return {
    'vendors:list': () => adapters.map((a) => a.description),
    'catalog:load': async ({ connectionId }) => {
      loading.get(connectionId)?.abort(new AppError('cancelled', 'A newer load of this catalog replaced this one.', { said: { id: 'refused.newerLoad' } }));
      const controller = new AbortController();
      loading.set(connectionId, controller);
      try {
        const { summary, connection } = await book.resolve(connectionId);
        const client = getAdapter(summary.vendor).connect(connection, host);
        // The price fields come with a connection test (see ConnectionTest), run beside the
        // load; a test that fails leaves the grid on the primary field, as before fields existed.
        const fields = client
          .testConnection(AbortSignal.any([controller.signal, AbortSignal.timeout(FIELDS_TIMEOUT_MS)]))
          .then((test) => (test.ok ? test.fields : []))
          .catch(() => []);
        const rows = await client
          .loadCatalog({ signal: controller.signal, onProgress: (p) => host.events('catalog:progress', { connectionId, ...p }) })
          .catch((error: unknown) => {
            // However a connector words the failure of an aborted read, the user asked to stop.
            if (controller.signal.aborted) throw controller.signal.reason;
            throw error;
          });
        // A connector that finished its last page as Cancel came still answers cancelled: the user asked to stop.
        controller.signal.throwIfAborted();
        host.log.info(`catalog ${connectionId}: ${rows.length} rows loaded`);
        // The grid's rows: only what it shows (shared/grid/grid-rows.ts); the CLI reads the connector's rows directly.
        return { rows: gridRows(rows), fields: await fields, loadedAt: new Date().toISOString() };
      } finally {
        if (loading.get(connectionId) === controller) loading.delete(connectionId);
      }
    },
    'catalog:cancel': ({ connectionId }) => {
      const controller = loading.get(connectionId);
      controller?.abort(new AppError('cancelled', CATALOG_CANCELLED, { said: { id: 'refused.loadCancelled' } }));
      return { cancelled: controller !== undefined };
    },
  } satisfies PartialHandlers;
}
