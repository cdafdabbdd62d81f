/**
 * Several price fields (one per currency of the list) through the xclade connector, against
 * the fake Medusa: every currency of a variant in one batch, results and reads per (row,
 * field). The real Medusa suite (test/medusa/xclade.test.ts) checks the two-currency batch
 * on the real server.
 */
import { describe, expect, it } from 'vitest';
import { changeId } from '../../../shared/types';
import { xcladeAdapter } from '../../../electron/vendors/xclade';
import type { XcladeFake } from '../../fakes/xclade';
import { change, connection, posts, removal, SECRET_KEY, signal, xcladeTestbed } from './xclade-testbed';

const { fake, env, submit, remove } = xcladeTestbed();

const priceId = (server: XcladeFake, variant: string, currency: string) => server.prices.find((p) => p.variant_id === variant && p.currency_code === currency && p.min_quantity === null)?.id;
const priceReads = (server: XcladeFake) => server.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/prices'));
const inField = (currency: string) => ({ field: `price.${currency}` });

describe('xclade price fields: several currencies of the list in one batch', () => {
  it('creates and updates prices in three currencies of several variants in one request, and answers every (row, field)', async () => {
    const server = await fake();
    const changes = [
      change('variant_001_a', 'SKU-001-A', '15'),
      change('variant_001_a', 'SKU-001-A', '16.5', inField('USD')),
      change('variant_001_a', 'SKU-001-A', '150', inField('SEK')),
      change('variant_002_b', 'SKU-002-B', '25'),
      change('variant_002_b', 'SKU-002-B', '250', inField('SEK')),
    ];
    const { results, requests } = await submit(server, changes);
    expect(results.map((r) => [r.key, r.field, r.status])).toEqual(changes.map((c) => [c.key, c.field, 'ok']));
    expect(posts(server).map((p) => p.body)).toEqual([
      {
        create: [
          { currency_code: 'sek', amount: 150, variant_id: 'variant_001_a' },
          { currency_code: 'sek', amount: 250, variant_id: 'variant_002_b' },
        ],
        update: [
          { id: priceId(server, 'variant_001_a', 'eur'), variant_id: 'variant_001_a', currency_code: 'eur', amount: 15 },
          { id: priceId(server, 'variant_001_a', 'usd'), variant_id: 'variant_001_a', currency_code: 'usd', amount: 16.5 },
          { id: priceId(server, 'variant_002_b', 'eur'), variant_id: 'variant_002_b', currency_code: 'eur', amount: 25 },
        ],
      },
    ]);
    // One read of the list before, one batch, and no read-back: the answer confirmed every price.
    expect(priceReads(server)).toHaveLength(1);
    expect(requests).toEqual([changes.map((c) => c.key)]);
    expect([server.priceOf('variant_001_a', 'eur'), server.priceOf('variant_001_a', 'usd'), server.priceOf('variant_001_a', 'sek'), server.priceOf('variant_002_b', 'sek')]).toEqual([15, 16.5, 150, 250]);
  });

  it('fake: two updates of one variant without currency_code collapse into the last, as on Medusa 2.21.2', async () => {
    const server = await fake();
    const [eur, usd] = [priceId(server, 'variant_001_a', 'eur')!, priceId(server, 'variant_001_a', 'usd')!];
    const headers = { 'Content-Type': 'application/json', Authorization: `Basic ${Buffer.from(`${SECRET_KEY}:`).toString('base64')}` };
    const body = { update: [{ id: eur, variant_id: 'variant_001_a', amount: 30 }, { id: usd, variant_id: 'variant_001_a', amount: 31 }] };
    const answer = await fetch(`${server.url}/admin/price-lists/${server.priceListId}/prices/batch`, { method: 'POST', headers, body: JSON.stringify(body) });
    expect(((await answer.json()) as { updated: { id: string }[] }).updated.map((p) => p.id)).toEqual([usd]);
    expect([server.priceOf('variant_001_a', 'eur'), server.priceOf('variant_001_a', 'usd')]).toEqual([11.5, 31]);
  });

  it('settles each field from the list when one currency of a product fails: the update applied, the create did not', async () => {
    const server = await fake();
    // Deleted between load and send: Medusa's create step fails for it, the update beside it stays applied.
    server.products.splice(2, 1);
    const { results } = await submit(server, [change('variant_003_a', 'SKU-003-A', '19'), change('variant_003_a', 'SKU-003-A', '190', inField('SEK'))]);
    expect(results[0]).toMatchObject({ key: 'variant_003_a', status: 'ok', code: 'applied_despite_error' });
    expect(results[0]!.field).toBeUndefined();
    expect(results[1]).toMatchObject({ key: 'variant_003_a', field: 'price.SEK', status: 'error', code: 'invalid_data', message: expect.stringMatching(/^Not applied: .*No price set exist for variants: variant_003_a/) });
    expect(posts(server)).toHaveLength(1);
    expect(server.priceOf('variant_003_a', 'sek')).toBeUndefined();
  });

  it('removes one currency’s price and leaves the others', async () => {
    const server = await fake();
    const usd = priceId(server, 'variant_001_a', 'usd');
    const { results } = await remove(server, [removal('variant_001_a', 'SKU-001-A', inField('USD'))]);
    expect(results).toEqual([{ key: 'variant_001_a', sku: 'SKU-001-A', field: 'price.USD', status: 'ok', code: null, message: null }]);
    expect(posts(server).map((p) => p.body)).toEqual([{ delete: [usd] }]);
    expect(server.priceOf('variant_001_a', 'eur')).toBe(11.5);
  });

  it('refuses a field that names no currency, a second change of one (variant, currency) and a duplicate in one currency, and sends the rest', async () => {
    const server = await fake();
    server.prices.push(
      { id: 'price_sek_1', currency_code: 'sek', amount: 100, variant_id: 'variant_002_a', min_quantity: null, max_quantity: null, rules: {} },
      { id: 'price_sek_2', currency_code: 'sek', amount: 120, variant_id: 'variant_002_a', min_quantity: null, max_quantity: null, rules: {} },
    );
    const { results } = await submit(server, [
      change('variant_001_a', 'SKU-001-A', '5', { field: 'cost' }),
      change('variant_001_a', 'SKU-001-A', '17', inField('USD')),
      change('variant_001_a', 'SKU-001-A', '18', inField('USD')),
      change('variant_002_a', 'SKU-002-A', '130', inField('SEK')),
      change('variant_002_a', 'SKU-002-A', '13'),
    ]);
    expect(results.map((r) => [r.field, r.status, r.code])).toEqual([
      ['cost', 'error', 'unknown_field'],
      ['price.USD', 'ok', null],
      ['price.USD', 'skipped', 'duplicate'],
      ['price.SEK', 'error', 'duplicate_price'],
      [undefined, 'ok', null],
    ]);
    expect(results[0]!.message).toBe('xclade has no price field "cost": its fields are one price per currency, such as price.EUR.');
    expect(results[3]!.message).toContain('2 SEK prices for this product (100.00 and 120.00)');
    expect(posts(server)).toHaveLength(1);
  });

  it('reads each asked (row, field) back by its change id, from one read of the list', async () => {
    const server = await fake();
    const refs = [
      change('variant_001_a', 'SKU-001-A', '1'),
      change('variant_001_a', 'SKU-001-A', '1', inField('USD')),
      change('variant_001_a', 'SKU-001-A', '1', inField('SEK')),
      change('variant_001_b', 'SKU-001-B', '1', inField('USD')),
      change('variant_001_b', 'SKU-001-B', '1', { field: 'cost' }),
    ];
    const read = await xcladeAdapter.connect(connection(server), env()).readPrices!(refs, { signal: signal(), onProgress: () => undefined });
    expect(Object.fromEntries(read)).toEqual({
      variant_001_a: '11.50',
      [changeId(refs[1]!)]: '13.00',
      [changeId(refs[2]!)]: null,
      [changeId(refs[3]!)]: null,
    });
    expect(priceReads(server)).toHaveLength(1);
  });
});
