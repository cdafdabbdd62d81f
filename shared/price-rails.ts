/**
 * The rails every price path shares, with or without a human watching: a change so large
 * (or so deep a cut) that it is more likely a slipped decimal point or a shifted column than
 * a decision, and a price below cost. The editor (import, paste, bulk rules, preview) turns
 * them into errors that need a per-row confirmation; the CLI holds such rows back unless a
 * flag allows them. One definition here, so both say the same numbers.
 */
import { dec, percentChange } from './money';

/** Limits in percent: a change above `maxUpPercent` or below `maxDownPercent` is a slip. */
export interface SlipLimits {
  /** Default +500: "2895" for 28.95 is +9900 %. */
  maxUpPercent: string;
  /** Default −80: "2.90" for 28.95 is −90 %. */
  maxDownPercent: string;
}

export const DEFAULT_SLIP_LIMITS: SlipLimits = { maxUpPercent: '500', maxDownPercent: '-80' };

/** Why a change looks like a decimal slip: its percent and the limit it crosses. */
export interface DecimalSlip {
  percent: string;
  limit: string;
  direction: 'up' | 'down';
}

/**
 * The slip a change from `oldPrice` to `newPrice` shows, or null. No old price (a new
 * product, a first price), a removal or an old price of zero cannot be judged this way.
 */
export function decimalSlip(oldPrice: string | null, newPrice: string | null, limits: SlipLimits = DEFAULT_SLIP_LIMITS): DecimalSlip | null {
  if (oldPrice === null || newPrice === null) return null;
  const percent = percentChange(oldPrice, newPrice);
  if (percent === null) return null;
  if (dec(percent).gt(dec(limits.maxUpPercent))) return { percent, limit: limits.maxUpPercent, direction: 'up' };
  if (dec(percent).lt(dec(limits.maxDownPercent))) return { percent, limit: limits.maxDownPercent, direction: 'down' };
  return null;
}

/** True when a new price is below a known cost (no cost, or a removal, is never below it). */
export function belowCost(newPrice: string | null, cost: string | null): boolean {
  return newPrice !== null && cost !== null && dec(newPrice).lt(dec(cost));
}

/** "+9900 %", "-90 %": a percent with its sign, as the rails' messages show it. */
export function signedPercent(percent: string): string {
  const value = dec(percent);
  return `${value.gt(0) ? '+' : ''}${value.toString()} %`;
}
