/** Pasting SKUs with prices of several price fields (shared/grid/paste-lookup.ts). */
import { describe, expect, it } from 'vitest';
import { planLookupPaste, rowsBySku } from '../../shared/grid/paste-lookup';
import { readPrice } from '../../shared/grid/read-price';
import { cellId } from '../../shared/grid/cells';
import { parseTsv } from '../../shared/grid/tsv';
import type { PriceField } from '../../shared/price-fields';

const field = (id: string, label: string, extra: Partial<PriceField> = {}): PriceField => ({ id, label, kind: 'price', currency: 'EUR', vatIncluded: true, decimals: 2, removable: false, primary: false, ...extra });
const fields = [field('price', 'Price', { primary: true }), field('price.SEK', 'Price SEK', { currency: 'SEK' }), field('wholesale', 'Wholesale', { kind: 'tier' }), field('list2', 'Campaign', { readOnly: 'never written' })];
const index = rowsBySku([
  { key: 'k1', sku: 'COF-1' },
  { key: 'k2', sku: 'COF-2' },
]);
const read = (text: string) => readPrice(text, 'en-US');
const plan = (text: string, target: { field?: string } = {}) => planLookupPaste(parseTsv(text), index, read, { fields, ...target });

describe('pasting SKUs with several price fields', () => {
  it('puts a SKU + price block into the field whose New column is selected', () => {
    expect(plan('COF-1\t7.50\r\n', { field: 'wholesale' })?.edits).toEqual([{ key: cellId('k1', 'wholesale'), newPrice: '7.50' }]);
    expect(plan('COF-1\t7.50\r\n')?.edits).toEqual([{ key: 'k1', newPrice: '7.50' }]);
  });

  it('fills each column’s field from a header naming them by label or id; an empty cell changes nothing', () => {
    const result = plan('SKU\tprice.sek\tWholesale\tPRICE\r\nCOF-1\t110\t7.50\t12.00\r\nCOF-2\t\t8.00\t\r\n');
    expect(result?.refused).toBeUndefined();
    expect(result?.edits).toEqual([
      { key: cellId('k1', 'price.SEK'), newPrice: '110' },
      { key: cellId('k1', 'wholesale'), newPrice: '7.50' },
      { key: 'k1', newPrice: '12.00' },
      { key: cellId('k2', 'wholesale'), newPrice: '8.00' },
    ]);
    expect(result?.header).toBe(true);
  });

  it('refuses several price columns without a header: which is which cannot be guessed', () => {
    expect(plan('COF-1\t110\t7.50\r\nCOF-2\t120\t8.00\r\n')).toMatchObject({ edits: [], refused: { code: 'noHeader', priceColumns: 2, fields: ['Price', 'Price SEK', 'Wholesale', 'Campaign'] } });
  });

  it('refuses a header naming no field, a read-only field, or one field twice', () => {
    expect(plan('SKU\tPrice\tMember price\r\nCOF-1\t12\t9\r\n')?.refused).toEqual({ code: 'unknownColumn', name: 'Member price', fields: ['Price', 'Price SEK', 'Wholesale', 'Campaign'] });
    expect(plan('SKU\tPrice\tCampaign\r\nCOF-1\t12\t9\r\n')?.refused).toEqual({ code: 'readOnly', field: 'Campaign', reason: 'never written' });
    expect(plan('SKU\tWholesale\twholesale\r\nCOF-1\t12\t9\r\n')?.refused).toEqual({ code: 'sameFieldTwice', field: 'Wholesale' });
  });

  it('marks a value that is not a price on its own field’s cell', () => {
    expect(plan('SKU\tPrice\tWholesale\r\nCOF-1\t12\tabc\r\n')).toMatchObject({ edits: [{ key: 'k1', newPrice: '12' }], problems: { [cellId('k1', 'wholesale')]: expect.stringContaining('abc') } });
  });
});
