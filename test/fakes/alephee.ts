/**
 * A fake Alephee API v2. Sources, and what each behaviour here follows:
 * - developers.alephee.com/v2/products/post-methods/update-products/request (the seed,
 *   ../shared/seeds/alephee-post-v2-products.txt): `API_KEY`, `accountId` and `priceListId`
 *   in the query ("if you manage only 1 price list, leave this parameter empty": without it
 *   the fake writes the account's first list); `products` is listed as a query parameter
 *   too, so the fake also reads the products from there when the body is empty; the 200 and
 *   412 bodies `{Quantities, Items}`; `{"Status":n,"Message":"..."}` for 400/401/403/404/429
 *   and a plain string for 500.
 * - .../update-products/examples (quoted in ../shared/vendors/alephee.md): two products,
 *   the second with an unknown SKU, answer 200 with `Quantities {Ok: 1, Error: 1, Total: 2}`
 *   and `Items` holding only the failed product, as `ItemNumber: 0` and `ValidationLevel
 *   {Id: 0, Name: "Error"}`, message code 6. So `Items` lists only products with messages,
 *   numbered in the order of `Items`, and Error has level id 0 (the other ids are not
 *   published; the fake's are invented, the connector reads names only).
 * - .../update-products/response (type specifications) and .../business-rules: the price
 *   fields and their allowed combinations, > 0, at most 4 decimals, period as separator.
 * - Usage limiting pages: 413 when a request holds too many products (the maximum is
 *   unpublished: `maxBatch`), 429 per API key with `x-ratelimit-limit/-remaining/-reset/
 *   -retryafter` on every answer.
 * - A public Go client (POST /v2/products?API_KEY=..&accountId=.. with a JSON array body,
 *   lower-case `sku`, no priceListId) reads 412 as "no changes processed, possibly sku not
 *   found": the fake answers 412 when every product fails, 200 otherwise.
 * - `GET /v2/products` (Paging, Results, one Price entry per list, 206 when more exist):
 *   the GET products pages of developers.alephee.com/v2, as summed up in the vendor note.
 * - The business-rules page also says the usable combinations depend on "the type of account
 *   you have configured in Alephee and how it is configured": `costLocked` stands for an
 *   account that may not set some products' cost; such an object fails as a whole, like any
 *   invalid combination (its text and code are invented).
 * Invented where no source says: the texts and codes of messages other than code 6, an Info
 * item for a price that did not change, and a below-cost Warning.
 */
import { Big } from '../../shared/money';
import { slidingWindows, startFake, type FakeReply, type FakeRequest, type FakeServer } from './kit';

export interface AlepheePrices {
  price: string;
  priceWithTaxes: string;
  cost: string | null;
  /** `SuggestedRetailPrice`: a field of every price entry in the list answer (vendor notes, GET /v2/products). */
  suggestedRetailPrice: string | null;
}

export interface AlepheeProduct {
  id: number;
  sku: string;
  name: string;
  /** Tax rate in percent, used to derive Price from PriceWithTaxes and back. */
  taxRate: string;
  prices: Record<number, AlepheePrices>;
}

export interface AlepheeFakeOptions {
  apiKey?: string;
  accountId?: string;
  priceListIds?: number[];
  productCount?: number;
  /** Most products per POST; above it the answer is 413. */
  maxBatch?: number;
  /** `limit` requests per `windowMs`; `advertise: false` leaves out the pacing headers on success. */
  rateLimit?: { limit: number; windowMs: number; advertise?: boolean };
  /** How an unknown priceListId is answered: 404, or products without entries for it. */
  unknownPriceList?: 'not_found' | 'empty';
  /** SKUs whose `Cost` this account may not set: a product object carrying it is an Error. */
  costLocked?: string[];
  /** Answer 403 to everything: the key may not use the products module. */
  forbidden?: boolean;
  latencyMs?: number;
}

