import { beforeEach, describe, expect, it } from 'vitest';
import { applyResults, pendingChanges, restoredEdits, useGrid } from '../../renderer/features/grid/slice';
import { analyse, rowStatus } from '../../renderer/features/grid/derived';
import { readsEdits } from '../../renderer/features/grid/columns';
import { cellId, columnField, currentPrice, editedCell, fieldColumn, isEditableColumn, splitCellId } from '../../shared/grid/cells';
import type { PriceField } from '../../shared/price-fields';
import type { CatalogRow } from '../../shared/types';

const field = (id: string, kind: PriceField['kind'], extra: Partial<PriceField> = {}): PriceField => ({ id, label: id[0]!.toUpperCase() + id.slice(1), kind, currency: 'EUR', vatIncluded: true, decimals: 2, removable: true, primary: false, ...extra });
const fields = [field('price', 'price', { primary: true }), field('wholesale', 'tier'), field('rrp', 'recommended', { decimals: 0 }), field('usd', 'price', { currency: 'USD' }), field('cost', 'cost')];
const row = (key: string, price: string, others: Record<string, string | null>): CatalogRow => ({
  key,
  sku: `SKU-${key}`,
  name: `Item ${key}`,
  price,
  cost: others.cost ?? null,
  currency: 'EUR',
  vatIncluded: true,
  prices: { price, ...others },
  vendorIds: { id: key },
});
const rows = [row('a', '10.00', { wholesale: '7.00', rrp: '12', usd: '11.00', cost: '5.00' }), row('b', '20.00', { wholesale: null, rrp: null, usd: '22.00', cost: null })];
const state = () => useGrid.getState();

beforeEach(() => {
  useGrid.setState({ connectionId: 'sandbox', rows, fields, shownFields: ['wholesale', 'rrp', 'usd'], edits: {}, problems: {}, results: {}, confirmedSlips: {}, history: { past: [], future: [] }, validation: { thresholdPercent: 30, maxDecimals: 2 } });
});

describe('cell ids and columns of every price field', () => {
  it('keys the primary field by the row key and another field by row and field', () => {
    expect(cellId('a')).toBe('a');
    expect(cellId('a', 'wholesale')).toBe('a\u001fwholesale');
    expect(splitCellId('a\u001fwholesale')).toEqual({ key: 'a', field: 'wholesale' });
    expect(splitCellId('a')).toEqual({ key: 'a' });
    expect(currentPrice(rows[0]!, 'wholesale')).toBe('7.00');
    expect(currentPrice(rows[1]!, 'wholesale')).toBeNull();
    expect(currentPrice(rows[0]!)).toBe('10.00');
  });

  it('names each field’s columns and knows which take prices', () => {
    expect(fieldColumn('new')).toBe('newPrice');
    expect(fieldColumn('new', 'wholesale')).toBe('new:wholesale');
    expect(columnField('chgp:price.EUR')).toEqual({ kind: 'chgp', field: 'price.EUR' });
    expect(columnField('changePercent')).toEqual({ kind: 'chgp' });
    expect(columnField('sku')).toBeNull();
    expect(columnField('status')).toBeNull();
    expect(isEditableColumn('new:wholesale')).toBe(true);
    expect(isEditableColumn('cur:wholesale')).toBe(false);
    expect(editedCell('a', 'new:wholesale')).toBe('a\u001fwholesale');
    expect(editedCell('a', 'newPrice')).toBe('a');
    expect(editedCell('a', 'price')).toBeNull();
  });
});

