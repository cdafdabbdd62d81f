import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../shared/export/csv';
import { toXlsx } from '../../../shared/export/sheet';
import { changesTable, gridTable, resultsTable, templateTable } from '../../../shared/export/table';
import type { PriceField } from '../../../shared/price-fields';
import type { CatalogRow } from '../../../shared/types';
import { importBytes } from '../import/helpers';

const field = (id: string, label: string, kind: PriceField['kind'], over: Partial<PriceField> = {}): PriceField => ({ id, label, kind, currency: 'EUR', vatIncluded: true, decimals: 2, removable: true, primary: false, ...over });
/** The demo shop's fields (electron/vendors/sandbox/describe.ts): the cost field's label is also the Cost column's header. */
const demo = [field('price', 'Price', 'price', { primary: true }), field('price.SEK', 'Price SEK', 'price', { currency: 'SEK' }), field('wholesale', 'Wholesale', 'tier'), field('cost', 'Cost', 'cost')];
const row = (key: string, sku: string, price: string, prices: Record<string, string | null>): CatalogRow => ({ key, sku, name: `Product ${sku}`, price, cost: prices.cost ?? null, currency: 'EUR', vatIncluded: true, vendorIds: {}, prices: { price, ...prices } });
const rows = [row('a', 'A-1', '12.00', { 'price.SEK': '132', wholesale: '9.00', cost: '6.50' }), row('b', 'B-2', '20.00', { 'price.SEK': '220', wholesale: '15.00', cost: '11.00' }), row('c', 'C-3', '5.00', { 'price.SEK': null, wholesale: '4.00', cost: '2.00' })];
const edits = { a: '13.00', 'a\u001fwholesale': '9.50', 'b\u001fprice.SEK': '229', 'c\u001fwholesale': '4.00' };

describe('exports with several price fields', () => {
  it('give every other field its current and new price as columns headed by its label (or "<label> (<id>)" where that is taken)', () => {
    const table = gridTable(rows, edits, demo);
    expect(table.columns.map((c) => c.header)).toEqual(['SKU', 'Name', 'Current price', 'New price', 'Cost', 'Currency', 'Current Price SEK', 'Price SEK', 'Current Wholesale', 'Wholesale', 'Current Cost (cost)', 'Cost (cost)']);
    expect(table.columns.filter((c) => c.currency).map((c) => [c.header, c.currency])).toEqual([
      ['Current Price SEK', 'SEK'],
      ['Price SEK', 'SEK'],
    ]);
    expect(table.rows[0]).toEqual(['A-1', 'Product A-1', '12.00', '13.00', '6.50', 'EUR', '132', null, '9.00', '9.50', '6.50', null]);
  });

  it('give a read-only field its current price only, so the file cannot send it back', () => {
    const campaign = field('campaign', 'Campaign', 'sale', { readOnly: 'Geins ignores price changes on campaign lists.' });
    const table = gridTable([row('a', 'A-1', '12.00', { campaign: '10.00' })], {}, [demo[0]!, campaign]);
    expect(table.columns.map((c) => c.header)).toEqual(['SKU', 'Name', 'Current price', 'New price', 'Cost', 'Currency', 'Current Campaign']);
    expect(table.rows[0]).toEqual(['A-1', 'Product A-1', '12.00', null, null, 'EUR', '10.00']);
  });

  it('list a row changed in any field among the changes, and not one whose edit is its current price', () => {
    expect(changesTable(rows, edits, demo).rows.map((r) => r[0])).toEqual(['A-1', 'B-2']);
  });

  it('give each field’s result and message beside its prices', () => {
    const results = { 'b\u001fprice.SEK': { key: 'b', field: 'price.SEK', sku: 'B-2', status: 'error' as const, message: 'Too low for SEK', code: null } };
    const table = resultsTable(rows, results, edits, demo);
    expect(table.columns.map((c) => c.header)).toEqual(['SKU', 'Name', 'Current price', 'New price', 'Currency', 'Result', 'Message', 'Code', 'Current Price SEK', 'Price SEK', 'Price SEK result', 'Price SEK message']);
    expect(table.rows).toEqual([['B-2', 'Product B-2', '20.00', null, 'EUR', null, null, null, '220', '229', 'Failed', 'Too low for SEK']]);
  });

  it('write numeric cells in each field’s currency, and the template leaves every new price blank', () => {
    const sheet = XLSX.read(toXlsx(templateTable(rows, demo)), { cellNF: true }).Sheets.Template!;
    expect(sheet.G2).toMatchObject({ t: 'n', v: 132 });
    expect(String(sheet.G2.z)).toContain('SEK');
    expect(sheet.I2).toMatchObject({ t: 'n', v: 9 });
    expect(String(sheet.I2.z)).toContain('€');
    expect([sheet.H2, sheet.J2, sheet.L2]).toEqual([undefined, undefined, undefined]);
  });

  it.each(['xlsx', 'csv'] as const)('round trip (.%s): the grid export imports back into the same changes, every field mapped by itself', async (format) => {
    const table = gridTable(rows, edits, demo);
    const bytes = format === 'xlsx' ? toXlsx(table) : new TextEncoder().encode(toCsv(table));
    const catalog = rows.map(({ key, sku, price, cost, currency, prices }) => ({ key, sku, price, cost, currency, prices: prices! }));
    const { proposal, report } = await importBytes(bytes, `prices.${format}`, catalog, { rules: { fields: demo } });
    expect(proposal.mapping).toEqual({ sku: 0, name: 1, price: 3, cost: 4, currency: 5, fields: { 'price.SEK': 7, wholesale: 9, cost: 11 } });
    // c's wholesale edit equals its current price: unchanged, as in the grid.
    const expected = format === 'xlsx' ? { a: '13', 'a\u001fwholesale': '9.5', 'b\u001fprice.SEK': '229' } : { a: '13.00', 'a\u001fwholesale': '9.50', 'b\u001fprice.SEK': '229' };
    expect(Object.fromEntries(report.edits.map((e) => [e.key, e.newPrice]))).toEqual(expected);
    expect(report.unchanged).toBe(1);
  });
});
