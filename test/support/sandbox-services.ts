/**
 * The app's services over a fresh data directory with a fast sandbox, for suites that drive
 * submissions through the IPC registry: typed calls that throw on an error answer, the
 * loaded catalog, and direct reads and writes of the sandbox's catalog file (what "the
 * vendor" holds).
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { CatalogRow } from '../../shared/types';
import { createServices } from '../../electron/core/services';
import { sandboxCatalogPath } from '../../electron/vendors/sandbox';
import { getAdapter } from '../../electron/vendors/registry';
import { testHost } from './host';

type SandboxFile = { products: { id: string; price: string | null }[] };

const SETTINGS = { latencyMs: '0', requestsPerSecond: '1000' };

export async function sandboxServices() {
  const host = await testHost();
  const { registry } = createServices(host, { sandboxSettings: SETTINGS });
  async function call<T>(channel: string, payload: unknown): Promise<T> {
    const answer = await registry.invoke(channel, payload);
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
    return answer.data as T;
  }
  const { rows } = await call<{ rows: CatalogRow[] }>('catalog:load', { connectionId: 'sandbox' });
  const path = sandboxCatalogPath(host.dataDir);
  const readCatalog = async () => JSON.parse(await readFile(path, 'utf8')) as SandboxFile;
  const setRemote = async (key: string, price: string) => {
    const file = await readCatalog();
    file.products.find((p) => p.id === key)!.price = price;
    await writeFile(path, JSON.stringify(file));
  };
  const remotePrice = async (key: string) => (await readCatalog()).products.find((p) => p.id === key)!.price;
  // The catalog as the demo shop answers it, every price field included: the window's rows
  // (`rows`, `catalog:load`) carry the primary field only (shared/grid/grid-rows.ts).
  const vendorRows = () =>
    getAdapter('sandbox').connect({ id: 'sandbox', settings: SETTINGS, secret: {} }, host).loadCatalog({ signal: new AbortController().signal, onProgress: () => undefined });
  return { host, registry, call, rows, vendorRows, setRemote, remotePrice };
}

/** A change of a catalog row to a new price (null removes it), as the preview sends it. */
export const changeOf = (row: CatalogRow, newPrice: string | null) => ({ key: row.key, sku: row.sku, name: row.name, oldPrice: row.price, newPrice, currency: row.currency, vendorIds: row.vendorIds });
