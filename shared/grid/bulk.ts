/**
 * Bulk price rules: set, add or subtract an amount or a percent, set a margin over cost,
 * then optionally round. Pure and exact (big.js on decimal strings): 19.99 + 10 % is
 * 21.989, and rounding that to the ending .99 gives 21.99.
 */
import { Big, dec } from '../money';

/** What to do to each price. Amounts and percents are canonical decimal strings. */
export type BulkOperation =
  | { kind: 'none' }
  | { kind: 'set'; value: string }
  | { kind: 'add'; amount: string }
  | { kind: 'subtract'; amount: string }
  | { kind: 'addPercent'; percent: string }
  | { kind: 'subtractPercent'; percent: string }
  /** Margin on the selling price, as the grid's Margin % column shows it: (price − cost) / price. */
  | { kind: 'margin'; percent: string };

export type RoundMode = 'up' | 'down' | 'nearest';

export type Rounding =
  | { kind: 'none' }
  | { kind: 'decimals'; decimals: number; mode: RoundMode }
  | { kind: 'ending'; ending: '0.99' | '0.95' | '0.90'; mode: RoundMode }
  | { kind: 'step'; step: '0.05' | '0.10' | '1'; mode: RoundMode };

export interface BulkRule {
  operation: BulkOperation;
  rounding: Rounding;
}

export type BulkOutcome = { ok: true; value: string } | { ok: false; reason: string };

/** Prices travel with at most 6 decimals (see the contract); finer results are rounded. */
const MAX_DECIMALS = 6;

// big.js rounding modes: 0 = down (toward zero), 1 = half up, 3 = up (away from zero).
const RM: Record<RoundMode, 0 | 1 | 3> = { down: 0, nearest: 1, up: 3 };

/**
 * Applies a rule to one price. `base` is the price the rule starts from (the pending new
 * price, or the current price); `cost` is needed for a margin.
 */
export function applyRule(base: string | null, cost: string | null, rule: BulkRule): BulkOutcome {
  const op = rule.operation;
  let value: Big;
  if (op.kind === 'set') value = dec(op.value);
  else if (op.kind === 'margin') {
    if (cost === null) return { ok: false, reason: 'no cost known' };
    const m = dec(op.percent);
    if (m.gte(100)) return { ok: false, reason: 'a margin must be below 100 %' };
    value = dec(cost).times(100).div(new Big(100).minus(m));
    // A margin price is rarely a whole number of cents: without a rounding, round to cents.
    if (rule.rounding.kind === 'none') value = value.round(2, RM.nearest);
  } else {
    if (base === null) return { ok: false, reason: 'no current price' };
    const b = dec(base);
    if (op.kind === 'none') value = b;
    else if (op.kind === 'add') value = b.plus(dec(op.amount));
    else if (op.kind === 'subtract') value = b.minus(dec(op.amount));
    else if (op.kind === 'addPercent') value = b.times(new Big(100).plus(dec(op.percent))).div(100);
    else value = b.times(new Big(100).minus(dec(op.percent))).div(100);
  }
  value = round(value, rule.rounding);
  value = value.round(MAX_DECIMALS, RM.nearest);
  return { ok: true, value: value.toString() };
}

/** Rounds a price by one of the shop rounding rules. */
export function round(value: Big, rounding: Rounding): Big {
  switch (rounding.kind) {
    case 'none':
      return value;
    case 'decimals':
      return value.round(rounding.decimals, RM[rounding.mode]);
    case 'step': {
      const step = dec(rounding.step);
      return value.div(step).round(0, RM[rounding.mode]).times(step);
    }
    case 'ending':
      return roundToEnding(value, dec(rounding.ending), rounding.mode);
  }
}

/** The nearest price of the form n + ending (n whole) below, above or nearest to `value`. */
function roundToEnding(value: Big, ending: Big, mode: RoundMode): Big {
  const down = value.minus(ending).round(0, 0 /* toward zero */);
  // round(0, 0) truncates; for values below the ending we want floor, i.e. one less.
  const floor = value.minus(ending).lt(0) && !down.eq(value.minus(ending)) ? down.minus(1) : down;
  const below = floor.plus(ending);
  const above = below.eq(value) ? below : below.plus(1);
  // Never round a positive price to zero or below.
  if (below.lte(0)) return above;
  if (mode === 'down') return below;
  if (mode === 'up') return above;
  return value.minus(below).lt(above.minus(value)) ? below : above;
}

/** How a rule would change a set of prices: what the preview shows before applying. */
export interface BulkPreview {
  /** Rows whose new price would differ from what they show now. */
  changing: number;
  /** Rows the rule could not apply to, with the first reason. */
  skipped: number;
  skipReason: string | null;
  lowest: string | null;
  highest: string | null;
}

/** One row as a bulk rule sees it. */
export interface BulkInput {
  key: string;
  /** The price shown now: the pending new price, else the current price. */
  base: string | null;
  cost: string | null;
}

/** Computes every row's outcome and the preview figures in one pass. */
export function planBulk(rows: readonly BulkInput[], rule: BulkRule): { keys: string[]; values: string[]; preview: BulkPreview } {
  const keys: string[] = [];
  const values: string[] = [];
  let skipped = 0;
  let skipReason: string | null = null;
  let lowest: Big | null = null;
  let highest: Big | null = null;
  for (const row of rows) {
    const outcome = applyRule(row.base, row.cost, rule);
    if (!outcome.ok) {
      skipped++;
      skipReason ??= outcome.reason;
      continue;
    }
    const next = new Big(outcome.value);
    if (lowest === null || next.lt(lowest)) lowest = next;
    if (highest === null || next.gt(highest)) highest = next;
    if (row.base !== null && next.eq(dec(row.base))) continue;
    keys.push(row.key);
    values.push(outcome.value);
  }
  return { keys, values, preview: { changing: keys.length, skipped, skipReason, lowest: lowest?.toString() ?? null, highest: highest?.toString() ?? null } };
}
