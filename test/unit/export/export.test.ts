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

  it('writes SKUs as text and prices as exact numbers with a format showing the currency, grouping and 2 decimals', () => {
    expect(ws.A2).toMatchObject({ t: 's', v: '000123' });
    expect(ws.A3).toMatchObject({ t: 's', v: '4006381333931' });
    expect(ws.B3).toMatchObject({ t: 's', v: '=1+1' });
    expect(ws.B3?.f).toBeUndefined();
    // `w` is SheetJS's own rendering of the format, as a spreadsheet program in en-US shows it.
    expect(ws.C2).toMatchObject({ t: 'n', v: 12, z: '"€"#,##0.00', w: '€12.00' });
    expect(ws.D2).toMatchObject({ t: 'n', v: 13.5, z: '"€"#,##0.00', w: '€13.50' });
    expect(ws.E2).toMatchObject({ t: 'n', v: 6.5, z: '"€"#,##0.00', w: '€6.50' });
    // More decimals than two are shown, not hidden by the format.
    expect(ws.D4).toMatchObject({ t: 'n', v: 9.999, z: '"€"#,##0.000', w: '€9.999' });
    expect(ws.D3).toBeUndefined();
    // The currency column stays text.
    expect(ws.F2).toMatchObject({ t: 's', v: 'EUR' });
  });

  it('places each row\'s own currency symbol where the person\'s locale puts it, with the value exact', () => {
    const mixed = [row('a', 'A', 'Euro', '1234.5'), { ...row('s', 'S', 'Krona', '1234567.25', '99'), currency: 'SEK' }, { ...row('u', 'U', 'Odd', '5.00'), currency: '' }];
    const read = (locale: string) => XLSX.read(toXlsx(gridTable(mixed, {}), locale), { cellNF: true }).Sheets.Prices!;
    const us = read('en-US');
    expect(us.C2).toMatchObject({ t: 'n', v: 1234.5, z: '"€"#,##0.00', w: '€1,234.50' });
    expect(us.C3).toMatchObject({ t: 'n', v: 1234567.25, z: '"SEK\u00a0"#,##0.00', w: 'SEK\u00a01,234,567.25' });
    expect(us.E3).toMatchObject({ t: 'n', v: 99, z: '"SEK\u00a0"#,##0.00' });
    // A row without a currency: grouped and 2 decimals, no symbol.
    expect(us.C4).toMatchObject({ t: 'n', v: 5, z: '#,##0.00', w: '5.00' });
    const es = read('es-ES');
    expect(es.C2).toMatchObject({ t: 'n', v: 1234.5, z: '#,##0.00"\u00a0€"' });
    expect(es.C3).toMatchObject({ t: 'n', v: 1234567.25, z: '#,##0.00"\u00a0SEK"' });
    const sv = read('sv-SE');
    expect(sv.C2).toMatchObject({ t: 'n', v: 1234.5, z: '#,##0.00"\u00a0€"' });
    expect(sv.C3).toMatchObject({ t: 'n', v: 1234567.25, z: '#,##0.00"\u00a0kr"', w: '1,234,567.25\u00a0kr' });
  });

  it('keeps CSV plain: no symbol, no grouping', () => {
    const csv = toCsv(gridTable([{ ...row('s', 'S', 'Krona', '1234567.25'), currency: 'SEK' }], {}));
    expect(csv.split('\r\n')[1]).toBe('S,Krona,1234567.25,,,SEK');
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
