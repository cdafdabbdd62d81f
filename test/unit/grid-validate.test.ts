import { describe, expect, it } from 'vitest';
import { describeProblems, unconfirmedSlip, validatePrice } from '../../shared/grid/validate';

const options = { thresholdPercent: 30, maxDecimals: 2 };
const codes = (price: string | null, cost: string | null, newPrice: string, opts = options) => validatePrice({ price, cost }, newPrice, opts).map((p) => p.code);

describe('validatePrice', () => {
  it('accepts a normal change', () => {
    expect(codes('10.00', '6.00', '11.50')).toEqual([]);
  });

  it('flags zero and negative prices', () => {
    expect(codes('10', null, '0')).toContain('not_positive');
    expect(codes('10', null, '-1')).toContain('not_positive');
  });

  it('flags a price below cost, not one equal to it', () => {
    expect(codes('10', '8', '7.99')).toEqual(['below_cost']);
    expect(codes('10', '8', '8')).toEqual([]);
  });

  it('names the cost with the user’s decimal separator', () => {
    expect(describeProblems(validatePrice({ price: '10', cost: '8.5' }, '8', options, 'de-DE'))).toBe('Below cost (8,50).');
    expect(describeProblems(validatePrice({ price: '10', cost: '8.5' }, '8', options))).toBe('Below cost (8.50).');
  });

  it('flags changes beyond the threshold either way, exactly at the threshold is fine', () => {
    expect(codes('10', null, '13')).toEqual([]);
    expect(codes('10', null, '13.01')).toEqual(['beyond_threshold']);
    expect(codes('10', null, '7')).toEqual([]);
    expect(codes('10', null, '6.99')).toEqual(['beyond_threshold']);
    expect(codes('10', null, '13.01', { thresholdPercent: 50, maxDecimals: 2 })).toEqual([]);
  });

  it('says how big the change is', () => {
    expect(describeProblems(validatePrice({ price: '10', cost: null }, '20', options))).toBe('Changes the price by +100 % (more than ±30 %).');
  });

  it('flags more decimals than the vendor accepts, but not trailing zeros', () => {
    expect(codes('10', null, '10.999')).toEqual(['too_many_decimals']);
    expect(codes('10', null, '10.990')).toEqual([]);
    expect(codes('10', null, '10.5', { thresholdPercent: 30, maxDecimals: 0 })).toEqual(['too_many_decimals']);
  });

  it('lists several problems, the most serious first', () => {
    expect(codes('10', '5', '-1')).toEqual(['not_positive', 'beyond_threshold']);
  });

  it('has no threshold for rows without a current price', () => {
    expect(codes(null, null, '1000')).toEqual([]);
  });

  it('calls a change beyond +500 % or −80 % a decimal slip, first, until it is confirmed', () => {
    expect(codes('29.99', null, '1299')).toEqual(['decimal_slip']);
    expect(codes('28.95', '20', '2.90')).toEqual(['decimal_slip', 'below_cost']);
    // Exactly at the rails is a big change, not a slip.
    expect(codes('10', null, '60')).toEqual(['beyond_threshold']);
    expect(codes('10', null, '2')).toEqual(['beyond_threshold']);
    expect(describeProblems(validatePrice({ price: '29.99', cost: null }, '1299', options))).toMatch(/^Changes the price by \+4231\.\d %: is a decimal point in the wrong place\?/);
    expect(validatePrice({ price: '29.99', cost: null, slipConfirmed: true }, '1299', options).map((p) => p.code)).toEqual(['beyond_threshold']);
    // A zero price is refused as such, not offered for confirmation.
    expect(codes('10', null, '0')).toEqual(['not_positive', 'beyond_threshold']);
  });

  it('holds a slip back until that very price is confirmed', () => {
    const change = { key: 'a', oldPrice: '12.99', newPrice: '1299' };
    expect(unconfirmedSlip(change, {})).toMatchObject({ direction: 'up', percent: '9900.0' });
    expect(unconfirmedSlip(change, { a: '1299.00' })).toBeNull();
    expect(unconfirmedSlip({ ...change, newPrice: '129.9' }, { a: '1299' })).toMatchObject({ direction: 'up' });
    expect(unconfirmedSlip({ ...change, newPrice: '0' }, {})).toBeNull();
    expect(unconfirmedSlip({ ...change, newPrice: null }, {})).toBeNull();
  });
});
