/**
 * The rails every price path shares, with or without a human watching: a change so large
 * (or so deep a cut) that it is more likely a slipped decimal point or a shifted column than
 * a decision, and a price below cost. The editor (import, paste, bulk rules, preview) turns
 * them into errors that need a per-row confirmation; the CLI holds such rows back unless a
 * flag allows them. One definition here, so both say the same numbers.
 */
import { scaled, SCALE_FACTOR } from './exact';
import { belowCost } from './field-rules';
import { dec, percentChange, showPrice } from './money';

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
  if (clearlyWithin(oldPrice, newPrice, limits)) return null;
  const percent = percentChange(oldPrice, newPrice);
  if (percent === null) return null;
  if (dec(percent).gt(dec(limits.maxUpPercent))) return { percent, limit: limits.maxUpPercent, direction: 'up' };
  if (dec(percent).lt(dec(limits.maxDownPercent))) return { percent, limit: limits.maxDownPercent, direction: 'down' };
  return null;
}

/**
 * The cheap exact answer for the common case, so an import or a bulk rule over 100,000 rows
 * does not divide in big.js for every row: integer arithmetic on prices scaled to 10^12 says
 * whether the change is inside the limits by at least one percentage point, where rounding
 * the percent to one decimal cannot carry it across. Anything else gets the exact percent.
 */
function clearlyWithin(oldPrice: string, newPrice: string, limits: SlipLimits): boolean {
  const o = scaled(oldPrice);
  const n = scaled(newPrice);
  return o !== null && n !== null && clearlyWithinScaled(o, n, limits);
}

/**
 * The same test on prices already integers at one scale, both in micros or both scaled to
 * 10^12 (the scale cancels out): a bulk plan has them and need not parse them again. True
 * only for a change clearly within the limits; false means "ask decimalSlip".
 */
export function clearlyWithinScaled(o: bigint, n: bigint, limits: SlipLimits = DEFAULT_SLIP_LIMITS): boolean {
  const { up, down } = scaledLimits(limits);
  if (up === null || down === null || o <= 0n) return false;
  // (n − o) / o × 100 within [down + 1, up − 1], both sides times o × 10^12.
  const change = (n - o) * 100n * SCALE_FACTOR;
  return change <= o * (up - SCALE_FACTOR) && change >= o * (down + SCALE_FACTOR);
}

// The last limits seen, scaled: callers pass the same object for every row of a file.
let lastLimits: SlipLimits | null = null;
let lastScaled: { up: bigint | null; down: bigint | null } = { up: null, down: null };
function scaledLimits(limits: SlipLimits) {
  if (limits !== lastLimits) {
    lastScaled = { up: scaled(limits.maxUpPercent), down: scaled(limits.maxDownPercent) };
    lastLimits = limits;
  }
  return lastScaled;
}

// Below cost is one of the cross-field rules; the rails use the same definition.
export { belowCost };

/** "+9900 %", "-90 %": a percent with its sign, as the rails' messages show it. */
export function signedPercent(percent: string): string {
  const value = dec(percent);
  return `${value.gt(0) ? '+' : ''}${value.toString()} %`;
}

/** Limits with where each comes from, said after it in a reason; absent for the default limits. */
export interface RailLimits extends SlipLimits {
  upFrom?: string;
  downFrom?: string;
}

/**
 * The limits a saved change threshold (the grid's "beyond ±N %", remembered per
 * connection) asks for: ±N % where that is stricter than `base`, `base` elsewhere. Zero
 * turns the grid's threshold off, so it changes nothing here either.
 */
export function withThreshold(base: SlipLimits, thresholdPercent: string, from: string): RailLimits {
  const up = dec(thresholdPercent);
  const down = up.times(-1);
  const limits: RailLimits = { maxUpPercent: base.maxUpPercent, maxDownPercent: base.maxDownPercent };
  if (up.lte(0)) return limits;
  if (up.lt(dec(base.maxUpPercent))) Object.assign(limits, { maxUpPercent: up.toString(), upFrom: from });
  if (down.gt(dec(base.maxDownPercent))) Object.assign(limits, { maxDownPercent: down.toString(), downFrom: from });
  return limits;
}

