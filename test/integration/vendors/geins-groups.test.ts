/**
 * Geins catalog rows carry their brand, supplier and main category, from the product query
 * the catalog reads anyway (include=Prices,Categories): no extra request.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Redactor } from '../../../electron/core/redact';
import { geinsAdapter } from '../../../electron/vendors/geins';
import type { AdapterEnv, ResolvedConnection } from '../../../electron/vendors/types';
import { geinsProducts, startGeinsFake, type GeinsFake } from '../../fakes/geins';
import { memoryLogger } from '../../support/quiet-log';

const USER = 'pricedesk-api';
const PASSWORD = 'pw-Secr3t-value';
const API_KEY = 'geins-key-5f2c9a7d';

let fake: GeinsFake;
const env = (): AdapterEnv => ({ dataDir: '/nonexistent', log: memoryLogger(), redactor: new Redactor(), tuning: { backoffMs: 5, timeoutMs: 2000, rateLimitScale: 0.001 } });
const connection = (): ResolvedConnection => ({ id: 'g1', settings: { baseUrl: fake.url, apiUser: USER, priceListId: '1000000' }, secret: { apiPassword: PASSWORD, apiKey: API_KEY } });
const noop = { signal: new AbortController().signal, onProgress: () => undefined };

beforeEach(async () => {
  // Two query pages, so the groups hold past the first.
  fake = await startGeinsFake({ user: USER, password: PASSWORD, apiKey: API_KEY, products: geinsProducts(6), pageSize: 4 });
});
afterEach(async () => {
  await fake.close();
});

describe('Geins catalog grouping fields', () => {
  it('gives each row its brand, supplier and main category, asked for in the product query it already makes', async () => {
    const rows = await geinsAdapter.connect(connection(), env()).loadCatalog(noop);
    const queries = fake.requests.filter((r) => r.path.startsWith('/API/Product/Query/'));
    expect(queries.map((r) => r.query.get('include'))).toEqual(['Prices,Categories', 'Prices,Categories']);
    expect(fake.requests.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual(['/API/PriceList/List']);
    expect(rows.map((r) => [r.sku, r.groups])).toEqual([
      // The main category (MainCategoryId) is named, not the first one listed; its first name given.
      ['ART-1', { brand: 'Nordic Roast', supplier: 'Kaffe Import AB', category: 'Coffee' }],
      // No brand and no supplier: only the category.
      ['ART-2', { category: 'Tea' }],
      ['ART-3', { brand: 'Nordic Roast', supplier: 'Kaffe Import AB', category: 'Accessories' }],
      ['ART-4', { brand: 'Tea House', supplier: 'Leaf & Co', category: 'Coffee' }],
      ['ART-5', { brand: 'Nordic Roast', supplier: 'Kaffe Import AB', category: 'Tea' }],
      ['ART-6', { category: 'Accessories' }],
    ]);
  });

  it('leaves the groups out of the price read-back, which needs only prices', async () => {
    const client = geinsAdapter.connect(connection(), env());
    await client.loadCatalog(noop);
    const rows = [{ key: '10001', sku: 'ART-1', vendorIds: { productId: '10001', articleNumber: 'ART-1' } }];
    const before = fake.requests.length;
    await client.readPrices!(rows, noop);
    expect(fake.requests.slice(before).filter((r) => r.path.startsWith('/API/Product/Query/')).map((r) => r.query.get('include'))).toEqual(['Prices']);
  });
});
