import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { readPriceCell, cellText, numberText } from '../../../shared/import/cells';
import { inferSeparator, separatorEvidence } from '../../../shared/import/numbers';
import { textBytes } from '../../support/import-fixtures';
import { entry, importBytes } from './helpers';

const text = (v: string) => ({ t: 's' as const, v });

describe('the locale number table', () => {
  it.each([
    ['1.234,56', ',', '1234.56'],
    ['1 234,56 kr', ',', '1234.56'],
    ['1\u00a0234,56 €', ',', '1234.56'],
    ['$1,234.56', '.', '1234.56'],
    ['12,5', ',', '12.5'],
    ['12.50', '.', '12.50'],
    ['€ 9,99', ',', '9.99'],
    ['1.234', ',', '1234'],
    ['1,234', '.', '1234'],
    ['1,234', ',', '1.234'],
    ['CHF 1\'234.50', '.', '1234.50'],
  ] as const)('"%s" with decimal "%s" reads %s', (input, separator, expected) => {
    expect(readPriceCell(text(input), separator)).toEqual({ ok: true, value: expected, ambiguous: false });
  });

  it('flags "1,234" when nothing says which separator is decimal', () => {
    expect(readPriceCell(text('1,234'), 'auto')).toMatchObject({ ok: true, ambiguous: true });
  });

  it.each([
    ['1.234,56', ','], ['12,5', ','], ['0,125', ','], ['1.234.567', ','],
    ['1,234.56', '.'], ['12.50', '.'], ['1,234,567', '.'],
    ['1,234', null], ['1.234', null], ['1234', null],
  ] as const)('"%s" is evidence for %s', (input, expected) => {
    expect(separatorEvidence(input)).toBe(expected);
  });

  it('infers the separator per column and says how', () => {
    const rows = [[text('SKU'), text('Price')], [text('a'), text('1,234')], [text('b'), text('12,50')]];
    expect(inferSeparator(rows, 1, 1)).toMatchObject({ separator: ',', source: 'values' });
    expect(inferSeparator(rows, 1, 1).text).toContain('Decimal comma');
    expect(inferSeparator([[text('1,234')]], 0, 0)).toMatchObject({ separator: null, source: 'none' });
    expect(inferSeparator([[{ t: 'n', v: 12.5 }]], 0, 0)).toMatchObject({ separator: null, source: 'numbers' });
  });

  it('takes numeric cells as they are, cut to the 15 digits a spreadsheet keeps', () => {
    expect(readPriceCell({ t: 'n', v: 12.5 }, 'auto')).toEqual({ ok: true, value: '12.5', ambiguous: false });
    expect(readPriceCell({ t: 'n', v: 0.1 + 0.2 }, 'auto')).toEqual({ ok: true, value: '0.3', ambiguous: false });
    expect(readPriceCell({ t: 'n', v: 19.99, f: 'B2*1.1' }, 'auto')).toMatchObject({ value: '19.99' });
  });

  it('refuses dates, booleans and error cells in a price column', () => {
    expect(readPriceCell({ t: 'n', v: 45352, z: 'yyyy-mm-dd' }, 'auto')).toMatchObject({ ok: false, error: 'is a date (2024-03-01), not a price' });
    expect(readPriceCell({ t: 'd', v: new Date('2024-03-01T00:00:00Z') }, 'auto')).toMatchObject({ ok: false });
    expect(readPriceCell({ t: 'b', v: true }, 'auto')).toMatchObject({ ok: false, error: 'is TRUE, not a price' });
    expect(readPriceCell({ t: 'e', v: 42, w: '#N/A' }, 'auto')).toMatchObject({ ok: false, error: 'shows the spreadsheet error #N/A' });
  });

  it('keeps SKUs exact: leading zeros from the format, long digit strings in full', () => {
    expect(cellText({ t: 'n', v: 123, z: '000000' })).toBe('000123');
    expect(cellText({ t: 'n', v: 4006381333931 })).toBe('4006381333931');
    expect(cellText({ t: 'n', v: 123456789012345 })).toBe('123456789012345');
    expect(numberText(1e21)).toBe('1000000000000000000000');
  });

  it('reads a whole CSV column with the separator the column shows', async () => {
    const csv = 'SKU;Precio\n0001;1.234,50\n0002;"1.234"\n';
    const { report } = await importBytes(textBytes(csv), 'p.csv', [entry('a', '0001', '1000'), entry('b', '0002', '1200')]);
    expect(report.separators.price?.separator).toBe(',');
    expect(report.edits).toEqual([
      { key: 'a', newPrice: '1234.50' },
      { key: 'b', newPrice: '1234' },
    ]);
  });

  it('reads a dates column in an xlsx as an error per row, naming the row', async () => {
    const ws = XLSX.utils.aoa_to_sheet([['SKU', 'Price'], ['a', new Date(Date.UTC(2024, 2, 1))]], { cellDates: true });
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const { report } = await importBytes(bytes, 'dates.xlsx', [entry('a', 'a', '10')]);
    expect(report.problems).toMatchObject([{ row: 2, sku: 'a', severity: 'error', message: expect.stringMatching(/^New price is a date \(2024-03-01/) }]);
    expect(report.edits).toEqual([]);
  });

  it('refuses a space that does not group thousands, a sign inside the number, and negatives in brackets or trailing, naming the row', async () => {
    const csv = 'SKU;Precio\na;12 50\nb;1$5\nc;(5)\nd;5-\ne;1 234,50\n';
    // e is at 1000.00, so "1 234,50" (grouped thousands) is an ordinary +23 % change.
    const catalog = ['a', 'b', 'c', 'd', 'e'].map((k) => entry(k, k, k === 'e' ? '1000' : '10'));
    const { report } = await importBytes(textBytes(csv), 'p.csv', catalog);
    expect(report.problems.map((p) => [p.row, p.sku, p.severity, p.message])).toEqual([
      [2, 'a', 'error', 'New price "12 50" is not a price: a space may only separate thousands, as in "1 234,50".'],
      [3, 'b', 'error', 'New price "1$5" is not a price.'],
      [4, 'c', 'error', 'The new price -5 is negative; prices must be above zero.'],
      [5, 'd', 'error', 'The new price -5 is negative; prices must be above zero.'],
    ]);
    expect(report.edits).toEqual([{ key: 'e', newPrice: '1234.50' }]);
  });
});