/** The rule that held a row back: the `code` of the CLI's JSON result and of history. */
export type HoldCode = 'change_limit' | 'below_cost' | 'too_many_held_back';

/** What a person who has checked the file allows beyond the rules. */
export interface HoldOverrides {
  /** Send prices below cost. */
  belowCost: boolean;
  /** Send the rows that pass even when more than a fifth of the file is held back. */
  partial: boolean;
}

/** One change the planner judges; `cost` from the file or the catalog, null when unknown. */
export interface RailRow {
  sku: string;
  oldPrice: string | null;
  newPrice: string | null;
  cost: string | null;
  /** How a message names the row ("row 3 A-1"); the SKU when absent. */
  label?: string;
}

/** A row held back: its index in the rows given, the rule, and the reason with the numbers. */
export interface HeldRow {
  index: number;
  code: HoldCode;
  reason: string;
}

export interface HoldBackPlan {
  /** Every row not to send, in the order given. */
  held: HeldRow[];
  /** Rows held back by a rule (not counting the rest held with them). */
  ruled: number;
  /** Why nothing is sent when too much of the file looks wrong; null otherwise. */
  stopped: string | null;
}

/** "More than a fifth": above this share of the file held back, the file itself is suspect. */
export const MAX_HELD_SHARE = { numerator: 1, denominator: 5 } as const;

/**
 * The hold-back rails for a path with nobody watching (the CLI; later the editor): rows
 * beyond the change limits or below cost are held back with a reason naming the rule and
 * the numbers; if more than a fifth of the file's rows (`fileRows`: unchanged and
 * unmatched rows count too) are held back, the file was probably read wrong (a shifted
 * column, the wrong decimal separator) and the rest is held too, unless `partial`.
 */
export function holdBack(rows: RailRow[], limits: RailLimits, overrides: HoldOverrides, fileRows = rows.length): HoldBackPlan {
  const held: HeldRow[] = [];
  rows.forEach((row, index) => {
    const slip = decimalSlip(row.oldPrice, row.newPrice, limits);
    const cheap = !overrides.belowCost && belowCost(row.newPrice, row.cost);
    if (!slip && !cheap) return;
    const move = `(${row.oldPrice ?? 'none'} → ${row.newPrice === null ? 'none' : showPrice(row.newPrice)})`;
    const costWords = `below cost ${row.cost ?? ''}`;
    if (slip) {
      const side = slip.direction === 'up' ? 'above' : 'below';
      const source = slip.direction === 'up' ? limits.upFrom : limits.downFrom;
      const from = source ? ` (${source})` : '';
      held.push({ index, code: 'change_limit', reason: `held back: ${signedPercent(slip.percent)} ${move}, ${side} the ${signedPercent(slip.limit)} limit${from}${cheap ? `; also ${costWords}` : ''}` });
    } else {
      held.push({ index, code: 'below_cost', reason: `held back: ${showPrice(row.newPrice!)} is ${costWords} ${move}` });
    }
  });
  const ruled = held.length;
  if (overrides.partial || ruled * MAX_HELD_SHARE.denominator <= fileRows * MAX_HELD_SHARE.numerator) return { held, ruled, stopped: null };
  const first = held.slice(0, 3).map((h) => `${rows[h.index]!.label ?? rows[h.index]!.sku}: ${h.reason.replace(/^held back: /, '')}`);
  const stopped = `${ruled} of ${fileRows} rows were held back, more than a fifth: the file was probably read wrong (a shifted column, the wrong decimal separator?). First: ${first.join('; ')}${ruled > 3 ? '; …' : ''}.`;
  const heldAt = new Set(held.map((h) => h.index));
  rows.forEach((_, index) => {
    if (!heldAt.has(index)) held.push({ index, code: 'too_many_held_back', reason: `held back with the file: ${ruled} of ${fileRows} rows broke a rule` });
  });
  held.sort((a, b) => a.index - b.index);
  return { held, ruled, stopped };
}
