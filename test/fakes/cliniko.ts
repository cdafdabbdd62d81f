/**
 * A fake Cliniko API v1 (products only), mounted at /v1 like the real one. Sources, and what
 * each behaviour here follows:
 * - docs.api.cliniko.com, Products (the seed ../shared/seeds/cliniko-products.txt): the
 *   Product shape (`id` a string int64, `item_code`, `name`, `price_ex_tax`,
 *   `price_including_tax`, `cost_price` as decimal strings, `stock_level`, `archived_at`,
 *   `tax` and `links`), `GET /products` with `page`, `per_page` 1..100 and `q[]` filters,
 *   `PATCH /products/{id}` with `price` (a number) and `price_includes_tax` answering the
 *   whole product, 422 for validation errors ("Resource could not be saved due to validation
 *   errors": the product is saved whole or not at all, so a PATCH with `price` and
 *   `cost_price` where one is refused stores neither); `cost_price` a decimal string (or
 *   null) in [0, 4000000000), the range the docs give it.
 * - github.com/redguava/cliniko-api (the older public docs: readme.md and
 *   sections/products.md): HTTP Basic with the API key as user and no password, `Accept:
 *   application/json` and `User-Agent: APP_VENDOR_NAME (APP_VENDOR_EMAIL)` on every request,
 *   50 per page by default, `total_entries` and `links.self/next/previous` ("there will be no
 *   `next` link if you are on the last page"), the product's `tax.links.self`, `created_at`,
 *   `updated_at`.
 * - The vendor note (../shared/vendors/cliniko.md, from docs.api.cliniko.com): 200 requests a
 *   minute per user, 429 with `X-RateLimit-Reset` (UNIX seconds) and no Retry-After;
 *   archived products left out of lists unless asked for; the shard as the key's suffix;
 *   `{"message":"Validation Failed","errors":{...}}` for 422.
 * Invented where no source says: how a missing User-Agent is refused (`userAgentStatus`), the
 * 401/403/404/406 bodies, a 400 for an unsupported filter, how a PATCH without
 * `price_includes_tax` is read (the connector always sends it), and the rounding of the price
 * not sent (2 decimals, from a fixed tax rate per product), the 422 texts for a cost out of
 * range (Rails' standard wording).
 */
import Big from 'big.js';
import { basicAuth, startFake, type FakeReply, type FakeRequest, type FakeServer } from './kit';

export interface ClinikoFakeProduct {
  id: string;
  item_code: string | null;
  name: string;
  price_ex_tax: string | null;
  price_including_tax: string | null;
  cost_price: string | null;
  /** Tax rate as a fraction ("0.10"); how the fake derives one price from the other. */
  taxRate: string;
  archived?: boolean;
  /** product_supplier_name; null when unset. */
  supplier?: string | null;
}

export interface ClinikoFakeOptions {
  /** The key with its shard suffix ("abc123-au1"). */
  apiKey: string;
  products?: ClinikoFakeProduct[];
  /** Requests allowed per window (Cliniko: 200 a minute). */
  limit?: number;
  windowMs?: number;
  /** How a missing or email-less User-Agent is refused; the real status is not documented. */
  userAgentStatus?: 400 | 403;
  latencyMs?: number;
}

export interface ClinikoFake extends FakeServer {
  /** The base URL to put in the connection (`.../v1`). */
  baseUrl: string;
  products: Map<string, ClinikoFakeProduct>;
  /** Requests answered 429 so far. */
  rateLimited(): number;
  /** Keys whose user may not see products (403). */
  forbidKey(key: string): void;
}

/** The docs' range for cost_price: [0 .. 4000000000). */
const COST_LIMIT = '4000000000';

const UA = /^[^()]+\(\s*[^\s@()]+@[^\s@()]+\.[^\s@()]+\s*\)$/;

/** Catalog of `count` products with ids from 1001, item codes P-0001..., 10 % tax. */
export function clinikoProducts(count: number): ClinikoFakeProduct[] {
  return Array.from({ length: count }, (_, i) => {
    const inc = new Big(20 + i).plus('0.50');
    return {
      id: String(1001 + i),
      item_code: i % 10 === 9 ? null : `P-${String(i + 1).padStart(4, '0')}`,
      name: `Product ${i + 1}`,
      price_including_tax: inc.toFixed(2),
      price_ex_tax: inc.div('1.10').round(2).toFixed(2),
      cost_price: i % 7 === 0 ? null : new Big(8 + i).toFixed(2),
      taxRate: '0.10',
      // Cliniko's Product has product_supplier_name (docs.api.cliniko.com, Products; null when unset).
      supplier: i % 3 === 0 ? 'Physio Supplies Ltd' : null,
    };
  });
}

function publicProduct(p: ClinikoFakeProduct, base: string) {
  return {
    id: p.id,
    item_code: p.item_code,
    name: p.name,
    product_supplier_name: p.supplier ?? null,
    serial_number: null,
    notes: null,
    stock_level: 10,
    price_ex_tax: p.price_ex_tax,
    price_including_tax: p.price_including_tax,
    cost_price: p.cost_price,
    archived_at: p.archived ? '2026-01-01T00:00:00Z' : null,
    created_at: '2025-02-03T04:05:06Z',
    updated_at: '2025-02-03T04:05:06Z',
    tax: { links: { self: `${base}/taxes/1` } },
    links: { self: `${base}/products/${p.id}` },
  };
}

