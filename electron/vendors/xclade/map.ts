/**
 * Parsing xclade (Medusa v2) answers and turning them into catalog rows. Medusa versions
 * differ in how a price names its variant (`variant_id`, or `price_set.variant.id` in the
 * batch answer), and amounts may come back as numbers or numeric strings, so both are read.
 */
import { z } from 'zod';
import type { CatalogRow } from '../../../shared/types';
import { parseWith, unreadable } from '../common/answers';
import { decimalText } from '../common/decimals';
import { catalogGroups, withGroups } from '../common/groups';
import { rowPrices } from '../common/price-fields';
import { words, type Words } from '../common/words';

const amountSchema = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]);

/** One price as Medusa returns it, from a price list or a batch answer. */
export const priceSchema = z.object({
  id: z.string(),
  currency_code: z.string(),
  amount: amountSchema,
  variant_id: z.string().nullish(),
  price_set: z.object({ variant: z.object({ id: z.string() }).nullish() }).nullish(),
  min_quantity: z.union([z.number(), z.string()]).nullish(),
  max_quantity: z.union([z.number(), z.string()]).nullish(),
  rules: z.record(z.string(), z.unknown()).nullish(),
  price_rules: z.array(z.unknown()).nullish(),
});
export type MedusaPrice = z.infer<typeof priceSchema>;

const listHeader = z.object({ id: z.string(), title: z.string().nullish(), status: z.string().nullish() });

/** `GET /admin/price-lists/{id}?fields=id,title,status`: which list, without its prices. */
export const priceListHeaderAnswer = z.object({ price_list: listHeader });
export type MedusaPriceListHeader = z.infer<typeof listHeader>;

/**
 * `GET /admin/price-lists/{id}` with `fields` naming the prices (servers without the paged
 * prices route). Since Medusa 2.12 the prices are not in the default fields: an answer
 * without them is unreadable, never a list with no prices.
 */
export const priceListWithPricesAnswer = z.object({ price_list: listHeader.extend({ prices: z.array(priceSchema) }) });

/** One page of `GET /admin/price-lists/{id}/prices` (Medusa 2.12.3 and later). */
export const pricesPageAnswer = z.object({ prices: z.array(priceSchema), count: z.number().int().nonnegative() });

/** The price fields PriceDesk reads: enough to tell a plain price from a tiered or ruled one. */
export const PRICE_FIELDS = ['id', 'currency_code', 'amount', 'min_quantity', 'max_quantity', 'price_set.variant.id', 'price_rules.attribute', 'price_rules.value'];

export const productsAnswer = z.object({
  products: z.array(
    z.object({
      id: z.string(),
      title: z.string().nullish(),
      variants: z.array(z.object({ id: z.string(), sku: z.string().nullish(), title: z.string().nullish() })).nullish(),
      // Grouping fields: null / [] where the product has none.
      type: z.object({ value: z.string().nullish() }).nullish(),
      categories: z.array(z.object({ name: z.string().nullish() })).nullish(),
    }),
  ),
  count: z.number().int().nonnegative(),
});
export type MedusaProducts = z.infer<typeof productsAnswer>;

export const batchAnswer = z.object({
  created: z.array(priceSchema).default([]),
  updated: z.array(priceSchema).default([]),
  // `{ids, object, deleted}`; absent when nothing was deleted on some versions.
  deleted: z.object({ ids: z.array(z.string()).default([]) }).nullish(),
});
export type MedusaBatchAnswer = z.infer<typeof batchAnswer>;

export const tokenAnswer = z.object({ token: z.string().min(1) });

/** Parses a vendor answer; a malformed one becomes a message naming the field, not a crash. */
export function parseAnswer<T>(schema: z.ZodType<T>, json: unknown, what: string): T {
  return parseWith(schema, json, (p) => unreadable('xclade', `xclade sent an answer PriceDesk cannot read (${what}): field "${p.field ?? '(whole answer)'}" ${p.reason ?? 'is invalid'}.`, p));
}

/** The variant a price belongs to, wherever this Medusa version puts it. */
export function variantOf(price: MedusaPrice): string | undefined {
  return price.variant_id ?? price.price_set?.variant?.id ?? undefined;
}

/** A Medusa amount as a decimal string: two decimals as staff expect, never rounding away what the vendor stored. */
export const amountText = (amount: string | number): string => decimalText(amount);

