import { beforeEach, describe, expect, it } from 'vitest';
import { mergePlan } from '../../../renderer/features/import/merge-plan';
import { applyResults, pendingChanges, useGrid } from '../../../renderer/features/grid/slice';
import { catalogDefaults, newProductRows, restoredNewProductRows } from '../../../shared/import/new-products';
import type { ImportLine, NewProduct } from '../../../shared/import/types';
import { validateLines } from '../../../shared/import/validate';
import { findStale, previewRow } from '../../../shared/preview';
import type { CatalogRow } from '../../../shared/types';
import { entry, rules } from './helpers';

const line = (row: number, sku: string, price: string, extra: Partial<ImportLine> = {}): ImportLine => ({ row, sku, price, priceError: null, cost: null, name: null, currency: null, ...extra });
const catalogRow = (key: string, price: string, currency = 'NZD'): CatalogRow => ({ key, sku: `SKU-${key}`, name: `Item ${key}`, price, cost: null, currency, vatIncluded: true, vendorIds: { optionId: key } });
const catalog = [catalogRow('1', '10.00'), catalogRow('2', '20.00'), catalogRow('3', '30.00', 'AUD')];
const product = (sku: string, price: string, extra: Partial<NewProduct> = {}): NewProduct => ({ row: 2, sku, price, name: null, cost: null, currency: null, ...extra });

beforeEach(() => {
  useGrid.setState({ connectionId: 'cin7-1', rows: catalog, edits: {}, problems: {}, results: {}, history: { past: [], future: [] }, validation: { thresholdPercent: 30, maxDecimals: 2 } });
});

describe('new products in the import report', () => {
  it('keeps what the file says of a new SKU: name, cost and currency', () => {
    const report = validateLines([line(4, 'NEW-1', '12.5', { name: 'Blue mug', cost: '4', currency: 'NZD' })], [entry('1', 'SKU-1', '10.00')], { ...rules, createsProducts: true });
    expect(report.newProducts).toEqual([{ row: 4, sku: 'NEW-1', price: '12.5', name: 'Blue mug', cost: '4', currency: 'NZD' }]);
    expect(report.edits).toEqual([]);
  });

  it('refuses a new SKU whose currency is not a currency code, naming the row', () => {
    const report = validateLines([line(5, 'NEW-2', '9', { currency: 'KR' })], [], { ...rules, createsProducts: true });
    expect(report.newProducts).toEqual([]);
    expect(report.problems).toMatchObject([{ row: 5, sku: 'NEW-2', severity: 'error', message: expect.stringContaining('"KR" is not a 3-letter code') }]);
  });
});

describe('rows for new products', () => {
  it('are keyed new:<sku>, have no price and no vendor ids, and carry the name for the connector', () => {
    const { rows, edits } = newProductRows([product('N1', '5.00', { name: ' Red cup ', currency: 'AUD', cost: '2' }), product('N2', '7')], { currency: 'NZD', vatIncluded: true });
    expect(rows).toEqual([
      { key: 'new:N1', sku: 'N1', name: 'Red cup', price: null, cost: '2', currency: 'AUD', vatIncluded: true, vendorIds: { name: 'Red cup' } },
      { key: 'new:N2', sku: 'N2', name: '', price: null, cost: null, currency: 'NZD', vatIncluded: true, vendorIds: {} },
    ]);
    expect(edits).toEqual([
      { key: 'new:N1', newPrice: '5.00' },
      { key: 'new:N2', newPrice: '7' },
    ]);
  });

  it("take the catalog's most common currency where the file has none", () => {
    expect(catalogDefaults(catalog)).toEqual({ currency: 'NZD', vatIncluded: true });
    expect(catalogDefaults([], 'EUR')).toEqual({ currency: 'EUR', vatIncluded: false });
  });

  it('are merged only when the user ticked "Add new products"', () => {
    const report = { edits: [{ key: '1', newPrice: '11' }], newProducts: [product('N1', '5')] };
    expect(mergePlan(report, catalog, false)).toEqual({ edits: report.edits, rows: [] });
    const plan = mergePlan(report, catalog, true);
    expect(plan.edits).toEqual([{ key: '1', newPrice: '11' }, { key: 'new:N1', newPrice: '5' }]);
    expect(plan.rows.map((r) => r.key)).toEqual(['new:N1']);
  });
});

