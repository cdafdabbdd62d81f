/**
 * Exact fixed-point prices for hot loops: a canonical decimal string as a BigInt count of
 * millionths. Comparisons and multiplications stay exact (no floats), and it is several
 * times faster than big.js when 100,000 rows are checked after a bulk edit. Prices carry at
 * most 6 decimals (see the contract); more are truncated, which only the decimals check
 * (done on the text) cares about.
 */
import { isDecimal } from '../money';

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

/** "21.989" -> 21989000n, or null for text that is not a decimal with at most 6 decimals. */
export function exactMicros(value: string): bigint | null {
  const dot = value.indexOf('.');
  if (!isDecimal(value) || (dot >= 0 && value.length - dot - 1 > SCALE)) return null;
  return toMicros(value);
}

/** 21989000n -> "21.989": the canonical text big.js writes (no trailing zeros). */
export function fromMicros(micros: bigint): string {
  const negative = micros < 0n;
  const digits = (negative ? -micros : micros).toString().padStart(SCALE + 1, '0');
  const whole = digits.slice(0, -SCALE);
  const fraction = digits.slice(-SCALE).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Decimals written, ignoring trailing zeros ("10.990" -> 2). */
export function significantDecimals(value: string): number {
  const dot = value.indexOf('.');
  if (dot < 0) return 0;
  let end = value.length;
  while (end > dot + 1 && value.charCodeAt(end - 1) === 48) end--;
  return end - dot - 1;
}

/**
 * Compares two canonical decimal strings exactly without parsing them into numbers: the
 * sort comparator of price columns, called about 1.7 million times to sort 100,000 rows.
 */
export function compareDecimals(a: string, b: string): number {
  const negA = a.startsWith('-');
  const negB = b.startsWith('-');
  if (negA !== negB) return negA ? -1 : 1;
  const abs = compareAbs(negA ? a.slice(1) : a, negB ? b.slice(1) : b);
  return negA && abs !== 0 ? -abs : abs;
}

function compareAbs(a: string, b: string): number {
  const dotA = a.indexOf('.');
  const dotB = b.indexOf('.');
  let intA = dotA < 0 ? a : a.slice(0, dotA);
  let intB = dotB < 0 ? b : b.slice(0, dotB);
  intA = intA.replace(/^0+(?=\d)/, '');
  intB = intB.replace(/^0+(?=\d)/, '');
  if (intA.length !== intB.length) return intA.length < intB.length ? -1 : 1;
  if (intA !== intB) return intA < intB ? -1 : 1;
  const fracA = dotA < 0 ? '' : a.slice(dotA + 1);
  const fracB = dotB < 0 ? '' : b.slice(dotB + 1);
  const length = Math.max(fracA.length, fracB.length);
  const padA = fracA.padEnd(length, '0');
  const padB = fracB.padEnd(length, '0');
  return padA === padB ? 0 : padA < padB ? -1 : 1;
}
