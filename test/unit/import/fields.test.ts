import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { validateLines } from '../../../shared/import/validate';
import type { CatalogEntry, FieldCell, ImportLine } from '../../../shared/import/types';
import type { PriceField } from '../../../shared/price-fields';
import { changeId } from '../../../shared/types';
import { importBytes, rules } from './helpers';

const field = (id: string, label: string, kind: PriceField['kind'], over: Partial<PriceField> = {}): PriceField => ({ id, label, kind, currency: 'EUR', vatIncluded: true, decimals: 2, removable: true, primary: false, ...over });
const demo = [field('price', 'Price', 'price', { primary: true }), field('price.SEK', 'Price SEK', 'price', { currency: 'SEK', decimals: 0 }), field('wholesale', 'Wholesale', 'tier'), field('cost', 'Cost', 'cost', { vatIncluded: false })];
const withFields = { ...rules, fields: demo };
const entry = (key: string, sku: string, price: string, prices: Record<string, string | null>): CatalogEntry => ({ key, sku, price, cost: prices.cost ?? null, currency: 'EUR', prices: { price, ...prices } });
const catalog = [entry('a', 'A', '10.00', { 'price.SEK': '110', wholesale: '8.00', cost: '6.00' }), entry('b', 'B', '20.00', { 'price.SEK': '220', wholesale: '16.00', cost: '12.00' })];
const cell = (fieldId: string, price: string | null, extra: Partial<FieldCell> = {}): FieldCell => ({ field: fieldId, price, priceText: null, priceError: null, ...extra });
const line = (row: number, sku: string, price: string | null, fields: FieldCell[], extra: Partial<ImportLine> = {}): ImportLine => ({ row, sku, price, priceError: null, cost: null, name: null, currency: null, fields, ...extra });

