import { describe, expect, it } from 'vitest';
import { validateLines } from '../../../shared/import/validate';
import type { ImportLine } from '../../../shared/import/types';
import { entry, rules } from './helpers';

const line = (row: number, sku: string, price: string | null, extra: Partial<ImportLine> = {}): ImportLine => ({ row, sku, price, priceError: null, cost: null, name: null, currency: null, ...extra });
const catalog = [entry('a', 'A', '10.00', '6.00'), entry('b', 'B', '20.00'), entry('c', 'C', '30.00'), entry('d', 'D', null), entry('e', 'E', '10.00', '9.00'), entry('f', 'F', '20.00'), entry('g', 'G', '30.00')];

describe('the validation report', () => {
  it('makes changed rows edits and counts unchanged ones without submitting them', () => {
    const report = validateLines([line(2, 'A', '11'), line(3, 'B', '20.0'), line(4, 'D', '5')], catalog, rules);
    expect(report.edits).toEqual([
      { key: 'a', newPrice: '11' },
      { key: 'd', newPrice: '5' },
    ]);
    expect(report.unchanged).toBe(1);
    expect(report.problems).toEqual([]);
  });

  it('merges duplicates with the same price, with a note', () => {
    const report = validateLines([line(2, 'A', '11'), line(5, 'A', '11.00')], catalog, rules);
    expect(report.edits).toEqual([{ key: 'a', newPrice: '11' }]);
    expect(report.problems).toMatchObject([{ row: 5, sku: 'A', severity: 'note', message: 'Same SKU and price as row 2; counted once.' }]);
  });

  it('refuses duplicates with different prices, on every row', () => {
    const report = validateLines([line(2, 'A', '11'), line(7, 'A', '12')], catalog, rules);
    expect(report.edits).toEqual([]);
    expect(report.problems.map((p) => [p.row, p.severity])).toEqual([
      [2, 'error'],
      [7, 'error'],
    ]);
    expect(report.problems[1]!.message).toContain('also on row 2 with a different price (11 here 12)');
  });

  it('offers unknown SKUs as new products where the connector creates products, errors otherwise', () => {
    const creating = validateLines([line(2, 'NEW', '5')], catalog, { ...rules, createsProducts: true });
    expect(creating.newProducts).toEqual([{ row: 2, sku: 'NEW', price: '5', name: null, cost: null, currency: null }]);
    expect(creating.problems[0]).toMatchObject({ severity: 'warning', message: 'SKU NEW is not in the catalog; it can be created as a new product.' });
    const notCreating = validateLines([line(2, 'NEW', '5')], catalog, rules);
    expect(notCreating.problems[0]).toMatchObject({ severity: 'error', message: "SKU NEW is not in this connection's catalog, and Demo shop cannot create products from PriceDesk." });
  });

  it('applies the grid rules: zero, negative, decimals, below cost, beyond ±30 %', () => {
    const report = validateLines(
      [line(2, 'A', '0'), line(3, 'B', '-1'), line(4, 'C', '31.123'), line(5, 'E', '8.00'), line(6, 'F', '26.01'), line(7, 'G', '20.99')],
      catalog,
      rules,
    );
    const byRow = Object.fromEntries(report.problems.map((p) => [p.row, `${p.severity}: ${p.message}`]));
    expect(byRow[2]).toBe('error: The new price 0 is zero; prices must be above zero.');
    expect(byRow[3]).toBe('error: The new price -1 is negative; prices must be above zero.');
    expect(byRow[4]).toBe('error: The new price 31.123 has 3 decimals; Demo shop accepts at most 2.');
    expect(byRow[5]).toBe('warning: The new price 8.00 is below the cost 9.00.');
    expect(byRow[6]).toBe('warning: The new price 26.01 changes the current 20.00 by +30.1 %, more than ±30 %.');
    expect(byRow[7]).toBe('warning: The new price 20.99 changes the current 30.00 by -30.0 %, more than ±30 %.');
    // Warnings are still imported; errors are not.
    expect(report.edits.map((e) => e.key)).toEqual(['e', 'f', 'g']);
    expect(report.counts).toEqual({ error: 3, warning: 3, note: 0 });
  });

  it('uses the cost from the file over the catalog cost', () => {
    const report = validateLines([line(2, 'B', '19', { cost: '19.50' })], catalog, rules);
    expect(report.problems[0]?.message).toBe('The new price 19 is below the cost 19.50.');
  });

  it('reports missing SKUs, unreadable prices and currency mismatches with their rows', () => {
    const report = validateLines(
      [line(2, '', '5'), line(3, 'A', null, { priceError: 'New price "abc" is not a price' }), line(4, 'B', '21', { currency: 'SEK' }), line(5, 'C', null)],
      catalog,
      rules,
    );
    expect(report.problems).toMatchObject([
      { row: 2, sku: '', severity: 'error', message: 'The SKU is missing.' },
      { row: 3, sku: 'A', severity: 'error', message: 'New price "abc" is not a price.' },
      { row: 4, sku: 'B', severity: 'error', message: "The currency SEK does not match the product's EUR." },
    ]);
    expect(report.blank).toBe(1);
    expect(report.total).toBe(4);
  });

  it('makes a likely decimal slip an error that is merged for confirmation, and samples what it read', () => {
    // "1.299" read with a decimal comma is 1299, for a product at 10.00: +12890 %.
    const report = validateLines([line(2, 'A', '1299', { priceText: '1.299' }), line(3, 'B', '2.00'), line(4, 'C', '31')], catalog, rules);
    const byRow = Object.fromEntries(report.problems.map((p) => [p.row, `${p.severity}: ${p.message}`]));
    expect(byRow[2]).toMatch(/^error: "1\.299" read as 1299 changes the current 10\.00 by \+12890 %: is a decimal point in the wrong place\? It is merged but cannot be sent until you confirm it\.$/);
    expect(byRow[3]).toMatch(/^error: The new price 2\.00 changes the current 20\.00 by -90 %/);
    expect(report.slips).toBe(2);
    expect(report.edits.map((e) => e.key)).toEqual(['a', 'b', 'c']);
    expect(report.sample).toEqual([
      { row: 2, sku: 'A', sheet: '1.299', price: '1299' },
      { row: 3, sku: 'B', sheet: '2.00', price: '2.00' },
      { row: 4, sku: 'C', sheet: '31', price: '31' },
    ]);
  });
});
