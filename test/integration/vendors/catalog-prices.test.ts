/**
 * Every connector's catalog carries a price per field (`CatalogRow.prices`): the ids its
 * Test connection reports, the primary one equal to `price`, read from the answers the
 * catalog already gets (the request count is asserted: one more for xclade, the store's
 * currencies; none more elsewhere).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogPricesSchema } from '../../../shared/contract';
import { Big } from '../../../shared/money';
import { primaryField } from '../../../shared/price-fields';
import type { CatalogRow } from '../../../shared/types';
import { Redactor } from '../../../electron/core/redact';
import { getAdapter } from '../../../electron/vendors/registry';
import type { AdapterEnv, ResolvedConnection } from '../../../electron/vendors/types';
import { startAlepheeFake } from '../../fakes/alephee';
import { startCin7Fake } from '../../fakes/cin7';
import { startClinikoFake } from '../../fakes/cliniko';
import { startGeinsFake } from '../../fakes/geins';
import type { FakeServer } from '../../fakes/kit';
import { startXcladeFake } from '../../fakes/xclade';
import { memoryLogger } from '../../support/quiet-log';
import { fakeScope, tempDirScope } from '../../support/test-scope';

const serve = fakeScope();
const tempDir = tempDirScope('pricedesk-catalog-prices-');

function env(): AdapterEnv {
  const dataDir = tempDir();
  return { dataDir, log: memoryLogger(), redactor: new Redactor(), tuning: { backoffMs: 5, timeoutMs: 2000, rateLimitScale: 0.001 } };
}

/**
 * The catalog and the requests it took (counted on `fake`), after a Test connection on
 * another client whose fields the rows must match.
 */
async function load(vendor: string, connection: Omit<ResolvedConnection, 'id'>, fake?: FakeServer): Promise<{ rows: CatalogRow[]; requests: number }> {
  const adapter = getAdapter(vendor);
  const resolved = { id: `${vendor}-1`, ...connection };
  const e = env();
  const test = await adapter.connect(resolved, e).testConnection(new AbortController().signal);
  if (!test.ok || !test.fields) throw new Error(`the test failed: ${test.message}`);
  const before = fake?.requests.length ?? 0;
  const rows = await adapter.connect(resolved, e).loadCatalog({ signal: new AbortController().signal, onProgress: () => {} });
  const ids = test.fields.map((f) => f.id);
  const primary = primaryField(test.fields).id;
  for (const row of rows) {
    expect(Object.keys(row.prices ?? {})).toEqual(ids);
    expect(row.prices?.[primary]).toBe(row.price);
    expect(catalogPricesSchema.parse(row.prices)).toEqual(row.prices);
  }
  return { rows, requests: (fake?.requests.length ?? 0) - before };
}

const pick = (rows: CatalogRow[], ...keys: string[]) => rows.filter((r) => keys.includes(r.key) || keys.includes(r.sku)).map((r) => ({ sku: r.sku, prices: r.prices }));

