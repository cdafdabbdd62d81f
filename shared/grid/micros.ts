/**
 * Exact fixed-point prices for hot loops: a canonical decimal string as a BigInt count of
 * millionths. Comparisons and multiplications stay exact (no floats), and it is several
 * times faster than big.js when 100,000 rows are checked after a bulk edit. Prices carry at
 * most 6 decimals (see the contract); more are truncated, which only the decimals check
 * (done on the text) cares about.
 */
const SCALE = 6;
const PAD = '000000';

/** "21.989" -> 21989000n. */
export function toMicros(value: string): bigint {
  const negative = value.startsWith('-');
  const text = negative ? value.slice(1) : value;
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  const fraction = dot < 0 ? '' : text.slice(dot + 1, dot + 1 + SCALE);
  const micros = BigInt(whole + fraction + PAD.slice(fraction.length));
  return negative ? -micros : micros;
}

/** Decimals written, ignoring trailing zeros ("10.990" -> 2). */
export function significantDecimals(value: string): number {
  const dot = value.indexOf('.');
  if (dot < 0) return 0;
  let end = value.length;
  while (end > dot + 1 && value.charCodeAt(end - 1) === 48) end--;
  return end - dot - 1;
}
