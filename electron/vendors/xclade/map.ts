/**
 * Parsing xclade (Medusa v2) answers and turning them into catalog rows. Medusa versions
 * differ in how a price names its variant (`variant_id`, or `price_set.variant.id` in the
 * batch answer), and amounts may come back as numbers or numeric strings, so both are read.
 */
import { z } from 'zod';
import type { CatalogRow } from '../../../shared/types';
import { parseWith } from '../common/answers';
import { decimalText } from '../common/decimals';

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

export const priceListAnswer = z.object({
  price_list: z.object({
    id: z.string(),
    title: z.string().nullish(),
    status: z.string().nullish(),
    prices: z.array(priceSchema).default([]),
  }),
});
export type MedusaPriceList = z.infer<typeof priceListAnswer>['price_list'];

export const productsAnswer = z.object({
  products: z.array(
    z.object({
      id: z.string(),
      title: z.string().nullish(),
      variants: z.array(z.object({ id: z.string(), sku: z.string().nullish(), title: z.string().nullish() })).nullish(),
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
  return parseWith(schema, json, ({ field, reason }) => `xclade sent an answer PriceDesk cannot read (${what}): field "${field ?? '(whole answer)'}" ${reason ?? 'is invalid'}.`);
}

/** The variant a price belongs to, wherever this Medusa version puts it. */
export function variantOf(price: MedusaPrice): string | undefined {
  return price.variant_id ?? price.price_set?.variant?.id ?? undefined;
}

/** A Medusa amount as a decimal string: two decimals as staff expect, never rounding away what the vendor stored. */
export const amountText = (amount: string | number): string => decimalText(amount);

/**
 * The plain price of each variant in one currency: no quantity tiers, no rules. Tiered or
 * region-specific prices are other prices that PriceDesk leaves alone.
 */
export function basePrices(prices: MedusaPrice[], currency: string): Map<string, MedusaPrice> {
  const byVariant = new Map<string, MedusaPrice>();
  for (const price of prices) {
    const variant = variantOf(price);
    if (!variant || price.currency_code.toLowerCase() !== currency) continue;
    const tiered = price.min_quantity != null || price.max_quantity != null;
    const ruled = Object.keys(price.rules ?? {}).length > 0 || (price.price_rules?.length ?? 0) > 0;
    if (tiered || ruled || byVariant.has(variant)) continue;
    byVariant.set(variant, price);
  }
  return byVariant;
}

/** Rows for one page of products: every variant with a SKU. */
export function rowsFromProducts(
  products: MedusaProducts['products'],
  prices: Map<string, MedusaPrice>,
  currency: string,
  vatIncluded: boolean,
): CatalogRow[] {
  const rows: CatalogRow[] = [];
  for (const product of products) {
    for (const variant of product.variants ?? []) {
      const sku = variant.sku?.trim();
      if (!sku) continue;
      const price = prices.get(variant.id);
      const title = product.title ?? sku;
      const variantTitle = variant.title && variant.title !== title && !/^default/i.test(variant.title) ? variant.title : '';
      rows.push({
        key: variant.id,
        sku,
        name: variantTitle ? `${title} – ${variantTitle}` : title,
        price: price ? amountText(price.amount) : null,
        cost: null,
        currency: currency.toUpperCase(),
        vatIncluded,
        vendorIds: { variantId: variant.id, productId: product.id, ...(price ? { priceId: price.id } : {}) },
      });
    }
  }
  return rows;
}
