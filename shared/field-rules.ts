/**
 * Rules between the price fields of one product: a price below cost, a sale price above
 * the regular price, a lower tier (wholesale, VIP) above the regular price, a recommended
 * price below the regular price. They are warnings the preview flags; the vendor never
 * sees them. Pure and decimal (shared/money.ts), so the editor, the preview and the CLI
 * judge a row the same way.
 */
import { dec, isDecimal, showPrice } from './money';
import type { PriceField } from './price-fields';

/** True when a new price is below a known cost (no cost, or a removal, is never below it). */
export function belowCost(newPrice: string | null, cost: string | null): boolean {
  return newPrice !== null && cost !== null && dec(newPrice).lt(dec(cost));
}

export type FieldRule = 'below_cost' | 'sale_above_price' | 'tier_above_price' | 'recommended_below_price';

/** One rule a row breaks: the two fields it compares (the judged one first) and a sentence naming them. */
export interface FieldWarning {
  rule: FieldRule;
  /** The field that breaks the rule. */
  field: string;
  /** The field it is compared with. */
  against: string;
  message: string;
  /** For the window's own words (renderer/i18n/problems.ts): both fields' labels and amounts (decimal strings). */
  params: { field: string; amount: string; against: string; againstAmount: string };
}

/** A row's amount per field id: a decimal string, or null for no price. */
export type FieldPrices = Readonly<Record<string, string | null>>;

/**
 * The regular price of a currency and VAT basis: the primary field where it is one, else
 * the first `price` field. Tiers, sale and recommended prices are compared with it.
 */
function regularPrice(fields: readonly PriceField[], like: PriceField): PriceField | undefined {
  const candidates = fields.filter((f) => f.kind === 'price' && comparable(f, like));
  return candidates.find((f) => f.primary) ?? candidates[0];
}

/**
 * Two amounts are compared only in one currency (no exchange rates here) and on one VAT
 * basis: a wholesale price without VAT above a retail price with it says nothing without
 * the product's tax rate, which PriceDesk does not know.
 */
const comparable = (a: PriceField, b: PriceField) => a.currency === b.currency && a.vatIncluded === b.vatIncluded;

/** Against cost only the currency counts: cost is what the shop pays, as the existing below-cost rule has always read it. */
const costFor = (fields: readonly PriceField[], like: PriceField) => fields.find((f) => f.kind === 'cost' && f.currency === like.currency);


/** The rules each kind is judged by: which field it is compared with and which way is wrong. */
const RULES: { kind: PriceField['kind']; rule: FieldRule; against: (fields: readonly PriceField[], f: PriceField) => PriceField | undefined; wrong: 'above' | 'below' }[] = [
  { kind: 'price', rule: 'below_cost', against: costFor, wrong: 'below' },
  { kind: 'tier', rule: 'below_cost', against: costFor, wrong: 'below' },
  { kind: 'sale', rule: 'below_cost', against: costFor, wrong: 'below' },
  { kind: 'sale', rule: 'sale_above_price', against: regularPrice, wrong: 'above' },
  { kind: 'tier', rule: 'tier_above_price', against: regularPrice, wrong: 'above' },
  { kind: 'recommended', rule: 'recommended_below_price', against: regularPrice, wrong: 'below' },
];

/**
 * The cost field a field's price is held against by the below-cost rule (the rails' too), or
 * undefined: only regular prices, tiers and sale prices are, each by the cost in its currency.
 */
export function costFieldFor(fields: readonly PriceField[], field: PriceField): PriceField | undefined {
  const judged = RULES.some((r) => r.rule === 'below_cost' && r.kind === field.kind);
  const cost = judged ? costFor(fields, field) : undefined;
  return cost && cost.id !== field.id ? cost : undefined;
}

/**
 * The cost a (row, field)'s new price is held against (`field` undefined: the primary): the
 * price of the field's cost field as `priceOf` reads it (the grid and the preview: after the
 * pending changes, so a new cost sent with a new price is the one it is judged by); for the
 * primary field of a connection without a cost field, the row's own cost. Null when there is
 * none to hold it to.
 */
export function costOfField(rowCost: string | null, fields: readonly PriceField[], field: PriceField | undefined, priceOf: (field: string | undefined) => string | null): string | null {
  const judged = field ?? fields.find((f) => f.primary);
  const cost = judged && costFieldFor(fields, judged);
  if (cost) return priceOf(cost.primary ? undefined : cost.id);
  return field ? null : rowCost;
}

/** The amount of a field when it is a number; an unreadable value is the import's problem, not a rule's. */
function amount(prices: FieldPrices, id: string): string | null {
  const value = prices[id];
  return value !== undefined && value !== null && isDecimal(value) ? value : null;
}

/**
 * The rules one row breaks, in field order. `prices` holds the row's amounts by field id
 * (the new price where one is pending, the current one elsewhere); a field without an
 * amount takes part in no rule. `show` writes the amounts in the messages (the grid: the
 * person's locale).
 */
export function fieldWarnings(fields: readonly PriceField[], prices: FieldPrices, show: (amount: string) => string = showPrice): FieldWarning[] {
  const warnings: FieldWarning[] = [];
  for (const { rule, field, other, wrong } of pairsOf(fields)) {
    const value = amount(prices, field.id);
    const otherValue = value === null ? null : amount(prices, other.id);
    if (value === null || otherValue === null) continue;
    const broken = wrong === 'below' ? belowCost(value, otherValue) : dec(value).gt(dec(otherValue));
    if (!broken) continue;
    const params = { field: field.label, amount: value, against: other.label, againstAmount: otherValue };
    warnings.push({ rule, field: field.id, against: other.id, message: `${field.label} ${show(value)} is ${wrong} ${other.label} ${show(otherValue)}.`, params });
  }
  return warnings;
}

interface RulePair {
  rule: FieldRule;
  field: PriceField;
  other: PriceField;
  wrong: 'above' | 'below';
}

// The grid judges every edited row of a 100,000-row catalog: which fields each rule compares
// is worked out once per connection's field list, not once per row.
const pairCache = new WeakMap<readonly PriceField[], RulePair[]>();

/** The (field, rule, other field) comparisons a connection's fields take part in, in field order. */
function pairsOf(fields: readonly PriceField[]): RulePair[] {
  let pairs = pairCache.get(fields);
  if (pairs) return pairs;
  pairs = [];
  for (const field of fields) {
    for (const rule of RULES) {
      if (rule.kind !== field.kind) continue;
      const other = rule.against(fields, field);
      if (other && other.id !== field.id) pairs.push({ rule: rule.rule, field, other, wrong: rule.wrong });
    }
  }
  pairCache.set(fields, pairs);
  return pairs;
}
