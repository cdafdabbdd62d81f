import { describe, expect, it } from 'vitest';
import { changeColumns } from '../../electron/cli/change-columns';
import type { PriceField } from '../../shared/price-fields';

const field = (id: string, label: string, kind: PriceField['kind'], primary = false): PriceField => ({ id, label, kind, currency: 'NZD', vatIncluded: false, decimals: 2, removable: false, primary });
const cin7 = [field('retailNZD', 'Retail NZD', 'price', true), field('wholesalNZD', 'Wholesale NZD', 'tier'), field('costNZD', 'Cost NZD', 'cost')];
const demo = [field('price', 'Price', 'price', true), field('wholesale', 'Wholesale', 'tier'), field('cost', 'Cost', 'cost')];

describe('the columns of a changes file with price fields', () => {
  it('takes a cost field by its id or label when that is not exactly one of today’s cost words', () => {
    expect(changeColumns(['SKU', 'Retail NZD', 'costNZD'], cin7, 'c.csv')).toMatchObject({ primary: 'Retail NZD', fields: [{ field: 'costNZD', header: 'costNZD' }] });
    expect(changeColumns(['SKU', 'New price', 'Cost NZD'], cin7, 'c.csv')).toMatchObject({ primary: 'New price', fields: [{ field: 'costNZD', header: 'Cost NZD' }] });
    expect(changeColumns(['SKU', 'New price', 'Cost NZD'], cin7, 'c.csv').cost).toBeUndefined();
  });

  it('keeps a column headed exactly in today’s cost words as the cost the rails compare with, never sent; "<label> (<id>)" sends it', () => {
    expect(changeColumns(['SKU', 'Price', 'Cost'], demo, 'c.csv')).toMatchObject({ primary: 'Price', fields: [], cost: 'Cost' });
    expect(changeColumns(['SKU', 'Price', 'Cost (cost)'], demo, 'c.csv')).toMatchObject({ primary: 'Price', fields: [{ field: 'cost', header: 'Cost (cost)' }] });
  });

  it('reads the app’s grid export: "Current <label>" is the price as it is, "<label>" the new one', () => {
    const headers = ['SKU', 'Name', 'Current price', 'New price', 'Cost', 'Currency', 'Current Wholesale', 'Wholesale', 'Current Cost (cost)', 'Cost (cost)'];
    expect(changeColumns(headers, demo, 'prices.xlsx')).toEqual({ sku: 'SKU', primary: 'New price', fields: [{ field: 'wholesale', header: 'Wholesale' }, { field: 'cost', header: 'Cost (cost)' }], cost: 'Cost', currency: 'Currency' });
  });

  it('refuses a column for a read-only field, naming the column and why', () => {
    const geins = [field('list1000000', 'Sweden', 'price', true), { ...field('list1000002', 'Sweden campaign', 'price'), readOnly: 'Geins ignores price changes on campaign lists.' }];
    expect(() => changeColumns(['SKU', 'Price', 'Sweden campaign'], geins, 'c.csv')).toThrow('c.csv: the column "Sweden campaign" is the price field "Sweden campaign", which PriceDesk cannot change: Geins ignores price changes on campaign lists. Remove the column.');
  });
});
