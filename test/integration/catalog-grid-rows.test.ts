/**
 * `catalog:load` answers the grid's rows (shared/grid/grid-rows.ts): every field the grid
 * shows, without the other price fields it does not, and one groups object per combination.
 */
import { describe, expect, it } from 'vitest';
import { createServices } from '../../electron/core/services';
import { sandboxAdapter } from '../../electron/vendors/sandbox';
import type { CatalogRow } from '../../shared/types';
import { testHost } from '../support/host';

describe('catalog:load for the grid', () => {
  it('answers the connector’s rows without their other price fields, rows of one category and brand sharing one groups object', async () => {
    const host = await testHost();
    const settings = { latencyMs: '0', requestsPerSecond: '100000' };
    const answer = await createServices(host, { sandboxSettings: settings }).registry.invoke('catalog:load', { connectionId: 'sandbox' });
    if (!answer.ok) throw new Error(answer.error.message);
    const { rows } = answer.data as { rows: CatalogRow[] };
    const full = await sandboxAdapter.connect({ id: 'sandbox', settings, secret: {} }, host).loadCatalog({ signal: new AbortController().signal, onProgress: () => undefined });
    expect(full[0]!.prices).toBeDefined();
    expect(rows).toEqual(full.map(({ prices: _prices, ...rest }) => rest));
    expect(rows.some((r) => 'prices' in r)).toBe(false);
    const combos = new Set(rows.map((r) => JSON.stringify(r.groups)));
    expect(new Set(rows.map((r) => r.groups)).size).toBe(combos.size);
  });
});
