/**
 * `catalog:load` answers the grid's rows (shared/grid/grid-rows.ts): every field the grid
 * shows, every price field included, one groups object per combination, and the
 * connection's price fields.
 */
import { describe, expect, it } from 'vitest';
import { createServices } from '../../electron/core/services';
import { sandboxAdapter } from '../../electron/vendors/sandbox';
import type { PriceField } from '../../shared/price-fields';
import type { CatalogRow } from '../../shared/types';
import { testHost } from '../support/host';

describe('catalog:load for the grid', () => {
  it('answers the connector’s rows with every price field and the connection’s fields, rows of one category and brand sharing one groups object', async () => {
    const host = await testHost();
    const settings = { latencyMs: '0', requestsPerSecond: '100000' };
    const answer = await createServices(host, { sandboxSettings: settings }).registry.invoke('catalog:load', { connectionId: 'sandbox' });
    if (!answer.ok) throw new Error(answer.error.message);
    const { rows, fields } = answer.data as { rows: CatalogRow[]; fields: PriceField[] };
    const full = await sandboxAdapter.connect({ id: 'sandbox', settings, secret: {} }, host).loadCatalog({ signal: new AbortController().signal, onProgress: () => undefined });
    expect(full[0]!.prices).toBeDefined();
    expect(rows).toEqual(full);
    // The fields come from the connection test run beside the load.
    expect(fields.map((f) => f.id)).toEqual(Object.keys(full[0]!.prices!));
    expect(fields.filter((f) => f.primary).map((f) => f.id)).toEqual(['price']);
    const combos = new Set(rows.map((r) => JSON.stringify(r.groups)));
    expect(new Set(rows.map((r) => r.groups)).size).toBe(combos.size);
  });
});
