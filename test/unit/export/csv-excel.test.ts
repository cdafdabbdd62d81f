/**
 * "CSV for Excel (semicolon)" (issue #16): semicolons between cells and the locale's
 * decimal separator in prices, so Excel where decimals are commas opens the prices as
 * numbers; plain CSV stays comma-separated with decimal points whatever the language.
 * Either file imported back gives the same prices.
 */
import { describe, expect, it } from 'vitest';
import { excelCsv, toCsv } from '../../../shared/export/csv';
import { gridTable, templateTable } from '../../../shared/export/table';
import type { CatalogRow } from '../../../shared/types';
import { textBytes } from '../../support/import-fixtures';
import { importBytes } from '../import/helpers';

const row = (key: string, sku: string, name: string, price: string | null, cost: string | null = null): CatalogRow => ({ key, sku, name, price, cost, currency: 'EUR', vatIncluded: true, vendorIds: {} });
const rows = [row('a', '000123', 'Café; bar', '1234.50', '6.5'), row('b', 'B-2', '=1+1', '20'), row('c', 'C-3', 'Plain', null)];
const catalog = rows.map(({ key, sku, price, cost, currency }) => ({ key, sku, price, cost, currency }));
const lines = (csv: string) => csv.slice(1).split('\r\n');

describe('CSV for Excel (semicolon)', () => {
  it('separates cells with semicolons and writes prices with the decimal comma, exact and ungrouped', () => {
    const csv = toCsv(gridTable(rows, { a: '1299.999' }), excelCsv(','));
    expect(csv.startsWith('\uFEFFSKU;Name;Current price;New price;Cost;Currency\r\n')).toBe(true);
    expect(lines(csv)[1]).toBe('000123;"Café; bar";1234,50;1299,999;6,5;EUR');
    expect(lines(csv)[2]).toBe("B-2;'=1+1;20;;;EUR");
    expect(lines(csv)[3]).toBe('C-3;Plain;;;;EUR');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('keeps the decimal point where the locale writes one', () => {
    expect(lines(toCsv(gridTable(rows, {}), excelCsv('.')))[1]).toBe('000123;"Café; bar";1234.50;;6.5;EUR');
  });

  it('leaves plain CSV comma-separated with decimal points', () => {
    expect(lines(toCsv(gridTable(rows, {})))[1]).toBe('000123,Café; bar,1234.50,,6.5,EUR');
  });

  it('imports back to the same prices', async () => {
    const exported = toCsv(templateTable(rows), excelCsv(','));
    const edited = exported.replace('1234,50;;6,5', '1234,50;1300,25;6,5').replace('B-2;\'=1+1;20;;', "B-2;'=1+1;20;20,00;");
    const { report, proposal } = await importBytes(textBytes(edited), 'template.csv', catalog);
    expect(proposal.mapping.price).toBe(3);
    expect(report.edits).toEqual([{ key: 'a', newPrice: '1300.25' }]);
    expect(report.unchanged).toBe(1);
  });
});
