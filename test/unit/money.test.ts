import { describe, expect, it } from 'vitest';
import { compare, dec, decimalPlaces, isDecimal, marginPercent, percentChange, sameAmount, toFixed } from '../../shared/money';

describe('decimal money', () => {
  it('adds percentages exactly, without binary float error', () => {
    expect(dec('19.99').times('1.1').toString()).toBe('21.989');
    expect(dec('0.1').plus('0.2').toString()).toBe('0.3');
  });

  it('rounds half away from zero to fixed decimals', () => {
    expect(toFixed('2.345', 2)).toBe('2.35');
    expect(toFixed('-2.345', 2)).toBe('-2.35');
    expect(toFixed('12.5')).toBe('12.50');
  });

  it('compares amounts regardless of trailing zeros', () => {
    expect(sameAmount('12.5', '12.50')).toBe(true);
    expect(sameAmount('12.5', null)).toBe(false);
    expect(compare('9.99', '10')).toBe(-1);
  });

  it('computes change and margin in percent', () => {
    expect(percentChange('10.00', '11.00')).toBe('10.0');
    expect(percentChange('0', '11.00')).toBeNull();
    expect(marginPercent('20.00', '15.00')).toBe('25.0');
  });

  it('accepts only canonical decimal text', () => {
    expect(isDecimal('12.50')).toBe(true);
    expect(isDecimal('12,50')).toBe(false);
    expect(isDecimal('1e3')).toBe(false);
    expect(() => dec('abc')).toThrow('not a decimal');
    expect(decimalPlaces('1.2345')).toBe(4);
    expect(dec('0.0000001').toString()).toBe('0.0000001');
  });
});