describe('the grid store with several price fields', () => {
  it('types into another field, lists it as that field’s change in its currency, and undoes it', () => {
    expect(state().setNewPrice(cellId('a', 'usd'), '12,50', ',')).toBe(true);
    state().applyEdits([{ key: 'a', newPrice: '10.50' }], 'Edit price');
    expect(pendingChanges(state())).toEqual([
      { key: 'a', sku: 'SKU-a', oldPrice: '10.00', newPrice: '10.50', currency: 'EUR', vendorIds: { id: 'a' } },
      { key: 'a', sku: 'SKU-a', field: 'usd', oldPrice: '11.00', newPrice: '12.50', currency: 'USD', vendorIds: { id: 'a' } },
    ]);
    state().undo();
    state().undo();
    expect(state().edits).toEqual({});
  });

  it('judges a field by its own decimals and by the rules between the row’s fields, naming the field', () => {
    // RRP takes whole prices; wholesale above the regular price breaks the tier rule (+50 % is within this threshold).
    state().setThreshold(100);
    state().applyEdits([{ key: cellId('a', 'rrp'), newPrice: '12.50' }, { key: cellId('a', 'wholesale'), newPrice: '10.50' }], 'Paste');
    const s = state();
    const a = analyse(s);
    expect(a.problems.get(cellId('a', 'rrp'))?.message).toBe('This platform accepts whole prices only.');
    expect(a.problems.get(cellId('a', 'wholesale'))).toMatchObject({ key: 'a', field: 'wholesale', fieldLabel: 'Wholesale', message: 'Wholesale 10.50 is above Price 10.00.' });
    expect(rowStatus(rows[0]!, s)).toBe('problem');
    // Raising the regular price clears the tier rule on the wholesale cell: the row is judged again.
    state().applyEdits([{ key: 'a', newPrice: '11.00' }], 'Edit price');
    expect(analyse(state()).problems.has(cellId('a', 'wholesale'))).toBe(false);
  });

  it('holds a tier and the primary price below cost against the cost field, pending edits included', () => {
    state().applyEdits([{ key: cellId('a', 'cost'), newPrice: '8.00' }], 'Edit cost');
    state().applyEdits([{ key: cellId('a', 'wholesale'), newPrice: '7.50' }, { key: 'a', newPrice: '9.00' }], 'Edit wholesale and price');
    expect(analyse(state()).problems.get(cellId('a', 'wholesale'))?.message).toMatch(/^Below cost/);
    // The row's cost (5.00) is what the vendor has; the pending cost (8.00) is what it will be.
    state().applyEdits([{ key: 'a', newPrice: '7.90' }], 'Edit price');
    expect(analyse(state()).problems.get('a')?.message).toMatch(/^Below cost/);
  });

  it('settles results per field: an accepted field price becomes current, a failed one stays pending', () => {
    state().applyEdits([{ key: 'a', newPrice: '10.50' }, { key: cellId('a', 'usd'), newPrice: '12.00' }, { key: cellId('b', 'usd'), newPrice: '23.00' }], 'Paste');
    applyResults([
      { key: 'a', sku: 'SKU-a', status: 'ok', message: null, code: null },
      { key: 'a', sku: 'SKU-a', field: 'usd', status: 'ok', message: null, code: null },
      { key: 'b', sku: 'SKU-b', field: 'usd', status: 'error', message: 'Refused', code: '422' },
    ]);
    const s = state();
    expect(s.rows[0]!.price).toBe('10.50');
    expect(s.rows[0]!.prices).toMatchObject({ price: '10.50', usd: '12.00', wholesale: '7.00' });
    expect(s.rows[1]!.prices!.usd).toBe('22.00');
    expect(s.edits).toEqual({ [cellId('b', 'usd')]: '23.00' });
    expect(s.results[cellId('b', 'usd')]?.status).toBe('error');
    expect(rowStatus(s.rows[1]!, s)).toBe('error');
  });

  it('leaves out of the pending changes an edit of a field the connection does not have', () => {
    state().applyEdits([{ key: cellId('a', 'gone'), newPrice: '1.00' }], 'Old draft');
    expect(pendingChanges(state())).toEqual([]);
    expect(analyse(state()).changed.size).toBe(0);
  });
});

describe('a draft restored with several price fields', () => {
  const draft = [
    { key: 'a', newPrice: '10.50' },
    { key: 'a', field: 'wholesale', newPrice: '7.50' },
    { key: 'a', field: 'gone', newPrice: '1.00' },
    { key: 'zz', newPrice: '3.00' },
  ];

  it('keeps the fields the connection has, and leaves out rows and fields it no longer has', () => {
    expect(restoredEdits(draft, rows, fields)).toEqual({ a: '10.50', [cellId('a', 'wholesale')]: '7.50' });
  });

  it('keeps every field’s edit when the fields could not be learned, so the next save does not drop them', () => {
    expect(restoredEdits(draft, rows, [])).toEqual({ a: '10.50', [cellId('a', 'wholesale')]: '7.50', [cellId('a', 'gone')]: '1.00' });
    // Kept, but neither judged nor sent while the fields are unknown.
    useGrid.setState({ fields: [], edits: restoredEdits(draft, rows, []) });
    expect(pendingChanges(state()).map((c) => c.field)).toEqual([undefined]);
  });
});

describe('what an edit repaints', () => {
  it('the columns that read edits, problems or results: every field\'s new price and change, margin and status', () => {
    const repainted = ['sku', 'name', 'price', 'newPrice', 'change', 'changePercent', 'status', 'cost', 'marginPercent', 'cur:wholesale', 'new:wholesale', 'chg:wholesale', 'chgp:wholesale'].filter(readsEdits);
    expect(repainted).toEqual(['newPrice', 'change', 'changePercent', 'status', 'marginPercent', 'new:wholesale', 'chg:wholesale', 'chgp:wholesale']);
  });
});
