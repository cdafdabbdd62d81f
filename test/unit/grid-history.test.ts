import { describe, expect, it } from 'vitest';
import { REMOVE_PRICE, type PriceEdit } from '../../shared/grid/edit';
import { applyToEdits, changeMarks, emptyHistory, record, redo, revertValues, undo, type HistoryStep } from '../../shared/grid/history';

const step = (label: string, keys: string[], before: (PriceEdit | null)[], after: (PriceEdit | null)[]): HistoryStep => ({ label, keys, before, after });

describe('command history', () => {
  it('undoes and redoes in order', () => {
    let h = record(emptyHistory(), step('one', ['a'], [null], ['1']));
    h = record(h, step('two', ['a'], ['1'], ['2']));
    const u1 = undo(h)!;
    expect(u1.step.label).toBe('two');
    const u2 = undo(u1.history)!;
    expect(u2.step.label).toBe('one');
    expect(undo(u2.history)).toBeNull();
    const r1 = redo(u2.history)!;
    expect(r1.step.label).toBe('one');
    expect(redo(r1.history)!.step.label).toBe('two');
  });

  it('clears the redo list when a new step is recorded', () => {
    let h = record(emptyHistory(), step('one', ['a'], [null], ['1']));
    h = undo(h)!.history;
    h = record(h, step('other', ['b'], [null], ['5']));
    expect(redo(h)).toBeNull();
    expect(h.past.map((s) => s.label)).toEqual(['other']);
  });

  it('keeps 100 steps, dropping the oldest first', () => {
    let h = emptyHistory();
    for (let i = 0; i < 130; i++) h = record(h, step(`s${i}`, ['a'], [null], [String(i)]));
    expect(h.past).toHaveLength(100);
    expect(h.past[0]!.label).toBe('s30');
    expect(h.past.at(-1)!.label).toBe('s129');
  });

  it('ignores a step that touched nothing', () => {
    const h = emptyHistory();
    expect(record(h, step('empty', [], [], []))).toBe(h);
  });

  it('applies values without touching the original record and reports what they replaced', () => {
    const edits = { a: '1', b: '2' };
    const { edits: next, before } = applyToEdits(edits, ['a', 'b', 'c'], ['10', null, '30']);
    expect(next).toEqual({ a: '10', c: '30' });
    expect(before).toEqual(['1', '2', null]);
    expect(edits).toEqual({ a: '1', b: '2' });
  });

  it('reverts a step that touched one key twice back to the first value', () => {
    const start = { a: 'x' };
    const { edits, before } = applyToEdits(start, ['a', 'a'], ['y', 'z']);
    expect(edits).toEqual({ a: 'z' });
    const s = step('twice', ['a', 'a'], before, ['y', 'z']);
    const back = revertValues(s);
    expect(applyToEdits(edits, back.keys, back.values).edits).toEqual({ a: 'x' });
  });

  it('keeps a price removal apart from "no edit": undo brings the price back, redo the removal', () => {
    const { edits, before } = applyToEdits({ a: '5.00' }, ['a', 'b'], [REMOVE_PRICE, REMOVE_PRICE]);
    expect(edits).toEqual({ a: REMOVE_PRICE, b: REMOVE_PRICE });
    expect(before).toEqual(['5.00', null]);
    const back = revertValues(step('remove', ['a', 'b'], before, [REMOVE_PRICE, REMOVE_PRICE]));
    expect(applyToEdits(edits, back.keys, back.values).edits).toEqual({ a: '5.00' });
  });

  it('records only the marks a step really changes: a written value clears its mark, a new mark is set', () => {
    const marks = { a: 'bad a', b: 'bad b' };
    const { next, change } = changeMarks(marks, ['a', 'c'], { d: 'bad d', b: 'bad b' });
    expect(next).toEqual({ b: 'bad b', d: 'bad d' });
    expect(change).toEqual({ keys: ['a', 'd'], before: ['bad a', null], after: [null, 'bad d'] });
    // Nothing to change: the same object back, so the store sees no change.
    expect(changeMarks(marks, ['c'], {}).next).toBe(marks);
  });

  it('records a step that only marks cells', () => {
    const h = record(emptyHistory(), { ...step('mark', [], [], []), marks: { keys: ['a'], before: [null], after: ['bad'] } });
    expect(h.past).toHaveLength(1);
  });
});
