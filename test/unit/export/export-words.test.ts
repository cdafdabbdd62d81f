/**
 * An export's own words (issue #16): the table builders take them as an argument, English
 * by default (the CLI), and the window passes the person's language. Headers and prices
 * stay as they are, so a translated export still re-imports to the same prices.
 */
import * as XLSX from 'xlsx';
import { afterEach, describe, expect, it } from 'vitest';
import { toCsv } from '../../../shared/export/csv';
import { safeSheetName, toXlsx } from '../../../shared/export/sheet';
import { changesTable, ENGLISH_EXPORT_WORDS, gridTable, resultsTable, templateTable, type ExportWords } from '../../../shared/export/table';
import { cellId } from '../../../shared/grid/cells';
import { REMOVE_PRICE } from '../../../shared/grid/edit';
import type { PriceField } from '../../../shared/price-fields';
import type { CatalogRow, RowResult } from '../../../shared/types';
import { showNewPrice } from '../../../renderer/app/locale';
import { exportWords } from '../../../renderer/features/export/words';
import { applyLocale } from '../../../renderer/i18n';

afterEach(() => applyLocale('en-US'));

const row = (key: string, sku: string, price: string, prices?: Record<string, string | null>): CatalogRow => ({ key, sku, name: sku, price, cost: null, currency: 'EUR', vatIncluded: true, vendorIds: {}, ...(prices ? { prices } : {}) });
const rows = [row('a', 'A-1', '12.00', { wholesale: '8.00' }), row('b', 'B-2', '20.00', { wholesale: '15.00' })];
const fields: PriceField[] = [
  { id: 'price', label: 'Price', kind: 'price', currency: 'EUR', vatIncluded: true, decimals: 2, removable: false, primary: true },
  { id: 'wholesale', label: 'Wholesale', kind: 'tier', currency: 'EUR', vatIncluded: false, decimals: 2, removable: true, primary: false },
];
const rejected: RowResult = { key: 'a', sku: 'A-1', status: 'error', message: 'Demo shop refused this price: too low', code: 'E1', said: { id: 'row.rejected', params: { vendor: 'Demo shop' } }, vendorMessage: 'too low' };

const given: ExportWords = {
  sheet: { prices: 'P', changes: 'C', results: 'R', template: 'T' },
  result: { ok: 'yes', warning: 'yes, but', error: 'no', skipped: 'not sent', unknown: '?' },
  removal: 'drop it',
  message: (r) => `[${r.said?.id ?? r.message}]`,
};

describe('the words of an export', () => {
  it('writes the given sheet names, result words, removal words and messages; headers and prices unchanged', () => {
    const edits = { a: REMOVE_PRICE, [cellId('a', 'wholesale')]: '9.00', b: '21.50' };
    expect([gridTable(rows, edits, fields, given), changesTable(rows, edits, fields, given), templateTable(rows, fields, given)].map((t) => t.sheetName)).toEqual(['P', 'C', 'T']);
    const changes = changesTable(rows, edits, fields, given);
    expect(changes.columns.map((c) => c.header)).toEqual(changesTable(rows, edits, fields).columns.map((c) => c.header));
    expect(changes.rows).toEqual([
      ['A-1', 'A-1', '12.00', 'drop it', null, 'EUR', '8.00', '9.00'],
      ['B-2', 'B-2', '20.00', '21.50', null, 'EUR', '15.00', null],
    ]);
    const results = resultsTable(rows, { a: rejected, [cellId('a', 'wholesale')]: { key: cellId('a', 'wholesale'), sku: 'A-1', field: 'wholesale', status: 'ok', message: null, code: null } }, edits, fields, given);
    expect(results.sheetName).toBe('R');
    expect(results.rows).toEqual([['A-1', 'A-1', '12.00', 'drop it', 'EUR', 'no', '[row.rejected]', 'E1', '8.00', '9.00', 'yes', '[null]']]);
  });

  it('keeps English by default: what the CLI and scripts get', () => {
    const results = resultsTable(rows, { a: rejected }, { a: REMOVE_PRICE });
    expect(results.sheetName).toBe('Results');
    expect(results.rows).toEqual([['A-1', 'A-1', '12.00', 'remove price', 'EUR', 'Failed', 'Demo shop refused this price: too low', 'E1']]);
    expect(ENGLISH_EXPORT_WORDS.result.unknown).toBe('Unknown: check on the platform');
  });

  it('in es-ES: Spanish words, our words before the vendor’s quoted ones, numeric price cells', () => {
    applyLocale('es-ES');
    const table = resultsTable(rows, { a: rejected, b: { key: 'b', sku: 'B-2', status: 'ok', message: null, code: null } }, { a: '13.50', b: REMOVE_PRICE }, [], exportWords());
    expect(table.rows).toEqual([
      ['A-1', 'A-1', '12.00', '13.50', 'EUR', 'Falló', 'Demo shop rechazó este precio: “too low”', 'E1'],
      ['B-2', 'B-2', '20.00', 'quitar precio', 'EUR', 'Actualizado', null, null],
    ]);
    const sheet = XLSX.read(toXlsx(table, 'es-ES')).Sheets.Resultados!;
    expect(sheet.C2).toMatchObject({ t: 'n', v: 12 });
    expect(sheet.D2).toMatchObject({ t: 'n', v: 13.5 });
    expect(sheet.D3).toMatchObject({ t: 's', v: 'quitar precio' });
    expect(sheet.F2).toMatchObject({ t: 's', v: 'Falló' });
    // Headers stay the import's own, so the file reads back as the same columns.
    expect(toCsv(table).split('\r\n')[0]).toBe('\uFEFFSKU,Name,Current price,New price,Currency,Result,Message,Code');
  });

  it('in sv-SE: Swedish sheet names and result words', () => {
    applyLocale('sv-SE');
    const words = exportWords();
    expect(words.sheet).toEqual({ prices: 'Priser', changes: 'Ändringar', results: 'Resultat', template: 'Mall' });
    expect(words.result.ok).toBe('Uppdaterad');
    expect(changesTable(rows, { b: REMOVE_PRICE }, [], words).rows[0]![3]).toBe('ta bort pris');
  });

  it('shows a removal in the preview and history in the language, a price with its symbol', () => {
    expect(showNewPrice(null, 'EUR')).toBe('remove price');
    applyLocale('es-ES');
    expect(showNewPrice(null, 'EUR')).toBe('quitar precio');
    expect(showNewPrice('1234.5', 'EUR')).toBe('1234,50\u00a0€');
    applyLocale('sv-SE');
    expect(showNewPrice(null, null)).toBe('ta bort pris');
  });

  it('names the sheet as Excel allows, also in the pseudo-locale’s brackets', () => {
    applyLocale('en-XA');
    const table = changesTable(rows, { a: '13.00' }, [], exportWords());
    expect(table.sheetName).toMatch(/^\[.*\]$/);
    const book = XLSX.read(toXlsx(table));
    expect(book.SheetNames).toEqual([safeSheetName(table.sheetName)]);
    expect(book.SheetNames[0]).not.toMatch(/[[\]]/);
    expect(safeSheetName('Prices')).toBe('Prices');
    expect(safeSheetName("'a/b: c*d?'")).toBe('a b  c d');
    expect(safeSheetName('x'.repeat(40))).toHaveLength(31);
    expect(safeSheetName('[]')).toBe('Sheet1');
  });
});