describe('catalog rows carry every price field', () => {
  it('Cin7 Omni: every PriceColumns key of the options, in the one page the catalog reads', async () => {
    const fake = await serve(startCin7Fake({ windowScale: 0.001 }));
    const { rows, requests } = await load('cin7', { settings: { baseUrl: `${fake.url}/api/`, username: fake.username, vatMode: 'included' }, secret: { apiKey: fake.apiKey } }, fake);
    expect(pick(rows, 'CN-0001', 'CN-0003')).toEqual([
      { sku: 'CN-0001', prices: { retailNZD: '20.90', wholesalNZD: '16.72', costNZD: '10.45' } },
      { sku: 'CN-0003', prices: { retailNZD: '22.90', wholesalNZD: '18.32', costNZD: '11.45' } },
    ]);
    // One page of options; then the product listing and the suppliers for the grouping fields (cin7/groups.ts).
    expect(requests).toBe(3);
  });

  it('Cliniko: price and cost_price from the product list', async () => {
    const key = 'MS0xLWFiY2RlZmdoaWprbG1ub3A-uk1';
    const fake = await serve(startClinikoFake({ apiKey: key, windowMs: 60 }));
    const { rows, requests } = await load('cliniko', { settings: { baseUrl: fake.baseUrl, contactEmail: 'it@clinic.example' }, secret: { apiKey: key } }, fake);
    expect(pick(rows, 'P-0001', 'P-0002')).toEqual([
      { sku: 'P-0001', prices: { price: '20.50', cost_price: null } },
      { sku: 'P-0002', prices: { price: '21.50', cost_price: '9.00' } },
    ]);
    expect(requests).toBe(1);
  });

  it('Alephee: the price with taxes, cost and suggested retail price of the list’s entry', async () => {
    const fake = await serve(startAlepheeFake());
    const { rows, requests } = await load('alephee', { settings: { baseUrl: fake.url, accountId: fake.accountId, priceListId: '11', vatMode: 'included', currency: 'ars' }, secret: { apiKey: fake.apiKey } }, fake);
    expect(pick(rows, 'ALP-0001', 'ALP-0003', 'ALP-0004')).toEqual([
      { sku: 'ALP-0001', prices: { priceWithTaxes: '10.99', cost: '5.97', suggestedRetailPrice: '15.99' } },
      { sku: 'ALP-0003', prices: { priceWithTaxes: '24.99', cost: '12.39', suggestedRetailPrice: null } },
      { sku: 'ALP-0004', prices: { priceWithTaxes: '31.99', cost: null, suggestedRetailPrice: '36.99' } },
    ]);
    expect(requests).toBe(1);
  });

  it('Geins: the connection’s list and its More price lists, from the Prices the product query includes', async () => {
    const fake = await serve(startGeinsFake({ user: 'api-user', password: 'pw-123456', apiKey: 'mgmt-key-12345678' }));
    const settings = { baseUrl: fake.url, apiUser: 'api-user', priceListId: '1000000', morePriceListIds: '2000000, 2', vatMode: 'excluded' };
    const { rows, requests } = await load('geins', { settings, secret: { apiPassword: 'pw-123456', apiKey: 'mgmt-key-12345678' } }, fake);
    expect(pick(rows, 'ART-1', 'ART-2', 'ART-4')).toEqual([
      { sku: 'ART-1', prices: { list1000000: '80.00', list2000000: '10.00', list2: '72.00' } },
      { sku: 'ART-2', prices: { list1000000: '80.80', list2000000: '11.00', list2: null } },
      { sku: 'ART-4', prices: { list1000000: '82.40', list2000000: null, list2: '74.40' } },
    ]);
    // The price lists (for the connection's own) and one product page, as before.
    expect(requests).toBe(2);
  });

  it('xclade: one price per currency of the list, the store’s other currencies null; one request more (the store)', async () => {
    const fake = await serve(startXcladeFake({}));
    const { rows, requests } = await load('xclade', { settings: { baseUrl: fake.url, priceListId: fake.priceListId, currency: 'EUR', authMode: 'secretKey' }, secret: { secretKey: 'sk_test_0123456789abcdef' } }, fake);
    expect(pick(rows, 'SKU-001-A', 'SKU-001-B')).toEqual([
      { sku: 'SKU-001-A', prices: { 'price.EUR': '11.50', 'price.USD': '13.00', 'price.SEK': null } },
      { sku: 'SKU-001-B', prices: { 'price.EUR': '21.00', 'price.USD': null, 'price.SEK': null } },
    ]);
    // The list, its prices and the products as before, and GET /admin/stores once.
    expect(requests).toBe(4);
    expect(fake.requests.filter((r) => r.path === '/admin/stores')).toHaveLength(2);
  });

  it('the demo shop: real, plausible prices for every field, the same on every install', async () => {
    const { rows } = await load('sandbox', { settings: { requestsPerSecond: '1000' }, secret: {} });
    expect(pick(rows, 'COF-01001', 'KIT-01003')).toEqual([
      { sku: 'COF-01001', prices: { price: '28.95', 'price.SEK': '318', wholesale: '24.29', recommended: '29.53', cost: '15.63' } },
      { sku: 'KIT-01003', prices: { price: '174.00', 'price.SEK': '1914', wholesale: '148.56', recommended: '194.88', cost: '114.84' } },
    ]);
    for (const row of rows) {
      const p = row.prices!;
      if (row.price === null) continue;
      const price = new Big(row.price);
      expect(new Big(p.wholesale!).lt(price), row.sku).toBe(true);
      if (p.cost !== null) expect(new Big(p.cost!).lt(p.wholesale!), row.sku).toBe(true);
      expect(new Big(p.recommended!).gte(price), row.sku).toBe(true);
      expect(p['price.SEK'], row.sku).toBe(price.times(11).round(0).toFixed(0));
    }
  });

  it('the demo shop: a catalog saved before the other fields existed gets them, the same on every load', async () => {
    const e = env();
    const saved = { id: '100001', sku: 'COF-01001', name: 'Old save', price: '10.00', cost: '6.00', currency: 'EUR', vatIncluded: true };
    mkdirSync(join(e.dataDir, 'sandbox'), { recursive: true });
    writeFileSync(join(e.dataDir, 'sandbox', 'catalog.json'), JSON.stringify({ version: 1, products: [saved] }));
    const read = () => getAdapter('sandbox').connect({ id: 'sandbox-1', settings: { requestsPerSecond: '1000' }, secret: {} }, e).loadCatalog({ signal: new AbortController().signal, onProgress: () => {} });
    const [row] = await read();
    expect(row!.prices).toMatchObject({ price: '10.00', 'price.SEK': '110', cost: '6.00' });
    expect(new Big(row!.prices!.wholesale!).gt('6.00') && new Big(row!.prices!.wholesale!).lt('10.00')).toBe(true);
    expect((await read())[0]!.prices).toEqual(row!.prices);
  });
});
