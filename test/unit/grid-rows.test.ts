import { describe, expect, it } from 'vitest';
import { gridRows } from '../../shared/grid/grid-rows';
import type { CatalogRow } from '../../shared/types';

const row = (key: string, extra: Partial<CatalogRow> = {}): CatalogRow => ({
  key,
  sku: `SKU-${key}`,
  name: `Item ${key}`,
  price: '10.00',
  cost: '6.00',
  currency: 'EUR',
  vatIncluded: true,
  prices: { price: '10.00', 'price.SEK': '110', cost: '6.00' },
  vendorIds: { productId: key },
  ...extra,
});

describe('the rows the grid gets', () => {
  it('keeps every field the grid uses, every price field included', () => {
    const catalog = [row('a', { notice: 'Two prices where one belongs.', noticeSaid: { id: 'vendor.xclade.duplicateNotice', params: { count: 2 } }, groups: { category: 'Coffee' } }), row('b')];
    const held = gridRows(catalog);
    const prices = { price: '10.00', 'price.SEK': '110', cost: '6.00' };
    expect(held).toEqual([
      { key: 'a', sku: 'SKU-a', name: 'Item a', price: '10.00', cost: '6.00', currency: 'EUR', vatIncluded: true, prices, vendorIds: { productId: 'a' }, notice: 'Two prices where one belongs.', noticeSaid: { id: 'vendor.xclade.duplicateNotice', params: { count: 2 } }, groups: { category: 'Coffee' } },
      { key: 'b', sku: 'SKU-b', name: 'Item b', price: '10.00', cost: '6.00', currency: 'EUR', vatIncluded: true, prices, vendorIds: { productId: 'b' } },
    ]);
    expect(held[1]).not.toHaveProperty('groups');
    expect(held[1]).not.toHaveProperty('notice');
  });

  it('leaves out prices that hold the primary field only: price has it', () => {
    const held = gridRows([row('a', { prices: { price: '10.00' } }), row('b', { prices: undefined })]);
    expect(held[0]).not.toHaveProperty('prices');
    expect(held[1]).not.toHaveProperty('prices');
  });

  it('shares one groups object between rows with the same grouping fields, and only those', () => {
    const held = gridRows([
      row('a', { groups: { category: 'Coffee', brand: 'Nordic Roast' } }),
      row('b', { groups: { category: 'Coffee', brand: 'Nordic Roast' } }),
      row('c', { groups: { category: 'Coffee', brand: 'Tea House' } }),
      row('d', { groups: { category: 'Coffee' } }),
      row('e', { groups: { brand: 'Coffee' } }),
    ]);
    expect(held[0]!.groups).toBe(held[1]!.groups);
    expect(held[2]!.groups).toEqual({ category: 'Coffee', brand: 'Tea House' });
    expect(held[3]!.groups).toEqual({ category: 'Coffee' });
    // The same name in another field is another group.
    expect(held[4]!.groups).toEqual({ brand: 'Coffee' });
    expect(new Set(held.map((r) => r.groups)).size).toBe(4);
  });
});
