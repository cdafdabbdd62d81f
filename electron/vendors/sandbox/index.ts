/**
 * The built-in demo shop. It behaves like a small vendor API (latency, a rate limit,
 * batches, per-row answers) but keeps its catalog in a JSON file in the data directory,
 * so submitted prices persist and a new user can try every step without an account.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { dec, decimalPlaces, toFixed } from '../../../shared/money';
import { belowCost, costFieldFor } from '../../../shared/field-rules';
import { changeId, withField, type CatalogRow, type PriceChange, type RowResult, type VendorDescription } from '../../../shared/types';
import { readJsonIfExists, writeFileAtomic } from '../../core/atomic-file';
import { createRateLimiter, realClock } from '../../core/rate-limit';
import { skippedAsCancelled, type AdapterEnv, type ResolvedConnection, type SubmitOptions, type VendorAdapter, type VendorClient } from '../types';
import { catalogGroups, withGroups } from '../common/groups';
import { rowPrices } from '../common/price-fields';
import { demoFieldPrices, generateDemoCatalog, prng, type SandboxProduct } from './demo-catalog';
import { sandboxPriceFields } from './describe';
import { productCount, wordedError, words } from '../common/words';

/** Products per request: every field change of a product travels in its product's request. */
const BATCH_SIZE = 50;
const MAX_DECIMALS = 2;

const description: VendorDescription = {
  id: 'sandbox',
  displayName: 'Demo shop (sandbox)',
  fields: [
    {
      key: 'latencyMs',
      label: 'Simulated latency (ms)',
      kind: 'number',
      required: false,
      help: 'How long each simulated request takes. Leave empty for 150 ms.',
      pattern: '^\\d{1,5}$',
    },
    {
      key: 'requestsPerSecond',
      label: 'Simulated rate limit (requests per second)',
      kind: 'number',
      required: false,
      help: 'The demo shop accepts this many requests per second. Leave empty for 5.',
      pattern: '^[1-9]\\d{0,3}$',
    },
  ],
  capabilities: {
    readsCatalog: true,
    createsProducts: false,
    deletesPrices: true,
    batchSize: BATCH_SIZE,
    rateLimit: { requests: 5, perSeconds: 1 },
    writesWith: 'product id',
    maxDecimals: MAX_DECIMALS,
  },
};

const productSchema = z.object({
  id: z.string(),
  sku: z.string(),
  name: z.string(),
  price: z.string().nullable(),
  cost: z.string().nullable(),
  currency: z.string(),
  vatIncluded: z.boolean(),
  more: z.record(z.string(), z.string().nullable()).optional(),
  category: z.string().optional(),
  brand: z.string().optional(),
});
const fileSchema = z.object({ version: z.literal(1), products: z.array(productSchema) });

export const sandboxCatalogPath = (dataDir: string) => join(dataDir, 'sandbox', 'catalog.json');

// One write at a time per catalog file, so two submissions cannot lose each other's prices.
/** What a demo catalog file that cannot be read comes to: start over. */
const CATALOG_DAMAGED = words('The demo shop’s catalog file is damaged. Remove it to start over with the demo catalog.', 'vendor.sandbox.catalogDamaged');

const fileLocks = new Map<string, Promise<unknown>>();
function withFileLock<T>(path: string, work: () => Promise<T>): Promise<T> {
  const run = (fileLocks.get(path) ?? Promise.resolve()).then(work, work);
  fileLocks.set(path, run.catch(() => undefined));
  return run;
}

async function readCatalog(path: string): Promise<SandboxProduct[]> {
  const raw = await readJsonIfExists(path).catch((error: unknown) => {
    throw wordedError('vendor_error', CATALOG_DAMAGED, { cause: error, detail: path });
  });
  if (raw === undefined) {
    const products = generateDemoCatalog();
    await writeFileAtomic(path, JSON.stringify({ version: 1, products }));
    return products;
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    throw wordedError('vendor_error', CATALOG_DAMAGED, { detail: path });
  }
  // A catalog written before the demo had its other price fields gets them, from the product's own seed.
  return withDemoGroups(parsed.data.products).map((p) => (p.more ? p : { ...p, more: demoFieldPrices(p.price, p.cost, prng(Number(p.id) || 1)) }));
}

