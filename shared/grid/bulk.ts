/**
 * Bulk price rules: set, add or subtract an amount or a percent, multiply, set a margin over
 * cost, then optionally round. Pure and exact (big.js on decimal strings): 19.99 + 10 % is
 * 21.989, and rounding that to the ending .99 gives 21.99.
 *
 * A rule names the price fields it changes (one field, every tier, every selling price) and
 * what it starts from: each field's own price, or another field's ("Wholesale = Price × 0.6",
 * "Price = Cost × 1.8 rounded to .99"). Amounts in two currencies are never mixed: PriceDesk
 * has no exchange rates.
 */
import { costFieldFor } from '../field-rules';
import { Big, dec } from '../money';
import type { PriceField } from '../price-fields';
import { clearlyWithinScaled, decimalSlip } from '../price-rails';
import type { CatalogRow } from '../types';
import { computeExact, prepareExact, type ExactRule } from './bulk-exact';
import { cellId, currentPrice, pendingPrice } from './cells';
import { editedPrice, type PriceEdit } from './edit';
import { exactMicros, fromMicros, toMicros } from './micros';

/** What to do to each price. Amounts and percents are canonical decimal strings. */
export type BulkOperation =
  | { kind: 'none' }
  | { kind: 'set'; value: string }
  | { kind: 'add'; amount: string }
  | { kind: 'subtract'; amount: string }
  | { kind: 'addPercent'; percent: string }
  | { kind: 'subtractPercent'; percent: string }
  /** Times a factor: "Wholesale = Price × 0.6". */
  | { kind: 'multiply'; factor: string }
  /** Margin on the selling price, as the grid's Margin % column shows it: (price − cost) / price. */
  | { kind: 'margin'; percent: string };

export type RoundMode = 'up' | 'down' | 'nearest';

export type Rounding =
  | { kind: 'none' }
  | { kind: 'decimals'; decimals: number; mode: RoundMode }
  | { kind: 'ending'; ending: '0.99' | '0.95' | '0.90'; mode: RoundMode }
  | { kind: 'step'; step: '0.05' | '0.10' | '1'; mode: RoundMode };

/**
 * The price fields a rule changes, by field id: one field, every tier (kind `tier`), or every
 * selling price (every field but cost: a cost is what the shop pays, not a price it sets).
 */
export type BulkTarget = { kind: 'field'; field: string } | { kind: 'tiers' } | { kind: 'prices' };

/**
 * What a target's new price starts from: its own price, or another field's (by id). Either
 * is the price after pending edits: a new Price typed a moment ago is the base of
 * "Wholesale = Price × 0.6".
 */
export type BulkBase = { kind: 'own' } | { kind: 'field'; field: string };

export interface BulkRule {
  operation: BulkOperation;
  rounding: Rounding;
  /** Absent: the primary field. */
  target?: BulkTarget;
  /** Absent: each target's own price. */
  base?: BulkBase;
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
  return typeof outcome === 'string' ? { ok: false, reason: SKIP_WORDS[outcome] } : { ok: true, value: outcome.toString() };
}

/** Why a rule leaves a price alone: it has no base price, no cost for a margin, or the margin is impossible. */
type Skip = 'base' | 'cost' | 'margin';
const SKIP_WORDS: Record<Skip, string> = { base: 'no current price', cost: 'no cost known', margin: 'a margin must be below 100 %' };

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
    op.kind === 'addPercent' ? new Big(100).plus(dec(op.percent)).div(100)
    : op.kind === 'subtractPercent' ? new Big(100).minus(dec(op.percent)).div(100)
    : op.kind === 'multiply' ? dec(op.factor)
    : null;
  const operand = op.kind === 'set' ? dec(op.value) : op.kind === 'add' || op.kind === 'subtract' ? dec(op.amount) : op.kind === 'margin' ? dec(op.percent) : null;
  return { rule, factor, operand };
}