export interface AlepheeFake extends FakeServer {
  apiKey: string;
  accountId: string;
  products: AlepheeProduct[];
  product(sku: string): AlepheeProduct | undefined;
  /** How many requests were refused with 429. */
  refused(): number;
}

// Error is 0 in Alephee's own example; the other ids are unpublished.
const LEVELS = { Error: 0, Ok: 1, Info: 2, Warning: 3 } as const;
type Level = keyof typeof LEVELS;
const PRICE_KEYS = ['Price', 'PriceWithTaxes', 'SuggestedRetailPrice', 'Cost', 'SalesMargin', 'B2BDiscountRate', 'MeasurablePriceWithTaxes'];
const ALLOWED = ['Cost', 'Price', 'Price+Cost', 'Price+SuggestedRetailPrice', 'PriceWithTaxes', 'PriceWithTaxes+Cost', 'PriceWithTaxes+SuggestedRetailPrice', 'Cost+SuggestedRetailPrice'];

const err = (status: number, message: string, headers?: Record<string, string>): FakeReply => ({ status, json: { Status: status, Message: message }, headers });
const num = (value: string | null) => (value === null ? null : Number(value));

function seedProducts(count: number, lists: number[]): AlepheeProduct[] {
  return Array.from({ length: count }, (_, i) => {
    const taxRate = i % 5 === 0 ? '10.5' : '21';
    const prices: Record<number, AlepheePrices> = {};
    lists.forEach((list, li) => {
      const withTaxes = new Big(10 + ((i * 7) % 90) + li * 5).plus('0.99');
      const price = withTaxes.div(new Big(taxRate).div(100).plus(1)).round(4);
      prices[list] = { priceWithTaxes: withTaxes.toFixed(2), price: price.toFixed(4), cost: i % 4 === 3 ? null : price.times('0.6').round(2).toFixed(2), suggestedRetailPrice: i % 3 === 2 ? null : withTaxes.plus(5).toFixed(2) };
    });
    return { id: 7001 + i, sku: `ALP-${String(i + 1).padStart(4, '0')}`, name: `Producto ${i + 1}`, taxRate, prices };
  });
}

function priceValue(raw: unknown): { value?: Big; problem?: string } {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw : undefined;
  if (text === undefined || !/^-?\d+(\.\d+)?$/.test(text)) return { problem: 'Prices must be numbers with a period as decimal separator.' };
  if ((text.split('.')[1] ?? '').length > 4) return { problem: 'Prices accept at most 4 decimals.' };
  const value = new Big(text);
  if (value.lte(0)) return { problem: 'Prices must be greater than zero.' };
  return { value };
}

