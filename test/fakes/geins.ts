/**
 * A fake Geins Management API. Sources, and what each behaviour here follows:
 * - The Management API's OpenAPI file, v1.12.1, shipped in Geins' own CLI
 *   (github.com/geins-io/geins-cli, src/data/mgmtapi.yaml):
 *   - `GET /API/PriceList/List`: a bare array of `{Id, Name, MarketId, MarketPrefix, Currency,
 *     Forced, CreatedAt, Identifier, Active}`; no VAT basis on a list.
 *   - `GET /API/PriceList/{id}`: "Only custom price lists are supported": the list in an
 *     envelope `{Resource, Message, Details}`, 404 with a BaseEnvelope for any other id.
 *   - `PUT /API/PriceList/Price?productIdType=0..3&pricesIncVat=`: `pricesIncVat` says how the
 *     prices in the request are meant ("leave blank or set to false if they exclude VAT");
 *     body `[{PriceListId, Price, ProductId, Currency, StaggeredCount}]`; campaign entries
 *     (id xxxxxx2) are ignored; "to remove a price, set the price to -1. This only applies
 *     to custom price lists"; answer `{Message, Invalid, NotFound, UpdateCount}`, the same
 *     shape with 400.
 *   - `POST /API/Product/Query/{page}?include=Prices`: `PageResult {BatchId, Page, RowCount,
 *     PageCount, PageSize, HasMoreRows}`; "the batch id is mandatory when fetching any page
 *     other than the first page"; products `{ProductId, ArticleNumber, Names[], Active,
 *     PurchasePrice, PurchasePriceCurrency, Prices[]}` with `Prices[]` entries `{ProductId,
 *     PriceListId, PriceListName, PriceIncVat, PriceExVat, VatRate, Country, Currency,
 *     StaggeredCount, ValidFrom, ValidTo}`.
 *   - Basic auth of an API user and `X-ApiKey` on every request (security schemes).
 * - Geins' generated management client (github.com/geins-io/sdk-api-mgmt-javascript,
 *   docs/PriceListApi.md, PriceListModelsPriceListPriceResponse.md): `updatePricelistPrices`
 *   takes one array of `WritePriceListPrice`, each naming its own `PriceListId`, and one
 *   `pricesIncVat` for the whole request; Invalid and NotFound hold those write entries, so
 *   the fake takes prices of several lists (of several markets) in one PUT and echoes each
 *   refused entry whole, with its list.
 *   - Brand, supplier and categories of a product: ./geins-groups.ts.
 * - The update page on docs.geins.io (../shared/seeds/geins-update-price-list-prices.txt):
 *   standard ids are `MarketId * 1000000 + type`.
 * - The vendor note (../shared/vendors/geins.md): 401 `{"Message":"Unauthorized"}`, 500 "A
 *   database error occured." for a malformed body, 429 with Retry-After (Geins' own tooling
 *   retries it), "Success." with null lists from some endpoints (`setSilentSuccess`), -1
 *   clearing a sale price (a how-to), resending the filter rereading page 1.
 * Invented where no source says: Invalid for a negative price other than a removal, the
 * rounding of the price not sent (2 decimals), the error texts of 400 and 404.
 */
import Big from 'big.js';
import { randomUUID } from 'node:crypto';
import { geinsProductGroups, groupFieldsJson, type GeinsProductGroups } from './geins-groups';
import { basicAuth, startFake, type FakeReply, type FakeRequest, type FakeServer } from './kit';

export interface GeinsFakePriceList {
  Id: number;
  Name: string;
  MarketId: number;
  MarketPrefix: string;
  Currency: string;
  Forced: boolean;
  CreatedAt: string;
  Identifier: string | null;
  Active: boolean;
  /** A custom list (not one of a market's ordinary, sale and campaign lists); never sent. */
  custom?: boolean;
}

export interface GeinsFakeProduct {
  ProductId: number;
  ArticleNumber: string;
  Name: string;
  /** VAT as a fraction ("0.25"). */
  vatRate: string;
  purchasePrice: string | null;
  /** Prices by list id, both bases kept as decimal strings. */
  prices: Map<number, { inc: string; ex: string }>;
  /** Brand, supplier and categories (./geins-groups.ts); none when absent. */
  groups?: GeinsProductGroups;
}

export interface GeinsFakeOptions {
  user: string;
  password: string;
  apiKey: string;
  products?: GeinsFakeProduct[];
  priceLists?: GeinsFakePriceList[];
  pageSize?: number;
  latencyMs?: number;
}

export interface GeinsFake extends FakeServer {
  products: Map<number, GeinsFakeProduct>;
  priceLists: GeinsFakePriceList[];
  /** Answer updates with "Success." and null lists (prices still applied). */
  setSilentSuccess(on: boolean): void;
  /** The next `count` requests get 429 with Retry-After. */
  throttleNext(count: number, retryAfterSeconds?: number): void;
}

