/**
 * Issue #13, locale formatting: prices and numbers laid out in the locale from decimal
 * strings, with what Intl itself does for the symbols and grouping, and every digit exact.
 */
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../shared/format/date-format';
import { readPriceWith } from '../../shared/grid/read-price';
import { changeDirection, decimalSeparator, formatMoney, formatNumber } from '../../shared/format/money-format';

// Intl writes spaces as no-break (U+00A0) or narrow no-break (U+202F) spaces; the tests name them.
const nbsp = '\u00a0';

describe('prices in the locale', () => {
  it('en-US: symbol first, comma groups, point decimals', () => {
    expect(formatMoney('1234.5', 'en-US', 'USD')).toBe('$1,234.50');
    expect(formatMoney('-1234.5', 'en-US', 'EUR')).toBe('-€1,234.50');
    expect(formatMoney('999', 'en-US', 'EUR')).toBe('€999.00');
    expect(formatMoney('12.3', 'en-US', 'EUR', { signed: true })).toBe('+€12.30');
  });

  it('es-ES: symbol after, point groups from five digits only (as Intl does), comma decimals', () => {
    expect(formatMoney('1234.5', 'es-ES', 'EUR')).toBe(`1234,50${nbsp}€`);
    expect(formatMoney('12345.5', 'es-ES', 'EUR')).toBe(`12.345,50${nbsp}€`);
    expect(formatNumber('1234', 'es-ES')).toBe('1234');
    expect(formatNumber('12345', 'es-ES')).toBe('12.345');
    // The same rule as Intl's own output for the same numbers.
    expect(formatMoney('1234.5', 'es-ES', 'EUR')).toBe(new Intl.NumberFormat('es-ES', { style: 'currency', currency: 'EUR' }).format(1234.5));
  });

  it('es-AR: symbol first with a space, point groups from four digits', () => {
    expect(formatMoney('1234.5', 'es-AR', 'ARS')).toBe(`$${nbsp}1.234,50`);
    expect(formatMoney('-1234.5', 'es-AR', 'ARS')).toBe(`-$${nbsp}1.234,50`);
  });

  it('sv-SE: space groups, comma decimals, "kr" after, a real minus sign', () => {
    expect(formatMoney('1234.5', 'sv-SE', 'SEK')).toBe(`1${nbsp}234,50${nbsp}kr`);
    expect(formatMoney('-1234.5', 'sv-SE', 'SEK')).toBe(`\u2212${'1' + nbsp + '234,50' + nbsp}kr`);
    expect(formatMoney('-1234.5', 'sv-SE', 'SEK')).toBe(new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK' }).format(-1234.5));
  });

  it('keeps every digit of a number no float can hold, and never rounds decimals away', () => {
    expect(formatMoney('12345678901234.99', 'en-US', 'USD')).toBe('$12,345,678,901,234.99');
    expect(formatMoney('12345678901234.99', 'es-ES', 'EUR')).toBe(`12.345.678.901.234,99${nbsp}€`);
    expect(formatMoney('0.125', 'en-US', 'USD')).toBe('$0.125');
    expect(formatNumber('-0.00', 'en-US', { signed: true, minDecimals: 2 })).toBe('0.00');
  });

  it('pads to the currency\'s decimals, learned from Intl (none for yen)', () => {
    expect(formatMoney('1500', 'en-US', 'JPY')).toBe('¥1,500');
    expect(formatMoney('1500', 'es-ES', 'JPY')).toBe(`1500${nbsp}JPY`);
    expect(formatMoney('1500.5', 'es-ES', 'JPY')).toBe(`1500,5${nbsp}JPY`);
  });

  it('lays out other grouping rules the same way (Indian lakhs, Swiss apostrophes)', () => {
    expect(formatNumber('12345678', 'en-IN')).toBe('1,23,45,678');
    expect(formatNumber('1234.5', 'de-CH')).toBe("1'234.5");
  });

  it('shows signed changes and plain text for editing, and leaves what is not a number alone', () => {
    expect(formatNumber('40.0', 'es-ES', { signed: true })).toBe('+40,0');
    expect(formatNumber('-1234.5', 'en-US', { signed: true, minDecimals: 2 })).toBe('-1,234.50');
    expect(formatMoney('1234.5', 'sv-SE', null, { plain: true })).toBe('1234,50');
    expect(formatMoney('remove price', 'en-US', 'EUR')).toBe('remove price');
    expect(changeDirection('0.00')).toBeNull();
    expect(changeDirection('-0.01')).toBe('down');
    expect(decimalSeparator('sv-SE')).toBe(',');
    expect(decimalSeparator('en-US')).toBe('.');
  });
});

describe('what the grid shows is read back as the same price', () => {
  it('reads the grouped text the cell editor starts from, in every locale tested', () => {
    for (const locale of ['en-US', 'es-ES', 'es-AR', 'sv-SE']) {
      for (const value of ['12.50', '1299.00', '12345.60', '1234567.89', '0.05', '21.989']) {
        expect(readPriceWith(formatMoney(value, locale, null), decimalSeparator(locale)), `${value} in ${locale}`).toEqual({ ok: true, value });
      }
    }
  });

  it('reads the text with the row\'s currency symbol back, wherever Intl puts it and whatever it looks like', () => {
    expect(readPriceWith(`1${nbsp}234,50${nbsp}kr`, ',')).toEqual({ ok: true, value: '1234.50' });
    expect(readPriceWith(`1.234,50${nbsp}€`, ',')).toEqual({ ok: true, value: '1234.50' });
    expect(readPriceWith('$1,234.50', '.')).toEqual({ ok: true, value: '1234.50' });
    // The currencies PriceDesk's vendors use and others a shop may sell in: "CA$", "$US", "Nkr", "JP¥", "ZAR 1,234.50".
    const currencies = ['EUR', 'USD', 'SEK', 'GBP', 'NZD', 'AUD', 'NOK', 'DKK', 'CAD', 'CHF', 'JPY', 'BRL', 'MXN', 'PLN', 'INR', 'ZAR', 'ISK', 'CZK', 'HUF'];
    const locales = ['en-US', 'es-ES', 'sv-SE', 'de-DE', 'fr-FR', 'en-GB', 'de-CH', 'nl-NL', 'pt-BR', 'ja-JP', 'en-NZ', 'da-DK', 'nb-NO', 'pl-PL'];
    for (const locale of locales) {
      for (const currency of currencies) {
        for (const value of ['12.50', '1299.00', '1234567.89', '0.05', '21.989']) {
          const shown = formatMoney(value, locale, currency);
          expect(readPriceWith(shown, decimalSeparator(locale)), `${shown} (${currency} in ${locale})`).toEqual({ ok: true, value });
        }
      }
    }
  });
});

describe('dates in the locale', () => {
  it('uses the same locale as the numbers', () => {
    const iso = '2026-11-29T20:15:00.000Z';
    expect(formatDateTime(iso, 'es-ES')).toBe(new Intl.DateTimeFormat('es-ES', { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso)));
    expect(formatDateTime('not a time', 'en-US')).toBe('not a time');
  });
});
