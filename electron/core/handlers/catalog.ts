import { adapters, getAdapter } from '../../vendors/registry';
import type { Host } from '../host';
import type { PartialHandlers } from '../registry';
import type { ConnectionBook } from '../connections';

export function catalogHandlers(host: Host, book: ConnectionBook) {
  return {
    'vendors:list': () => adapters.map((a) => a.description),
    'catalog:load': async ({ connectionId }) => {
      const { summary, connection } = await book.resolve(connectionId);
      const client = getAdapter(summary.vendor).connect(connection, host);
      const rows = await client.loadCatalog({
        signal: new AbortController().signal,
        onProgress: (p) => host.events('catalog:progress', { connectionId, ...p }),
      });
      host.log.info(`catalog ${connectionId}: ${rows.length} rows loaded`);
      return { rows, loadedAt: new Date().toISOString() };
    },
  } satisfies PartialHandlers;
}
