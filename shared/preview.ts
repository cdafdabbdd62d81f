/**
 * The diff preview's arithmetic: per-line change and flags (a line is one (row, price
 * field)), lines grouped by product, totals per field and currency and a histogram of %
 * changes per field. Pure and decimal (big.js via shared/money), so the preview, the
 * CLI and the tests agree to the cent. A misplaced decimal point (×10 is +900 %, ÷10 is
 * −90 %) lands in a bucket of its own so it stands out at a glance.
 */
import { NEW_PRODUCT_KEY_PREFIX } from './import/new-products';
import { Big, dec, percentChange, sameAmount } from './money';
import type { PriceField } from './price-fields';
import { decimalSlip } from './price-rails';
import { changeId, withField, type PriceChange } from './types';

/** Why a row deserves a second look before it is sent. */
export type PreviewFlag = 'decimal_slip' | 'threshold' | 'below_cost' | 'field_rule' | 'new_product' | 'first_price' | 'price_removal' | 'stale';

/** The flags riskiest first: the order the preview lists flags in (the window has their words). */
export const FLAG_ORDER: readonly PreviewFlag[] = ['decimal_slip', 'threshold', 'below_cost', 'field_rule', 'new_product', 'first_price', 'price_removal', 'stale'];

/** A pending change with what the preview needs besides it. */
export interface PreviewInput extends PriceChange {
  name: string;
  /** The cost this field's new price is held against (shared/field-rules `costOfField`). */
  cost: string | null;
  /** The rules between the product's fields this line breaks, in words (shared/preview-inputs). */
  fieldNotes?: string[];
}

export interface PreviewRow extends PreviewInput {
  /** The field's label where the connection's fields are known, else null. */
  fieldLabel: string | null;
  /** newPrice − oldPrice, or null for a new product or a removal. */
  change: string | null;
  /** Change in percent (1 decimal), or null when there is no old price or it is zero. */
  percent: string | null;
  flags: PreviewFlag[];
}

export interface PreviewOptions {
  /** Flag changes beyond ± this percentage (default 30). */
  thresholdPercent?: string;
  /** Change ids (`changeId`: the row key for the primary field) the stale check found changed at the vendor. */
  staleKeys?: ReadonlySet<string>;
  /** The connection's price fields: they name each line and order a product's lines. */
  fields?: readonly PriceField[];
}

export const DEFAULT_THRESHOLD = '30';

export function previewRow(input: PreviewInput, options: PreviewOptions = {}): PreviewRow {
  const threshold = dec(options.thresholdPercent ?? DEFAULT_THRESHOLD);
  const flags: PreviewFlag[] = [];
  const { oldPrice, newPrice } = input;
  let change: string | null = null;
  let percent: string | null = null;
  // A price where there was none cannot be judged by its change: a new product (an import's
  // row) or an existing one without a price (a removed one, a variant not in the price list).
  if (oldPrice === null) flags.push(input.key.startsWith(NEW_PRODUCT_KEY_PREFIX) ? 'new_product' : 'first_price');
  if (newPrice === null) flags.push('price_removal');
  if (newPrice !== null && oldPrice !== null) {
    change = dec(newPrice).minus(dec(oldPrice)).toString();
    percent = percentChange(oldPrice, newPrice);
    // A slip (shared/price-rails) is its own red flag; "big change" would only repeat it.
    // A zero or negative price is refused by the vendor anyway: no slip to confirm.
    if (dec(newPrice).gt(0) && decimalSlip(oldPrice, newPrice)) flags.push('decimal_slip');
    else if (percent !== null && dec(percent).abs().gt(threshold)) flags.push('threshold');
  }
  if (newPrice !== null && input.cost !== null && dec(newPrice).lt(dec(input.cost))) flags.push('below_cost');
  if (input.fieldNotes?.length) flags.push('field_rule');
  if (options.staleKeys?.has(changeId(input))) flags.push('stale');
  return { ...input, fieldLabel: labelOf(options.fields ?? [], input.field), change, percent, flags };
}

