import { describe, expect, it } from 'vitest';
import { beyondPercent, compareExact, scaled } from '../../shared/exact';
import { Big } from '../../shared/money';

describe('exact decimal comparisons for validation', () => {
  it.each([
    ['12.5', '12.50', 0], ['012.5', '12.5', 0], ['9.99', '10', -1], ['100', '99.999', 1], ['0.1', '0.10000001', -1],
    ['1234567890123.5', '1234567890123.49', 1], ['-1', '0', -1], ['-2.5', '-2.50', 0], ['5', '5', 0],
  ] as const)('compares %s with %s as %i', (a, b, expected) => {
    expect(compareExact(a, b)).toBe(expected);
  });

  it('scales to integers without floats', () => {
    expect(scaled('12.5')).toBe(12_500_000_000_000n);
    expect(scaled('-0.000000000001')).toBe(-1n);
    expect(scaled('1.0000000000001')).toBeNull();
  });

  it.each([
    ['13', '10', false], ['13.01', '10', true], ['7', '10', false], ['6.99', '10', true], ['26.01', '20.00', true], ['1.0000000000001', '1', false],
  ] as const)('%s against %s is beyond ±30 %%: %s', (next, current, expected) => {
    expect(beyondPercent(next, current, 30)).toBe(expected);
  });
});

describe('scaled remembers the last few values', () => {
  it('answers every value exactly, whether it is remembered or not', () => {
    // More distinct values than it remembers, repeated, so answers come both ways.
    const values = ['12.5', '0', '-3.25', '99', '12.5', '0.000000000001', '1000', '12.5', '-3.25', '7.1', '0', '99', '12.50'];
    for (let round = 0; round < 3; round++) for (const v of values) expect(scaled(v), v).toBe(BigInt(new Big(v).times('1e12').toFixed(0)));
    expect(scaled('1.1234567890123')).toBeNull();
    expect(scaled('1.1234567890123')).toBeNull();
  });
});
