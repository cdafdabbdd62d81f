/**
 * Cin7 Omni's JSON and its mapping to rows and results. Omni answers in camelCase while
 * its docs name fields in PascalCase, so top-level keys are normalised before parsing;
 * `PriceColumns` keys are account specific and kept exactly as sent.
 */
import { z } from 'zod';
import type { CatalogRow, PriceUpdate, RowResult } from '../../../shared/types';
import { parseVendorAnswer } from '../common/answers';
import { decimalFrom } from '../common/decimals';
import { rowPrices } from '../common/price-fields';
import { rowResult } from '../common/results';
import { saidOf, words } from '../common/words';

const amount = z.union([z.number(), z.string()]).nullable().optional();
const text = z.string().nullable().optional();

const optionSchema = z.object({
  id: z.number(),
  productId: z.number().nullable().optional(),
  code: text,
  productOptionCode: text,
  // Not documented on ProductOptions; read when present.
  name: text,
  productName: text,
  option1: text,
  option2: text,
  option3: text,
  retailPrice: amount,
  priceColumns: z.record(z.string(), amount).nullable().optional(),
});
/** One product option as read from `GET v1/ProductOptions`. */
export type Cin7Option = z.infer<typeof optionSchema>;

const batchItemSchema = z.object({
  index: z.number().nullable().optional(),
  success: z.boolean(),
  id: z.number().nullable().optional(),
  code: text,
  errors: z.array(z.string()).nullable().optional(),
});
type BatchItem = z.infer<typeof batchItemSchema>;

function camelKeys(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.charAt(0).toLowerCase() + k.slice(1), v]));
}

/** A list answer (top-level keys normalised) parsed item by item; throws a message naming the field that did not fit. */
export const parseList = <T>(schema: z.ZodType<T>, json: unknown, what: string): T[] =>
  parseVendorAnswer('Cin7 Omni', z.array(z.unknown()).transform((items) => items.map(camelKeys)).pipe(z.array(schema)), json, what);

/** A page of product options; throws a message naming the field that did not fit. */
export const parseOptions = (json: unknown): Cin7Option[] => parseList(optionSchema, json, 'a product list');
/** A list of BatchResultItem; throws a message naming the field that did not fit. */
export const parseBatch = (json: unknown): BatchItem[] => parseList(batchItemSchema, json, 'an answer');

/**
 * The price column the connection edits, as the account spells it: the configured one
 * (matched case-insensitively), else the first column starting with "retail".
 */
export function resolveTier(configured: string | undefined, columns: string[]): string | undefined {
  if (configured) return columnNamed(configured, columns) ?? (columns.length ? undefined : configured);
  return columns.find((c) => c.toLowerCase().startsWith('retail'));
}

/** The account's spelling of a column a setting or a field id names (case-insensitively); undefined when it has none. */
export const columnNamed = (name: string, columns: string[]): string | undefined => columns.find((c) => c.toLowerCase() === name.toLowerCase());

/** Every price column seen on these options, in first-seen order. */
export function columnsOf(options: Cin7Option[]): string[] {
  return [...new Set(options.flatMap((o) => Object.keys(o.priceColumns ?? {})))];
}

/** The currency a column is in ("retailNZD" -> "NZD"), or the fallback. */
export const currencyOf = (tier: string, fallback: string): string => /([A-Z]{3})$/.exec(tier)?.[1] ?? fallback;

/** Settings the row mapping needs. */
export interface RowContext {
  tier: string;
  /** The price fields' ids (`cin7FieldIds`): every column the catalog's options carry. */
  fieldIds: string[];
  currency: string;
  vatIncluded: boolean;
}

/** The option's price in the column; `RetailPrice` stands in for a retail column the option lacks. */
export function priceIn(option: Cin7Option, tier: string): string | null {
  const columns = option.priceColumns ?? {};
  if (tier in columns) return decimalFrom(columns[tier]);
  return tier.toLowerCase().startsWith('retail') ? decimalFrom(option.retailPrice) : null;
}

/** The option's code (SKU): Omni names it `code` on reads and `productOptionCode` elsewhere. */
export const codeOf = (option: Cin7Option): string => option.code ?? option.productOptionCode ?? '';

/** The ids a row writes an option's price with: the option and the price column read. */
export function optionIds(option: Cin7Option, tier: string): Record<string, string> {
  const vendorIds: Record<string, string> = { optionId: String(option.id), priceColumn: tier };
  if (option.productId !== null && option.productId !== undefined) vendorIds.productId = String(option.productId);
  return vendorIds;
}

/** A product option as a row. */
export function toRow(option: Cin7Option, ctx: RowContext): CatalogRow {
  const columns = option.priceColumns ?? {};
  const sku = codeOf(option);
  const costKey = Object.keys(columns).find((k) => k.toLowerCase() === `cost${ctx.currency}`.toLowerCase()) ?? Object.keys(columns).find((k) => k.toLowerCase().startsWith('cost'));
  const variant = [option.option1, option.option2, option.option3].filter(Boolean).join(' / ');
  const price = priceIn(option, ctx.tier);
  return {
    key: String(option.id),
    sku,
    name: option.name ?? option.productName ?? (variant ? `${sku} (${variant})` : sku),
    price,
    cost: costKey ? decimalFrom(columns[costKey]) : null,
    currency: ctx.currency,
    vatIncluded: ctx.vatIncluded,
    prices: rowPrices(ctx.fieldIds, (column) => (column === ctx.tier ? price : decimalFrom(columns[column]))),
    vendorIds: optionIds(option, ctx.tier),
  };
}

/** One result per sent change, matched by `index`, then by `code`; unreported rows are unknown. */
export function mapBatch(sent: { change: PriceUpdate; code: string }[], items: BatchItem[]): RowResult[] {
  const out: (RowResult | undefined)[] = new Array(sent.length);
  const same = (a: string | null | undefined, b: string) => !!a && a.toLowerCase() === b.toLowerCase();
  for (const item of items) {
    let index = typeof item.index === 'number' && sent[item.index] && (!item.code || same(item.code, sent[item.index]!.code)) ? item.index : undefined;
    if (index === undefined && item.code) {
      const found = sent.findIndex((s, i) => out[i] === undefined && same(item.code, s.code));
      if (found >= 0) index = found;
    }
    if (index === undefined || out[index]) continue;
    const { change } = sent[index]!;
    out[index] = item.success ? rowResult(change, 'ok', null, null) : refusedRow(change, (item.errors ?? []).join('; '));
  }
  const unreported = words('Cin7 Omni answered but said nothing about this row. Check its price before sending again.', 'vendor.cin7.notReported');
  return sent.map(({ change }, i) => out[i] ?? rowResult(change, 'unknown', unreported.message, null, saidOf(unreported)));
}

/** A row Cin7 Omni refused: its reasons quoted after ours, or that it gave none. */
function refusedRow(change: PriceUpdate, theirs: string): RowResult {
  if (!theirs) return rowResult(change, 'error', 'Cin7 Omni did not accept this row and gave no reason.', null, { said: { id: 'vendor.cin7.refusedNoReason' } });
  return rowResult(change, 'error', theirs, null, { said: { id: 'row.rejected', params: { vendor: 'Cin7 Omni' } }, vendorMessage: theirs });
}