/** A line's field label: the primary's for a change naming no field; null when the fields are unknown. */
function labelOf(fields: readonly PriceField[], field: string | undefined): string | null {
  if (!fields.length) return null;
  return (field === undefined ? fields.find((f) => f.primary) : fields.find((f) => f.id === field))?.label ?? field ?? null;
}

/** Where a field's lines go: the primary first, then the connection's order, fields it does not list last. */
function fieldRank(fields: readonly PriceField[], field: string | undefined): number {
  if (field === undefined) return -1;
  const index = fields.findIndex((f) => f.id === field);
  return index < 0 ? fields.length : index;
}

export interface CurrencyTotal {
  /** The field totalled; absent for the primary one (as in PriceChange). */
  field?: string;
  /** The field's label, or null where the fields are unknown. */
  fieldLabel: string | null;
  currency: string;
  rows: number;
  /** Sum of the current prices of rows that have one. */
  current: string;
  /** Sum of the new prices of the same rows plus new products. */
  next: string;
  /** next − current. */
  difference: string;
}

export interface HistogramBucket {
  label: string;
  /** Lower bound in percent (inclusive; exclusive for the second bucket), null for −∞. */
  from: string | null;
  /** Upper bound in percent (exclusive; inclusive for the first bucket), null for +∞. */
  to: string | null;
  count: number;
  /** True for the buckets a slipped decimal point lands in. */
  suspicious: boolean;
}

// −90 % and +900 % are what a decimal point one place off produces.
const EDGES = ['-90', '-50', '-30', '-10', '0', '10', '30', '50', '100', '900'];

/** One product's lines: its primary field first, then its other fields in the connection's order. */
export interface PreviewGroup {
  key: string;
  sku: string;
  name: string;
  rows: PreviewRow[];
}

/** The % histogram of one field's lines. */
export interface FieldHistogram {
  /** Absent for the primary field. */
  field?: string;
  fieldLabel: string | null;
  buckets: HistogramBucket[];
}

export interface PreviewSummary {
  /** Every line, group after group (riskiest product first). */
  rows: PreviewRow[];
  groups: PreviewGroup[];
  /** Counts of lines (one (row, field) each), not products. */
  counts: { total: number; flagged: number; up: number; down: number; newProducts: number; removals: number } & Record<PreviewFlag, number>;
  /** Per (field, currency), the primary field first. */
  totals: CurrencyTotal[];
  /** Every line's % change. */
  histogram: HistogramBucket[];
  /** One histogram per field with lines, in field order. */
  histograms: FieldHistogram[];
}

export function histogram(percents: (string | null)[]): HistogramBucket[] {
  const buckets: HistogramBucket[] = [];
  for (let i = 0; i <= EDGES.length; i++) {
    const from = i === 0 ? null : EDGES[i - 1]!;
    const to = i === EDGES.length ? null : EDGES[i]!;
    const label = from === null ? `${to} % or less` : to === null ? `${from} % or more` : `${from} to ${to} %`;
    buckets.push({ label, from, to, count: 0, suspicious: from === null || to === null });
  }
  for (const p of percents) if (p !== null) buckets[bucketOf(p)]!.count++;
  return buckets;
}

/** The index of the histogram bucket a % change falls in. */
export function bucketOf(percent: string): number {
  const value = dec(percent);
  // −90 % itself (a price divided by ten) belongs with the suspicious low end.
  const index = value.lte(dec(EDGES[0]!)) ? 0 : EDGES.findIndex((edge) => value.lt(dec(edge)));
  return index < 0 ? EDGES.length : index;
}

/**
 * Lines grouped by product: groups in the order of their first line (so after sortByRisk, by
 * their riskiest line), a group's lines in field order (the primary first).
 */
