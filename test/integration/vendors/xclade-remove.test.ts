/**
 * Removing prices through the xclade connector, against the fake Medusa over loopback. The
 * fake soft-deletes any price id it is given, from any list, as Medusa does: so these tests
 * prove the connector only ever sends ids it has just read from the connection's own list.
 */
import { describe, expect, it } from 'vitest';
import { settleByReading } from '../../../shared/submission';
import { createXcladeAdapter, xcladeAdapter } from '../../../electron/vendors/xclade';
import type { XcladeFake } from '../../fakes/xclade';
import { connection, posts, removal, signal, xcladeTestbed } from './xclade-testbed';

const { fake, env, remove } = xcladeTestbed();

const listReads = (server: XcladeFake) => server.requests.filter((r) => r.method === 'GET' && r.path === `/admin/price-lists/${server.priceListId}`);
const batchSize = (n: number) => ({ ...env(), tuning: { ...env().tuning, batchSize: n } });
/** The price id this list holds for a variant's plain EUR price, before anything is sent. */
const listPriceId = (server: XcladeFake, variant: string) => server.prices.find((p) => p.variant_id === variant && p.currency_code === 'eur' && p.min_quantity === null)!.id;

describe('xclade removePrices', () => {
  it('says it removes prices, and deletes exactly this list’s plain price: not the sale list’s, the tier or the USD price', async () => {
    expect(xcladeAdapter.description.capabilities.deletesPrices).toBe(true);
    const server = await fake();
    const before = server.prices.filter((p) => p.variant_id === 'variant_001_a').map((p) => p.id);
    // A stale price id from elsewhere in vendorIds must not be what is sent.
    const { results, requests, progress } = await remove(server, [removal('variant_001_a', 'SKU-001-A', { oldPrice: '11.50', vendorIds: { variantId: 'variant_001_a', priceId: 'price_sale_1' } })]);

    expect(results).toEqual([{ key: 'variant_001_a', sku: 'SKU-001-A', status: 'ok', code: null, message: null }]);
    expect(posts(server).map((p) => p.body)).toEqual([{ delete: ['price_0001'] }]);
    expect(posts(server)[0]!.path).toBe('/admin/price-lists/plist_01TEST/prices/batch');
    expect(requests).toEqual([['variant_001_a']]);
    expect(progress.at(-1)).toEqual({ done: 1, total: 1 });
    expect(server.deletedPrices.map((p) => p.id)).toEqual(['price_0001']);
    expect(server.otherPrices.map((p) => [p.id, p.variant_id, p.amount])).toEqual([
      ['price_sale_1', 'variant_001_a', 8],
      ['price_sale_2', 'variant_002_a', 9],
    ]);
    expect(server.prices.filter((p) => p.variant_id === 'variant_001_a').map((p) => p.id)).toEqual(before.filter((id) => id !== 'price_0001'));
    expect(server.priceOf('variant_001_a', 'usd')).toBe(13);

    // What the app reads afterwards: no price for the row, in the catalog and in a re-read.
    const client = xcladeAdapter.connect(connection(server), env());
    const rows = await client.loadCatalog({ signal: signal(), onProgress: () => undefined });
    expect(rows.find((r) => r.sku === 'SKU-001-A')).toMatchObject({ price: null, vendorIds: { variantId: 'variant_001_a', productId: 'prod_001' } });
    expect(rows.find((r) => r.sku === 'SKU-001-A')!.vendorIds.priceId).toBeUndefined();
    const read = await client.readPrices!([{ key: 'variant_001_a', sku: 'SKU-001-A', vendorIds: { variantId: 'variant_001_a' } }], { signal: signal(), onProgress: () => undefined });
    expect([...read]).toEqual([['variant_001_a', null]]);
  });

  it('answers ok without a request when the list has no price for the variant already', async () => {
    const server = await fake();
    // SKU-005-A has no price at all; SKU-001-A has only USD, tier and sale-list prices left once its plain EUR one is gone.
    server.prices.splice(server.prices.findIndex((p) => p.id === 'price_0001'), 1);
    const { results, requests } = await remove(server, [removal('variant_005_a', 'SKU-005-A'), removal('variant_001_a', 'SKU-001-A', { oldPrice: '11.50' })]);
    expect(results).toEqual([
      { key: 'variant_005_a', sku: 'SKU-005-A', status: 'ok', code: null, message: 'It had no price in this price list already; nothing was sent.', said: { id: 'vendor.xclade.nothingToRemove' } },
      { key: 'variant_001_a', sku: 'SKU-001-A', status: 'ok', code: null, message: 'It had no price in this price list already; nothing was sent.', said: { id: 'vendor.xclade.nothingToRemove' } },
    ]);
    expect(posts(server)).toHaveLength(0);
    expect(requests).toEqual([]);
    expect(listReads(server)).toHaveLength(1);
    expect(server.otherPrices).toHaveLength(2);
  });

  it('sends the valid removals of a mixed set once each and settles the rest locally', async () => {
    const server = await fake();
    const { results } = await remove(server, [
      removal('variant_001_a', 'SKU-001-A'),
      removal('variant_002_a', 'SKU-002-A', { currency: 'USD' }),
      removal('variant_002_b', 'SKU-002-B'),
      removal('variant_001_a', 'SKU-001-A'),
      removal('variant_004_a', 'SKU-004-A'),
    ]);
    expect(results.map((r) => [r.sku, r.status, r.code])).toEqual([
      ['SKU-001-A', 'ok', null],
      ['SKU-002-A', 'error', 'currency_mismatch'],
      ['SKU-002-B', 'ok', null],
      ['SKU-001-A', 'skipped', 'duplicate'],
      ['SKU-004-A', 'ok', null],
    ]);
    expect(results[1]!.message).toBe('This connection edits EUR prices; the change is in USD.');
    expect(results[4]!.message).toMatch(/no price in this price list already/);
    expect(posts(server).map((p) => p.body)).toEqual([{ delete: ['price_0001', 'price_0006'] }]);
    expect(server.priceOf('variant_002_a')).toBe(12.5);
    expect(server.priceOf('variant_002_b')).toBeUndefined();
  });

  it('cancelled midway: the rest come back skipped, and each request was announced with exactly its rows', async () => {
    const server = await fake();
    const variants = ['001', '002', '003'].flatMap((n) => [`variant_${n}_a`, `variant_${n}_b`]);
    const ids = new Map(variants.map((v) => [v, listPriceId(server, v)]));
    const changes = variants.map((v) => removal(v, v.replace('variant_', 'SKU-').toUpperCase()));
    const { results, requests } = await remove(server, changes, { e: batchSize(2), abortAfter: 4 });
    expect(results.map((r) => r.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'skipped', 'skipped']);
    expect(results[4]!.message).toBe('Cancelled before it was sent.');
    expect(requests).toEqual([variants.slice(0, 2), variants.slice(2, 4)]);
    // The announced rows are exactly the ids the fake received, request by request.
    expect(posts(server).map((p) => p.body)).toEqual(requests.map((keys) => ({ delete: keys.map((k) => ids.get(k)) })));
    expect(server.priceOf('variant_003_a')).toBe(13.5);
    expect(server.priceOf('variant_003_b')).toBe(23);
    expect(server.priceOf('variant_002_b')).toBeUndefined();
  });

  it('leaves the list unchanged on a 4xx, errors on a 500 and leaves rows unknown on a 504, never resending', async () => {
    const server = await fake();
    server.inject(
      { match: (r) => r.path.endsWith('/prices/batch'), reply: { status: 400, json: { type: 'invalid_data', message: "Invalid request: Field 'delete, 0' must be a string" } } },
      { match: (r) => r.path.endsWith('/prices/batch'), reply: { status: 500, json: { type: 'database_error', message: 'An error occured while deleting' } } },
      { match: (r) => r.path.endsWith('/prices/batch'), reply: { status: 504, text: 'Gateway Timeout' } },
    );
    const changes = ['001', '002', '003', '001'].map((n, i) => removal(`variant_${n}_${i === 3 ? 'b' : 'a'}`, `SKU-${n}-${i === 3 ? 'B' : 'A'}`));
    const { results } = await remove(server, changes, { e: batchSize(1) });
    expect(results.map((r) => [r.sku, r.status, r.code])).toEqual([
      ['SKU-001-A', 'error', 'invalid_data'],
      ['SKU-002-A', 'error', 'database_error'],
      ['SKU-003-A', 'unknown', 'http_504'],
      ['SKU-001-B', 'ok', null],
    ]);
    expect(results[0]!.message).toBe('Not applied: xclade answered with an error ("Invalid request: Field \'delete, 0\' must be a string"); the price list shows this row unchanged.');
    expect(results[2]!.message).toMatch(/verify it before sending again/);
    expect(posts(server)).toHaveLength(4);
    expect(server.appliedBatches).toEqual([{ delete: ['price_0002'] }]);
    expect(server.priceOf('variant_001_a')).toBe(11.5);
    expect(server.priceOf('variant_002_a')).toBe(12.5);
  });

  it('settles removals from the list when the connection drops after the delete applied, as Verify does', async () => {
    const server = await fake();
    server.inject({ match: (r) => r.path.endsWith('/prices/batch'), dropAfterApply: true });
    const changes = [removal('variant_001_a', 'SKU-001-A', { oldPrice: '11.50' }), removal('variant_002_b', 'SKU-002-B', { oldPrice: '22.00' })];
    const { results } = await remove(server, changes);
    expect(results.map((r) => [r.status, r.code])).toEqual([
      ['ok', 'applied_despite_error'],
      ['ok', 'applied_despite_error'],
    ]);
    expect(posts(server)).toHaveLength(1);
    expect(server.priceOf('variant_001_a')).toBeUndefined();
    // What "Verify" does with these rows: the re-read says no price, which is the removal.
    const remote = await xcladeAdapter.connect(connection(server), env()).readPrices!(changes, { signal: signal(), onProgress: () => undefined });
    expect(changes.map((c) => settleByReading(c, remote))).toEqual(changes.map((c) => ({ key: c.key, sku: c.sku, status: 'ok', code: 'verified', message: 'Verified: the price is removed at the vendor.' })));
  });

  it('splits deletes by body size as well as by count', async () => {
    const server = await fake({ productCount: 20, maxBodyBytes: 120 });
    const variants = server.prices.filter((p) => p.currency_code === 'eur' && p.min_quantity === null).map((p) => p.variant_id);
    expect(variants).toHaveLength(20);
    const ids = variants.map((v) => listPriceId(server, v));
    const { results, requests } = await remove(server, variants.map((v) => removal(v, v)), { adapter: createXcladeAdapter({ maxBodyBytes: 120 }) });
    expect(results.every((r) => r.status === 'ok')).toBe(true);
    expect(posts(server).length).toBeGreaterThan(2);
    expect(requests).toHaveLength(posts(server).length);
    for (const post of posts(server)) {
      expect(Buffer.byteLength(post.rawBody)).toBeLessThanOrEqual(120);
      expect(Object.keys(post.body as object)).toEqual(['delete']);
    }
    expect(posts(server).flatMap((p) => (p.body as { delete: string[] }).delete)).toEqual(ids);
    expect(variants.every((v) => server.priceOf(v) === undefined)).toBe(true);
    expect(server.otherPrices).toHaveLength(2);
  });

  it('reads the list back once when the answer does not name the deleted id: gone is ok', async () => {
    const server = await fake({ deletedAnswer: 'omitted' });
    const { results } = await remove(server, [removal('variant_001_a', 'SKU-001-A'), removal('variant_002_a', 'SKU-002-A')]);
    expect(results.map((r) => [r.status, r.message])).toEqual([
      ['ok', null],
      ['ok', null],
    ]);
    expect(listReads(server)).toHaveLength(2);
    expect(posts(server)).toHaveLength(1);
  });

  it.each([
    ['an answer without the id', { status: 200, json: { created: [], updated: [], deleted: { ids: [], object: 'price', deleted: true } } }],
    ['an unreadable answer', { status: 200, text: 'OK' }],
  ])('with %s and the price still listed, the row is unknown and names the price it still has', async (_name, reply) => {
    const server = await fake();
    // The reply stands in for the vendor's: nothing is applied.
    server.inject({ match: (r) => r.path.endsWith('/prices/batch'), reply });
    const { results } = await remove(server, [removal('variant_001_a', 'SKU-001-A')]);
    expect(results).toEqual([
      {
        key: 'variant_001_a',
        sku: 'SKU-001-A',
        status: 'unknown',
        code: 'not_confirmed',
        message: 'xclade accepted the request but did not confirm the removal; the list still shows 11.50. Verify it before sending again.',
        said: { id: 'vendor.xclade.removalNotConfirmedShows', params: { amounts: ['11.50'] } },
      },
    ]);
    expect(listReads(server)).toHaveLength(2);
    expect(posts(server)).toHaveLength(1);
  });

  it('is unknown when the answer does not confirm and reading the list back fails too', async () => {
    const server = await fake();
    const sent = () => posts(server).length > 0;
    server.inject(
      { match: (r) => r.path.endsWith('/prices/batch'), reply: { status: 200, json: { created: [], updated: [] } } },
      { match: (r) => r.method === 'GET' && sent(), reply: { status: 404, json: { type: 'not_found', message: 'Price list was not found' } } },
    );
    const { results } = await remove(server, [removal('variant_001_a', 'SKU-001-A')]);
    expect(results[0]).toMatchObject({ status: 'unknown', code: 'not_confirmed', message: expect.stringMatching(/did not confirm the price was removed, and reading the list back failed/) });
    expect(listReads(server)).toHaveLength(2);
  });
});
