import { describe, expect, it } from 'vitest';
import { localeDecimalSeparator, parsePrice } from '../../shared/parse-price';

const value = (input: string, hint?: '.' | ',' | 'auto') => {
  const r = parsePrice(input, hint);
  return r.ok ? r.value : `error: ${r.error}`;
};

describe('parsePrice reads prices as spreadsheet users write them', () => {
  it.each([
    ['12,50', '12.50'],
    ['12.50', '12.50'],
    ['1.299,00', '1299.00'],
    ['1,299.00', '1299.00'],
    ['€ 9.99', '9.99'],
    ['9,99 €', '9.99'],
    ['1 299,00 kr', '1299.00'],
    ['1\u00a0299,00\u00a0kr', '1299.00'],
    ['$1,234.56', '1234.56'],
    ['SEK 45', '45'],
    ['R$ 1.234,56', '1234.56'],
    ['1.234.567', '1234567'],
    ['1,234,567.5', '1234567.5'],
    ['-5', '-5'],
    ['(12.00)', '-12.00'],
    ['007', '7'],
    ['0,5', '0.5'],
    ['1 234 567,50', '1234567.50'],
    ["1'234.50", '1234.50'],
    ['-€5', '-5'],
    ['(€ 5,00)', '-5.00'],
    ['(5)', '-5'],
    ['5-', '-5'],
    ['5 €-', '-5'],
    // Symbols Intl writes in the grid's cells, where the editor starts from them.
    ['CA$1,234.50', '1234.50'],
    ['1\u00a0234,50\u00a0$US', '1234.50'],
    ['1\u00a0234,50\u00a0Nkr', '1234.50'],
    ['JP¥1,234.5', '1234.5'],
    ['￥12,345.5', '12345.5'],
    ['ZAR\u00a01,234.50', '1234.50'],
  ])('%s -> %s', (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  it('uses the locale decimal separator when one separator is followed by three digits', () => {
    expect(value('1,234', ',')).toBe('1.234');
    expect(value('1,234', '.')).toBe('1234');
    expect(value('1.234', ',')).toBe('1234');
    expect(value('1.234', '.')).toBe('1.234');
  });

  it('flags "1,234" as ambiguous when nothing says which separator is meant', () => {
    expect(parsePrice('1,234')).toEqual({ ok: true, value: '1.234', ambiguous: true });
    expect(parsePrice('12,50')).toEqual({ ok: true, value: '12.50', ambiguous: false });
  });

  it.each([
    ['abc', 'is not a price'],
    ['10%', 'is a percentage'],
    ['', 'empty'],
    ['1.2.3,4,5', 'is not a price'],
    ['12,3456,78', 'is not a price'],
    ['1,23,456.00', 'is not a price'],
    ['9999999999999', 'too large'],
    // A space groups thousands only between groups of three digits; currency only at the ends.
    ['12 50', 'a space may only separate thousands'],
    ['1 2345', 'a space may only separate thousands'],
    ['12345 678', 'a space may only separate thousands'],
    ['1 234,5 6', 'a space may only separate thousands'],
    ['1$5', 'is not a price'],
    ['12€50', 'is not a price'],
    ['1 EUR 5', 'is not a price'],
    ['12 pcs', 'is not a price'],
    ['1CA$5', 'is not a price'],
  ])('refuses %j with a clear reason', (input, reason) => {
    expect(value(input)).toContain(reason);
  });

  it('knows the decimal separator of common locales', () => {
    expect(localeDecimalSeparator('en-US')).toBe('.');
    expect(localeDecimalSeparator('de-DE')).toBe(',');
    expect(localeDecimalSeparator('sv-SE')).toBe(',');
  });
});