/**
 * A list's plain prices in one currency, by variant, oldest id first. Tiered or
 * region-specific prices are other prices that PriceDesk leaves alone. More than one plain
 * price for a variant is a duplicate (Medusa's batch `create` adds one beside an existing
 * price): PriceDesk shows it and never guesses which one the shop means.
 */
export type PlainPrices = Map<string, MedusaPrice[]>;

export function plainPrices(prices: MedusaPrice[], currency: string): PlainPrices {
  const byVariant: PlainPrices = new Map();
  for (const price of [...prices].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const variant = variantOf(price);
    if (!variant || price.currency_code.toLowerCase() !== currency) continue;
    const tiered = price.min_quantity != null || price.max_quantity != null;
    const ruled = Object.keys(price.rules ?? {}).length > 0 || (price.price_rules?.length ?? 0) > 0;
    if (tiered || ruled) continue;
    byVariant.set(variant, [...(byVariant.get(variant) ?? []), price]);
  }
  return byVariant;
}

/** A list's plain prices by currency (lower case), each currency's sorted out once, when first asked. */
export type ByCurrency = (currency: string) => PlainPrices;

export function byCurrency(prices: MedusaPrice[]): ByCurrency {
  const cache = new Map<string, PlainPrices>();
  return (currency) => {
    let plain = cache.get(currency);
    if (!plain) cache.set(currency, (plain = plainPrices(prices, currency)));
    return plain;
  };
}

/** The oldest plain price's amount (the one a row shows), or null when there is none. */
const firstAmount = (listed: MedusaPrice[] | undefined): string | null => (listed?.length ? amountText(listed[0]!.amount) : null);

/** "8.50 and 7.00": a duplicate's amounts, as the row's message names them. */
export const amountsText = (prices: MedusaPrice[]): string => amountList(prices).join(' and ');

/** The amounts as a list parameter of our words: the window lists them in its language, without an English "and". */
export const amountList = (prices: MedusaPrice[]): string[] => prices.map((p) => amountText(p.amount));

/** Why a variant with several plain prices cannot be changed as it is, and the way out. */
export function duplicateNotice(prices: MedusaPrice[], currency: string): Words {
  const params = { count: prices.length, currency: currency.toUpperCase(), amounts: amountList(prices) };
  return words(
    `This price list has ${prices.length} ${params.currency} prices for this product (${amountsText(prices)}), so PriceDesk cannot tell which one to change. Remove the price on this row (that removes all ${prices.length}), then send the price to keep.`,
    'vendor.xclade.duplicateNotice',
    params,
  );
}

/** A row's notice: the English and our words for it. */
const noticeOf = ({ message, said }: Words): Pick<CatalogRow, 'notice' | 'noticeSaid'> => ({ notice: message, ...(said ? { noticeSaid: said } : {}) });

/** Rows for one page of products: every variant with a SKU. */
export function rowsFromProducts(
  products: MedusaProducts['products'],
  prices: PlainPrices,
  currency: string,
  vatIncluded: boolean,
  /** Each price field's plain prices (`price.EUR` -> the list's EUR prices); with a duplicate the oldest, as for `price`. */
  byField: ReadonlyMap<string, PlainPrices> = new Map(),
): CatalogRow[] {
  const rows: CatalogRow[] = [];
  for (const product of products) {
    // A product in several categories lists them all, so "contains Coffee" finds it in each.
    const category = (product.categories ?? []).map((c) => c.name?.trim()).filter(Boolean).join(', ');
    const groups = withGroups(catalogGroups({ category, productType: product.type?.value }));
    for (const variant of product.variants ?? []) {
      const sku = variant.sku?.trim();
      if (!sku) continue;
      // With a duplicate the oldest is shown, and the row says why it cannot be changed as it is.
      const listed = prices.get(variant.id) ?? [];
      const price = listed[0];
      const title = product.title ?? sku;
      const variantTitle = variant.title && variant.title !== title && !/^default/i.test(variant.title) ? variant.title : '';
      rows.push({
        key: variant.id,
        sku,
        name: variantTitle ? `${title} – ${variantTitle}` : title,
        price: firstAmount(listed),
        cost: null,
        currency: currency.toUpperCase(),
        vatIncluded,
        ...(byField.size ? { prices: rowPrices([...byField.keys()], (id) => firstAmount(byField.get(id)?.get(variant.id))) } : {}),
        vendorIds: { variantId: variant.id, productId: product.id, ...(price ? { priceId: price.id } : {}) },
        ...(listed.length > 1 ? noticeOf(duplicateNotice(listed, currency)) : {}),
        ...groups,
      });
    }
  }
  return rows;
}
