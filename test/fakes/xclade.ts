/**
 * A fake xclade (Medusa v2) admin API, for what the real server (test/medusa/, run in the
 * real-backend suite) cannot show on demand: 429s, 5xx, dropped connections, slow answers,
 * older answer shapes. Where the two disagree, the real server wins; each behaviour below
 * was checked against Medusa 2.21.2 on PostgreSQL (its route handlers and workflows in
 * @medusajs/medusa and @medusajs/core-flows, and answers seen in the real-backend suite):
 * - `GET /admin/price-lists/{id}` leaves `prices` out unless `fields` asks for them (2.12+);
 *   `GET /admin/price-lists/{id}/prices` pages them (2.12.3+; `pricesRoute: false` for older
 *   servers, which answer Express's "Cannot GET" page) and answers an unknown list with an
 *   empty page, not a 404.
 * - The batch endpoint validates its body first (unknown keys, missing fields, a string
 *   amount: 400, nothing applied). Then create, update and delete run side by side, not as
 *   one transaction: a create for a variant without a price set fails with "No price set
 *   exist for variants" while the updates beside it stay applied; an update of an unknown
 *   price id fails ("Cannot set field 'currency_code' of Price to null"); a failing step
 *   takes the deletions back. One batch carries prices in several currencies: each create
 *   names its `currency_code`, an update may leave it out and keeps the price's own
 *   (the route's validators and updatePriceListPricesStep); but updates of one variant that
 *   leave it out collapse into the last one (`lastPerHash`, seen on the real server). `create` adds a second price for a variant that has one;
 *   negative amounts are accepted; `delete` echoes every id it is given in `deleted.ids` and
 *   soft-deletes any of them, whichever list holds it; `update` acts on any list's price.
 * - `GET /admin/products` answers the relations `fields` names (`type.value`: the type or
 *   null; `categories.name`: an array, empty when the product has none) and leaves the
 *   ones it does not name out (Medusa's remote query selects only the requested fields).
 * - `GET /admin/stores` lists the store with its `supported_currencies` (in the default fields).
 * - Emailpass sign-in with tokens that can be expired on demand, secret keys as HTTP Basic,
 *   Medusa's `{type, message}` error bodies, a paged product list.
 * Unknowns are options: how older versions' batch answers name variants and deletions, 413
 * or 400 above the body limit, the host's rate limit.
 */
import { basicAuth, startFake, type FakeReply, type FakeRequest, type FakeServer } from './kit';

export interface XcladeFakeVariant {
  id: string;
  sku: string | null;
  title: string;
}
export interface XcladeFakeProduct {
  id: string;
  title: string;
  variants: XcladeFakeVariant[];
  /** Medusa's product type ({id, value}) and categories ({id, name}); null / [] when the product has none. */
  type: { id: string; value: string } | null;
  categories: { id: string; name: string }[];
}
export interface XcladeFakePrice {
  id: string;
  currency_code: string;
  amount: number;
  variant_id: string;
  min_quantity: number | null;
  max_quantity: number | null;
  rules: Record<string, string>;
}

export interface XcladeFakeOptions {
  /** Products with two variants each (SKU-001-A, SKU-001-B...), the first half priced. */
  productCount?: number;
  priceListId?: string;
  users?: { email: string; password: string }[];
  secretKeys?: string[];
  /** Host name (without port) the tenant answers on; other hosts get the platform's 404 page. */
  tenantHost?: string;
  /** Admin routes answer 403 (a user or key without access to pricing). */
  forbidden?: boolean;
  /** The hosting platform's limit: more than `requests` in `windowMs` gets 429 + Retry-After. */
  rateLimit?: { requests: number; windowMs: number; retryAfterSeconds: number };
  maxBodyBytes?: number;
  /** Medusa answers 413 (body parser) or 400 above the limit: unknown which, so both. */
  oversizeStatus?: 413 | 400;
  /** How the batch answer names the variant of a price (differs between Medusa versions). */
  batchAnswer?: 'variant_id' | 'price_set' | 'bare';
  /** Whether the batch answer lists `deleted.ids` or leaves `deleted` out. */
  deletedAnswer?: 'ids' | 'omitted';
  /** The store's currencies, the default first (Settings → Store); default eur, usd, sek. */
  storeCurrencies?: string[];
  /** The paged prices route exists (Medusa 2.12.3+, the default); false for older servers. */
  pricesRoute?: boolean;
  latencyMs?: number;
}

