/**
 * Geins' JSON and the app's rows: parsing answers (a malformed answer names its field),
 * products with their `Prices[]` into catalog rows, and the update answer's Invalid /
 * NotFound lists back onto the changes that were sent.
 */
import { z } from 'zod';
import { Big } from '../../../shared/money';
import { changeId, type CatalogRow, type PriceChange, type RowResult } from '../../../shared/types';
import { shortText } from '../../core/http';
import { parseWith, unreadable } from '../common/answers';
import { decimalText } from '../common/decimals';
import { rowResult as result } from '../common/results';
import { withGroups } from '../common/groups';
import { saidOf, words, type Words } from '../common/words';
import type { SaidId } from '../../../shared/said-ids';
import { geinsFieldId } from './describe';
import { geinsGroups, productGroupFields } from './groups';
import type { GeinsSettings, VatMode } from './connection';

const num = z.number().finite();

// PriceList.Models.Read.PriceList of the Management API's OpenAPI (v1.12.1): no VAT basis on a list.
const priceListSchema = z.object({
  Id: z.number().int(),
  Name: z.string().nullish(),
  MarketId: z.number().int().nullish(),
  MarketPrefix: z.string().nullish(),
  Currency: z.string().nullish(),
  Forced: z.boolean().nullish(),
  Identifier: z.string().nullish(),
  Active: z.boolean().nullish(),
});

/** One price list as Geins describes it. */
export type GeinsPriceList = z.infer<typeof priceListSchema>;

/** `GET /API/PriceList/List`: documented as a bare array; an envelope is accepted too. */
export const priceListsSchema = z.union([z.array(priceListSchema), z.object({ Resource: z.array(priceListSchema) }).transform((e) => e.Resource)]);

/** `GET /API/PriceList/{id}` (custom lists only): the list in an envelope. */
export const customListSchema = z.object({ Resource: priceListSchema.nullish() });

const productPriceSchema = z.object({
  PriceListId: z.number().int(),
  PriceIncVat: num.nullish(),
  PriceExVat: num.nullish(),
  Currency: z.string().nullish(),
  StaggeredCount: z.number().int().nullish(),
});

const productSchema = z.object({
  ProductId: z.number().int(),
  ArticleNumber: z.string().nullish(),
  Name: z.string().nullish(),
  Names: z.array(z.object({ LanguageCode: z.string().nullish(), Content: z.string().nullish() })).nullish(),
  PurchasePrice: num.nullish(),
  PurchasePriceCurrency: z.string().nullish(),
  Prices: z.array(productPriceSchema).nullish(),
  ...productGroupFields,
});

/** One product as the connector uses it. */
export type GeinsProduct = z.infer<typeof productSchema>;

/** One page of `POST /API/Product/Query/{page}`. */
export const productPageSchema = z.object({
  Resource: z.array(productSchema).nullish(),
  PageResult: z
    .object({
      BatchId: z.string().nullish(),
      Page: z.number().int().nullish(),
      RowCount: z.number().int().nullish(),
      PageCount: z.number().int().nullish(),
      HasMoreRows: z.boolean().nullish(),
    })
    .nullish(),
});

const echoedPriceSchema = z.object({ PriceListId: z.number().int().nullish(), ProductId: z.union([z.string(), z.number()]).nullish() });

/** `PUT /API/PriceList/Price`: all three lists null means Geins said "Success." and nothing more. */
export const updateAnswerSchema = z.object({
  Message: z.string().nullish(),
  Invalid: z.array(echoedPriceSchema).nullish(),
  NotFound: z.array(echoedPriceSchema).nullish(),
  UpdateCount: z.number().int().nullish(),
});

export type UpdateAnswer = z.infer<typeof updateAnswerSchema>;

/** Geins' error envelope, as words. */
export function describeGeinsError(_status: number, json: unknown, text: string): string | undefined {
  const parsed = z.object({ Message: z.string().nullish(), Details: z.array(z.string()).nullish() }).safeParse(json);
  if (parsed.success && (parsed.data.Message || parsed.data.Details?.length)) {
    return [parsed.data.Message, ...(parsed.data.Details ?? [])].filter(Boolean).join(' ');
  }
  return shortText(text);
}

/** Parses a Geins answer or throws a message that names the field it tripped on. */
export function parseAnswer<T>(schema: z.ZodType<T>, json: unknown, what: string): T {
  return parseWith(schema, json, (p) => unreadable('Geins', `Geins sent ${what} PriceDesk cannot read: field "${p.field ?? '(the whole answer)'}": ${p.reason ?? 'unexpected shape'}.`, p));
}

/** The product's price on one list, with or without VAT as the connection says, or null when it has none. */
export function priceOn(product: GeinsProduct, listId: number, vatMode: VatMode): string | null {
  // Staggered prices (quantity breaks) live on the same list; the plain price has count 1.
  const entry = product.Prices?.find((p) => p.PriceListId === listId && (p.StaggeredCount ?? 1) <= 1);
  const value = vatMode === 'excluded' ? entry?.PriceExVat : entry?.PriceIncVat;
  return value === null || value === undefined ? null : decimalText(value);
}

/** The id a product is written with under the connection's product id type. */
export function writeIdOf(vendorIds: Record<string, string>, sku: string, settings: GeinsSettings): string {
  return settings.productIdType === 1 ? vendorIds.articleNumber || sku : vendorIds.productId || '';
}

