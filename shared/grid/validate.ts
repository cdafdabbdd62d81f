/**
 * What is wrong with a pending price, in words for shop staff. Pure, so the grid, the
 * problems panel and the status bar agree, and cheap (exact integer millionths, no
 * division) because it runs over every edited row of a 100,000-row catalog.
 */
import { dec, sameAmount } from '../money';
import { changeId } from '../types';
import { decimalSlip, signedPercent, type DecimalSlip } from '../price-rails';
import { formatMoney } from '../format/money-format';
import { significantDecimals, toMicros } from './micros';

export type ProblemCode = 'not_a_number' | 'decimal_slip' | 'not_positive' | 'below_cost' | 'beyond_threshold' | 'too_many_decimals' | 'cross_field';

export interface PriceProblem {
  code: ProblemCode;
  /** English, amounts in the given locale: the CLI's words, and the window's where it has no others. */
  message: string;
  /**
   * What the window needs to word it in the person's language (renderer/i18n/problems.ts):
   * amounts as decimal strings (`cost`), percents as signed decimal strings (`percent`:
   * "+9900", "-45"), `threshold` and `decimals` as numbers.
   */
  params?: Record<string, string | number>;
}

export interface ValidationOptions {
  /** A change beyond ± this percent of the current price is flagged. */
  thresholdPercent: number;
  /** Most decimals the connection's vendor accepts. */
  maxDecimals: number;
}

/** The default: a change beyond ±30 % is worth a second look. */
export const DEFAULT_THRESHOLD_PERCENT = 30;

/**
 * Decimal slips the person has confirmed, by cell id (`changeId`): the price they confirmed. A
 * confirmation holds for that price only, so a later edit of the row needs a new one.
 */
export type SlipConfirmations = Readonly<Record<string, string>>;

/**
 * The slip of a change that still needs the person's confirmation before it may be sent,
 * or null: no slip, this very price was confirmed, or no price above zero (refused as such
 * everywhere, not offered for confirmation).
 */
export function unconfirmedSlip(change: { key: string; field?: string; oldPrice: string | null; newPrice: string | null }, confirmed: SlipConfirmations): DecimalSlip | null {
  if (change.newPrice === null || toMicros(change.newPrice) <= 0n) return null;
  const slip = decimalSlip(change.oldPrice, change.newPrice);
  if (!slip) return null;
  const ok = confirmed[changeId(change)];
  return ok !== undefined && sameAmount(ok, change.newPrice) ? null : slip;
}

/** "Changes the price by +9900 %: is a decimal point in the wrong place? Confirm ..." */
export function slipMessage(slip: DecimalSlip): string {
  return `Changes the price by ${signedPercent(slip.percent)}: is a decimal point in the wrong place? Confirm this price before it can be sent.`;
}

/**
 * The problems of a new price against its row; empty when it is fine. Several can apply
 * (below cost and beyond the threshold); the first is the most serious. A change beyond
 * the decimal-slip rails (shared/price-rails) is a `decimal_slip` until the row's
 * `slipConfirmed` says the person confirmed this price.
 */
export function validatePrice(
  row: { price: string | null; cost: string | null; slipConfirmed?: boolean },
  newPrice: string,
  options: ValidationOptions,
  /** The locale the messages show amounts in, as the grid does ("Below cost (6,00)" in Germany). */
  locale = 'en-US',
): PriceProblem[] {
  const problems: PriceProblem[] = [];
  const value = toMicros(newPrice);
  if (value <= 0n) problems.push({ code: 'not_positive', message: 'The price must be greater than zero.' });
  if (significantDecimals(newPrice) > options.maxDecimals) {
    problems.push({
      code: 'too_many_decimals',
      params: { decimals: options.maxDecimals },
      message: options.maxDecimals === 0 ? 'This platform accepts whole prices only.' : `This platform accepts at most ${options.maxDecimals} decimal${options.maxDecimals === 1 ? '' : 's'}.`,
    });
  }
  if (row.cost !== null && value > 0n && value < toMicros(row.cost)) {
    problems.push({ code: 'below_cost', params: { cost: row.cost }, message: `Below cost (${formatMoney(row.cost, locale, null)}).` });
  }
  // A zero or negative price is refused above, not a slip to confirm.
  const slip = row.slipConfirmed || value <= 0n ? null : decimalSlip(row.price, newPrice);
  // The slip's message carries the percent: no second "beyond the threshold" for it.
  if (slip) return [{ code: 'decimal_slip', params: { percent: dec(slip.percent).toString() }, message: slipMessage(slip) }, ...problems];
  if (row.price !== null && options.thresholdPercent > 0) {
    const old = toMicros(row.price);
    if (old > 0n) {
      // |new − old| × 100 > old × threshold, in whole millionths: exact, no division.
      const diff = value > old ? value - old : old - value;
      if (diff * 100_000_000n > old * BigInt(Math.round(options.thresholdPercent * 1_000_000))) {
        const sign = value > old ? '+' : '−';
        const pct = dec(newPrice).minus(dec(row.price)).abs().times(100).div(dec(row.price)).round(0, 1).toString();
        const percent = `${value > old ? '' : '-'}${pct}`;
        problems.push({ code: 'beyond_threshold', params: { percent, threshold: options.thresholdPercent }, message: `Changes the price by ${sign}${pct} % (more than ±${options.thresholdPercent} %).` });
      }
    }
  }
  return problems;
}

/** One message for a cell: the problems joined, most serious first. */
export function describeProblems(problems: readonly PriceProblem[]): string | null {
  return problems.length ? problems.map((p) => p.message).join(' ') : null;
}