export interface XcladeFake extends FakeServer {
  priceListId: string;
  products: XcladeFakeProduct[];
  prices: XcladeFakePrice[];
  /** The second list: a sale list with prices for SKU-001-A and SKU-002-A in EUR. */
  otherPriceListId: string;
  otherPrices: XcladeFakePrice[];
  /** Prices soft-deleted by batch requests, from any list. */
  deletedPrices: XcladeFakePrice[];
  /** The plain list price of a variant in a currency, or undefined. */
  priceOf(variantId: string, currency?: string): number | undefined;
  /** Makes every issued token invalid, as after its lifetime ends. */
  expireTokens(): void;
  /** Batch requests the fake accepted and applied. */
  appliedBatches: unknown[];
  /** Successful emailpass sign-ins so far. */
  signInCount(): number;
}

const err = (status: number, type: string, message: string): FakeReply => ({ status, json: { type, message } });
const invalid = (message: string) => err(400, 'invalid_data', `Invalid request: ${message}`);

export async function startXcladeFake(options: XcladeFakeOptions = {}): Promise<XcladeFake> {
  const priceListId = options.priceListId ?? 'plist_01TEST';
  const users = options.users ?? [{ email: 'admin@shop.test', password: 'correct-horse-battery' }];
  const secretKeys = options.secretKeys ?? ['sk_test_0123456789abcdef'];
  const maxBodyBytes = options.maxBodyBytes ?? 2 * 1024 * 1024;
  const products: XcladeFakeProduct[] = [];
  const prices: XcladeFakePrice[] = [];
  const storeCurrencies = options.storeCurrencies ?? ['eur', 'usd', 'sek'];
  const otherPriceListId = 'plist_02SALE';
  const otherPrices: XcladeFakePrice[] = [];
  const deletedPrices: XcladeFakePrice[] = [];
  const lists = new Map([
    [priceListId, { title: 'Main prices', prices }],
    [otherPriceListId, { title: 'Summer sale', prices: otherPrices }],
  ]);
  const allPrices = () => [...prices, ...otherPrices];
  const tokens = new Set<string>();
  const hits: number[] = [];
  let nextId = 1;
  const count = options.productCount ?? 5;
  for (let p = 1; p <= count; p++) {
    const n = String(p).padStart(3, '0');
    products.push({
      id: `prod_${n}`,
      title: `Product ${n}`,
      variants: [
        { id: `variant_${n}_a`, sku: `SKU-${n}-A`, title: 'Small' },
        { id: `variant_${n}_b`, sku: p % 4 === 0 ? null : `SKU-${n}-B`, title: 'Large' },
      ],
      type: p % 2 === 0 ? { id: 'ptyp_beans', value: 'Beans' } : null,
      categories: p % 2 === 0 ? [{ id: 'pcat_coffee', name: 'Coffee' }] : [],
    });
    if (p <= Math.ceil(count / 2)) {
      const price = (v: string, currency: string, amount: number, tier: number | null = null): XcladeFakePrice => ({
        id: `price_${String(nextId++).padStart(4, '0')}`,
        currency_code: currency,
        amount,
        variant_id: v,
        min_quantity: tier,
        max_quantity: null,
        rules: {},
      });
      prices.push(price(`variant_${n}_a`, 'eur', 10 + p + 0.5), price(`variant_${n}_b`, 'eur', 20 + p), price(`variant_${n}_a`, 'usd', 12 + p));
      prices.push(price(`variant_${n}_a`, 'eur', 9, 10));
    }
  }
  for (const [i, v] of ['variant_001_a', 'variant_002_a'].entries()) {
    otherPrices.push({ id: `price_sale_${i + 1}`, currency_code: 'eur', amount: 8 + i, variant_id: v, min_quantity: null, max_quantity: null, rules: {} });
  }
  // Read live, so a test can delete a product between load and send (its variants lose their price set).
  const variantExists = (id: string) => products.some((p) => p.variants.some((v) => v.id === id));
  const appliedBatches: unknown[] = [];
  let signIns = 0;

  const shape = (price: XcladeFakePrice) => {
    const { variant_id, ...rest } = price;
    if (options.batchAnswer === 'price_set') return { ...rest, price_set: { variant: { id: variant_id } } };
    if (options.batchAnswer === 'bare') return rest;
    return price;
  };

  /** A price as the paged prices route answers it (the query graph's shape). */
  const routeShape = ({ variant_id, rules, ...rest }: XcladeFakePrice) => ({
    ...rest,
    price_set: { variant: { id: variant_id } },
    price_rules: Object.entries(rules).map(([attribute, value]) => ({ attribute, value })),
  });

  function authorised(req: FakeRequest): boolean {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (bearer) return tokens.has(bearer);
    const basic = basicAuth(req.headers);
    return basic !== null && basic[1] === '' && secretKeys.includes(basic[0]);
  }

  /**
   * The updates Medusa 2.21.2 applies: its pricing module (updatePriceListPrices_ →
   * normalizePrices) keys them by hashPrice, built from the keys the entry has (currency_code,
   * price set, list, min/max quantity, rules), and keeps the last per key. So two updates of one
   * variant without `currency_code` collapse into the last, which alone is applied and answered.
   */
  function lastPerHash(updates: Record<string, unknown>[]): Record<string, unknown>[] {
    const hashOf = (u: Record<string, unknown>) => ['currency_code', 'min_quantity', 'max_quantity', 'rules'].map((k) => (k in u ? `${k}:${JSON.stringify(u[k])}` : '')).join('|') + `|ps:${String(u.variant_id)}`;
    return [...new Map(updates.map((u) => [hashOf(u), u])).values()];
  }

  function batch(listPrices: XcladeFakePrice[], body: unknown): FakeReply {
    if (!body || typeof body !== 'object' || Array.isArray(body)) return invalid('Expected an object');
    const o = body as Record<string, unknown>;
    const unknownKeys = Object.keys(o).filter((k) => !['create', 'update', 'delete'].includes(k));
    if (unknownKeys.length) return invalid(`Unrecognized fields: '${unknownKeys.join("', '")}'`);
    const creates = (o.create ?? []) as Record<string, unknown>[];
    const updates = (o.update ?? []) as Record<string, unknown>[];
    const deletes = (o.delete ?? []) as unknown[];
    if (!Array.isArray(creates) || !Array.isArray(updates) || !Array.isArray(deletes)) return invalid('create, update and delete must be arrays');
    const check = (list: Record<string, unknown>[], name: string, required: string[], allowed: string[]): FakeReply | undefined => {
      for (const [i, entry] of list.entries()) {
        for (const field of required) if (entry[field] === undefined) return invalid(`Field '${name}, ${i}, ${field}' is required`);
        const extra = Object.keys(entry).filter((k) => !allowed.includes(k));
        if (extra.length) return invalid(`Unrecognized fields: '${name}, ${i}, ${extra[0]}'`);
        // Medusa 2.21.2 reports a string amount as missing, and accepts negative amounts.
        if (entry.amount !== undefined && typeof entry.amount !== 'number') return invalid(`Field '${name}, ${i}, amount' is required`);
      }
      return undefined;
    };
    const extras = ['min_quantity', 'max_quantity', 'rules'];
    const problem =
      check(creates, 'create', ['currency_code', 'amount', 'variant_id'], ['currency_code', 'amount', 'variant_id', ...extras]) ??
      check(updates, 'update', ['id', 'variant_id'], ['id', 'variant_id', 'amount', 'currency_code', ...extras]);
    if (problem) return problem;
    // The workflow: create, update and delete side by side, each failing on its own.
    const missingVariants = creates.map((c) => String(c.variant_id)).filter((v) => !variantExists(v));
    const createFails = missingVariants.length ? err(400, 'invalid_data', `No price set exist for variants: ${missingVariants.join(', ')}`) : undefined;
    const updateFails = updates.some((u) => !allPrices().some((p) => p.id === u.id)) ? err(400, 'invalid_data', "Cannot set field 'currency_code' of Price to null") : undefined;
    const created = createFails
      ? []
      : creates.map((c) => {
          const price: XcladeFakePrice = { id: `price_${String(nextId++).padStart(4, '0')}`, currency_code: String(c.currency_code), amount: c.amount as number, variant_id: String(c.variant_id), min_quantity: null, max_quantity: null, rules: {} };
          listPrices.push(price);
          return price;
        });
    const updated = updateFails
      ? []
      : lastPerHash(updates).map((u) => {
          const price = allPrices().find((p) => p.id === u.id)!;
          if (typeof u.amount === 'number') price.amount = u.amount;
          if (typeof u.currency_code === 'string') price.currency_code = u.currency_code;
          return price;
        });
    const failure = createFails ?? updateFails;
    if (failure) return failure; // what applied stays applied; the deletions are taken back
    // Soft-deletes any id given, from whichever list holds it; unknown ids are ignored.
    for (const id of deletes) {
      for (const list of [prices, otherPrices]) {
        const i = list.findIndex((p) => p.id === id);
        if (i >= 0) deletedPrices.push(...list.splice(i, 1));
      }
    }
    appliedBatches.push(body);
    const deleted = options.deletedAnswer === 'omitted' ? {} : { deleted: { ids: deletes, object: 'price', deleted: true } };
    return { status: 200, json: { created: created.map(shape), updated: updated.map(shape), ...deleted } };
  }

  function handle(req: FakeRequest): FakeReply {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    if (options.tenantHost && host !== options.tenantHost) return { status: 404, text: '<html><body><h1>404</h1><p>No shop lives here.</p></body></html>', headers: { 'Content-Type': 'text/html' } };
    if (options.rateLimit) {
      const now = Date.now();
      while (hits.length && hits[0]! <= now - options.rateLimit.windowMs) hits.shift();
      if (hits.length >= options.rateLimit.requests) {
        return { status: 429, json: { type: 'too_many_requests', message: 'Too many requests' }, headers: { 'Retry-After': String(options.rateLimit.retryAfterSeconds) } };
      }
      hits.push(now);
    }
    if (req.method === 'POST' && req.path === '/auth/user/emailpass') {
      const body = (req.body ?? {}) as { email?: string; password?: string };
      if (!users.some((u) => u.email === body.email && u.password === body.password)) return err(401, 'unauthorized', 'Invalid email or password');
      const token = `eyJfake.${Math.random().toString(36).slice(2)}${Date.now()}`;
      tokens.add(token);
      signIns++;
      return { status: 200, json: { token } };
    }
    if (!req.path.startsWith('/admin/')) return err(404, 'not_found', `Route ${req.method} ${req.path} not found`);
    if (!authorised(req)) return err(401, 'unauthorized', 'Unauthorized');
    if (options.forbidden) return err(403, 'not_allowed', 'You are not allowed to access this resource');
    if (req.method === 'GET' && req.path === '/admin/stores') {
      // Medusa 2.21.2's list route (api/admin/stores/route.js) answers `{stores, count, offset, limit}`;
      // a StoreCurrency is `{id, currency_code, is_default, store_id}` (@medusajs/store models/currency.js),
      // and `*supported_currencies` is in the route's default fields (query-config.js).
      const supported_currencies = storeCurrencies.map((code, i) => ({ id: `stocur_${i + 1}`, currency_code: code, is_default: i === 0, store_id: 'store_01TEST' }));
      return { status: 200, json: { stores: [{ id: 'store_01TEST', name: 'Test shop', supported_currencies }], count: 1, offset: 0, limit: 50 } };
    }
    if (req.method === 'GET' && req.path === '/admin/products') {
      const limit = Number(req.query.get('limit') ?? 50);
      const offset = Number(req.query.get('offset') ?? 0);
      const asked = (req.query.get('fields') ?? '').split(',');
      const shape = ({ type, categories, ...rest }: XcladeFakeProduct) => ({
        ...rest,
        ...(asked.some((f) => f.startsWith('type.')) ? { type } : {}),
        ...(asked.some((f) => f.startsWith('categories.')) ? { categories } : {}),
      });
      return { status: 200, json: { products: products.slice(offset, offset + limit).map(shape), count: products.length, offset, limit } };
    }
    const pricesRoute = /^\/admin\/price-lists\/([^/]+)\/prices$/.exec(req.path);
    if (pricesRoute && req.method === 'GET') {
      if (options.pricesRoute === false) return { status: 404, text: `<!DOCTYPE html><html><body><pre>Cannot GET ${req.path}</pre></body></html>`, headers: { 'Content-Type': 'text/html' } };
      const limit = Number(req.query.get('limit') ?? 50);
      const offset = Number(req.query.get('offset') ?? 0);
      const all = lists.get(pricesRoute[1]!)?.prices ?? [];
      return { status: 200, json: { prices: all.slice(offset, offset + limit).map(routeShape), count: all.length, offset, limit } };
    }
    const list = /^\/admin\/price-lists\/([^/]+)(\/prices\/batch)?$/.exec(req.path);
    if (list) {
      const found = lists.get(list[1]!);
      if (!found) return err(404, 'not_found', `Price list with id: ${list[1]} was not found`);
      if (req.method === 'GET' && !list[2]) {
        const header = { id: list[1], title: found.title, status: 'active', type: 'override' };
        const withPrices = (req.query.get('fields') ?? '').split(',').some((f) => f.startsWith('prices.') || f === '*prices');
        return { status: 200, json: { price_list: withPrices ? { ...header, prices: found.prices } : header } };
      }
      if (req.method === 'POST' && list[2]) {
        if (Buffer.byteLength(req.rawBody) > maxBodyBytes) {
          return options.oversizeStatus === 400 ? invalid('request entity too large') : { status: 413, text: 'request entity too large' };
        }
        return batch(found.prices, req.body);
      }
    }
    return err(404, 'not_found', `Route ${req.method} ${req.path} not found`);
  }

  const server = await startFake(handle, { latencyMs: options.latencyMs });
  return Object.assign(server, {
    priceListId,
    products,
    prices,
    otherPriceListId,
    otherPrices,
    deletedPrices,
    appliedBatches,
    signInCount: () => signIns,
    priceOf: (variantId: string, currency = 'eur') =>
      prices.find((p) => p.variant_id === variantId && p.currency_code === currency && p.min_quantity === null && p.max_quantity === null)?.amount,
    expireTokens: () => tokens.clear(),
  });
}
