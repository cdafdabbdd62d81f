/**
 * Alephee's JSON answers and their mapping to the app's rows and results. Schemas are
 * tolerant (optional, nullable) where the docs show a field but not whether it is always
 * present; what the connector relies on is required, so a malformed answer names it.
 */
import { z } from 'zod';
import type { CatalogRow, PriceUpdate, RowResult } from '../../../shared/types';
import { parseVendorAnswer } from '../common/answers';
import { decimalFrom } from '../common/decimals';
import { catalogGroups, withGroups } from '../common/groups';
import { rowPrices } from '../common/price-fields';
import { rowResult, rowsWith, type ResultWords } from '../common/results';
import { words, type Words } from '../common/words';
import type { Said } from '../../../shared/said';
import type { SaidId } from '../../../shared/said-ids';
import { alepheeFieldMap, type Attribute, type FieldTarget } from './describe';

const amount = z.union([z.number(), z.string()]).nullable().optional();
const id = z.union([z.number(), z.string()]);

const priceEntrySchema = z.object({
  Price: amount,
  PriceWithTaxes: amount,
  Cost: amount,
  SuggestedRetailPrice: amount,
  // Not in the docs; read when present so the currency need not be typed in.
  Currency: z.string().nullable().optional(),
  PriceList: z.object({ Id: id.nullable().optional(), Name: z.string().nullable().optional() }).nullable().optional(),
});
type PriceEntry = z.infer<typeof priceEntrySchema>;

const productSchema = z.object({
  Identification: z.object({ Id: id, SKU: z.string(), Name: z.string().nullable().optional(), Brand: z.object({ Name: z.string().nullable().optional() }).nullable().optional() }),
  Price: z.array(priceEntrySchema).nullable().optional(),
});

/** One page of `GET /v2/products`. */
export const catalogPageSchema = z.object({
  Paging: z.object({ Total: z.number().nullable().optional() }).nullable().optional(),
  Total: z.number().nullable().optional(),
  Results: z.array(productSchema),
});
/** A parsed catalog page. */
export type CatalogPage = z.infer<typeof catalogPageSchema>;

const itemSchema = z.object({
  // Kept for reading only: Alephee numbers the items it lists, not the products sent (its own
  // example answers the second product sent as ItemNumber 0), so it never identifies a row.
  ItemNumber: z.number().nullable().optional(),
  ValidationLevel: z.object({ Name: z.string() }).nullable().optional(),
  KeyValue: z.union([z.string(), z.number()]).nullable().optional(),
  Messages: z
    .array(
      z.object({
        Level: z.object({ Name: z.string() }).nullable().optional(),
        Code: z.union([z.number(), z.string()]).nullable().optional(),
        Message: z.string().nullable().optional(),
      }),
    )
    .nullable()
    .optional(),
});
type Item = z.infer<typeof itemSchema>;

const count = z.number().int().nonnegative().nullable().optional();

/**
 * The body of a 200 or 412 answer to `POST /v2/products`. `Items` lists only the products
 * Alephee has something to say about; `Quantities` counts every product sent by level.
 */
export const submitAnswerSchema = z.object({
  Quantities: z.object({ Ok: count, Error: count, Warning: count, Info: count, Total: count }).nullable().optional(),
  Items: z.array(itemSchema).nullable().optional(),
});
/** A parsed answer to `POST /v2/products`. */
export type SubmitAnswer = z.infer<typeof submitAnswerSchema>;

/** Parses a vendor answer, or throws a message that names the field that did not fit. */
export const parseAnswer = <T>(schema: z.ZodType<T>, json: unknown, what: string): T => parseVendorAnswer('Alephee', schema, json, what);

/** How prices are read and written: with taxes (`PriceWithTaxes`) or without (`Price`). */
export type VatMode = 'included' | 'excluded';

/** The settings the mapping needs. */
export interface CatalogContext {
  priceListId: string | undefined;
  /** The "More price lists" whose fields the connection also edits (then reads are not filtered by list). */
  morePriceListIds: string[];
  vatMode: VatMode;
  currency: string;
}