/** One row's new price, or the reason the rule does not apply to it. */
function compute(base: Big | null, cost: string | null, p: Prepared): Big | Skip {
  const op = p.rule.operation;
  let value: Big;
  if (op.kind === 'set') value = p.operand!;
  else if (op.kind === 'margin') {
    if (cost === null) return 'cost';
    if (p.operand!.gte(100)) return 'margin';
    value = dec(cost).times(100).div(new Big(100).minus(p.operand!));
    // A margin price is rarely a whole number of cents: without a rounding, round to cents.
    if (p.rule.rounding.kind === 'none') value = value.round(2, RM.nearest);
  } else {
    if (base === null) return 'base';
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

/** One field a rule changes, worked out once per rule: the cells it writes and what it reads. */
interface TargetPlan {
  /** The cell field (undefined: the primary), as cell ids and `currentPrice` take it. */
  cell: string | undefined;
  label: string;
  /** The base cell (`own`: the target itself). */
  base: { cell: string | undefined; label: string } | 'own';
  /** Where a margin's cost comes from: a cost field, the row's own cost (the primary without one), or nowhere. */
  cost: { cell: string | undefined; label: string } | 'row' | null;
}

/**
 * What a skipped price lacks when it is the row's own price or cost (a connection whose fields
 * are not known, or a primary field without a cost field): no label, so these words stand in
 * `missing` and the window says them in the person's language.
 */
export const ROW_PRICE = 'price';
export const ROW_COST = 'cost';

const cellOf = (field: PriceField): string | undefined => (field.primary ? undefined : field.id);

/** Set and margin rules ignore the base: a set price is the value itself, a margin starts from cost. */
const usesBase = (op: BulkOperation) => op.kind !== 'set' && op.kind !== 'margin';

/**
 * Why a rule cannot run at a connection, as a code and what the words need, so the window
 * says it in the person's language and the English (tests, logs) comes from `refusalWords`.
 */
export type BulkRefusal =
  | { refused: 'margin' }
  | { refused: 'fieldsUnknown' }
  | { refused: 'noTiers' }
  | { refused: 'noField'; field: string }
  | { refused: 'currencies'; target: string; targetCurrency: string; base: string; baseCurrency: string };

/** A refusal in English. */
export function refusalWords(r: BulkRefusal): string {
  switch (r.refused) {
    case 'margin':
      return 'A margin must be below 100 %.';
    case 'fieldsUnknown':
      return 'The price fields of this connection are not known: only its price can be changed.';
    case 'noTiers':
      return 'This connection has no price tiers.';
    case 'noField':
      return `This connection has no price field "${r.field}".`;
    case 'currencies':
      return `${r.target} is in ${r.targetCurrency} and ${r.base} in ${r.baseCurrency}: PriceDesk has no exchange rates, so one cannot be worked out from the other.`;
  }
}

/** A plan or a refusal: which one `planBulk` gave. */
export const isRefusal = (p: BulkPlan | BulkRefusal): p is BulkRefusal => 'refused' in p;

/**
 * The fields a rule changes, each with its base and cost, or the reason the rule cannot run
 * at this connection. `fields` empty (a connection whose fields are not known): the primary
 * field alone, its margin against the row's cost.
 */
function resolve(fields: readonly PriceField[], rule: BulkRule): TargetPlan[] | BulkRefusal {
  const op = rule.operation;
  if (op.kind === 'margin' && dec(op.percent).gte(100)) return { refused: 'margin' };
  const target = rule.target;
  const base = rule.base?.kind === 'field' && usesBase(op) ? rule.base.field : null;
  if (fields.length === 0) {
    if ((target && target.kind !== 'field') || target?.field || base) return { refused: 'fieldsUnknown' };
    return [{ cell: undefined, label: ROW_PRICE, base: 'own', cost: 'row' }];
  }
  const byId = (id: string) => fields.find((f) => f.id === id);
  const targets =
    !target ? fields.filter((f) => f.primary)
    : target.kind === 'tiers' ? fields.filter((f) => f.kind === 'tier')
    : target.kind === 'prices' ? fields.filter((f) => f.kind !== 'cost')
    : [byId(target.field)].filter((f): f is PriceField => f !== undefined);
  if (targets.length === 0) return target?.kind === 'tiers' ? { refused: 'noTiers' } : { refused: 'noField', field: target?.kind === 'field' ? target.field : '' };
  const baseField = base === null ? null : byId(base);
  if (baseField === undefined) return { refused: 'noField', field: base ?? '' };
  const plans: TargetPlan[] = [];
  for (const field of targets) {
    if (baseField && baseField.currency !== field.currency) {
      return { refused: 'currencies', target: field.label, targetCurrency: field.currency, base: baseField.label, baseCurrency: baseField.currency };
    }
    const costField = costFieldFor(fields, field);
    plans.push({
      cell: cellOf(field),
      label: field.label,
      base: baseField && baseField.id !== field.id ? { cell: cellOf(baseField), label: baseField.label } : 'own',
      cost: costField ? { cell: cellOf(costField), label: costField.label } : field.primary ? 'row' : null,
    });
  }
  return plans;
}

/** How a rule would change a set of prices: what the preview shows before applying. */
export interface BulkPreview {
  /** Prices (cells) that would differ from what they show now. */
  changing: number;
  /** Prices the rule leaves alone for want of a base price or a cost. */
  skipped: number;
  /** What the skipped prices lack, by label ("Cost", "Wholesale"), each once. */
  missing: string[];
  lowest: string | null;
  highest: string | null;
  /** Results beyond the decimal-slip rails against their own field's current price (each needs a confirmation before it is sent). */
  slips: number;
}

/** What a rule would write: cell ids and their new prices, side by side (no object per row), and the preview. */
export interface BulkPlan {
  ids: string[];
  values: string[];
  preview: BulkPreview;
  /** How many fields the rule changes (one: its preview counts products). */
  fieldCount: number;
}

/** A row as a bulk rule reads it. */
export type BulkRow = Pick<CatalogRow, 'key' | 'price' | 'prices' | 'cost'>;

/**
 * Every target price of the rows and the preview figures in one pass, or the reason the rule
 * cannot run at this connection (a base in another currency, a target it does not have).
 * Each price starts from its base after pending edits; a price whose base (or cost, for a
 * margin) is missing is left alone and counted.
 */
export function planBulk(rows: readonly BulkRow[], edits: Readonly<Record<string, PriceEdit>>, fields: readonly PriceField[], rule: BulkRule): BulkPlan | BulkRefusal {
  const targets = resolve(fields, rule);
  if (!Array.isArray(targets)) return targets;
  const prepared = prepare(rule);
  // Most rules in integers (bulk-exact.ts); big.js for the rest, and for any price they cannot take.
  const exact = prepareExact(rule);
  // Only a margin rule reads the cost.
  const byMargin = rule.operation.kind === 'margin';
  const ids: string[] = [];
  const values: string[] = [];
  const missing = new Set<string>();
  let skipped = 0;
  let slips = 0;
  let lowest: bigint | null = null;
  let highest: bigint | null = null;
  for (const target of targets) {
    for (const row of rows) {
      // Once per cell, at 100,000 rows: its id, and its price parsed (the base too, most often).
      const id = cellId(row.key, target.cell);
      const edit = edits[id];
      const current = currentPrice(row, target.cell);
      const own = edit === undefined ? current : editedPrice(edit);
      // Parsed once: the integer path's base, the "same price?" and slip checks below.
      let ownMicros = own !== null && exact ? exactMicros(own) : null;
      const base = target.base === 'own' ? own : pendingPrice(row, target.base.cell, edits);
      const cost = !byMargin || target.cost === null ? null : target.cost === 'row' ? row.cost : pendingPrice(row, target.cost.cell, edits);
      const next = nextPrice(base, target.base === 'own' ? ownMicros : null, cost, prepared, exact);
      if (typeof next === 'string') {
        skipped++;
        missing.add(next === 'cost' ? (target.cost === null || target.cost === 'row' ? ROW_COST : target.cost.label) : target.base === 'own' ? target.label : target.base.label);
        continue;
      }
      if (own !== null && !exact) ownMicros = exactMicros(own);
      if (lowest === null || next.micros < lowest) lowest = next.micros;
      if (highest === null || next.micros > highest) highest = next.micros;
      if (own !== null && (ownMicros === null ? dec(own).eq(dec(next.text)) : ownMicros === next.micros)) continue;
      ids.push(id);
      values.push(next.text);
      // Against the field's current price, in micros where that is the price just parsed.
      const currentMicros = current === own ? ownMicros : current === null ? null : exactMicros(current);
      if (currentMicros !== null && clearlyWithinScaled(currentMicros, next.micros)) continue;
      if (decimalSlip(current, next.text) !== null) slips++;
    }
  }
  const preview = { changing: ids.length, skipped, missing: [...missing], lowest: lowest === null ? null : fromMicros(lowest), highest: highest === null ? null : fromMicros(highest), slips };
  return { ids, values, preview, fieldCount: targets.length };
}

/** One new price as text and in micros (results have at most 6 decimals), or why there is none. `baseMicros`: the base parsed already, if it was. */
function nextPrice(base: string | null, baseMicros: bigint | null, cost: string | null, prepared: Prepared, exact: ExactRule | null): { text: string; micros: bigint } | Skip {
  if (exact) {
    const micros = computeExact(baseMicros ?? (base === null ? null : exactMicros(base)), exact);
    if (micros !== null) return { text: fromMicros(micros), micros };
  }
  const next = compute(base === null ? null : dec(base), cost, prepared);
  if (typeof next === 'string') return next;
  const text = next.toString();
  return { text, micros: toMicros(text) };
}

/** "12 products have no Cost: left unchanged" (prices, where the rule changes several fields). */
export function describeSkipped(plan: BulkPlan): string | null {
  const n = plan.preview.skipped;
  if (n === 0) return null;
  const what = plan.fieldCount === 1 ? (n === 1 ? 'product has' : 'products have') : n === 1 ? 'price has' : 'prices have';
  return `${n} ${what} no ${plan.preview.missing.join(' or ')}: left unchanged.`;
}

/** The operation in a few words: "+5 %", "× 0.6", "set to 9.90" ('' for round only). */
export function operationWords(op: BulkOperation): string {
  return op.kind === 'none' ? ''
    : op.kind === 'set' ? `set to ${op.value}`
    : op.kind === 'add' ? `+${op.amount}`
    : op.kind === 'subtract' ? `−${op.amount}`
    : op.kind === 'addPercent' ? `+${op.percent} %`
    : op.kind === 'subtractPercent' ? `−${op.percent} %`
    : op.kind === 'multiply' ? `× ${op.factor}`
    : `margin ${op.percent} % over cost`;
}

/** What a rule changes: one field by its label, every tier or every price (null: the primary field of a connection whose fields are not known). */
export type TargetName = { kind: 'field'; label: string } | { kind: 'tiers' } | { kind: 'prices' } | null;

/** What a rule changes, for words in any language. */
export function targetName(rule: BulkRule, fields: readonly PriceField[]): TargetName {
  const target = rule.target;
  if (target?.kind === 'tiers') return { kind: 'tiers' };
  if (target?.kind === 'prices') return { kind: 'prices' };
  const id = target?.field;
  const field = id === undefined ? fields.find((f) => f.primary) : fields.find((f) => f.id === id);
  const label = field?.label ?? id;
  return label === undefined ? null : { kind: 'field', label };
}

/** What a rule changes in English words: "Wholesale", "every tier", "every price". */
export function targetWords(rule: BulkRule, fields: readonly PriceField[]): string | null {
  const name = targetName(rule, fields);
  return name === null ? null : ENGLISH_RULE.target(name);
}

/** The base field's label where a rule starts from another field ("Price" in "Wholesale = Price × 0.6"); null for its own price. */
export function baseWords(rule: BulkRule, fields: readonly PriceField[]): string | null {
  if (rule.base?.kind !== 'field' || !usesBase(rule.operation)) return null;
  const id = rule.base.field;
  const target = rule.target?.kind === 'field' ? rule.target.field : rule.target ? null : fields.find((f) => f.primary)?.id;
  return id === target ? null : (fields.find((f) => f.id === id)?.label ?? id);
}

/**
 * A rule as its description names it, in parts any language can put in its own order: the
 * target is named only where the connection's fields are known, the base only where it is
 * another field than the target.
 */
export interface RuleParts {
  operation: BulkOperation;
  rounding: Rounding;
  target: TargetName;
  base: string | null;
  rows: number;
}

export function ruleParts(rule: BulkRule, rows: number, fields: readonly PriceField[] = []): RuleParts {
  const known = fields.length > 0;
  return { operation: rule.operation, rounding: rule.rounding, target: known ? targetName(rule, fields) : null, base: known ? baseWords(rule, fields) : null, rows };
}

/**
 * The words a language says a rule with; `sayRule` puts them together, so English here and
 * the window's languages (renderer/features/grid/bulk-words.ts) share one shape.
 */
export interface RuleVocabulary {
  /** "+5 %", "× 0.6", "set to 9.90"; '' for round only. */
  operation(op: BulkOperation): string;
  /** "Wholesale", "every tier", "every price". */
  target(target: NonNullable<TargetName>): string;
  /** "on 84 rows", or with a target "on Wholesale of 84 rows". */
  on(rows: number, target: string | null): string;
  /** "rounded up to .99"; never called for no rounding. */
  rounded(rounding: Exclude<Rounding, { kind: 'none' }>): string;
  /** The whole: what the rule does, where, and its rounding ('' for none); round only is the rounding itself. */
  sentence(what: string, on: string, rounded: string): string;
  roundOnly(rounded: string, on: string): string;
}

/** A rule in a language's words: "Wholesale = Price × 0.6 on 84 rows", "+3 % on every tier of 12 rows, rounded to .99". */
export function sayRule(parts: RuleParts, words: RuleVocabulary): string {
  const target = parts.target === null ? null : words.target(parts.target);
  const op = words.operation(parts.operation);
  // A base names the target already ("Wholesale = Price × 0.6 on 84 rows"); else "on Wholesale of 84 rows".
  const what = parts.base ? `${target} = ${parts.base}${op ? ` ${op}` : ''}` : op;
  const on = words.on(parts.rows, parts.base ? null : target);
  const rounded = parts.rounding.kind === 'none' ? '' : words.rounded(parts.rounding);
  // "Round only" is the rounding itself: "rounded to .99 on 12 rows".
  return parts.operation.kind === 'none' && !parts.base ? words.roundOnly(rounded, on) : words.sentence(what, on, rounded);
}

const ROUND_WORDS: Record<RoundMode, string> = { up: 'rounded up', down: 'rounded down', nearest: 'rounded' };

/** English, for history entries made outside the window and for tests. */
export const ENGLISH_RULE: RuleVocabulary = {
  operation: operationWords,
  target: (target) => (target.kind === 'field' ? target.label : target.kind === 'tiers' ? 'every tier' : 'every price'),
  on: (rows, target) => {
    const count = `${rows} ${rows === 1 ? 'row' : 'rows'}`;
    return target ? `on ${target} of ${count}` : `on ${count}`;
  },
  rounded: (r) => `${ROUND_WORDS[r.mode]} to ${r.kind === 'decimals' ? `${r.decimals} decimals` : r.kind === 'ending' ? r.ending.slice(1) : `steps of ${r.step}`}`,
  sentence: (what, on, rounded) => `${what} ${on}${rounded ? `, ${rounded}` : ''}`,
  roundOnly: (rounded, on) => `${rounded} ${on}`,
};

/**
 * The rule in a few words for history ("+5 % on 84 rows, rounded to .99"), so a submission
 * says which rule made its prices. With the connection's fields it names the field it
 * changed and the one it started from: "Wholesale = Price × 0.6 on 84 rows", "+3 % on every
 * tier of 12 rows". The window says it in the person's language (bulk-words.ts).
 */
export function describeRule(rule: BulkRule, rows: number, fields: readonly PriceField[] = []): string {
  return sayRule(ruleParts(rule, rows, fields), ENGLISH_RULE);
}
