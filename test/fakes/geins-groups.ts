/**
 * The Geins fake's brands, suppliers and categories, shaped as the Management API's OpenAPI
 * v1.12.1 (geins-io/geins-cli, src/data/mgmtapi.yaml) has them on a product read: `BrandId`,
 * `BrandName`, `SupplierId`, `SupplierName` and `MainCategoryId` in the basic product data;
 * `Categories` (Category.Models.Read.Category: `CategoryId`, `ParentCategoryId`, `Names` of
 * `{LanguageCode, Content}`, `Hidden`, `Active`) only when the query's `include` names them.
 * Chosen here (no source says): the values below, and a product without a brand answering
 * `BrandId: null, BrandName: null`.
 */

const CATEGORIES: Record<number, { sv: string; en: string; parent: number }> = {
  10: { sv: 'Kaffe', en: 'Coffee', parent: 0 },
  11: { sv: 'Te', en: 'Tea', parent: 0 },
  12: { sv: 'Tillbehör', en: 'Accessories', parent: 0 },
};
const BRANDS: [number, string][] = [[3, 'Nordic Roast'], [4, 'Tea House']];
const SUPPLIERS: [number, string][] = [[21, 'Kaffe Import AB'], [22, 'Leaf & Co']];

/** A product's grouping data by its index: every fourth has no brand or supplier; each is in two categories, the main one second. */
export function geinsProductGroups(i: number) {
  const brand = i % 4 === 1 ? null : BRANDS[i % 2]!;
  const supplier = i % 4 === 1 ? null : SUPPLIERS[i % 2]!;
  const main = 10 + (i % 3);
  return { brand, supplier, categoryIds: [12, main].filter((id, n, all) => all.indexOf(id) === n), mainCategoryId: main };
}

export type GeinsProductGroups = ReturnType<typeof geinsProductGroups>;

/** The product read's grouping fields; `Categories` only with `include=...Categories`. */
export function groupFieldsJson(g: GeinsProductGroups | undefined, withCategories: boolean) {
  return {
    BrandId: g?.brand?.[0] ?? null,
    BrandName: g?.brand?.[1] ?? null,
    SupplierId: g?.supplier?.[0] ?? null,
    SupplierName: g?.supplier?.[1] ?? null,
    MainCategoryId: g?.mainCategoryId ?? null,
    ...(withCategories
      ? {
          Categories: (g?.categoryIds ?? []).map((id) => ({
            CategoryId: id,
            ParentCategoryId: CATEGORIES[id]!.parent,
            Names: [
              { LanguageCode: 'en', Content: CATEGORIES[id]!.en },
              { LanguageCode: 'sv', Content: CATEGORIES[id]!.sv },
            ],
            Hidden: false,
            Active: true,
          })),
        }
      : {}),
  };
}