/** The price-list entry the connection edits: the configured list, else the only (or first) one. */
export function pickEntry(entries: PriceEntry[] | null | undefined, priceListId: string | undefined): PriceEntry | undefined {
  if (!entries?.length) return undefined;
  if (!priceListId) return entries[0];
  const match = entries.find((e) => e.PriceList?.Id !== undefined && e.PriceList?.Id !== null && String(e.PriceList.Id) === priceListId);
  // When Alephee filtered by priceListId it may omit the list on its single entry.
  if (!match && entries.length === 1 && (entries[0]!.PriceList?.Id ?? null) === null) return entries[0];
  return match;
}

/** The price list ids the products of a page carry, in order of appearance. */
export function priceListIds(products: CatalogPage['Results']): string[] {
  const ids = products.flatMap((p) => (p.Price ?? []).map((e) => e.PriceList?.Id)).filter((v) => v !== null && v !== undefined);
  return [...new Set(ids.map(String))];
}

/**
 * Why the connection must name its price list, or undefined. Alephee's docs mark
 * `priceListId` required yet say to leave it empty with one price list; which list a write
 * without it changes on an account with several is not documented, so PriceDesk refuses to
 * guess rather than show one list and write another.
 */
export function missingListProblem(priceListId: string | undefined, products: CatalogPage['Results']): Words | undefined {
  const ids = priceListIds(products);
  if (priceListId || ids.length < 2) return undefined;
  const lists = ids.join(', ');
  return words(`Your Alephee products carry several price lists (${lists}). Enter the price list id in the connection, so PriceDesk reads and writes the right one.`, 'vendor.alephee.severalLists', { lists });
}

/** The price this connection shows and edits for one product. */
export function priceOf(entry: PriceEntry | undefined, vatMode: VatMode): string | null {
  if (!entry) return null;
  return decimalFrom(vatMode === 'included' ? entry.PriceWithTaxes : entry.Price);
}

/** The value of one attribute in a price-list entry, null when the product has none there. */
export function attributeValue(entry: PriceEntry | undefined, attribute: Attribute): string | null {
  return decimalFrom(entry?.[attribute]);
}

/** A product's value for one field of the connection (where `alepheeFieldMap` says it lives). */
export function fieldValue(product: CatalogPage['Results'][number], target: FieldTarget): string | null {
  return attributeValue(pickEntry(product.Price, target.list), target.attribute);
}

/** A catalog product as a row. */
export function toRow(product: CatalogPage['Results'][number], ctx: CatalogContext): CatalogRow {
  const entry = pickEntry(product.Price, ctx.priceListId);
  const ident = product.Identification;
  const vendorIds: Record<string, string> = { productId: String(ident.Id), sku: ident.SKU };
  if (ctx.priceListId) vendorIds.priceListId = ctx.priceListId;
  const price = priceOf(entry, ctx.vatMode);
  const cost = decimalFrom(entry?.Cost);
  const fields = alepheeFieldMap(ctx.vatMode, ctx.priceListId, ctx.morePriceListIds);
  return {
    key: String(ident.Id),
    sku: ident.SKU,
    name: ident.Name ?? ident.SKU,
    price,
    cost,
    currency: (entry?.Currency || ctx.currency).toUpperCase(),
    vatIncluded: ctx.vatMode === 'included',
    prices: rowPrices([...fields.keys()], (id) => fieldValue(product, fields.get(id)!)),
    vendorIds,
    // ProductCatalog.Identification.Brand {Id, Name}: Alephee's one grouping field on this listing.
    ...withGroups(catalogGroups({ brand: ident.Brand?.Name })),
  };
}

const levelOf = (item: Item) => (item.ValidationLevel?.Name ?? '').trim().toLowerCase();

