import { beforeEach, describe, expect, it } from 'vitest';
import { applyResults, pendingChanges, useGrid } from '../../renderer/features/grid/slice';
import { REMOVE_PRICE, REMOVAL_TEXT } from '../../shared/grid/edit';
import { analyse } from '../../renderer/features/grid/derived';
import type { CatalogRow } from '../../shared/types';

const row = (key: string, price: string, cost: string | null = null): CatalogRow => ({ key, sku: `SKU-${key}`, name: `Item ${key}`, price, cost, currency: 'EUR', vatIncluded: true, vendorIds: {} });
const rows = [row('a', '10.00', '6.00'), row('b', '20.00'), row('c', '30.00')];

beforeEach(() => {
  useGrid.setState({ connectionId: 'sandbox', rows, edits: {}, problems: {}, results: {}, confirmedSlips: {}, history: { past: [], future: [] }, validation: { thresholdPercent: 30, maxDecimals: 2 } });
});

describe('the grid store’s one command path', () => {
  it('makes a multi-row edit one undo step, and redoes it', () => {
    const { applyEdits, undo, redo } = useGrid.getState();
    applyEdits([{ key: 'a', newPrice: '11' }, { key: 'b', newPrice: '21' }], 'Paste 2 prices');
    expect(useGrid.getState().edits).toEqual({ a: '11', b: '21' });
    undo();
    expect(useGrid.getState().edits).toEqual({});
    redo();
    expect(useGrid.getState().edits).toEqual({ a: '11', b: '21' });
    expect(useGrid.getState().history.past.map((s) => s.label)).toEqual(['Paste 2 prices']);
  });

  it('reads typed prices and marks what is not a price without applying it', () => {
    const { setNewPrice } = useGrid.getState();
    expect(setNewPrice('a', '12,50')).toBe(true);
    expect(setNewPrice('b', 'abc')).toBe(false);
    expect(setNewPrice('c', '10%')).toBe(false);
    const s = useGrid.getState();
    expect(s.edits).toEqual({ a: '12.50' });
    expect(s.problems).toEqual({ b: '"abc" is not a price.', c: '"10%" is a percentage, not a price.' });
    // A good value clears the problem; confirming the same amount is no new step.
    setNewPrice('b', '19.5');
    setNewPrice('a', '12.5');
    expect(useGrid.getState().problems).toEqual({ c: '"10%" is a percentage, not a price.' });
    // Each rejected value marked its cell: a step of its own (edit a, mark b, mark c, edit b).
    expect(useGrid.getState().history.past.map((s) => s.label)).toEqual(['Edit price', 'Mark a value that is not a price', 'Mark a value that is not a price', 'Edit price']);
  });

  it('uses the decimal separator it is given', () => {
    useGrid.getState().setNewPrice('a', '1.299', ',');
    useGrid.getState().setNewPrice('b', '1.299', '.');
    expect(useGrid.getState().edits).toEqual({ a: '1299', b: '1.299' });
  });

  it('keeps 100 undo steps', () => {
    for (let i = 1; i <= 105; i++) useGrid.getState().applyEdits([{ key: 'a', newPrice: String(i) }], `Edit ${i}`);
    for (let i = 0; i < 100; i++) useGrid.getState().undo();
    expect(useGrid.getState().edits).toEqual({ a: '5' });
    useGrid.getState().undo();
    expect(useGrid.getState().edits).toEqual({ a: '5' });
  });

  it('lists pending changes and problems, updating incrementally as edits change', () => {
    const { applyEdits } = useGrid.getState();
    applyEdits([{ key: 'a', newPrice: '5.00' }, { key: 'b', newPrice: '20' }, { key: 'c', newPrice: '31' }], 'Bulk');
    const s = useGrid.getState();
    expect(pendingChanges(s).map((c) => c.key)).toEqual(['a', 'c']);
    const first = analyse(s);
    expect([...first.changed].sort()).toEqual(['a', 'c']);
    expect([...first.problems.values()].map((p) => [p.key, p.message])).toEqual([['a', 'Below cost (6.00). Changes the price by −50 % (more than ±30 %).']]);
    applyEdits([{ key: 'a', newPrice: '9' }], 'Edit');
    const second = analyse(useGrid.getState());
    expect(second.problems.size).toBe(0);
    expect(second.changed.has('a')).toBe(true);
  });
});

describe('undo steps', () => {
  it('makes a rejected value one undo step, so Ctrl+Z takes the mark back and not the good step before it', () => {
    const { setNewPrice, undo, redo } = useGrid.getState();
    setNewPrice('a', '12.50');
    setNewPrice('a', 'abc');
    expect(useGrid.getState().problems).toEqual({ a: '"abc" is not a price.' });
    undo();
    // The mark is gone and the good price is still there.
    expect(useGrid.getState().problems).toEqual({});
    expect(useGrid.getState().edits).toEqual({ a: '12.50' });
    redo();
    expect(useGrid.getState().problems).toEqual({ a: '"abc" is not a price.' });
    // A good value clears the mark in its own step; undoing it brings the mark back.
    setNewPrice('a', '13');
    expect(useGrid.getState().problems).toEqual({});
    undo();
    expect(useGrid.getState()).toMatchObject({ edits: { a: '12.50' }, problems: { a: '"abc" is not a price.' } });
  });

  it('records a paste that applies prices and marks cells as one step', () => {
    useGrid.getState().applyEdits([{ key: 'a', newPrice: '11' }], 'Paste 1 price', { problems: { b: '"x" is not a price.' } });
    expect(useGrid.getState().history.past).toHaveLength(1);
    useGrid.getState().undo();
    expect(useGrid.getState()).toMatchObject({ edits: {}, problems: {} });
  });

  it('records no step for an action that changes nothing', () => {
    const { applyEdits } = useGrid.getState();
    expect(applyEdits([{ key: 'a', newPrice: '11' }], 'Edit')).toBe(true);
    expect(applyEdits([{ key: 'a', newPrice: '11' }], 'Same again')).toBe(false);
    expect(applyEdits([{ key: 'b', newPrice: null }], 'Clear an unedited row')).toBe(false);
    expect(applyEdits([], 'Nothing')).toBe(false);
    expect(useGrid.getState().history.past.map((s) => s.label)).toEqual(['Edit']);
  });
});