export async function startClinikoFake(options: ClinikoFakeOptions): Promise<ClinikoFake> {
  const products = new Map((options.products ?? clinikoProducts(25)).map((p) => [p.id, { ...p }]));
  const limit = options.limit ?? 200;
  const windowMs = options.windowMs ?? 60_000;
  const forbidden = new Set<string>();
  const bare = options.apiKey.replace(/-[a-z]{2}\d{1,2}$/i, '');
  let windowStart = 0;
  let inWindow = 0;
  let limited = 0;

  function handle(req: FakeRequest): FakeReply {
    const auth = basicAuth(req.headers);
    // Cliniko accepts the key with or without its shard suffix; another shard's key is unknown here.
    if (!auth || auth[1] !== '' || (auth[0] !== options.apiKey && auth[0] !== bare)) {
      return { status: 401, text: 'HTTP Basic: Access denied.\n', headers: { 'WWW-Authenticate': 'Basic realm="Application"' } };
    }
    if (!UA.test(String(req.headers['user-agent'] ?? ''))) {
      return { status: options.userAgentStatus ?? 403, json: { message: 'Please include a User-Agent header with your app name and a contact email.' } };
    }
    const now = Date.now();
    if (now >= windowStart + windowMs) {
      windowStart = Math.floor(now / windowMs) * windowMs;
      inWindow = 0;
    }
    if (++inWindow > limit) {
      limited++;
      return { status: 429, text: 'Too many requests', headers: { 'X-RateLimit-Reset': String(Math.ceil((windowStart + windowMs) / 1000)) } };
    }
    if (forbidden.has(auth[0])) return { status: 403, json: { message: 'You do not have permission to access this.' } };
    if (req.headers.accept !== 'application/json') return { status: 406, json: { message: 'Accept application/json' } };

    const base = `http://${req.headers.host}/v1`;
    const one = /^\/v1\/products\/([^/]+)$/.exec(req.path);
    if (req.path === '/v1/products' && req.method === 'GET') return list(req, base);
    if (one && req.method === 'GET') {
      const p = products.get(one[1]!);
      return p && !p.archived ? { status: 200, json: publicProduct(p, base) } : { status: 404, json: { message: 'Not found' } };
    }
    if (one && req.method === 'PATCH') return patch(one[1]!, req, base);
    return { status: 404, json: { message: 'Not found' } };
  }

  function list(req: FakeRequest, base: string): FakeReply {
    const perPage = Number(req.query.get('per_page') ?? 50);
    const page = Number(req.query.get('page') ?? 1);
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) return { status: 400, json: { message: 'per_page must be between 1 and 100' } };
    let all = [...products.values()].filter((p) => !p.archived);
    for (const q of req.query.getAll('q[]')) {
      const m = /^id:=(.+)$/.exec(q);
      if (!m) return { status: 400, json: { message: `Unsupported filter ${q}` } };
      const ids = new Set(m[1]!.split(','));
      all = all.filter((p) => ids.has(p.id));
    }
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const link = (n: number) => {
      const u = new URL(`${base}/products`);
      u.searchParams.set('page', String(n));
      u.searchParams.set('per_page', String(perPage));
      for (const q of req.query.getAll('q[]')) u.searchParams.append('q[]', q);
      return u.toString();
    };
    return {
      status: 200,
      json: {
        products: slice.map((p) => publicProduct(p, base)),
        total_entries: all.length,
        links: { self: link(page), ...(page * perPage < all.length ? { next: link(page + 1) } : {}), ...(page > 1 ? { previous: link(page - 1) } : {}) },
      },
    };
  }

  function patch(id: string, req: FakeRequest, base: string): FakeReply {
    const p = products.get(id);
    if (!p || p.archived) return { status: 404, json: { message: 'Not found' } };
    const body = (req.body ?? {}) as { price?: unknown; price_includes_tax?: unknown; cost_price?: unknown };
    // Every attribute is checked before anything is stored: a 422 saves nothing of the PATCH.
    const errors: Record<string, string> = {};
    if (body.price !== undefined) {
      if (typeof body.price !== 'number' || !Number.isFinite(body.price)) errors.price = 'is not a number';
      else if (body.price < 0) errors.price = 'must be greater than or equal to 0';
    }
    const cost = body.cost_price === undefined || body.cost_price === null ? undefined : String(body.cost_price);
    if (cost !== undefined) {
      if (!/^-?\d+(\.\d+)?$/.test(cost)) errors.cost_price = 'is not a number';
      else if (new Big(cost).lt(0)) errors.cost_price = 'must be greater than or equal to 0';
      else if (new Big(cost).gte(COST_LIMIT)) errors.cost_price = `must be less than ${COST_LIMIT}`;
    }
    if (Object.keys(errors).length) return { status: 422, json: { message: 'Validation Failed', errors } };
    if (typeof body.price === 'number') {
      const price = new Big(String(body.price));
      const factor = new Big(1).plus(p.taxRate);
      if (body.price_includes_tax === false) {
        p.price_ex_tax = price.toFixed(2);
        p.price_including_tax = price.times(factor).round(2).toFixed(2);
      } else {
        p.price_including_tax = price.toFixed(2);
        p.price_ex_tax = price.div(factor).round(2).toFixed(2);
      }
    }
    if (body.cost_price === null) p.cost_price = null;
    else if (cost !== undefined) p.cost_price = new Big(cost).toFixed(2);
    return { status: 200, json: publicProduct(p, base) };
  }

  const server = await startFake(handle, { latencyMs: options.latencyMs });
  return {
    ...server,
    baseUrl: `${server.url}/v1`,
    products,
    rateLimited: () => limited,
    forbidKey: (key) => forbidden.add(key),
  };
}
