import { describe, expect, it } from 'vitest';
import { changeDirection, formatChange, formatDecimal } from '../../shared/grid/format-decimal';
import { readPriceWith } from '../../shared/grid/read-price';

describe('formatDecimal shows decimal strings in the user’s style', () => {
  it.each([
    ['12.5', ',', '12,50'],
    ['12.5', '.', '12.50'],
    ['1299', ',', '1299,00'],
    ['21.989', ',', '21,989'],
    ['0.000001', ',', '0,000001'],
    ['-3.1', ',', '-3,10'],
    ['-0.05', '.', '-0.05'],
    ['123456789012.99', ',', '123456789012,99'],
  ] as const)('%s with "%s" is %s', (value, separator, shown) => {
    expect(formatDecimal(value, separator)).toBe(shown);
  });

  it('keeps every digit of long decimals, which a float would lose', () => {
    expect(formatDecimal('9007199254740993.1', ',')).toBe('9007199254740993,10');
    expect(formatDecimal('0.1000000000000000055511', '.')).toBe('0.1000000000000000055511');
  });

  it('pads to the decimals asked for, and shows whole numbers bare when none are', () => {
    expect(formatDecimal('12', ',', 0)).toBe('12');
    expect(formatDecimal('12.3', ',', 0)).toBe('12,3');
    expect(formatDecimal('12.3', '.', 4)).toBe('12.3000');
  });

  it('leaves anything that is not a canonical decimal as it is', () => {
    expect(formatDecimal('abc', ',')).toBe('abc');
    expect(formatDecimal('1,5', '.')).toBe('1,5');
    expect(formatDecimal('', ',')).toBe('');
  });

  it('reads back what it shows, in both styles', () => {
    for (const value of ['12.50', '1299.00', '1.299', '0.05', '21.989']) {
      for (const separator of [',', '.'] as const) {
        const read = readPriceWith(formatDecimal(value, separator), separator);
        expect(read).toEqual({ ok: true, value: formatDecimal(value, '.') });
      }
    }
  });
});

describe('changes show their sign', () => {
  it.each([
    ['1.5', ',', '+1,50', 'up'],
    ['-3.1', '.', '-3.10', 'down'],
    ['0', '.', '0.00', null],
    ['-0.00', '.', '-0.00', null],
    ['0.000001', '.', '+0.000001', 'up'],
  ] as const)('%s with "%s" is %s, %s', (value, separator, shown, direction) => {
    expect(formatChange(value, separator)).toBe(shown);
    expect(changeDirection(value)).toBe(direction);
  });
});