/** The field ids per currency, worked out once per catalog load rather than once per product (the bench loads 100k). */
function fieldIdsFor(): (p: SandboxProduct) => string[] {
  const known = new Map<string, string[]>();
  return (p) => {
    const key = `${p.currency}|${p.vatIncluded}`;
    let ids = known.get(key);
    if (!ids) known.set(key, (ids = sandboxPriceFields(p.currency, p.vatIncluded, MAX_DECIMALS).map((f) => f.id)));
    return ids;
  };
}

/** A product's price per field id, in the fields' order: `price` and `cost` are the product's own, the rest its `more`. */
function productPrices(p: SandboxProduct, ids: string[]): Record<string, string | null> {
  return rowPrices(ids, (id) => priceOf(p, id));
}

/** A catalog file written before the demo had categories and brands gets them from the generated catalog. */
function withDemoGroups(products: SandboxProduct[]): SandboxProduct[] {
  if (products.every((p) => p.category !== undefined)) return products;
  const demo = new Map(generateDemoCatalog().map((p) => [p.id, p]));
  return products.map((p) => (p.category !== undefined ? p : { ...p, category: demo.get(p.id)?.category, brand: demo.get(p.id)?.brand }));
}

/** The demo shop's primary field id (describe.ts). */
const PRIMARY = 'price';

/** The demo product's price of one field (`price` the primary, `cost` the product's own, the rest its `more`). */
function priceOf(p: SandboxProduct, field: string | undefined): string | null {
  if (field === undefined || field === PRIMARY) return p.price;
  if (field === 'cost') return p.cost;
  return p.more?.[field] ?? null;
}

/** Sets one field's price; `price` stays the primary entry, as the catalog reports it. */
function setPrice(p: SandboxProduct, field: string | undefined, value: string | null): void {
  if (field === undefined || field === PRIMARY) p.price = value;
  else if (field === 'cost') p.cost = value;
  else p.more = { ...p.more, [field]: value };
}

/** Judges one (row, field) change as a small vendor would: unknown fields, removals, zero, decimals, below cost. */
function judge(change: PriceChange, product: SandboxProduct | undefined): RowResult {
  const base = { key: change.key, sku: change.sku, ...withField(change) };
  if (!product) return { ...base, status: 'error', code: 'not_found', message: 'The demo shop has no product with this SKU.', said: { id: 'demo.notFound' } };
  const fields = sandboxPriceFields(product.currency, product.vatIncluded, MAX_DECIMALS);
  const field = fields.find((f) => f.id === (change.field ?? PRIMARY));
  if (!field) return { ...base, status: 'error', code: 'unknown_field', message: `The demo shop has no price field "${change.field}".`, said: { id: 'demo.unknownField', params: { field: change.field ?? '' } } };
  if (change.newPrice === null) {
    if (!field.removable) {
      return { ...base, status: 'error', code: 'not_removable', message: `The demo shop cannot remove the ${field.label.toLowerCase()}; set a new one instead.`, said: { id: 'demo.notRemovable', params: { field: field.label.toLowerCase() } } };
    }
    if (priceOf(product, change.field) === null) return { ...base, status: 'ok', code: null, message: 'It had no price already.', said: { id: 'demo.hadNoPrice' } };
    return { ...base, status: 'ok', code: null, message: null };
  }
  const price = dec(change.newPrice);
  if (price.lte(0)) return { ...base, status: 'error', code: 'price_not_positive', message: 'Price must be greater than zero.', said: { id: 'demo.priceNotPositive' } };
  if (decimalPlaces(change.newPrice) > field.decimals && !price.eq(price.round(field.decimals))) {
    return { ...base, status: 'error', code: 'too_many_decimals', message: `The demo shop accepts at most ${field.decimals} decimals.`, said: { id: 'demo.tooManyDecimals', params: { count: field.decimals } } };
  }
  // The app's below-cost rule (a price in the second currency has no cost to be held against).
  const costField = costFieldFor(fields, field);
  if (costField && belowCost(change.newPrice, priceOf(product, costField.id))) {
    return { ...base, status: 'warning', code: 'below_cost', message: `Accepted, but the price is below cost (${product.cost}).`, said: { id: 'demo.belowCost', params: { cost: product.cost ?? '' } } };
  }
  return { ...base, status: 'ok', code: null, message: null };
}

/** Changes grouped per product, in the order each product first appears: one product's fields travel in one request. */
function byProduct(changes: PriceChange[]): PriceChange[][] {
  const groups = new Map<string, PriceChange[]>();
  for (const change of changes) {
    const group = groups.get(change.key);
    if (group) group.push(change);
    else groups.set(change.key, [change]);
  }
  return [...groups.values()];
}