describe('decimal slips', () => {
  it('are a problem until the very price is confirmed; a new price needs a new confirmation', () => {
    const { setNewPrice, confirmSlips } = useGrid.getState();
    // 10.00 -> 1000: the "10,00" typed where a dot was meant.
    setNewPrice('a', '1000', '.');
    const slipOf = () => analyse(useGrid.getState()).problems.get('a');
    expect(slipOf()).toMatchObject({ slip: true, message: expect.stringContaining('+9900 %') });
    confirmSlips(['a']);
    expect(slipOf()?.slip ?? false).toBe(false);
    setNewPrice('a', '999', '.');
    expect(slipOf()).toMatchObject({ slip: true });
  });
});

describe('a pending price removal', () => {
  it('is a change with no new price, not a problem, and becomes "no price" once the vendor accepts it', () => {
    const { applyEdits, setNewPrice } = useGrid.getState();
    applyEdits([{ key: 'a', newPrice: REMOVE_PRICE }, { key: 'b', newPrice: '22.00' }], 'Remove 1 price');
    expect(pendingChanges(useGrid.getState())).toEqual([
      { key: 'a', sku: 'SKU-a', oldPrice: '10.00', newPrice: null, currency: 'EUR', vendorIds: {} },
      { key: 'b', sku: 'SKU-b', oldPrice: '20.00', newPrice: '22.00', currency: 'EUR', vendorIds: {} },
    ]);
    const s = useGrid.getState();
    const analysis = analyse({ rows: s.rows, fields: s.fields, edits: s.edits, problems: s.problems, validation: s.validation, confirmedSlips: s.confirmedSlips });
    expect([...analysis.changed].sort()).toEqual(['a', 'b']);
    expect(analysis.problems.size).toBe(0);

    // Confirming the cell's words in its editor keeps the removal, with no new undo step.
    expect(setNewPrice('a', REMOVAL_TEXT)).toBe(true);
    expect(useGrid.getState().edits.a).toBe(REMOVE_PRICE);
    expect(useGrid.getState().history.past).toHaveLength(1);

    applyResults([{ key: 'a', sku: 'SKU-a', status: 'ok', message: null, code: null }]);
    const after = useGrid.getState();
    expect(after.rows.find((r) => r.key === 'a')!.price).toBeNull();
    expect(after.edits).toEqual({ b: '22.00' });
  });

  it('is no change on a row that has no price', () => {
    useGrid.setState({ rows: [{ ...row('x', '1.00'), price: null }] });
    useGrid.getState().applyEdits([{ key: 'x', newPrice: REMOVE_PRICE }], 'Remove 1 price');
    expect(pendingChanges(useGrid.getState())).toEqual([]);
  });
});

describe('results for a created product', () => {
  it('give the row the ids the vendor created it with, so the next edit updates it', () => {
    useGrid.setState({ rows: [{ ...row('new:MUG-1', '1.00'), price: null, vendorIds: { name: 'Mug' } }] });
    useGrid.getState().applyEdits([{ key: 'new:MUG-1', newPrice: '14.50' }], 'Import');
    applyResults([{ key: 'new:MUG-1', sku: 'SKU-new:MUG-1', status: 'ok', message: null, code: null, vendorIds: { optionId: '77', priceColumn: 'retailPrice' } }]);
    expect(useGrid.getState().rows[0]).toMatchObject({ price: '14.50', vendorIds: { optionId: '77', priceColumn: 'retailPrice' } });
    useGrid.getState().applyEdits([{ key: 'new:MUG-1', newPrice: '15.00' }], 'Edit price');
    expect(pendingChanges(useGrid.getState())[0]).toMatchObject({ oldPrice: '14.50', newPrice: '15.00', vendorIds: { optionId: '77' } });
  });
});

describe('after a send', () => {
  it('cuts the undo history: Ctrl+Z cannot bring a sent price back as a draft', () => {
    const { setNewPrice } = useGrid.getState();
    setNewPrice('a', '11.00', '.');
    setNewPrice('a', '12.00', '.');
    applyResults([{ key: 'a', sku: 'SKU-a', status: 'ok', message: null, code: null }]);
    expect(useGrid.getState().history).toEqual({ past: [], future: [] });
    useGrid.getState().undo();
    expect(pendingChanges(useGrid.getState())).toEqual([]);
  });

  it('keeps the history when nothing went through', () => {
    useGrid.getState().setNewPrice('a', '11.00', '.');
    applyResults([{ key: 'a', sku: 'SKU-a', status: 'error', message: 'Refused.', code: null }]);
    expect(useGrid.getState().history.past).toHaveLength(1);
  });
});