export function groupByProduct(rows: readonly PreviewRow[], fields: readonly PriceField[] = []): PreviewGroup[] {
  const groups = new Map<string, PreviewGroup>();
  for (const row of rows) {
    const group = groups.get(row.key);
    if (group) group.rows.push(row);
    else groups.set(row.key, { key: row.key, sku: row.sku, name: row.name, rows: [row] });
  }
  for (const group of groups.values()) group.rows.sort((a, b) => fieldRank(fields, a.field) - fieldRank(fields, b.field));
  return [...groups.values()];
}

/** A row's risk rank: decimal slips first, then below cost, then big changes, then the rest. */
function riskRank(row: PreviewRow): number {
  if (row.flags.includes('decimal_slip')) return 0;
  if (row.flags.includes('below_cost')) return 1;
  if (row.flags.includes('threshold')) return 2;
  return row.flags.length ? 3 : 4;
}

/**
 * The rows riskiest first (slips, below cost, big changes, other flags, the rest); within
 * a rank the largest change in % first, else the order given.
 */
export function sortByRisk(rows: PreviewRow[]): PreviewRow[] {
  const size = (row: PreviewRow) => (row.percent === null ? new Big(-1) : dec(row.percent).abs());
  return rows
    .map((row, index) => ({ row, index, rank: riskRank(row), size: size(row) }))
    .sort((a, b) => a.rank - b.rank || b.size.cmp(a.size) || a.index - b.index)
    .map((entry) => entry.row);
}

/** The flags a confirmation names by count, in the order it names them. */
export const CONFIRMED_FLAGS = ['below_cost', 'field_rule', 'threshold', 'price_removal', 'new_product', 'first_price'] as const;

/**
 * What a confirmation of flagged rows confirms ("3 prices below cost, 1 price up 4231 %"),
 * as codes and numbers the window puts in words in the person's language
 * (renderer/features/preview/words.ts): each decimal slip (up to three, as each is a likely
 * typo) with its rounded % and line, else their count, then a count per flag.
 */
export type FlaggedPart =
  | { kind: 'slip'; up: boolean; percent: string; line: string }
  | { kind: 'slips'; count: number }
  | { kind: (typeof CONFIRMED_FLAGS)[number]; count: number };

export function flaggedParts(rows: readonly PreviewRow[]): FlaggedPart[] {
  const parts: FlaggedPart[] = [];
  const slips = rows.filter((r) => r.flags.includes('decimal_slip'));
  if (slips.length > 3) parts.push({ kind: 'slips', count: slips.length });
  else for (const slip of slips) parts.push({ kind: 'slip', up: dec(slip.percent!).gt(0), percent: dec(slip.percent!).abs().round(0).toString(), line: lineName(slip) });
  for (const flag of CONFIRMED_FLAGS) {
    const count = rows.filter((r) => r.flags.includes(flag)).length;
    if (count) parts.push({ kind: flag, count });
  }
  return parts;
}

/** A line in words: its SKU, and its field where that is not the primary one ("A-1 Wholesale"). */
export const lineName = (row: { sku: string; field?: string; fieldLabel?: string | null }) => (row.field !== undefined && row.fieldLabel ? `${row.sku} ${row.fieldLabel}` : row.sku);