function connect(connection: ResolvedConnection, env: AdapterEnv): VendorClient {
  const path = sandboxCatalogPath(env.dataDir);
  const latencyMs = Number(connection.settings.latencyMs || 150);
  const perSecond = Number(connection.settings.requestsPerSecond || 5);
  const limiter = createRateLimiter([{ requests: perSecond, perMs: 1000 }]);
  const request = async (signal: AbortSignal, onWait?: (ms: number) => void) => {
    await limiter.acquire(signal, onWait);
    await realClock.sleep(latencyMs, signal);
  };

  /**
   * One path for setting and removing prices: batches of up to 50 products with every field
   * change of each (a product's fields never split across requests), the rate limit, one
   * file write per batch.
   */
  async function send(changes: PriceChange[], { signal, onProgress, onResults, beforeRequest }: SubmitOptions): Promise<RowResult[]> {
    const results: RowResult[] = [];
    const products = byProduct(changes);
    for (let start = 0; start < products.length; start += BATCH_SIZE) {
      const batch = products.slice(start, start + BATCH_SIZE).flat();
      const rest = () => products.slice(start).flat();
      if (signal.aborted) {
        results.push(...skippedAsCancelled(rest()));
        break;
      }
      try {
        await request(signal, (waitMs) => onProgress({ done: results.length, total: changes.length, waitMs }));
      } catch (error) {
        if (!signal.aborted) throw error;
        results.push(...skippedAsCancelled(rest()));
        break;
      }
      await beforeRequest?.(batch);
      // Past this point the "request" is in flight: it completes and is recorded.
      const batchResults = await withFileLock(path, async () => {
        const catalog = await readCatalog(path);
        const byId = new Map(catalog.map((p) => [p.id, p]));
        const answers = batch.map((change) => {
          const product = byId.get(change.vendorIds.productId ?? change.key);
          const result = judge(change, product);
          if (product && (result.status === 'ok' || result.status === 'warning')) setPrice(product, change.field, change.newPrice === null ? null : toFixed(change.newPrice, 2));
          return result;
        });
        await writeFileAtomic(path, JSON.stringify({ version: 1, products: catalog }));
        return answers;
      });
      results.push(...batchResults);
      onResults(batchResults);
      onProgress({ done: results.length, total: changes.length });
    }
    env.log.info(`sandbox submit: ${results.length} rows settled`);
    return results;
  }

  return {
    async testConnection(signal) {
      await request(signal);
      // Under the file's lock: catalog:load runs a test beside its load, and the first read of a new shop writes the file.
      const products = await withFileLock(path, () => readCatalog(path));
      const first = products[0];
      const said = { id: 'connection.demoConnected', params: { count: products.length } } as const;
      return { ok: true, message: `Connected to the demo shop: ${productCount(products.length)}.`, said, fields: sandboxPriceFields(first?.currency ?? 'EUR', first?.vatIncluded ?? true, MAX_DECIMALS) };
    },

    async loadCatalog({ signal, onProgress }) {
      const products = await withFileLock(path, () => readCatalog(path));
      const rows: CatalogRow[] = [];
      const idsOf = fieldIdsFor();
      const pageSize = 100;
      for (let start = 0; start < products.length; start += pageSize) {
        await request(signal, (waitMs) => onProgress({ done: rows.length, total: products.length, waitMs }));
        for (const p of products.slice(start, start + pageSize)) {
          const groups = withGroups(catalogGroups({ category: p.category, brand: p.brand }));
          rows.push({ key: p.id, sku: p.sku, name: p.name, price: p.price, cost: p.cost, currency: p.currency, vatIncluded: p.vatIncluded, prices: productPrices(p, idsOf(p)), vendorIds: { productId: p.id }, ...groups });
        }
        onProgress({ done: rows.length, total: products.length });
      }
      return rows;
    },

    submit: send,
    removePrices: send,

    async readPrices(rows, { signal }) {
      await request(signal);
      const products = await withFileLock(path, () => readCatalog(path));
      const byId = new Map(products.map((p) => [p.id, p]));
      const prices = new Map<string, string | null>();
      // Keyed by change id: each (row, field) its own price.
      for (const row of rows) {
        const product = byId.get(row.vendorIds.productId ?? row.key);
        if (product) prices.set(changeId(row), priceOf(product, row.field));
      }
      return prices;
    },
  };
}

export const sandboxAdapter: VendorAdapter = { description, connect };
