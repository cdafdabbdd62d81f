import { describe, expect, it } from 'vitest';
import { applyRule, describeSkipped, isRefusal, planBulk, type BulkOperation, type Rounding } from '../../shared/grid/bulk';

const none: Rounding = { kind: 'none' };
const value = (base: string | null, operation: BulkOperation, rounding: Rounding = none, cost: string | null = null) => {
  const r = applyRule(base, cost, { operation, rounding });
  return r.ok ? r.value : `skip: ${r.reason}`;
};
const roundOnly = (base: string, rounding: Rounding) => value(base, { kind: 'none' }, rounding);

describe('bulk operations are exact decimals', () => {
  it('19.99 + 10 % is 21.989, and rounding that to .99 gives 21.99', () => {
    expect(value('19.99', { kind: 'addPercent', percent: '10' })).toBe('21.989');
    expect(roundOnly('21.989', { kind: 'ending', ending: '0.99', mode: 'nearest' })).toBe('21.99');
  });

  it('adds, subtracts and sets amounts', () => {
    expect(value('0.1', { kind: 'add', amount: '0.2' })).toBe('0.3');
    expect(value('10', { kind: 'subtract', amount: '0.01' })).toBe('9.99');
    expect(value(null, { kind: 'set', value: '4.50' })).toBe('4.5');
  });

  it('subtracts a percent', () => {
    expect(value('200', { kind: 'subtractPercent', percent: '12.5' })).toBe('175');
    expect(value('9.99', { kind: 'subtractPercent', percent: '15' })).toBe('8.4915');
  });

  it('sets a margin over cost, rounded to cents when no rounding is chosen', () => {
    expect(value('1', { kind: 'margin', percent: '40' }, none, '6')).toBe('10');
    expect(value('1', { kind: 'margin', percent: '30' }, none, '10')).toBe('14.29');
    expect(value('1', { kind: 'margin', percent: '30' }, { kind: 'ending', ending: '0.95', mode: 'up' }, '10')).toBe('14.95');
  });

  it('skips rows a rule cannot apply to', () => {
    expect(value('5', { kind: 'margin', percent: '30' })).toBe('skip: no cost known');
    expect(value('5', { kind: 'margin', percent: '100' }, none, '2')).toBe('skip: a margin must be below 100 %');
    expect(value(null, { kind: 'addPercent', percent: '5' })).toBe('skip: no current price');
  });

  it('keeps at most 6 decimals', () => {
    expect(value('1.5', { kind: 'addPercent', percent: '0.0001' })).toBe('1.500002');
  });
});

describe('rounding rules', () => {
  it.each([
    ['21.989', 'nearest', '21.99'],
    ['21.989', 'down', '20.99'],
    ['21.989', 'up', '21.99'],
    ['21.99', 'down', '21.99'],
    ['21.99', 'up', '21.99'],
    ['22.40', 'nearest', '21.99'],
    ['22.50', 'nearest', '22.99'],
    ['0.50', 'down', '0.99'],
    ['0.50', 'nearest', '0.99'],
  ] as const)('%s to the ending .99 %s -> %s', (base, mode, expected) => {
    expect(roundOnly(base, { kind: 'ending', ending: '0.99', mode })).toBe(expected);
  });

  it('rounds to endings .95 and .90', () => {
    expect(roundOnly('10.20', { kind: 'ending', ending: '0.95', mode: 'nearest' })).toBe('9.95');
    expect(roundOnly('10.20', { kind: 'ending', ending: '0.90', mode: 'up' })).toBe('10.9');
    expect(roundOnly('10.95', { kind: 'ending', ending: '0.95', mode: 'down' })).toBe('10.95');
  });

  it('rounds to 2 decimals up, down and half up', () => {
    expect(roundOnly('8.4915', { kind: 'decimals', decimals: 2, mode: 'nearest' })).toBe('8.49');
    expect(roundOnly('8.495', { kind: 'decimals', decimals: 2, mode: 'nearest' })).toBe('8.5');
    expect(roundOnly('8.491', { kind: 'decimals', decimals: 2, mode: 'up' })).toBe('8.5');
    expect(roundOnly('8.499', { kind: 'decimals', decimals: 2, mode: 'down' })).toBe('8.49');
  });

  it.each([
    ['12.37', '0.05', 'nearest', '12.35'],
    ['12.375', '0.05', 'nearest', '12.4'],
    ['12.31', '0.05', 'up', '12.35'],
    ['12.39', '0.10', 'down', '12.3'],
    ['12.35', '0.10', 'nearest', '12.4'],
    ['12.5', '1', 'nearest', '13'],
    ['12.01', '1', 'up', '13'],
    ['12.99', '1', 'down', '12'],
  ] as const)('%s to the nearest %s %s -> %s', (base, step, mode, expected) => {
    expect(roundOnly(base, { kind: 'step', step, mode })).toBe(expected);
  });
});

describe('planBulk previews what a rule would do', () => {
  it('counts changing rows, skipped rows and the price range', () => {
    const rows = [
      { key: 'a', price: '10', cost: '5' },
      { key: 'b', price: '20', cost: null },
      { key: 'c', price: '30', cost: '12' },
    ];
    const plan = planBulk(rows, {}, [], { operation: { kind: 'margin', percent: '50' }, rounding: none });
    if (isRefusal(plan)) throw new Error(plan.refused);
    expect(plan.ids).toEqual(['c']);
    expect(plan.values).toEqual(['24']);
    expect(plan.preview).toEqual({ changing: 1, skipped: 1, missing: ['cost'], lowest: '10', highest: '24', slips: 0 });
    expect(describeSkipped(plan)).toBe('1 product has no cost: left unchanged.');
  });

  it('starts from the pending new price and counts results beyond the decimal-slip rails', () => {
    const plan = planBulk([{ key: 'a', price: '10', cost: null }], { a: '20' }, [], { operation: { kind: 'multiply', factor: '100' }, rounding: none });
    expect(plan).toMatchObject({ ids: ['a'], values: ['2000'], preview: { slips: 1 } });
  });
});
