/**
 * A fake Alephee API v2 following developers.alephee.com/v2 and the vendor note: API_KEY
 * and accountId in the query, `{"Status":n,"Message":"..."}` errors (a plain string for
 * 500), per-item validation of the documented price rules with 412 when every item fails,
 * 413 above a configurable batch size, and a per-key request window answered with the
 * `x-ratelimit-*` headers (429 when exceeded). Prices live in memory, per price list.
 */
import { Big } from '../../shared/money';
import { slidingWindows, startFake, type FakeReply, type FakeRequest, type FakeServer } from './kit';

export interface AlepheePrices {
  price: string;
  priceWithTaxes: string;
  cost: string | null;
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
  /** Whether ItemNumber counts from 0 or 1 (undocumented). */
  itemNumberBase?: 0 | 1;
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

const LEVELS = { Ok: 1, Info: 2, Warning: 3, Error: 4 } as const;
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
      prices[list] = { priceWithTaxes: withTaxes.toFixed(2), price: price.toFixed(4), cost: i % 4 === 3 ? null : price.times('0.6').round(2).toFixed(2) };
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
        SuggestedRetailPrice: null,
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
    if (!product) return { level: 'Error', code: 2001, message: `The product with SKU '${sku}' does not exist.`, value: sku };
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
    if (new Big(before).eq(entry.price)) return { level: 'Info', code: 100, message: 'The price did not change.' };
    if (entry.cost !== null && new Big(entry.price).lt(entry.cost)) return { level: 'Warning', code: 200, message: `The price is below cost (${entry.cost}).` };
    return { level: 'Ok' };
  }

  function post(req: FakeRequest, headers: Record<string, string>, priceList: number): FakeReply {
    if (!Array.isArray(req.body)) return err(400, 'The body must be an array of products.');
    if (req.body.length > (options.maxBatch ?? 100)) return err(413, `Too many products in one request (maximum ${options.maxBatch ?? 100}).`);
    const base = options.itemNumberBase ?? 0;
    const quantities = { Ok: 0, Error: 0, Warning: 0, Info: 0, Total: req.body.length };
    const items = req.body.map((raw, i) => {
      const verdict = judge(raw, priceList);
      quantities[verdict.level]++;
      const rawItem = raw as Record<string, unknown> | null;
      const level = { Id: LEVELS[verdict.level], Name: verdict.level };
      return {
        ItemNumber: i + base,
        ValidationLevel: level,
        KeyField: 'SKU',
        KeyValue: String(rawItem?.SKU ?? rawItem?.sku ?? ''),
        Messages: verdict.message ? [{ Level: level, Code: verdict.code, Message: verdict.message, ValidatedValue: verdict.value ?? null }] : [],
      };
    });
    const allFailed = items.length > 0 && quantities.Error === items.length;
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
