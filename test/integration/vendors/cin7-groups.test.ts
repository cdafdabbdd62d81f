/**
 * Cin7 Omni catalog rows carry their product's grouping fields (brand, category, product
 * type, supplier), read with the fewest requests: one product listing per load (only the
 * grouping fields asked for) and one contacts request per 100 suppliers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Redactor } from '../../../electron/core/redact';
import { cin7Adapter } from '../../../electron/vendors/cin7';
import type { AdapterEnv } from '../../../electron/vendors/types';
import { startCin7Fake, type Cin7Fake } from '../../fakes/cin7';
import { memoryLogger } from '../../support/quiet-log';

const SCALE = 0.01;
let fake: Cin7Fake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setup(optionCount: number) {
  fake = await startCin7Fake({ windowScale: SCALE, optionCount });
  const log = memoryLogger();
  const env: AdapterEnv = { dataDir: '/nonexistent', log, redactor: new Redactor(), tuning: { backoffMs: 5, timeoutMs: 2000, rateLimitScale: SCALE } };
  const client = cin7Adapter.connect({ id: 'cin7-1', settings: { baseUrl: `${fake.url}/api/`, username: fake.username }, secret: { apiKey: fake.apiKey } }, env);
  return { fake, client, log };
}

const noop = { signal: new AbortController().signal, onProgress: () => undefined };
const byCode = <T extends { sku: string }>(rows: T[], code: string): T | undefined => rows.find((r) => r.sku === code);

describe('Cin7 Omni catalog grouping fields', () => {
  it('gives each option its product’s brand, category, product type and supplier name, in one product listing and one contacts request', async () => {
    // 760 options of 254 products: 4 option pages, then 2 product pages (250 + 4) and 1 contacts request.
    const { client, fake } = await setup(760);
    const rows = await client.loadCatalog(noop);
    expect(rows).toHaveLength(760);
    expect(fake.served().map((r) => `${r.path.replace('/api/', '')} ${r.query.get('page')}`)).toEqual([
      'v1/ProductOptions 1',
      'v1/ProductOptions 2',
      'v1/ProductOptions 3',
      'v1/ProductOptions 4',
      'v1/Products 1',
      'v1/Products 2',
      'v1/Contacts 1',
    ]);
    const products = fake.served().find((r) => r.path.endsWith('/v1/Products'))!;
    expect(products.query.get('fields')).toBe('Id,Brand,Category,ProductType,SupplierId');
    expect(fake.served().find((r) => r.path.endsWith('/v1/Contacts'))!.query.get('where')).toBe('Id IN (7002,7001)');
    // Options 1-3 belong to product 501, options 13-15 to product 505 (no brand, no supplier).
    expect(byCode(rows, 'CN-0002')).toMatchObject({ groups: { category: 'Coffee', brand: 'Tea House', productType: 'Finished good', supplier: 'Leaf & Co' } });
    expect(byCode(rows, 'CN-0004')).toMatchObject({ groups: { category: 'Tea', brand: 'Nordic Roast', productType: 'Finished good', supplier: 'Kaffe Import AB' } });
    expect(byCode(rows, 'CN-0013')!.groups).toEqual({ category: 'Tea', productType: 'Finished good' });
    // The last page of products (ids 751-754) joins too.
    expect(byCode(rows, 'CN-0760')!.groups).toMatchObject({ category: expect.any(String), productType: 'Finished good' });
  });

  it('loads the prices without grouping fields when the product listing is refused, and logs why', async () => {
    const { client, fake, log } = await setup(5);
    fake.inject({ match: (r) => r.path.endsWith('/v1/Products'), reply: { status: 403, json: { Message: 'This API connection does not have permission for the Products module.' } } });
    const rows = await client.loadCatalog(noop);
    expect(rows.map((r) => [r.sku, r.price, r.groups])).toEqual(fake.options.map((o) => [o.code, o.retailPrice, undefined]));
    expect(log.lines.join('\n')).toMatch(/grouping fields not read: .*permission for the Products module/);
  });

  it('stops at Cancel during the product listing rather than loading without groups', async () => {
    const { client, fake } = await setup(5);
    const controller = new AbortController();
    fake.inject({ match: (r) => r.path.endsWith('/v1/Products'), delayMs: 300 });
    setTimeout(() => controller.abort(new Error('cancelled by the test')), 100);
    await expect(client.loadCatalog({ signal: controller.signal, onProgress: () => undefined })).rejects.toThrow();
  });
});
