import { describe, expect, it } from 'vitest';
import { findField, primaryField, priceFieldProblems, type PriceField } from '../../shared/price-fields';
import { catalogPricesSchema, priceFieldSchema } from '../../shared/contract';

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
