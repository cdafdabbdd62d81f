import { describe, expect, it } from 'vitest';
import { findField, primaryField, priceFieldProblems, type PriceField } from '../../shared/price-fields';
import { catalogPricesSchema, priceChangeSchema, priceFieldSchema } from '../../shared/contract';
import { canonicalField, changeId } from '../../shared/types';

const field = (id: string, label: string, over: Partial<PriceField> = {}): PriceField => ({
  id, label, kind: 'price', currency: 'NZD', vatIncluded: false, decimals: 2, removable: false, primary: false, ...over,
});
const cin7 = [field('retailNZD', 'Retail NZD', { primary: true }), field('wholesalNZD', 'Wholesale NZD', { kind: 'tier' }), field('costNZD', 'Cost NZD', { kind: 'cost' })];

describe('price fields', () => {
  it('accepts one primary field and distinct names', () => {
    expect(priceFieldProblems(cin7)).toEqual([]);
    expect(primaryField(cin7).id).toBe('retailNZD');
  });

  it('wants exactly one primary field', () => {
    expect(priceFieldProblems([field('a', 'A'), field('b', 'B')])).toEqual(['exactly one field must be the primary one; found 0']);
    expect(priceFieldProblems([field('a', 'A', { primary: true }), field('b', 'B', { primary: true })])).toEqual(['exactly one field must be the primary one; found 2 (a, b)']);
    expect(() => primaryField([field('a', 'A')])).toThrow('no primary price field');
  });

  it('refuses ids that differ only in case, and a label that is another field’s id', () => {
    expect(priceFieldProblems([field('cost', 'Cost', { primary: true }), field('COST', 'Cost 2')])).toEqual(['"cost" names both cost and COST']);
    expect(priceFieldProblems([field('price', 'Retail', { primary: true }), field('wholesale', 'Price')])).toEqual(['"price" names both price and wholesale']);
  });

  it('lets a field use its id as its label', () => {
    expect(priceFieldProblems([field('cost', 'Cost', { primary: true })])).toEqual([]);
  });

  it('refuses an id that is not a plain name', () => {
    expect(priceFieldProblems([field('retail price', 'Retail', { primary: true })])).toEqual(['field id "retail price" is not a plain name']);
  });

  it('finds a field by id or label, ignoring case and spaces around', () => {
    expect(findField(cin7, 'WHOLESALNZD')?.id).toBe('wholesalNZD');
    expect(findField(cin7, ' wholesale nzd ')?.id).toBe('wholesalNZD');
    expect(findField(cin7, 'Cost')).toBeUndefined();
    expect(findField(cin7, '  ')).toBeUndefined();
  });

  it('crosses IPC through the contract schema, and only well-formed', () => {
    expect(priceFieldSchema.parse(cin7[1])).toEqual(cin7[1]);
    expect(priceFieldSchema.safeParse({ ...cin7[1], kind: 'msrp' }).success).toBe(false);
    expect(priceFieldSchema.safeParse({ ...cin7[1], currency: 'nzd' }).success).toBe(false);
    expect(priceFieldSchema.safeParse({ ...cin7[1], id: '1 retail' }).success).toBe(false);
    expect(priceFieldSchema.safeParse({ ...cin7[1], extra: true }).success).toBe(false);
  });

  it('a catalog row’s prices: a decimal or null per field id, the rules of price', () => {
    const prices = { retailNZD: '12.50', 'price.EUR': '0.1234', costNZD: null };
    expect(catalogPricesSchema.parse(prices)).toEqual(prices);
    expect(catalogPricesSchema.safeParse({ retailNZD: '12,50' }).success).toBe(false);
    expect(catalogPricesSchema.safeParse({ retailNZD: 12.5 }).success).toBe(false);
    expect(catalogPricesSchema.safeParse({ retailNZD: '1.1234567' }).success).toBe(false);
    expect(catalogPricesSchema.safeParse({ '1 retail': '12.50' }).success).toBe(false);
  });
});

describe('a change names its field', () => {
  it('keeps the row key as the identity of a primary-field change, and tells fields of one row apart', () => {
    expect(changeId({ key: '42' })).toBe('42');
    expect(changeId({ key: '42', field: 'wholesaleNZD' })).not.toBe(changeId({ key: '42', field: 'costNZD' }));
    expect(changeId({ key: '42', field: 'wholesaleNZD' })).not.toBe('42');
    // A key that happens to look like "key + field" cannot collide: field ids hold no control character.
    expect(changeId({ key: '42wholesaleNZD' })).not.toBe(changeId({ key: '42', field: 'wholesaleNZD' }));
  });

  it('drops a field naming the primary, so one (row, field) has one identity', () => {
    expect(canonicalField({ key: '1', field: 'retailNZD' }, 'retailNZD')).toEqual({ key: '1' });
    expect(canonicalField({ key: '1', field: 'costNZD' }, 'retailNZD')).toEqual({ key: '1', field: 'costNZD' });
    expect(canonicalField({ key: '1' }, 'retailNZD')).toEqual({ key: '1' });
  });

  it('lets IPC carry a field id and refuses one that is not a plain name', () => {
    const change = { key: '1', sku: 'A', oldPrice: '1.00', newPrice: '2.00', currency: 'NZD', vendorIds: {} };
    expect(priceChangeSchema.safeParse({ ...change, field: 'price.EUR' }).success).toBe(true);
    expect(priceChangeSchema.safeParse(change).success).toBe(true);
    expect(priceChangeSchema.safeParse({ ...change, field: 'a\u001fb' }).success).toBe(false);
  });
});
