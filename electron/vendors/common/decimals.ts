/**
 * Vendor numbers as the app's decimal strings, and the decimal limits vendors put on prices.
 * Amounts arrive as JSON numbers or numeric text; they pass through their shortest text into
 * big.js, never through float arithmetic.
 */
import { Big, dec } from '../../../shared/money';

/** A vendor amount as a decimal string with at least 2 decimals, never rounding away what it holds. Throws on non-numbers. */
export function decimalText(value: number | string): string {
  const big = new Big(String(value).trim());
  return big.toFixed(Math.max(2, big.c.length - big.e - 1));
}

/** Like decimalText, but null for an absent or non-numeric value. */
export function decimalFrom(value: number | string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  try {
    return decimalText(value);
  } catch {
    return null;
  }
}

/** True when the price has no more than `max` significant decimals ("12.5000" fits 2). */
export function fitsDecimals(price: string, max: number): boolean {
  const value = dec(price);
  return value.eq(value.round(max));
}
