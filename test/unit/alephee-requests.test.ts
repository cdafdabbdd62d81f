import { describe, expect, it } from 'vitest';
import type { PriceUpdate } from '../../shared/types';
import { alepheeFieldMap } from '../../electron/vendors/alephee/describe';
import { planRequests, productBody, type AlepheeRequest, type ProductObject } from '../../electron/vendors/alephee/requests';

type Entry = { change: PriceUpdate; index: number };
let next = 0;
const entry = (key: string, newPrice: string, field?: string, sku = key.toUpperCase()): Entry => ({
  change: { key, sku, ...(field ? { field } : {}), oldPrice: null, newPrice, currency: 'ARS', vendorIds: {} },
  index: next++,
});
/** A request as "sku:Attribute+Attribute" per object, to read the plan at a glance. */
const shape = (requests: ProductObject<Entry>[][]) => requests.map((r) => r.map((o) => `${o.sku}:${o.parts.map((p) => p.attribute).join('+')}`));
/** The plan with each request's objects, and its list apart. */
function plan(...args: Parameters<typeof planRequests<Entry>>) {
  const planned = planRequests(...args);
  return { requests: planned.requests.map((r: AlepheeRequest<Entry>) => r.objects), lists: planned.requests.map((r) => r.list), refused: planned.refused };
}
const included = alepheeFieldMap('included', '11', []);
const excluded = alepheeFieldMap('excluded', '11', []);
/** The documented combinations (business-rules page), as sorted attribute lists. */
const ALLOWED = ['Cost', 'Price', 'PriceWithTaxes', 'Cost+Price', 'Cost+PriceWithTaxes', 'Price+SuggestedRetailPrice', 'PriceWithTaxes+SuggestedRetailPrice', 'Cost+SuggestedRetailPrice'];

describe('Alephee request planning', () => {
  it('sends one field per product as before: one object each, requests filled in order', () => {
    const entries = ['a', 'b', 'c', 'd', 'e'].map((k) => entry(k, '10'));
    const { requests, refused } = plan(entries, 2, included);
    expect(shape(requests)).toEqual([['A:PriceWithTaxes', 'B:PriceWithTaxes'], ['C:PriceWithTaxes', 'D:PriceWithTaxes'], ['E:PriceWithTaxes']]);
    expect(refused).toEqual([]);
  });

  it('puts any two fields of a product in one object', () => {
    const cases: [string, string][] = [['cost', 'price'], ['suggestedRetailPrice', 'price'], ['cost', 'suggestedRetailPrice']];
    for (const [f1, f2] of cases) {
      const { requests } = plan([entry('a', '10', f1 === 'price' ? undefined : f1), entry('a', '11', f2 === 'price' ? undefined : f2)], 100, excluded);
      expect(requests).toHaveLength(1);
      expect(requests[0]).toHaveLength(1);
    }
  });

  it('splits price, cost and suggested retail price into two objects in two requests, the fewest the rules allow', () => {
    const entries = ['a', 'b', 'c'].flatMap((k) => [entry(k, '20'), entry(k, '12', 'cost'), entry(k, '25', 'suggestedRetailPrice')]);
    const { requests, refused } = plan(entries, 100, included);
    expect(refused).toEqual([]);
    expect(requests).toHaveLength(2);
    for (const request of requests) {
      // Never one SKU twice in a request, every object a documented combination.
      expect(new Set(request.map((o) => o.sku)).size).toBe(request.length);
      for (const object of request) expect(ALLOWED).toContain(object.parts.map((p) => p.attribute).sort().join('+'));
    }
    // Every change sent exactly once.
    expect(requests.flat().flatMap((o) => o.parts.map((p) => p.entry.index)).sort((x, y) => x - y)).toEqual(entries.map((e) => e.index));
    expect(productBody(requests.flat().find((o) => o.sku === 'A' && o.parts.length === 2)!)).toEqual({ SKU: 'A', Price: { PriceWithTaxes: 20, SuggestedRetailPrice: 25 } });
  });

  it('needs no more requests than the batch size forces when few products have three fields', () => {
    // 7 objects (one product with three fields, five with one), 4 per request: 2 requests, not 3.
    const entries = [entry('a', '20'), entry('a', '12', 'cost'), entry('a', '25', 'suggestedRetailPrice'), ...['b', 'c', 'd', 'e', 'f'].map((k) => entry(k, '10'))];
    const { requests } = plan(entries, 4, included);
    expect(requests.map((r) => r.length)).toEqual([4, 3]);
    expect(requests.every((r) => new Set(r.map((o) => o.sku.toLowerCase())).size === r.length)).toBe(true);
  });

  it('refuses a suggested retail price with nothing to go with, and sends the rest', () => {
    const srp = entry('a', '25', 'suggestedRetailPrice');
    const { requests, refused } = plan([srp, entry('b', '10')], 100, included);
    expect(shape(requests)).toEqual([['B:PriceWithTaxes']]);
    expect(refused).toEqual([{ entry: srp, result: expect.objectContaining({ key: 'a', field: 'suggestedRetailPrice', status: 'error', code: 'combination_not_allowed' }) }]);
    expect(refused[0]!.result.message).toContain('only together with the price or the cost');
  });

  it('keeps two rows that share a SKU (in any case) in different requests', () => {
    const { requests } = plan([entry('a', '10', undefined, 'X-1'), entry('a', '11', 'cost', 'X-1'), entry('b', '12', undefined, 'x-1')], 100, included);
    expect(requests).toHaveLength(2);
    expect(requests.every((r) => r.length === 1)).toBe(true);
  });

  it('writes each price list in requests of its own, the connection’s list by its id', () => {
    const fields = alepheeFieldMap('included', '11', ['12']);
    const { requests, lists } = plan([entry('a', '20'), entry('a', '12', 'list12.cost'), entry('b', '21', 'list12.priceWithTaxes'), entry('b', '13', 'cost')], 100, fields);
    expect(lists).toEqual(['11', '12']);
    expect(shape(requests)).toEqual([['A:PriceWithTaxes', 'B:Cost'], ['A:Cost', 'B:PriceWithTaxes']]);
  });
});