/** A product as a row; `listIds` are the connection's lists (its own first, then the "More price lists"), one price each. */
export function toRow(product: GeinsProduct, list: GeinsPriceList, vatMode: VatMode, listIds: readonly number[] = [list.Id]): CatalogRow {
  const id = String(product.ProductId);
  const name = product.Names?.find((n) => n.Content?.trim())?.Content?.trim() ?? product.Name?.trim();
  const currency = (product.Prices?.find((p) => p.PriceListId === list.Id)?.Currency ?? list.Currency ?? '').toUpperCase();
  const cost = product.PurchasePrice !== null && product.PurchasePrice !== undefined && (product.PurchasePriceCurrency ?? currency).toUpperCase() === currency ? decimalText(product.PurchasePrice) : null;
  return {
    key: id,
    sku: product.ArticleNumber?.trim() || id,
    name: name || product.ArticleNumber || id,
    price: priceOn(product, list.Id, vatMode),
    cost,
    currency,
    vatIncluded: vatMode === 'included',
    // The query's Prices carry every list's entries, so the other lists cost no request.
    prices: Object.fromEntries(listIds.map((listId) => [geinsFieldId(listId), priceOn(product, listId, vatMode)])),
    vendorIds: { productId: id, articleNumber: product.ArticleNumber?.trim() ?? '' },
    ...withGroups(geinsGroups(product)),
  };
}

const norm = (id: unknown) => String(id ?? '').trim().toLowerCase();

/**
 * One result per sent price from an answer that has Invalid/NotFound lists: listed prices
 * failed, the rest were updated. Geins echoes the entries it refused (`PriceListId`,
 * `ProductId`, ...), matched here by list and id, so one field of a product can fail while
 * its other lists in the same request are saved. An echo without a list id (the schema
 * marks every field optional) matches the product's prices on every list of the request.
 */
export function mapUpdateAnswer(sent: { change: PriceChange; writeId: string; listId: number }[], answer: UpdateAnswer, settings: GeinsSettings): RowResult[] {
  const idWords = settings.productIdType === 1 ? 'article number' : 'product id';
  const listed = (entries: UpdateAnswer['Invalid']) => {
    const keys = new Set((entries ?? []).map((e) => `${e.PriceListId ?? '*'}|${norm(e.ProductId)}`));
    return (listId: number, id: string) => keys.has(`${listId}|${id}`) || keys.has(`*|${id}`);
  };
  const invalid = listed(answer.Invalid);
  const notFound = listed(answer.NotFound);
  const theirs = answer.Message && !/^success\.?$/i.test(answer.Message.trim()) ? answer.Message : undefined;
  const detail = theirs ? ` Geins said: "${theirs}"` : '';
  const refused = (change: PriceChange, w: Words, code: string) => result(change, 'error', w.message, code, saidOf(w));
  return sent.map(({ change, writeId, listId }) => {
    const id = norm(writeId);
    if (invalid(listId, id)) {
      const removal = change.newPrice === null;
      const what = removal ? 'Geins refused to remove this price.' : 'Geins refused this price as invalid (for example a negative price).';
      return refused(change, words(`${what}${detail}`, removal ? 'vendor.geins.removalRefused' : 'vendor.geins.invalidPrice', undefined, theirs), 'Invalid');
    }
    if (notFound(listId, id)) {
      const message = `Geins has no product with ${idWords} "${writeId}" on price list ${listId}. Check the product still exists, and the product id type of the connection.${detail}`;
      const params = { id: writeId, list: listId };
      return refused(change, words(message, settings.productIdType === 1 ? 'vendor.geins.noArticle' : 'vendor.geins.noProduct', params, theirs), 'NotFound');
    }
    return result(change, 'ok', null, null);
  });
}

/**
 * Settles unknown rows from a read-back keyed by `changeId`: the price asked for (or, for a
 * removal, no price) -> ok, product gone -> error, else still unknown.
 */
export function verifyRows(rows: RowResult[], changes: PriceChange[], readBack: Map<string, string | null>): RowResult[] {
  return rows.map((row, i) => {
    if (row.status !== 'unknown') return row;
    const change = changes[i]!;
    if (!readBack.has(changeId(change))) {
      const gone = words('Geins accepted the request, but no such product can be found on reading back. Reload the catalog.', 'vendor.geins.goneOnReadBack');
      return result(change, 'error', gone.message, 'NotFound', saidOf(gone));
    }
    const now = readBack.get(changeId(change)) ?? null;
    const wanted = change.newPrice;
    const confirmed = wanted === null ? now === null : now !== null && new Big(now).eq(new Big(wanted));
    if (confirmed) return result(change, 'ok', 'Confirmed by reading the price back from Geins.', null, { said: { id: 'vendor.geins.confirmedByReadBack' } });
    const message = `${row.message ?? ''} Reading back shows ${now ?? 'no price'}, not ${wanted ?? 'no price'}; check it in Geins before sending again.`.trim();
    // Our words say what reading back found; what Geins answered before stays quoted.
    const id: SaidId = now === null ? 'vendor.geins.readBackNoPrice' : wanted === null ? 'vendor.geins.readBackStillPriced' : 'vendor.geins.readBackDiffers';
    return result(change, 'unknown', message, row.code, saidOf(words(message, id, { now: now ?? '', wanted: wanted ?? '' }, row.vendorMessage)));
  });
}
