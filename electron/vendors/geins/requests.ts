/**
 * The raw Geins calls. Product queries page by batch: page 1 carries the filter and opens a
 * batch, later pages send only its BatchId; resending the filter makes Geins answer page 1
 * again, so the pager refuses to continue when a page brings nothing new.
 */
import { HttpError, type HttpClient } from '../../core/http';
import type { AdapterEnv } from '../types';
import { vendorHttp } from '../vendor-http';
import type { GeinsSettings } from './connection';
import { customListSchema, describeGeinsError, parseAnswer, priceListsSchema, productPageSchema, updateAnswerSchema, type GeinsPriceList, type GeinsProduct, type UpdateAnswer } from './map';
import { planBatches } from '../common/batches';
import { pageCeiling } from '../common/paging';
import { wordedError, words } from '../common/words';

/** A filter for `POST /API/Product/Query`; empty means every product. */
export interface ProductFilter {
  ProductIds?: number[];
  ArticleNumbers?: string[];
}

/** The shared HTTP layer with both Geins credentials on every request. */
export function geinsHttp(settings: GeinsSettings, env: AdapterEnv): HttpClient {
  env.redactor.add(settings.password);
  env.redactor.add(settings.apiKey);
  return vendorHttp(env, {
    baseUrl: settings.baseUrl,
    vendorName: 'Geins',
    headers: {
      Authorization: `Basic ${Buffer.from(`${settings.user}:${settings.password}`).toString('base64')}`,
      'X-ApiKey': settings.apiKey,
    },
    describeError: describeGeinsError,
    // Geins documents no limit: the shared layer still honours 429 + Retry-After.
  });
}

export async function fetchPriceLists(http: HttpClient, signal: AbortSignal): Promise<GeinsPriceList[]> {
  const response = await http.request({ method: 'GET', path: 'API/PriceList/List', idempotent: true, signal });
  return parseAnswer(priceListsSchema, response.json, 'a price list list');
}

/**
 * Whether a list is a custom one: `GET /API/PriceList/{id}` "only supports custom price
 * lists" and answers 404 for any other id (OpenAPI v1.12.1).
 */
export async function isCustomList(http: HttpClient, id: number, signal: AbortSignal): Promise<boolean> {
  try {
    const response = await http.request({ method: 'GET', path: `API/PriceList/${id}`, idempotent: true, signal });
    return parseAnswer(customListSchema, response.json, 'a price list').Resource?.Id === id;
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) return false;
    throw error;
  }
}

/** Reads every page of a product query with prices (and whatever else `include` names); `onPage` gets each page and the total row count. */
export async function queryProducts(
  http: HttpClient,
  filter: ProductFilter,
  signal: AbortSignal,
  onPage: (products: GeinsProduct[], rowCount: number) => void,
  maxPages?: number,
  include = 'Prices',
): Promise<void> {
  const seen = new Set<number>();
  let body: ProductFilter | { BatchId: string } = filter;
  const nextPage = pageCeiling('Geins', maxPages);
  for (let page = 1; ; page++) {
    nextPage();
    const response = await http.request({ method: 'POST', path: `API/Product/Query/${page}`, query: { include }, body, idempotent: true, signal });
    const answer = parseAnswer(productPageSchema, response.json, 'a product page');
    const products = answer.Resource ?? [];
    const fresh = products.filter((p) => !seen.has(p.ProductId));
    if (page > 1 && products.length > 0 && fresh.length === 0) {
      throw wordedError('vendor_error', words(`Geins answered page ${page} with products it had already sent; PriceDesk stopped reading to avoid a loop.`, 'vendor.geins.pageLoop', { page }));
    }
    for (const p of fresh) seen.add(p.ProductId);
    const info = answer.PageResult;
    onPage(fresh, info?.RowCount ?? seen.size);
    if (!info?.HasMoreRows || products.length === 0) return;
    if (info.PageCount && page >= info.PageCount) return;
    // Without a BatchId the filter must be sent again; the guard above catches a server that then repeats page 1.
    body = info.BatchId ? { BatchId: info.BatchId } : filter;
  }
}

/** One entry of `PUT /API/PriceList/Price`; `Price: -1` removes the price on a custom list. */
export interface PriceBody {
  PriceListId: number;
  Price: number;
  ProductId: string;
  Currency?: string;
  StaggeredCount: number;
}

/**
 * `PUT /API/PriceList/Price`, always naming the id type and the VAT basis: `pricesIncVat` says
 * how the prices in this request are meant (the connection's setting), and a blank one means
 * "excluding VAT", so it is never left out.
 */
export async function putPrices(
  http: HttpClient,
  settings: GeinsSettings,
  body: PriceBody[],
  signal: AbortSignal,
  onWait: (ms: number) => void,
): Promise<UpdateAnswer> {
  const response = await http.request({
    method: 'PUT',
    path: 'API/PriceList/Price',
    query: { productIdType: settings.productIdType, pricesIncVat: String(settings.vatMode === 'included') },
    body,
    // Absolute prices: sending the same batch twice sets the same values.
    idempotent: true,
    finishInFlight: true,
    signal,
    onWait,
  });
  return parseAnswer(updateAnswerSchema, response.json ?? {}, 'an update answer');
}

/** One price to write: where it goes (its field's list, the id it is written with), kept with what the caller needs back. */
export interface PlannedPrice {
  listId: number;
  writeId: string;
}

/**
 * The PUTs for a submission, as few as Geins allows: one request carries prices of several
 * lists (each entry names its `PriceListId`), but one `pricesIncVat` (a query parameter), so
 * prices are grouped by the VAT basis of their list (`incVatOf`) and each group is cut into
 * requests of at most `size` prices. One (list, product) is never twice in a request (article
 * numbers case-insensitively, as Geins matches them), so each entry Geins echoes back in
 * Invalid or NotFound names exactly one change. Today every list of a connection follows its
 * one VAT setting, so there is one group.
 */
export function planPuts<T extends PlannedPrice>(prices: T[], size: number, incVatOf: (listId: number) => boolean): T[][] {
  const groups = new Map<boolean, T[]>();
  for (const price of prices) {
    const inc = incVatOf(price.listId);
    groups.set(inc, [...(groups.get(inc) ?? []), price]);
  }
  return [...groups.values()].flatMap((group) => planBatches(group, size, (p) => `${p.listId}|${p.writeId.toLowerCase()}`));
}