const fakeList = (Id: number, Name: string, MarketId: number, MarketPrefix: string, Currency: string, custom = false): GeinsFakePriceList => ({
  Id,
  Name,
  MarketId,
  MarketPrefix,
  Currency,
  Forced: false,
  CreatedAt: '2024-03-01T09:00:00Z',
  Identifier: custom ? Name.toLowerCase().replace(/\W+/g, '-') : null,
  Active: true,
  ...(custom ? { custom } : {}),
});

/** Market 1's three standard lists, market 2's ordinary list, and custom list 2 on market 1. */
export const geinsPriceLists = (): GeinsFakePriceList[] => [
  fakeList(1000000, 'Sweden', 1, 'SE', 'SEK'),
  fakeList(1000001, 'Sweden sale', 1, 'SE', 'SEK'),
  fakeList(1000002, 'Sweden campaign', 1, 'SE', 'SEK'),
  fakeList(2000000, 'B2B Europe', 2, 'EU', 'EUR'),
  // Custom list ids are not documented: a small one, which also ends in 2 like a campaign list.
  fakeList(2, 'VIP customers', 1, 'SE', 'SEK', true),
];

/** A list as the API shows it: the fake's own `custom` flag left out. */
const shown = ({ custom: _custom, ...rest }: GeinsFakePriceList) => rest;

/** `count` products with ids from 10001, article numbers ART-1..., 25 % VAT, priced on 1000000, 2000000 (most) and custom list 2 (every third). */
export function geinsProducts(count: number): GeinsFakeProduct[] {
  return Array.from({ length: count }, (_, i) => {
    const inc = new Big(100 + i);
    const prices = new Map<number, { inc: string; ex: string }>([[1000000, { inc: inc.toFixed(2), ex: inc.div('1.25').round(2).toFixed(2) }]]);
    if (i % 4 !== 3) prices.set(2000000, { ex: new Big(10 + i).toFixed(2), inc: new Big(10 + i).times('1.25').round(2).toFixed(2) });
    if (i % 3 === 0) prices.set(2, { inc: new Big(90 + i).toFixed(2), ex: new Big(90 + i).div('1.25').round(2).toFixed(2) });
    return { ProductId: 10001 + i, ArticleNumber: `ART-${i + 1}`, Name: `Geins product ${i + 1}`, vatRate: '0.25', purchasePrice: i % 5 === 0 ? null : new Big(40 + i).toFixed(2), prices, groups: geinsProductGroups(i) };
  });
}

/** Whether the query's comma-separated `include` names a child collection. */
const includes = (req: FakeRequest, what: string) => (req.query.get('include') ?? '').split(',').some((v) => v.trim().toLowerCase() === what.toLowerCase());

const dbError: FakeReply = { status: 500, json: { Message: 'A database error occured.', Details: [] } };

