import { describe, expect, it } from 'vitest';
import { inDecimalRange, readRange, type DecimalRange } from '../../shared/grid/range-filter';

const range = (from: string | null, to: string | null): DecimalRange => ({ filterType: 'decimalRange', from, to });

describe('the number columns\' decimal range filter', () => {
  it('compares decimal strings as numbers, not as text', () => {
    // As text "9.99" > "10.00" and "100" < "20": a text filter would get both wrong.
    expect(inDecimalRange('9.99', range('10', null))).toBe(false);
    expect(inDecimalRange('100', range(null, '20'))).toBe(false);
    expect(inDecimalRange('10.00', range('9.99', '10'))).toBe(true);
  });

  it('includes both bounds and is exact beyond float precision', () => {
    expect(inDecimalRange('10', range('10.000000', '10.000000'))).toBe(true);
    // 0.1 + 0.2 territory: exact decimals, no float rounding at the edge.
    expect(inDecimalRange('0.300000', range('0.3', '0.3'))).toBe(true);
    expect(inDecimalRange('999999999999.999999', range('999999999999.999998', null))).toBe(true);
    expect(inDecimalRange('999999999999.999997', range('999999999999.999998', null))).toBe(false);
  });

  it('handles negative values (Change, Change %) and open ends', () => {
    expect(inDecimalRange('-5.5', range('-10', '-5'))).toBe(true);
    expect(inDecimalRange('-4.99', range('-10', '-5'))).toBe(false);
    expect(inDecimalRange('123456', range('0', null))).toBe(true);
    expect(inDecimalRange('-1', range(null, '0'))).toBe(true);
  });

  it('never lets an empty cell through', () => {
    expect(inDecimalRange(null, range(null, '100'))).toBe(false);
    expect(inDecimalRange('', range('0', null))).toBe(false);
  });

  it('reads the bounds with the person\'s decimal separator', () => {
    expect(readRange('1.234,50', '2.000', 'de-DE')).toEqual({ ok: true, range: range('1234.50', '2000') });
    expect(readRange('12.5', '', 'en-US')).toEqual({ ok: true, range: range('12.5', null) });
    expect(readRange('', '-10 %', 'sv-SE')).toEqual({ ok: true, range: range(null, '-10') });
  });

  it('is no filter when both boxes are empty', () => {
    expect(readRange(' ', '', 'en-US')).toEqual({ ok: true, range: null });
  });

  it('names the box that does not hold a number', () => {
    const read = readRange('10', 'abc', 'en-US');
    expect(read.ok).toBe(false);
    expect(read.ok ? null : read.field).toBe('to');
    expect(read.ok ? '' : read.error).toMatch(/abc/);
  });

  it('refuses a range whose end is below its start', () => {
    expect(readRange('20', '10', 'en-US')).toEqual({ ok: false, field: 'to', error: '"To" is below "From": no row could match.', reversed: true });
  });
});
