/**
 * Money is decimal. Every price calculation goes through big.js on decimal strings so that
 * 19.99 + 10% is 21.989, not 21.989000000000001. Numbers reach a vendor only at the edge,
 * converted from these strings by the connector.
 */
import Big from 'big.js';
import type { Said } from './said';

// Round half away from zero by default, as shops and spreadsheets do.
Big.RM = Big.roundHalfUp;
// Keep big.js from switching to exponent notation for the magnitudes prices have.
Big.NE = -20;
Big.PE = 30;

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** True for a canonical decimal string ("12", "-0.5", "1299.00"). */
export function isDecimal(value: string): boolean {
  return DECIMAL.test(value);
}

/** A Big from a canonical decimal string; throws on anything else. */
export function dec(value: string): Big {
  if (!isDecimal(value)) throw new Error(`"${value}" is not a decimal number`);
  return new Big(value);
}

/** Fixed-point text with exactly `dp` decimals ("12.5" -> "12.50"). */
export function toFixed(value: string | Big, dp = 2): string {
  return (typeof value === 'string' ? dec(value) : value).toFixed(dp);
}

/** Compare two decimal strings: -1, 0 or 1. */
export function compare(a: string, b: string): -1 | 0 | 1 {
  return dec(a).cmp(dec(b)) as -1 | 0 | 1;
}

/** Equal as amounts ("12.5" equals "12.50"). */
export function sameAmount(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return dec(a).eq(dec(b));
}

/** Number of decimals written in a decimal string ("12.500" -> 3). */
export function decimalPlaces(value: string): number {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
}

/** A price as people read it: two decimals where that loses nothing ("13" -> "13.00"), the exact value otherwise. */
export function showPrice(value: string): string {
  return decimalPlaces(value) <= 2 ? toFixed(value, 2) : value;
}

/** Change from `from` to `to` in percent, to `dp` decimals; null when `from` is zero. */
export function percentChange(from: string, to: string, dp = 1): string | null {
  const base = dec(from);
  if (base.eq(0)) return null;
  return dec(to).minus(base).div(base).times(100).toFixed(dp);
}

export { Big };

/** Margin over the selling price in percent: (price - cost) / price; null when price is zero. */
export function marginPercent(price: string, cost: string, dp = 1): string | null {
  const p = dec(price);
  if (p.eq(0)) return null;
  return p.minus(dec(cost)).div(p).times(100).toFixed(dp);
}

/**
 * Why a price may not be sent: "zero" or "negative" (or "not a number" for anything but a
 * canonical decimal), null for a positive amount. Every path that sends or imports prices
 * asks this, so a zero or negative price is refused the same way everywhere.
 */
export function nonPositive(value: string): 'zero' | 'negative' | 'not a number' | null {
  // Plain text tests, no arithmetic: the import asks this for every row of a large file.
  if (!isDecimal(value)) return 'not a number';
  if (/^-?0+(\.0+)?$/.test(value)) return 'zero';
  return value.startsWith('-') ? 'negative' : null;
}

/** Our words (shared/said.ts) for a price `nonPositive` refuses, "Not sent." before them. */
export function nonPositiveSaid(value: string, why: 'zero' | 'negative' | 'not a number'): Said {
  return why === 'not a number' ? { id: 'row.priceNotANumber', params: { price: value } } : { id: why === 'zero' ? 'row.priceZero' : 'row.priceNegative', params: { price: value } };
}

/** The sentence for a price `nonPositive` refuses. */
export function nonPositiveMessage(value: string, why: 'zero' | 'negative' | 'not a number'): string {
  return why === 'not a number' ? `The new price "${value}" is not a number.` : `The new price ${value} is ${why}; prices must be above zero.`;
}