describe('validating rows with several price fields', () => {
  it('makes each changed (row, field) an edit keyed by its cell id, and counts unchanged cells', () => {
    const report = validateLines([line(2, 'A', '11.00', [cell('wholesale', '8.50'), cell('price.SEK', '110')]), line(3, 'B', null, [cell('wholesale', '15')])], catalog, withFields);
    expect(report.edits).toEqual([
      { key: changeId({ key: 'a', field: 'wholesale' }), newPrice: '8.50' },
      { key: 'a', newPrice: '11.00' },
      { key: 'b\u001fwholesale', newPrice: '15' },
    ]);
    expect(report.unchanged).toBe(1);
    expect(report.blank).toBe(0);
    expect(report.problems).toEqual([]);
  });

  it('judges each field by its own current price and decimals, naming the field', () => {
    const report = validateLines(
      [line(2, 'A', null, [cell('price.SEK', '110.50'), cell('wholesale', '0')]), line(3, 'B', null, [cell('wholesale', '1600', { priceText: '1.600' }), cell('price.SEK', '300')])],
      catalog,
      withFields,
    );
    expect(report.problems.map((p) => [p.row, p.severity, p.message])).toEqual([
      [2, 'error', 'Price SEK: the new price 110.50 has 2 decimals; Demo shop accepts at most 0.'],
      [2, 'error', 'Wholesale: the new price 0 is zero; prices must be above zero.'],
      [3, 'error', 'Wholesale: "1.600" read as 1600 changes the current 16.00 by +9900 %: is a decimal point in the wrong place? It is merged but cannot be sent until you confirm it.'],
      [3, 'warning', 'Price SEK: the new price 300 changes the current 220 by +36.4 %, more than ±30 %.'],
      [3, 'warning', 'Wholesale 1600.00 is above Price 20.00.'],
    ]);
    // The slip is merged for confirmation; the refused cells are not.
    expect(report.slips).toBe(1);
    expect(report.edits.map((e) => e.key)).toEqual(['b\u001fwholesale', 'b\u001fprice.SEK']);
  });

  it('applies the cross-field rules to the row’s new prices together: a tier above the price, a price below a new cost', () => {
    const report = validateLines([line(2, 'A', '7.00', [cell('wholesale', '7.50')]), line(3, 'B', '19.00', [cell('cost', '19.50')])], catalog, withFields);
    // Said once each: the primary's below-cost rule in the import's words, with the file's new cost.
    expect(report.problems.map((p) => `${p.row} ${p.message}`)).toEqual([
      '2 Wholesale 7.50 is above Price 7.00.',
      '3 Cost: the new price 19.50 changes the current 12.00 by +62.5 %, more than ±30 %.',
      '3 The new price 19.00 is below the cost 19.50.',
      '3 Wholesale 16.00 is below Cost 19.50.',
    ]);
    // A new cost alone is held against the row's current prices: C's wholesale 16.00 is now below it.
    const c = entry('c', 'C', '20.00', { wholesale: '16.00', cost: '15.00' });
    const costOnly = validateLines([line(2, 'C', null, [cell('cost', '16.50')])], [...catalog, c], withFields);
    expect(costOnly.problems.map((p) => p.message)).toEqual(['Wholesale 16.00 is below Cost 16.50.']);
  });

  it('names the column of an unreadable cell and keeps the row’s other prices', () => {
    const report = validateLines([line(2, 'A', '11.00', [cell('wholesale', null, { priceError: 'Column "Grossist": "abc" is not a price' })])], catalog, withFields);
    expect(report.problems).toEqual([{ row: 2, sku: 'A', severity: 'error', message: 'Column "Grossist": "abc" is not a price.' }]);
    expect(report.edits).toEqual([{ key: 'a', newPrice: '11.00' }]);
  });

  it('refuses a SKU twice with different prices in any field, and counts a row with no price at all as blank', () => {
    const report = validateLines([line(2, 'A', '11.00', [cell('wholesale', '9')]), line(3, 'A', '11.00', [cell('wholesale', '9.50')]), line(4, 'B', null, [cell('wholesale', null)])], catalog, withFields);
    expect(report.edits).toEqual([]);
    expect(report.problems.map((p) => [p.row, p.severity])).toEqual([
      [2, 'error'],
      [3, 'error'],
    ]);
    expect(report.problems[1]!.message).toBe('SKU A is also on row 2 with different prices; neither is imported.');
    expect(report.blank).toBe(1);
  });

  it('takes only the new price of a new product, and says which of its prices it left', () => {
    const report = validateLines([line(2, 'NEW', '5', [cell('wholesale', '4')]), line(3, 'NEW2', null, [cell('wholesale', '4')])], catalog, { ...withFields, createsProducts: true });
    expect(report.newProducts.map((p) => p.sku)).toEqual(['NEW']);
    expect(report.problems.map((p) => `${p.row} ${p.severity} ${p.message}`)).toEqual([
      '2 warning SKU NEW is not in the catalog: only its new price is taken for the new product, not Wholesale; set that once it is created.',
      '2 warning SKU NEW is not in the catalog; it can be created as a new product.',
      "3 error SKU NEW2 is not in this connection's catalog, and Demo shop cannot create products from PriceDesk.",
    ]);
  });

  it('samples every field’s sheet value next to the price read', () => {
    const report = validateLines([line(2, 'A', '11.00', [cell('wholesale', '8.5', { priceText: '8,5' }), cell('price.SEK', null)])], catalog, withFields);
    expect(report.sample).toEqual([{ row: 2, sku: 'A', sheet: '11.00', price: '11.00', fields: [{ field: 'wholesale', sheet: '8,5', price: '8.5' }, { field: 'price.SEK', sheet: '', price: '' }] }]);
  });
});

describe('the whole pipeline on a workbook with several price fields', () => {
  const workbook = (aoa: unknown[][]) => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Prices');
    return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  };

  it('guesses the field columns, reads each with its own decimal separator and names the column of a bad cell', async () => {
    const bytes = workbook([
      ['Artikelnummer', 'Neuer Preis', 'Händlerpreis', 'Preis SEK'],
      ['A', 11, '8,50', '120'],
      ['B', '', 'zwölf', '1.234,00'],
    ]);
    const { proposal, report } = await importBytes(bytes, 'preise.xlsx', catalog, { rules: { fields: demo } });
    expect(proposal.mapping).toEqual({ sku: 0, price: 1, cost: null, name: null, currency: null, fields: { 'price.SEK': 3, wholesale: 2 } });
    expect(report.fieldSeparators?.wholesale?.separator).toBe(',');
    expect(report.fieldSeparators?.['price.SEK']?.separator).toBe(',');
    expect(report.edits).toEqual([
      { key: 'a\u001fprice.SEK', newPrice: '120' },
      { key: 'a\u001fwholesale', newPrice: '8.50' },
      { key: 'a', newPrice: '11' },
    ]);
    expect(report.problems.filter((p) => p.row === 3).map((p) => p.message)).toEqual([
      'Column "Händlerpreis": "zwölf" is not a price.',
      // This test's SEK field takes whole kronor (decimals: 0).
      'Price SEK: the new price 1234.00 has 2 decimals; Demo shop accepts at most 0.',
    ]);
  });
});
