import { describe, expect, it } from 'vitest';
import { compareDecimals, significantDecimals, toMicros } from '../../shared/grid/micros';

describe('exact millionths for hot loops', () => {
  it.each([
    ['21.989', 21_989_000n],
    ['0.000001', 1n],
    ['-5', -5_000_000n],
    ['100', 100_000_000n],
    ['999999999999.999999', 999_999_999_999_999_999n],
  ])('%s -> %s', (text, micros) => {
    expect(toMicros(text)).toBe(micros);
  });

  it('counts decimals without trailing zeros', () => {
    expect(significantDecimals('10.990')).toBe(2);
    expect(significantDecimals('10.000')).toBe(0);
    expect(significantDecimals('10')).toBe(0);
    expect(significantDecimals('0.125')).toBe(3);
  });
});

describe('compareDecimals sorts prices exactly', () => {
  it.each([
    ['9.99', '10.00', -1],
    ['10.00', '10', 0],
    ['10.5', '10.49', 1],
    ['-1', '0.5', -1],
    ['-2', '-10', 1],
    ['-0.5', '-0.50', 0],
    ['007', '7.0', 0],
    ['123456789012.000001', '123456789012', 1],
  ])('%s vs %s -> %i', (a, b, expected) => {
    expect(Math.sign(compareDecimals(a, b))).toBe(expected);
  });

  it('orders a shuffled list as big.js would', () => {
    const values = ['1.5', '-3', '0', '22.989', '22.99', '100', '0.001', '-0.25', '9.999999'];
    expect([...values].sort(compareDecimals)).toEqual(['-3', '-0.25', '0', '0.001', '1.5', '9.999999', '22.989', '22.99', '100']);
  });
});