describe('new products in a restored draft', () => {
  it('come back as rows from their new:<sku> keys, unless the catalog has the SKU by now', () => {
    const keys = (...list: string[]) => list.map((key) => ({ key }));
    const restored = restoredNewProductRows(keys('1', 'new:N1', 'new:SKU-2', 'new:'), catalog);
    expect(restored).toEqual([{ key: 'new:N1', sku: 'N1', name: '', price: null, cost: null, currency: 'NZD', vatIncluded: true, vendorIds: {} }]);
    expect(restoredNewProductRows(keys('1', '2'), catalog)).toEqual([]);
  });

  it('get back the name, cost and currency the draft kept', () => {
    const restored = restoredNewProductRows([{ key: 'new:N1', product: { name: 'Blue enamel mug', cost: '4.10', currency: 'AUD' } }], catalog);
    expect(restored).toEqual([{ key: 'new:N1', sku: 'N1', name: 'Blue enamel mug', price: null, cost: '4.10', currency: 'AUD', vatIncluded: true, vendorIds: { name: 'Blue enamel mug' } }]);
  });
});

describe('merging new products into the grid', () => {
  const merge = () => {
    const plan = mergePlan({ edits: [{ key: '1', newPrice: '11.00' }], newProducts: [product('N1', '5.00', { name: 'Red cup' })] }, catalog, true);
    useGrid.getState().applyEdits(plan.edits, 'Import prices.xlsx', { addRows: plan.rows });
  };

  it('adds the rows and their prices as one undo step; undo removes the rows too, redo brings them back', () => {
    merge();
    expect(useGrid.getState().rows.map((r) => r.key)).toEqual(['1', '2', '3', 'new:N1']);
    expect(useGrid.getState().edits).toEqual({ '1': '11.00', 'new:N1': '5.00' });
    expect(useGrid.getState().history.past.map((s) => s.label)).toEqual(['Import prices.xlsx']);

    useGrid.getState().undo();
    expect(useGrid.getState().rows.map((r) => r.key)).toEqual(['1', '2', '3']);
    expect(useGrid.getState().edits).toEqual({});

    useGrid.getState().redo();
    expect(useGrid.getState().rows.map((r) => r.key)).toEqual(['1', '2', '3', 'new:N1']);
    expect(useGrid.getState().edits).toEqual({ '1': '11.00', 'new:N1': '5.00' });
  });

  it('sends a new product as a change without an old price, which the preview flags "new product"', () => {
    merge();
    const change = pendingChanges(useGrid.getState()).find((c) => c.key === 'new:N1')!;
    expect(change).toEqual({ key: 'new:N1', sku: 'N1', oldPrice: null, newPrice: '5.00', currency: 'NZD', vendorIds: { name: 'Red cup' } });
    expect(previewRow({ ...change, name: 'Red cup', cost: null }).flags).toEqual(['new_product']);
  });

  it('keeps a row the vendor created: after the send, Undo cannot take the import back', () => {
    merge();
    applyResults([{ key: 'new:N1', sku: 'N1', status: 'ok', message: null, code: null }]);
    // The undo history is cut at the send (issue #13): nothing to undo, the created row stays.
    expect(useGrid.getState().history.past).toEqual([]);
    useGrid.getState().undo();
    expect(useGrid.getState().rows.find((r) => r.key === 'new:N1')?.price).toBe('5.00');
    // The row that was not sent stays pending.
    expect(pendingChanges(useGrid.getState()).map((c) => c.key)).toEqual(['1']);
  });

  it('does not add a row twice when the same SKU is imported again', () => {
    merge();
    merge();
    expect(useGrid.getState().rows.filter((r) => r.key === 'new:N1')).toHaveLength(1);
    // The second import changed nothing, so it is no undo step: one undo takes the first back, row and all.
    expect(useGrid.getState().history.past).toHaveLength(1);
    useGrid.getState().undo();
    expect(useGrid.getState().rows.map((r) => r.key)).toEqual(['1', '2', '3']);
  });

  it('is not "changed at the vendor" for being missing there, but is when the vendor already has the SKU', () => {
    const change = { key: 'new:N1', sku: 'N1', oldPrice: null };
    expect(findStale([change], new Map())).toEqual([]);
    expect(findStale([change], new Map([['new:N1', '9.00']]))).toEqual([{ key: 'new:N1', sku: 'N1', expected: null, remote: '9.00' }]);
    // An ordinary row that is gone at the vendor still is a conflict.
    expect(findStale([{ key: '7', sku: 'S7', oldPrice: null }], new Map())).toEqual([{ key: '7', sku: 'S7', expected: null, remote: undefined }]);
  });
});
