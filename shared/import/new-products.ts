/**
 * New products from an import: SKUs the catalog lacks, on a connector that can create them,
 * become grid rows with no current price and a pending new price. Submission then creates
 * them (Cin7 Omni: a change whose row has no `optionId` is a POST v1/Products), and the
 * preview flags them "new product" because their old price is null.
 */
import type { DraftEdit } from '../contract';
import type { CatalogRow } from '../types';
import type { NewProduct } from './types';

/** The key prefix of rows an import added; vendor keys are ids, so a prefix cannot clash. */
export const NEW_PRODUCT_KEY_PREFIX = 'new:';

/** The grid key of a new product's row. */
export const newProductKey = (sku: string) => `${NEW_PRODUCT_KEY_PREFIX}${sku}`;

/** True for a row an import added that the vendor has not created yet. */
export const isNewProductRow = (row: Pick<CatalogRow, 'key' | 'price'>) => row.key.startsWith(NEW_PRODUCT_KEY_PREFIX) && row.price === null;

/** What a new row copies from the catalog where the file is silent. */
export interface CatalogDefaults {
  currency: string;
  vatIncluded: boolean;
}

/**
 * The catalog's most common currency and its VAT setting, for rows the file gives no
 * currency; the connector's first row decides VAT (one connection has one VAT mode).
 */
export function catalogDefaults(rows: readonly Pick<CatalogRow, 'currency' | 'vatIncluded'>[], fallbackCurrency = 'USD'): CatalogDefaults {
  const counts = new Map<string, number>();
  let best = fallbackCurrency;
  let most = 0;
  for (const row of rows) {
    const n = (counts.get(row.currency) ?? 0) + 1;
    counts.set(row.currency, n);
    if (n > most) {
      most = n;
      best = row.currency;
    }
  }
  return { currency: best, vatIncluded: rows[0]?.vatIncluded ?? false };
}

/**
 * The grid rows and pending edits for an import's new products. The name travels in
 * `vendorIds.name`, which is where a creating connector reads it (Cin7 Omni names the
 * product after its SKU otherwise); there are no vendor ids yet.
 */
export function newProductRows(products: readonly NewProduct[], defaults: CatalogDefaults): { rows: CatalogRow[]; edits: { key: string; newPrice: string }[] } {
  const rows: CatalogRow[] = [];
  const edits: { key: string; newPrice: string }[] = [];
  const seen = new Set<string>();
  for (const p of products) {
    const key = newProductKey(p.sku);
    if (seen.has(key)) continue;
    seen.add(key);
    const name = p.name?.trim() ?? '';
    rows.push({
      key,
      sku: p.sku,
      name,
      price: null,
      cost: p.cost,
      currency: p.currency ?? defaults.currency,
      vatIncluded: defaults.vatIncluded,
      vendorIds: name ? { name: name.slice(0, 500) } : {},
    });
    edits.push({ key, newPrice: p.price });
  }
  return { rows, edits };
}

/** What a draft keeps of a new product's row besides its key and price. */
type DraftProduct = NonNullable<DraftEdit['product']>;

/** The draft's details of a new product's row. */
export const draftProductOf = (row: CatalogRow): DraftProduct => ({ name: row.name, cost: row.cost, currency: row.currency });

/**
 * Rows for a restored draft's new products. The SKU comes back from the `new:<sku>` key;
 * name, cost and currency from the draft (older drafts lack them: the catalog's currency
 * then, and the connector names the product after its SKU). A SKU the catalog has by now
 * (created since, here or elsewhere) gets no second row.
 */
export function restoredNewProductRows(draftEdits: readonly { key: string; product?: DraftProduct }[], catalog: readonly CatalogRow[]): CatalogRow[] {
  const skus = new Set(catalog.map((r) => r.sku));
  const products: NewProduct[] = [];
  for (const { key, product } of draftEdits) {
    if (!key.startsWith(NEW_PRODUCT_KEY_PREFIX)) continue;
    const sku = key.slice(NEW_PRODUCT_KEY_PREFIX.length);
    if (sku && !skus.has(sku)) products.push({ row: 0, sku, price: '0', name: product?.name ?? null, cost: product?.cost ?? null, currency: product?.currency ?? null });
  }
  return products.length ? newProductRows(products, catalogDefaults(catalog)).rows : [];
}
