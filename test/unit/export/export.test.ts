import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from '../../../shared/export/csv';
import { toXlsx } from '../../../shared/export/sheet';
import { changesTable, gridTable, resultsTable, templateTable } from '../../../shared/export/table';
import { REMOVE_PRICE } from '../../../shared/grid/edit';
import type { CatalogRow } from '../../../shared/types';
import { textBytes } from '../../support/import-fixtures';
import { importBytes } from '../import/helpers';

const row = (key: string, sku: string, name: string, price: string | null, cost: string | null = null): CatalogRow => ({ key, sku, name, price, cost, currency: 'EUR', vatIncluded: true, vendorIds: {} });
const rows = [row('a', '000123', 'Café', '12.00', '6.5'), row('b', '4006381333931', '=1+1', '20.00'), row('c', 'C-3', 'Plain', '9.90')];
const catalog = rows.map(({ key, sku, price, cost, currency }) => ({ key, sku, price, cost, currency }));

describe('CSV export', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+49 30 1234', "'+49 30 1234"],
    ['-cmd', "'-cmd"],
    ['@import', "'@import"],
    ['\tTab', "'\tTab"],
    ['\rCR', "'\rCR"],
    ['Normal = fine', 'Normal = fine'],
    ['', ''],
  ])('neutralises %j as %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it('writes a header, quotes where needed, plain decimal prices and a BOM', () => {
    const csv = toCsv(gridTable([...rows, row('d', 'D,4', 'Say "hi"', null)], { a: '13.5' }));
    expect(csv.startsWith('\uFEFFSKU,Name,Current price,New price,Cost,Currency\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('000123,Café,12.00,13.5,6.5,EUR');
    expect(lines[2]).toBe("4006381333931,'=1+1,20.00,,,EUR");
    expect(lines[4]).toBe('"D,4","Say ""hi""",,,,EUR');
  });

  it('exports only changed rows, and results with the vendor messages', () => {
    expect(changesTable(rows, { a: '13.00', c: '9.90' }).rows).toEqual([['000123', 'Café', '12.00', '13.00', '6.5', 'EUR']]);
    const results = resultsTable(rows, { b: { key: 'b', sku: '4006381333931', status: 'error', message: 'Price below floor', code: 'E42' } }, { b: '1.00' });
    expect(results.rows).toEqual([['4006381333931', '=1+1', '20.00', '1.00', 'EUR', 'Failed', 'Price below floor', 'E42']]);
  });

  it('writes a pending price removal as words, in CSV and as a text cell in .xlsx', () => {
    const table = changesTable(rows, { a: REMOVE_PRICE, b: '20.00' });
    expect(table.rows).toEqual([['000123', 'Café', '12.00', 'remove price', '6.5', 'EUR']]);
    expect(toCsv(table).split('\r\n')[1]).toBe('000123,Café,12.00,remove price,6.5,EUR');
    const sheet = XLSX.read(toXlsx(table)).Sheets.Changes!;
    expect(sheet.D2).toMatchObject({ t: 's', v: 'remove price' });
    expect(sheet.C2).toMatchObject({ t: 'n', v: 12 });
  });

  it('round trip: a CSV export edited and imported gives the same changes', async () => {
    const exported = toCsv(templateTable(rows));
    const edited = exported.replace('000123,Café,12.00,,', '000123,Café,12.00,14.25,').replace('C-3,Plain,9.90,,', 'C-3,Plain,9.90,9.90,');
    const { report, proposal } = await importBytes(textBytes(edited), 'template.csv', catalog);
    expect(proposal.mapping.price).toBe(3);
    expect(report.edits).toEqual([{ key: 'a', newPrice: '14.25' }]);
    expect(report.unchanged).toBe(1);
    expect(report.blank).toBe(1);
  });
});

describe('xlsx export', () => {
  const bytes = toXlsx(gridTable(rows, { a: '13.5', c: '9.999' }));
  const ws = XLSX.read(bytes, { cellNF: true, cellStyles: true }).Sheets.Prices!;

  it('writes SKUs as text and prices as numbers with a 2-decimal format', () => {
    expect(ws.A2).toMatchObject({ t: 's', v: '000123' });
    expect(ws.A3).toMatchObject({ t: 's', v: '4006381333931' });
    expect(ws.B3).toMatchObject({ t: 's', v: '=1+1' });
    expect(ws.B3?.f).toBeUndefined();
    expect(ws.C2).toMatchObject({ t: 'n', v: 12, z: '0.00' });
    expect(ws.D2).toMatchObject({ t: 'n', v: 13.5, z: '0.00' });
    // More decimals than two are shown, not hidden by the format.
    expect(ws.D4).toMatchObject({ t: 'n', v: 9.999, z: '0.000' });
    expect(ws.D3).toBeUndefined();
  });

  it('has a header row, column widths from the content and a frozen header', () => {
    expect([ws.A1?.v, ws.B1?.v, ws.C1?.v, ws.D1?.v, ws.E1?.v, ws.F1?.v]).toEqual(['SKU', 'Name', 'Current price', 'New price', 'Cost', 'Currency']);
    expect(ws['!cols']?.map((c) => c.wch)).toEqual([15, 8, 15, 11, 8, 10]);
    const zip = XLSX.CFB.read(bytes, { type: 'array' }) as { FullPaths: string[]; FileIndex: { content: Uint8Array }[] };
    const xml = new TextDecoder().decode(zip.FileIndex[zip.FullPaths.findIndex((p) => p.endsWith('sheet1.xml'))]!.content);
    expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
  });

  it('round trip: the xlsx export read back by the import gives the same changes', async () => {
    const { report } = await importBytes(bytes, 'prices.xlsx', catalog, { rules: { maxDecimals: 3 } });
    expect(report.edits).toEqual([
      { key: 'a', newPrice: '13.5' },
      { key: 'c', newPrice: '9.999' },
    ]);
  });
});