function resultFor(change: PriceUpdate, item: Item): RowResult {
  const level = levelOf(item);
  const messages = item.Messages ?? [];
  const relevant = messages.filter((m) => (m.Level?.Name ?? '').toLowerCase() === level);
  const chosen = relevant.length ? relevant : messages;
  const text = chosen.map((m) => m.Message?.trim()).filter(Boolean).join(' ') || null;
  const code = chosen.find((m) => m.Code !== null && m.Code !== undefined)?.Code;
  const codeText = code === undefined || code === null ? null : String(code);
  // Alephee's messages are its own words: quoted after ours in the window.
  const quoted = (id: SaidId, params?: Said['params']): ResultWords => ({ said: params ? { id, params } : { id }, ...(text ? { vendorMessage: text } : {}) });
  if (level === 'ok' || level === 'info') return rowResult(change, 'ok', text, null, text ? quoted('vendor.alephee.acceptedNote') : {});
  if (level === 'warning') return rowResult(change, 'warning', text, codeText, text ? quoted('vendor.alephee.warning') : {});
  if (level === 'error') {
    if (!text) return rowResult(change, 'error', 'Alephee rejected this product without a message.', codeText, quoted('vendor.alephee.rejectedNoMessage'));
    return rowResult(change, 'error', text, codeText, quoted('row.rejected', { vendor: 'Alephee' }));
  }
  // A level the docs do not list: applied or not is unclear, so ask for a check.
  const named = item.ValidationLevel?.Name;
  const message = `Alephee answered "${named ?? 'no level'}"${text ? `: ${text}` : ''}. Check this price.`;
  return rowResult(change, 'warning', message, codeText, named ? quoted('vendor.alephee.unknownLevel', { level: named }) : quoted('vendor.alephee.noLevel'));
}

/**
 * One result list per sent product object (its changes, in order). Items are matched to
 * objects by `KeyValue` (the SKU) only: a request never holds one SKU twice, and
 * `ItemNumber` counts Alephee's list, not ours. An item's level and messages are about the
 * whole object, whose one or two price attributes Alephee validates together (a combination
 * is valid or not; the messages name no attribute), so they land on every field the object
 * carried; a product's other object, in another request, gets its own answer. Levels are
 * read by `Name` (the example answers `Error` with id 0, so ids are no scale). An object
 * absent from `Items` was accepted, provided `Quantities.Ok` counts exactly the absent
 * objects (plus the items listed as Ok); when the counts disagree, or an item names no
 * object, the absent ones are `unknown`: which of them Alephee applied cannot be told.
 */
export function mapItems(sent: { sku: string; changes: PriceUpdate[] }[], answer: SubmitAnswer): RowResult[][] {
  const out: (RowResult[] | undefined)[] = new Array(sent.length);
  const bySku = new Map<string, number>();
  const byLowerSku = new Map<string, number>();
  sent.forEach((o, i) => {
    bySku.set(o.sku, i);
    byLowerSku.set(o.sku.toLowerCase(), i);
  });
  const items = answer.Items ?? [];
  let unmatched = 0;
  for (const item of items) {
    const key = item.KeyValue === null || item.KeyValue === undefined ? undefined : String(item.KeyValue);
    const index = key === undefined ? undefined : (bySku.get(key) ?? byLowerSku.get(key.toLowerCase()));
    if (index === undefined || out[index] !== undefined) unmatched++;
    else out[index] = sent[index]!.changes.map((c) => resultFor(c, item));
  }
  const absent = sent.filter((_, i) => out[i] === undefined).length;
  const okListed = items.filter((item) => levelOf(item) === 'ok').length;
  const q = answer.Quantities;
  const countsAgree = unmatched === 0 && typeof q?.Ok === 'number' && q.Ok - okListed === absent && (q.Total === null || q.Total === undefined || q.Total === sent.length);
  return sent.map(
    (o, i) =>
      out[i] ??
      (countsAgree
        ? rowsWith(o.changes, 'ok', null, null)
        : rowsWith(o.changes, 'unknown', 'Alephee answered, but its counts do not show whether it accepted this product. Check its price before sending again.', 'unconfirmed', {
            said: { id: 'vendor.alephee.unconfirmed' },
          })),
  );
}
