import { describe, expect, it } from 'vitest';
import { readPrice } from '../../shared/grid/read-price';

const read = (text: string, locale: string) => {
  const r = readPrice(text, locale);
  return r.ok ? r.value : `error: ${r.error}`;
};

describe('readPrice follows the locale’s decimal separator', () => {
  it.each([
    ['1.299', 'de-DE', '1299'],
    ['1.299', 'en-US', '1.299'],
    ['1,299', 'en-US', '1299'],
    ['1,299', 'sv-SE', '1.299'],
    ['12,50', 'en-US', '12.50'],
    ['12.50', 'de-DE', '12.50'],
    ['1.299,00', 'en-GB', '1299.00'],
    ['€ 9.99', 'fr-FR', '9.99'],
    ['1 299,00 kr', 'sv-SE', '1299.00'],
    ['$1,234.56', 'de-DE', '1234.56'],
  ])('%s in %s -> %s', (text, locale, expected) => {
    expect(read(text, locale)).toBe(expected);
  });

  it('says plainly when a value is not a price', () => {
    expect(read('abc', 'en-US')).toBe('error: "abc" is not a price.');
    expect(read('10%', 'de-DE')).toBe('error: "10%" is a percentage, not a price.');
    expect(read('  ', 'en-US')).toBe('error: No price given.');
  });

  it('refuses more decimals than a price can travel with', () => {
    expect(read('1.1234567', 'en-US')).toBe('error: "1.1234567" has more than 6 decimals.');
  });
});