export async function startGeinsFake(options: GeinsFakeOptions): Promise<GeinsFake> {
  const products = new Map((options.products ?? geinsProducts(30)).map((p) => [p.ProductId, p]));
  const priceLists = options.priceLists ?? geinsPriceLists();
  const pageSize = options.pageSize ?? 1000;
  const batches = new Map<string, number[]>();
  let silent = false;

  function publicProduct(p: GeinsFakeProduct, withPrices: boolean, withCategories = false) {
    return {
      ProductId: p.ProductId,
      ArticleNumber: p.ArticleNumber,
      Names: [{ LanguageCode: 'sv', Content: p.Name }],
      Active: true,
      PurchasePrice: p.purchasePrice === null ? null : Number(p.purchasePrice),
      PurchasePriceCurrency: p.purchasePrice === null ? null : 'SEK',
      ...groupFieldsJson(p.groups, withCategories),
      ...(withPrices
        ? {
            Prices: [...p.prices].map(([listId, price]) => {
              const list = priceLists.find((l) => l.Id === listId)!;
              return { ProductId: p.ProductId, PriceListId: listId, PriceListName: list.Name, PriceIncVat: Number(price.inc), PriceExVat: Number(price.ex), VatRate: Number(p.vatRate), Country: list.MarketPrefix, Currency: list.Currency, StaggeredCount: 1, ValidFrom: null, ValidTo: null };
            }),
          }
        : {}),
    };
  }

  function query(req: FakeRequest, page: number): FakeReply {
    const body = (req.body ?? {}) as { BatchId?: string; ProductIds?: number[]; ArticleNumbers?: string[] };
    let ids: number[];
    let batchId = body.BatchId;
    let shownPage = page;
    if (body.BatchId) {
      const batch = batches.get(body.BatchId);
      if (!batch) return { status: 400, json: { Message: 'Bad request.', Details: ['Unknown BatchId.'] } };
      ids = batch;
    } else {
      // A filter opens a new batch and is always its first page, whatever page the URL names.
      let all = [...products.values()];
      if (body.ProductIds) all = all.filter((p) => body.ProductIds!.includes(p.ProductId));
      if (body.ArticleNumbers) all = all.filter((p) => body.ArticleNumbers!.map((a) => a.toLowerCase()).includes(p.ArticleNumber.toLowerCase()));
      ids = all.map((p) => p.ProductId);
      batchId = randomUUID();
      batches.set(batchId, ids);
      shownPage = 1;
    }
    const slice = ids.slice((shownPage - 1) * pageSize, shownPage * pageSize);
    const pageCount = Math.max(1, Math.ceil(ids.length / pageSize));
    return {
      status: 200,
      json: {
        Message: 'Success.',
        Details: null,
        Resource: slice.map((id) => publicProduct(products.get(id)!, includes(req, 'Prices'), includes(req, 'Categories'))),
        PageResult: { BatchId: batchId, Page: page, RowCount: ids.length, PageCount: pageCount, PageSize: pageSize, HasMoreRows: shownPage < pageCount },
      },
    };
  }

  function update(req: FakeRequest): FakeReply {
    const idType = req.query.get('productIdType') ?? '0';
    const incVat = req.query.get('pricesIncVat') === 'true';
    if (!Array.isArray(req.body)) return dbError;
    const items = req.body as Record<string, unknown>[];
    if (items.some((i) => typeof i?.PriceListId !== 'number' || typeof i.Price !== 'number' || typeof i.ProductId !== 'string')) return dbError;
    const invalid: unknown[] = [];
    const notFound: unknown[] = [];
    let count = 0;
    for (const item of items) {
      const list = priceLists.find((l) => l.Id === item.PriceListId);
      const id = String(item.ProductId);
      const product = idType === '1' ? [...products.values()].find((p) => p.ArticleNumber.toLowerCase() === id.toLowerCase()) : products.get(Number(id));
      const price = new Big(String(item.Price));
      if (list && !list.custom && list.Id % 1_000_000 === 2) continue; // campaign entries are ignored
      const removable = list && (list.custom || list.Id % 1_000_000 === 1);
      if (price.lt(0) && !(price.eq(-1) && removable)) {
        invalid.push(item);
        continue;
      }
      if (!list || !product || (idType !== '0' && idType !== '1')) {
        notFound.push(item);
        continue;
      }
      const factor = new Big(1).plus(product.vatRate);
      if (price.eq(-1)) product.prices.delete(list.Id);
      else if (incVat) product.prices.set(list.Id, { inc: price.toFixed(2), ex: price.div(factor).round(2).toFixed(2) });
      else product.prices.set(list.Id, { ex: price.toFixed(2), inc: price.times(factor).round(2).toFixed(2) });
      count++;
    }
    if (silent) return { status: 200, json: { Message: 'Success.', Invalid: null, NotFound: null, UpdateCount: null } };
    return { status: 200, json: { Message: 'Success.', Invalid: invalid, NotFound: notFound, UpdateCount: count } };
  }

  function handle(req: FakeRequest): FakeReply {
    const auth = basicAuth(req.headers);
    if (!auth || auth[0] !== options.user || auth[1] !== options.password || req.headers['x-apikey'] !== options.apiKey) {
      return { status: 401, json: { Message: 'Unauthorized' } };
    }
    if (req.method === 'GET' && req.path === '/API/PriceList/List') return { status: 200, json: priceLists.map(shown) };
    const one = /^\/API\/PriceList\/(\d+)$/.exec(req.path);
    if (req.method === 'GET' && one) {
      const found = priceLists.find((l) => l.custom && l.Id === Number(one[1]));
      if (!found) return { status: 404, json: { Message: 'Price list not found.', Details: [] } };
      return { status: 200, json: { Resource: shown(found), Message: 'Success.', Details: [] } };
    }
    const q = /^\/API\/Product\/Query\/(\d+)$/.exec(req.path);
    if (req.method === 'POST' && q) return query(req, Number(q[1]));
    if (req.method === 'PUT' && req.path === '/API/PriceList/Price') return update(req);
    return { status: 404, json: { Message: 'Not found.', Details: [`No route ${req.method} ${req.path}`] } };
  }

  const server = await startFake(handle, { latencyMs: options.latencyMs });
  return {
    ...server,
    products,
    priceLists,
    setSilentSuccess: (on) => (silent = on),
    throttleNext: (count, retryAfterSeconds = 1) =>
      server.inject(...Array.from({ length: count }, () => ({ reply: { status: 429, json: { Message: 'Too many requests.' }, headers: { 'Retry-After': String(retryAfterSeconds) } } }))),
  };
}
