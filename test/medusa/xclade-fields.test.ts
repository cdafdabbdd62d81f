/**
 * Several price fields against a real Medusa: prices in two currencies of one list (EUR, the
 * connection's, and SEK, a store currency) changed in one batch request, then read back
 * through Medusa's own API: exactly one price per variant and currency, with the amounts sent.
 */
import { describe, expect, it } from 'vitest';
import { changeId, type PriceUpdate } from '../../shared/types';
import { medusaTestbed } from './testbed';

const t = medusaTestbed();
const sek = (change: PriceUpdate, newPrice: string, oldPrice: string | null): PriceUpdate => ({ ...change, field: 'price.SEK', newPrice, oldPrice, currency: 'SEK' });

describe('xclade against a real Medusa: price fields', () => {
  it('changes two currencies of one list in one batch: updates where a price is, creates where none is', async () => {
    await t.admin.addPrices(t.state.listId, [{ variantId: t.variant(0).id, amount: 115, currency: 'sek' }]);
    const changes = [
      t.update(0, '20.00'),
      sek(t.update(0, '0'), '220.00', '115.00'),
      sek(t.update(1, '0'), '130.00', null),
      // A variant with no price in the list at all: both currencies created.
      t.update(9, '9.99', null),
      sek(t.update(9, '0'), '99.00', null),
    ];
    const requests: string[][] = [];
    const results = await t.client().submit(changes, { ...t.options(), beforeRequest: async (rows) => void requests.push(rows.map(changeId)) });

    expect(results.map((r) => [r.key, r.field, r.status, r.message])).toEqual(changes.map((c) => [c.key, c.field, 'ok', null]));
    expect(requests).toEqual([changes.map(changeId)]);
    // expectList: one price per variant and currency, and the EUR amounts.
    await t.expectList(t.startingList({ 0: 20, 9: 9.99 }));
    const prices = await t.admin.listPrices(t.state.listId);
    const inSek = Object.fromEntries(prices.filter((p) => p.currency === 'sek').map((p) => [p.variantId, p.amount]));
    expect(inSek).toEqual({ [t.variant(0).id]: 220, [t.variant(1).id]: 130, [t.variant(9).id]: 99 });

    const read = await t.client().readPrices!(changes, { signal: new AbortController().signal, onProgress: () => undefined });
    expect(changes.map((c) => read.get(changeId(c)))).toEqual(['20.00', '220.00', '130.00', '9.99', '99.00']);
  });
});
