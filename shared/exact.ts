/**
 * Exact comparisons of decimal strings for the hot loop of validation: prices as integers
 * scaled by 10^12 (BigInt), which is exact like big.js but cheap enough for 100,000 rows.
 * Values with more than 12 decimals fall back to big.js. No floats anywhere.
 */
import { Big } from './money';

const SCALE = 12;
/** 10^12: one unit in `scaled` form. */
export const SCALE_FACTOR = 10n ** BigInt(SCALE);

// The last few values scaled. Validation asks about one row's prices several times (same
// price? below cost? a decimal slip? a big change?); parsing each once per row instead of
// once per question is a tenth of an import's own time at 100,000 rows. BigInts are
// immutable, so a remembered answer is the answer.
const MEMO = 4;
const memoText: string[] = new Array<string>(MEMO).fill('0');
const memoValue: (bigint | null)[] = new Array<bigint | null>(MEMO).fill(0n);
let memoNext = 0;

/** "12.5" -> 12500000000000n; null when the value has more than 12 decimals. */
export function scaled(value: string): bigint | null {
  for (let i = 0; i < MEMO; i++) if (memoText[i] === value) return memoValue[i]!;
  const n = scaledNow(value);
  memoText[memoNext] = value;
  memoValue[memoNext] = n;
  memoNext = (memoNext + 1) % MEMO;
  return n;
}

function scaledNow(value: string): bigint | null {
  const negative = value.startsWith('-');
  const body = negative ? value.slice(1) : value;
  const dot = body.indexOf('.');
  const fraction = dot < 0 ? '' : body.slice(dot + 1);
  if (fraction.length > SCALE) return null;
  const n = BigInt((dot < 0 ? body : body.slice(0, dot)) + fraction.padEnd(SCALE, '0'));
  return negative ? -n : n;
}

/** -1, 0 or 1, exactly. */
export function compareExact(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 0;
  const x = scaled(a);
  const y = scaled(b);
  if (x === null || y === null) return new Big(a).cmp(new Big(b)) as -1 | 0 | 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whether `next` differs from a non-zero `current` by more than `percent` either way. */
export function beyondPercent(next: string, current: string, percent: number): boolean {
  const x = scaled(next);
  const y = scaled(current);
  if (x === null || y === null || !Number.isInteger(percent)) {
    const n = new Big(next);
    const c = new Big(current);
    return n.gt(c.times(1 + percent / 100)) || n.lt(c.times(1 - percent / 100));
  }
  // next * 100 vs current * (100 ± percent), all integers. Prices are positive here.
  const up = y * BigInt(100 + percent);
  const down = y * BigInt(100 - percent);
  const n100 = x * 100n;
  return y > 0n ? n100 > up || n100 < down : n100 < up || n100 > down;
}