/** Everything the preview shows, from the pending changes. */
export function summarisePreview(inputs: PreviewInput[], options: PreviewOptions = {}): PreviewSummary {
  const fields = options.fields ?? [];
  const groups = groupByProduct(sortByRisk(inputs.map((input) => previewRow(input, options))), fields);
  const rows = groups.flatMap((g) => g.rows);
  const flagCounts: Record<PreviewFlag, number> = { decimal_slip: 0, threshold: 0, below_cost: 0, field_rule: 0, new_product: 0, first_price: 0, price_removal: 0, stale: 0 };
  let up = 0;
  let down = 0;
  // Per (field, currency): adding a wholesale price to a retail one means nothing.
  const sums = new Map<string, { row: PreviewRow; rows: number; current: Big; next: Big }>();
  for (const row of rows) {
    row.flags.forEach((f) => flagCounts[f]++);
    if (row.change !== null) {
      if (dec(row.change).gt(0)) up++;
      else if (dec(row.change).lt(0)) down++;
    }
    const id = `${changeId({ key: '', ...withField(row) })}\u0000${row.currency}`;
    const sum = sums.get(id) ?? { row, rows: 0, current: new Big(0), next: new Big(0) };
    sum.rows++;
    if (row.oldPrice !== null) sum.current = sum.current.plus(dec(row.oldPrice));
    if (row.newPrice !== null) sum.next = sum.next.plus(dec(row.newPrice));
    sums.set(id, sum);
  }
  const totals = [...sums.values()]
    .sort((a, b) => fieldRank(fields, a.row.field) - fieldRank(fields, b.row.field) || (a.row.field ?? '').localeCompare(b.row.field ?? '') || a.row.currency.localeCompare(b.row.currency))
    .map((s) => ({ ...withField(s.row), fieldLabel: s.row.fieldLabel, currency: s.row.currency, rows: s.rows, current: s.current.toFixed(2), next: s.next.toFixed(2), difference: s.next.minus(s.current).toFixed(2) }));
  return {
    rows,
    groups,
    counts: {
      total: rows.length,
      flagged: rows.filter((r) => r.flags.length > 0).length,
      up,
      down,
      newProducts: flagCounts.new_product,
      removals: flagCounts.price_removal,
      ...flagCounts,
    },
    totals,
    histogram: histogram(rows.map((r) => r.percent)),
    histograms: fieldHistograms(rows, fields),
  };
}

/** One histogram per field that has lines, in field order. */
function fieldHistograms(rows: readonly PreviewRow[], fields: readonly PriceField[]): FieldHistogram[] {
  const byField = new Map<string, PreviewRow[]>();
  for (const row of rows) {
    const lines = byField.get(row.field ?? '');
    if (lines) lines.push(row);
    else byField.set(row.field ?? '', [row]);
  }
  return [...byField.values()]
    .sort((a, b) => fieldRank(fields, a[0]!.field) - fieldRank(fields, b[0]!.field))
    .map((lines) => ({ ...withField(lines[0]!), fieldLabel: lines[0]!.fieldLabel, buckets: histogram(lines.map((r) => r.percent)) }));
}

/** A (row, field) whose vendor price moved since the edit started from it. */
export interface StaleConflict {
  key: string;
  sku: string;
  /** The change's field; absent for the primary one. */
  field?: string;
  /** The price the edit started from. */
  expected: string | null;
  /** The price the vendor has now; null when it has none, undefined when the row is gone. */
  remote: string | null | undefined;
}

/**
 * Compares the prices the edits started from with what the vendor answers now, per (row,
 * field). Rows the vendor no longer has count as conflicts too (remote undefined), except an
 * import's new products, which the vendor is not meant to have yet (one it has already is a
 * conflict).
 */
export function findStale(changes: Pick<PriceChange, 'key' | 'sku' | 'field' | 'oldPrice'>[], remote: ReadonlyMap<string, string | null>): StaleConflict[] {
  const conflicts: StaleConflict[] = [];
  for (const change of changes) {
    // Per (row, field): `remote` is keyed by change id, as `readPrices` answers.
    const id = changeId(change);
    const now = remote.has(id) ? remote.get(id)! : undefined;
    // A product an import added is expected to be missing at the vendor: sending creates it.
    if (now === undefined && change.oldPrice === null && change.key.startsWith(NEW_PRODUCT_KEY_PREFIX)) continue;
    if (now === undefined || !sameAmount(now, change.oldPrice)) conflicts.push({ key: change.key, sku: change.sku, ...withField(change), expected: change.oldPrice, remote: now });
  }
  return conflicts;
}
