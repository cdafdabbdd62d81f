import { describe, expect, it } from 'vitest';
import { significantDecimals, toMicros } from '../../shared/grid/micros';

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
