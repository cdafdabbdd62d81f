/**
 * Geins' grouping fields for the catalog, from the product query the catalog reads anyway
 * (the Management API's OpenAPI v1.12.1, Product.Models.Read.Product): `BrandName` and
 * `SupplierName` come with the basic product data; the category needs `Categories` added to
 * the query's `include` (each `{CategoryId, ParentCategoryId, Names[{LanguageCode, Content}]}`),
 * named by the product's `MainCategoryId`. No extra request. The product data has no product
 * type field, so Geins rows have none.
 */
import { z } from 'zod';
import type { CatalogGroups } from '../../../shared/types';
import { catalogGroups } from '../common/groups';

const namesSchema = z.array(z.object({ LanguageCode: z.string().nullish(), Content: z.string().nullish() })).nullish();

/** What the product query answers for grouping, all optional (read when present). */
export const productGroupFields = {
  BrandName: z.string().nullish(),
  SupplierName: z.string().nullish(),
  MainCategoryId: z.number().int().nullish(),
  Categories: z.array(z.object({ CategoryId: z.number().int().nullish(), Names: namesSchema })).nullish(),
};

/** The query's include for the catalog: prices and the categories' names. */
export const CATALOG_INCLUDE = 'Prices,Categories';

type Names = z.infer<typeof namesSchema>;
type GroupData = { [K in keyof typeof productGroupFields]?: z.infer<(typeof productGroupFields)[K]> };

/** The first name given, as the product's own name is read. */
const firstName = (names: Names): string | undefined => names?.find((n) => n.Content?.trim())?.Content ?? undefined;

/** A product's grouping fields: its brand, supplier and main category (else its first category). */
export function geinsGroups(product: GroupData): CatalogGroups | undefined {
  const categories = product.Categories ?? [];
  const main = categories.find((c) => c.CategoryId === product.MainCategoryId) ?? categories[0];
  return catalogGroups({ brand: product.BrandName, supplier: product.SupplierName, category: firstName(main?.Names) });
}