export async function startAlepheeFake(options: AlepheeFakeOptions = {}): Promise<AlepheeFake> {
  const apiKey = options.apiKey ?? 'alephee-test-key-5f2c9a71';
  const accountId = options.accountId ?? '4321';
  const lists = options.priceListIds ?? [11, 12];
  const products = seedProducts(options.productCount ?? 30, lists);
  const bySku = new Map(products.map((p) => [p.sku, p]));
  const window = options.rateLimit && slidingWindows([{ max: options.rateLimit.limit, ms: options.rateLimit.windowMs }]);
  let refusedCount = 0;

  function rateLimit(): { refused?: FakeReply; headers: Record<string, string> } {
    if (!options.rateLimit || !window) return { headers: {} };
    const { limit, windowMs, advertise = true } = options.rateLimit;
    const now = Date.now();
    const wait = window.take(now);
    const hits = window.recent(windowMs, now);
    const seconds = (ms: number) => (Math.max(0, ms) / 1000).toFixed(3);
    if (wait > 0) {
      refusedCount++;
      const retry = seconds(wait);
      const headers: Record<string, string> = advertise
        ? { 'x-ratelimit-limit': String(limit), 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': seconds(hits[hits.length - 1]! + windowMs - now), 'x-ratelimit-retryafter': retry }
        : { 'x-ratelimit-retryafter': retry };
      return { refused: err(429, 'Too many requests for this API_KEY. Try again later.', headers), headers };
    }
    if (!advertise) return { headers: {} };
    return {
      headers: {
        'x-ratelimit-limit': String(limit),
        'x-ratelimit-remaining': String(limit - hits.length),
        'x-ratelimit-reset': seconds(hits[hits.length - 1]! + windowMs - now),
        'x-ratelimit-retryafter': '-1',
      },
    };
  }

  function catalogJson(p: AlepheeProduct, list: number | undefined) {
    const entries = Object.entries(p.prices).filter(([id]) => list === undefined || Number(id) === list);
    return {
      Identification: { Id: p.id, SKU: p.sku, OwnCode: null, Brand: { Id: 1, Name: 'Marca' }, Name: p.name },
      Stock: { Quantity: 5 },
      Price: entries.map(([id, e]) => ({
        Price: num(e.price),
        PriceWithTaxes: num(e.priceWithTaxes),
        SuggestedRetailPrice: num(e.suggestedRetailPrice),
        Cost: num(e.cost),
        SalesMargin: null,
        PriceList: { Id: Number(id), Name: `Lista ${id}`, DiscountRate: 0 },
      })),
    };
  }

  function list(req: FakeRequest, headers: Record<string, string>, priceList: number | undefined): FakeReply {
    const offset = Number(req.query.get('offset') ?? 0);
    const limit = Number(req.query.get('limit') ?? 100);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) return err(400, 'limit must be between 1 and 1000');
    const sku = req.query.get('SKU');
    const matching = sku ? products.filter((p) => p.sku === sku) : products;
    const page = matching.slice(offset, offset + limit);
    const json = { Paging: { Limit: limit, Offset: offset, Total: matching.length }, Total: matching.length, Results: page.map((p) => catalogJson(p, priceList)) };
    return { status: offset + page.length < matching.length ? 206 : 200, json, headers };
  }

  function judge(raw: unknown, priceList: number): { level: Level; code?: number; message?: string; value?: string } {
    const item = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const sku = item.SKU ?? item.sku;
    if (typeof sku !== 'string' || !sku) return { level: 'Error', code: 1001, message: 'SKU is required.' };
    const product = bySku.get(sku);
    if (!product) return { level: 'Error', code: 6, message: 'No tiene asignado ningún producto con el marca-código ingresado', value: sku };
    const price = (item.Price ?? item.price) as Record<string, unknown> | undefined;
    if (!price || typeof price !== 'object') return { level: 'Error', code: 3001, message: 'At least one price field is required.' };
    const given = PRICE_KEYS.filter((k) => price[k] !== undefined && price[k] !== null);
    const unknownKeys = Object.keys(price).filter((k) => !PRICE_KEYS.includes(k));
    if (unknownKeys.length) return { level: 'Error', code: 3006, message: `Unknown price field ${unknownKeys.join(', ')}.` };
    if (given.includes('Price') && given.includes('PriceWithTaxes')) return { level: 'Error', code: 3002, message: 'Price and PriceWithTaxes cannot be sent together.' };
    const combination = ['Price', 'PriceWithTaxes', 'Cost', 'SuggestedRetailPrice'].filter((k) => given.includes(k));
    if (given.length !== combination.length || !ALLOWED.some((a) => a.split('+').sort().join() === [...combination].sort().join())) {
      return { level: 'Error', code: 3003, message: `Invalid combination of price fields: ${given.join(' + ') || 'none'}.` };
    }
    const values: Record<string, Big> = {};
    for (const key of given) {
      const { value, problem } = priceValue(price[key]);
      if (problem) return { level: 'Error', code: 3004, message: `${key}: ${problem}`, value: String(price[key]) };
      values[key] = value!;
    }
    const entry = product.prices[priceList];
    if (!entry) return { level: 'Error', code: 2002, message: `The product has no price in price list ${priceList}.` };
    if (values.Cost && options.costLocked?.includes(sku)) return { level: 'Error', code: 3005, message: 'The cost of this product cannot be set on this account.', value: String(price.Cost) };
    const factor = new Big(product.taxRate).div(100).plus(1);
    const before = entry.price;
    if (values.PriceWithTaxes) {
      entry.priceWithTaxes = values.PriceWithTaxes.toString();
      entry.price = values.PriceWithTaxes.div(factor).round(4).toString();
    } else if (values.Price) {
      entry.price = values.Price.toString();
      entry.priceWithTaxes = values.Price.times(factor).round(4).toString();
    }
    if (values.Cost) entry.cost = values.Cost.toString();
    if (values.SuggestedRetailPrice) entry.suggestedRetailPrice = values.SuggestedRetailPrice.toString();
    if ((values.Price || values.PriceWithTaxes) && new Big(before).eq(entry.price)) return { level: 'Info', code: 100, message: 'The price did not change.' };
    if (entry.cost !== null && new Big(entry.price).lt(entry.cost)) return { level: 'Warning', code: 200, message: `The price is below cost (${entry.cost}).` };
    return { level: 'Ok' };
  }

  /** The products sent: the JSON body, else the documented `products` query parameter. */
  function productsOf(req: FakeRequest): unknown {
    if (req.body !== undefined) return req.body;
    const param = req.query.get('products');
    if (param === null) return undefined;
    try {
      return JSON.parse(param) as unknown;
    } catch {
      return undefined;
    }
  }

  function post(req: FakeRequest, headers: Record<string, string>, priceList: number): FakeReply {
    const sent = productsOf(req);
    if (!Array.isArray(sent)) return err(400, 'The body must be an array of products.');
    if (sent.length > (options.maxBatch ?? 100)) return err(413, `Too many products in one request (maximum ${options.maxBatch ?? 100}).`);
    const quantities = { Ok: 0, Error: 0, Warning: 0, Info: 0, Total: sent.length };
    const items: unknown[] = [];
    for (const raw of sent) {
      const verdict = judge(raw, priceList);
      quantities[verdict.level]++;
      // Only products with something to say are listed, numbered in the order of this list.
      if (!verdict.message) continue;
      const rawItem = raw as Record<string, unknown> | null;
      const level = { Id: LEVELS[verdict.level], Name: verdict.level };
      items.push({
        ItemNumber: items.length,
        ValidationLevel: level,
        KeyField: 'SKU',
        KeyValue: String(rawItem?.SKU ?? rawItem?.sku ?? ''),
        Messages: [{ Level: level, Code: verdict.code, Message: verdict.message, ValidatedValue: verdict.value ?? null }],
      });
    }
    const allFailed = sent.length > 0 && quantities.Error === sent.length;
    return { status: allFailed ? 412 : 200, json: { Quantities: quantities, Items: items }, headers };
  }

  const server = await startFake(
    (req) => {
      const limited = rateLimit();
      if (limited.refused) return limited.refused;
      const key = req.query.get('API_KEY');
      if (key !== apiKey) return err(401, `Invalid API_KEY '${key ?? ''}'.`);
      if (req.query.get('accountId') !== accountId) return err(401, `The account ${req.query.get('accountId') ?? ''} is not linked to this API_KEY.`);
      if (options.forbidden) return err(403, 'The API_KEY has no access to the products module.');
      const listParam = req.query.get('priceListId');
      let priceList = listParam ? Number(listParam) : undefined;
      if (priceList !== undefined && !lists.includes(priceList)) {
        if ((options.unknownPriceList ?? 'not_found') === 'not_found') return err(404, `PriceList ${listParam} not found.`);
      }
      if (req.path === '/v2/products' && req.method === 'GET') return list(req, limited.headers, priceList);
      if (req.path === '/v2/products' && req.method === 'POST') {
        priceList ??= lists[0]!;
        return post(req, limited.headers, priceList);
      }
      return err(404, `No route ${req.method} ${req.path}.`);
    },
    { latencyMs: options.latencyMs },
  );

  return { ...server, apiKey, accountId, products, product: (sku) => bySku.get(sku), refused: () => refusedCount };
}
