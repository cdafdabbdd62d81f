/**
 * Reads what a person typed or pasted into a price cell, with their locale's decimal
 * separator deciding the ambiguous cases ("1.299" is 1299 in Germany, 1.299 in the US).
 */
import { localeDecimalSeparator, parsePrice, type DecimalHint } from '../parse-price';

/** Prices travel with at most 6 decimals and 12 whole digits (see the contract). */
const MAX_DECIMALS = 6;

export type ReadPrice = { ok: true; value: string } | { ok: false; error: string };

/** A canonical decimal string, or a message for the cell ("abc" is not a price). */
export function readPrice(text: string, locale: string): ReadPrice {
  return readPriceWith(text, localeDecimalSeparator(locale));
}

/** The same with the decimal separator given directly. */
export function readPriceWith(text: string, hint: DecimalHint): ReadPrice {
  const parsed = parsePrice(text, hint);
  if (!parsed.ok) return { ok: false, error: parsed.error === 'empty' ? 'No price given.' : `${capitalise(parsed.error)}.` };
  const dot = parsed.value.indexOf('.');
  if (dot >= 0 && parsed.value.length - dot - 1 > MAX_DECIMALS) return { ok: false, error: `"${text.trim()}" has more than ${MAX_DECIMALS} decimals.` };
  return { ok: true, value: parsed.value };
}

const capitalise = (s: string) => (s.startsWith('"') ? s : s.charAt(0).toUpperCase() + s.slice(1));
