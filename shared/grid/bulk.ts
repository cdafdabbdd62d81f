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
  const outcome = compute(base === null ? null : dec(base), cost, prepare(rule));
  return typeof outcome === 'string' ? { ok: false, reason: outcome } : { ok: true, value: outcome.toString() };
}

/** A rule with its constants worked out once, not once per row. */
interface Prepared {
  rule: BulkRule;
  /** The multiplier of a percent change: 1.10 for +10 %. */
  factor: Big | null;
  operand: Big | null;
}

function prepare(rule: BulkRule): Prepared {
  const op = rule.operation;
  const factor =
    op.kind === 'addPercent' ? new Big(100).plus(dec(op.percent)).div(100) : op.kind === 'subtractPercent' ? new Big(100).minus(dec(op.percent)).div(100) : null;
  const operand = op.kind === 'set' ? dec(op.value) : op.kind === 'add' || op.kind === 'subtract' ? dec(op.amount) : op.kind === 'margin' ? dec(op.percent) : null;
  return { rule, factor, operand };
}

/** One row's new price, or the reason the rule does not apply to it. */
function compute(base: Big | null, cost: string | null, p: Prepared): Big | string {
  const op = p.rule.operation;
  let value: Big;
  if (op.kind === 'set') value = p.operand!;
  else if (op.kind === 'margin') {
    if (cost === null) return 'no cost known';
    if (p.operand!.gte(100)) return 'a margin must be below 100 %';
    value = dec(cost).times(100).div(new Big(100).minus(p.operand!));
    // A margin price is rarely a whole number of cents: without a rounding, round to cents.
    if (p.rule.rounding.kind === 'none') value = value.round(2, RM.nearest);
  } else {
    if (base === null) return 'no current price';
    if (op.kind === 'none') value = base;
    else if (op.kind === 'add') value = base.plus(p.operand!);
    else if (op.kind === 'subtract') value = base.minus(p.operand!);
    // Dividing by 100 is exact in decimal, so the factor is exact: 19.99 × 1.1 = 21.989.
    else value = base.times(p.factor!);
  }
  return round(value, p.rule.rounding).round(MAX_DECIMALS, RM.nearest);
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
  const prepared = prepare(rule);
  const keys: string[] = [];
  const values: string[] = [];
  let skipped = 0;
  let skipReason: string | null = null;
  let lowest: Big | null = null;
  let highest: Big | null = null;
  for (const row of rows) {
    const base = row.base === null ? null : dec(row.base);
    const next = compute(base, row.cost, prepared);
    if (typeof next === 'string') {
      skipped++;
      skipReason ??= next;
      continue;
    }
    if (lowest === null || next.lt(lowest)) lowest = next;
    if (highest === null || next.gt(highest)) highest = next;
    if (base !== null && next.eq(base)) continue;
    keys.push(row.key);
    values.push(next.toString());
  }
  return { keys, values, preview: { changing: keys.length, skipped, skipReason, lowest: lowest?.toString() ?? null, highest: highest?.toString() ?? null } };
}

const ROUND_WORDS: Record<RoundMode, string> = { up: 'up', down: 'down', nearest: '' };

/**
 * The rule in a few words for history ("+5 % on 84 rows, rounded to .99"), so a submission
 * says which rule made its prices.
 */
export function describeRule(rule: BulkRule, rows: number): string {
  const op = rule.operation;
  const what =
    op.kind === 'none' ? ''
    : op.kind === 'set' ? `set to ${op.value}`
    : op.kind === 'add' ? `+${op.amount}`
    : op.kind === 'subtract' ? `−${op.amount}`
    : op.kind === 'addPercent' ? `+${op.percent} %`
    : op.kind === 'subtractPercent' ? `−${op.percent} %`
    : `margin ${op.percent} % over cost`;
  const r = rule.rounding;
  const mode = r.kind === 'none' ? '' : ROUND_WORDS[r.mode];
  const rounded =
    r.kind === 'none' ? ''
    : r.kind === 'decimals' ? `, rounded${mode ? ` ${mode}` : ''} to ${r.decimals} decimals`
    : r.kind === 'ending' ? `, rounded${mode ? ` ${mode}` : ''} to ${r.ending.slice(1)}`
    : `, rounded${mode ? ` ${mode}` : ''} to steps of ${r.step}`;
  const on = `on ${rows} ${rows === 1 ? 'row' : 'rows'}`;
  // "Round only" is the rounding itself: "rounded to .99 on 12 rows".
  return op.kind === 'none' ? `${rounded.slice(2)} ${on}` : `${what} ${on}${rounded}`;
}
