/**
 * Cliniko (practice management) connector. Cliniko has no batch endpoint: every price is
 * one `PATCH /products/{id}`, and the account allows 200 requests a minute, so a small pool
 * of workers feeds one shared limiter and the user sees the wait instead of a stall.
 */
import { isDecimal, toFixed } from '../../../shared/money';
import { changeId, type CatalogRow, type PriceUpdate, type RowResult, type VendorDescription } from '../../../shared/types';
import type { Said } from '../../../shared/said';
import { AppError } from '../../core/errors';
import { HttpError, type HttpClient, type HttpResponse } from '../../core/http';
import { chunks } from '../common/batches';
import { fitsDecimals } from '../common/decimals';
import { createSettler, notSent, rowsWith, stopsSubmission, type Indexed } from '../common/results';
import { failedTest } from '../common/test-failure';
import type { AdapterEnv, ResolvedConnection, RowRef, VendorAdapter, VendorClient } from '../types';
import { vendorHttp } from '../vendor-http';
import { CLINIKO_FIELD, CLINIKO_SHARDS, clinikoPriceFields, EMAIL_PATTERN, readSettings, shardOfUrl, type ClinikoSettings } from './connection';
import { acceptedWrite, attributeOf, failedWrite, type FailedWrite, parseAnswer, patchAnswerSchema, productPageSchema, refused, storedIn, toRow, type ClinikoProduct } from './map';
import { pageCeiling } from '../common/paging';
import { notAPrice, productCount, saidOf, wordedError, words, wordsOf, type Words } from '../common/words';

const PER_PAGE = 100;
const MAX_DECIMALS = 2;
const RATE_LIMIT = { requests: 200, perSeconds: 60 };
// The shared limiter, not the pool, keeps Cliniko under 200/min; eight workers keep it busy at
// ~1 s per request and send the last window's requests quickly once it opens.
const WORKERS = 8;

const description: VendorDescription = {
  id: 'cliniko',
  displayName: 'Cliniko',
  fields: [
    {
      key: 'apiKey',
      label: 'API key',
      kind: 'secret',
      required: true,
      help: 'In Cliniko: My info (bottom left) > Manage API keys > Add an API key. Copy the whole key: its ending (e.g. "-uk1") tells PriceDesk your region. The key has the same permissions as your Cliniko user, who must be allowed to manage products.',
      pattern: '^[A-Za-z0-9+/=_-]{8,}$',
    },
    {
      key: 'contactEmail',
      label: 'Contact email',
      kind: 'email',
      required: true,
      help: 'Cliniko asks every app to send a contact email with its requests and may block requests without one. Use an address that reaches whoever looks after this connection.',
      pattern: EMAIL_PATTERN,
      placeholder: 'it@yourclinic.example',
    },
    {
      key: 'vatMode',
      label: 'Prices are edited',
      kind: 'select',
      required: false,
      help: 'Cliniko stores each product price with and without tax. Pick which one you edit; PriceDesk tells Cliniko which it is sending. Default: including tax.',
      options: [
        { value: 'inc', label: 'Including tax (what patients pay)' },
        { value: 'ex', label: 'Excluding tax' },
      ],
    },
    {
      key: 'currency',
      label: 'Currency',
      kind: 'text',
      required: false,
      help: 'Cliniko prices carry no currency. Leave empty to use your region’s (AUD, CAD, GBP or EUR); Cliniko shows it under Settings > Business information.',
      pattern: '^[A-Za-z]{3}$',
      placeholder: 'AUD',
    },
    {
      key: 'baseUrl',
      advanced: true,
      routing: true,
      label: 'API address',
      kind: 'url',
      required: false,
      help: `Leave empty: PriceDesk uses https://api.{region}.cliniko.com/v1 with the region from the end of your API key (${CLINIKO_SHARDS.join(', ')}; no ending means au1). Change it only when your IT routes Cliniko through a proxy.`,
      pattern: '^https?://\\S+$',
      placeholder: 'https://api.au1.cliniko.com/v1',
    },
  ],
  capabilities: {
    readsCatalog: true,
    createsProducts: false,
    deletesPrices: false,
    batchSize: 1,
    rateLimit: RATE_LIMIT,
    writesWith: 'product id (one request per product)',
    maxDecimals: MAX_DECIMALS,
  },
};

/** Cliniko's 401 says nothing useful, so say what usually causes it. */
function authWords(settings: ClinikoSettings, status: number): Words {
  if (status === 403) {
    return words(
      'Cliniko refused access: the Cliniko user this API key belongs to may not manage products, or Cliniko blocked the request. Ask an administrator to give the user permission for products (Settings > Users), then try again.',
      'vendor.cliniko.forbidden',
    );
  }
  const urlShard = settings.customBaseUrl ? shardOfUrl(settings.baseUrl) : undefined;
  if (urlShard && urlShard !== settings.shard) {
    return words(`The API key belongs to Cliniko region ${settings.shard}, but the address points to region ${urlShard}. Clear the API address field, or fix it.`, 'vendor.cliniko.otherRegion', {
      keyRegion: settings.shard,
      addressRegion: urlShard,
    });
  }
  return words(
    `Cliniko did not accept the API key. Check that you copied the whole key, including its ending: it selects your Cliniko region (this key points to ${settings.shard}), and a key is refused in any other region.`,
    'vendor.cliniko.keyRefused',
    { region: settings.shard },
  );
}

function connect(connection: ResolvedConnection, env: AdapterEnv): VendorClient {
  env.redactor.add(connection.secret.apiKey);
  let cached: { settings: ClinikoSettings; http: HttpClient } | undefined;
  // Settings are checked lazily so a bad one surfaces as a plain message from the call that needs it.
  function client() {
    if (cached) return cached;
    const settings = readSettings(connection);
    const http = vendorHttp(env, {
      baseUrl: settings.baseUrl,
      vendorName: 'Cliniko',
      headers: {
        Authorization: `Basic ${Buffer.from(`${settings.apiKey}:`).toString('base64')}`,
        'User-Agent': settings.userAgent,
      },
      limits: [{ requests: RATE_LIMIT.requests, perMs: RATE_LIMIT.perSeconds * 1000 }],
    });
    cached = { settings, http };
    return cached;
  }

  /** Every page of a product listing, following links.next; stops if Cliniko sends a link twice. */
  async function listProducts(query: Record<string, string>, signal: AbortSignal, onPage: (products: ClinikoProduct[], total: number) => void) {
    const { http } = client();
    const seen = new Set<string>();
    let next: string | undefined = 'products';
    let params: Record<string, string> | undefined = { ...query, per_page: String(PER_PAGE) };
    const nextPage = pageCeiling('Cliniko', env.tuning?.maxCatalogPages);
    while (next) {
      nextPage();
      if (seen.has(next)) throw wordedError('vendor_error', words('Cliniko sent the same page link twice; PriceDesk stopped reading to avoid a loop.', 'vendor.cliniko.pageLoop'));
      seen.add(next);
      const response = await http.request({ method: 'GET', path: next, query: params, idempotent: true, signal });
      const page = parseAnswer(productPageSchema, response.json, 'a product list');
      onPage(page.products, page.total_entries ?? page.products.length);
      next = page.links?.next ?? undefined;
      params = undefined; // links.next already carries every parameter
    }
  }

  /** What PriceDesk refuses in one change before sending; null when it may go. */
  function localProblem(change: PriceUpdate, id: string): RowResult | null {
    if (!/^\d+$/.test(id)) return refused(change, words(`"${id}" is not a Cliniko product id. Reload the catalog.`, 'vendor.cliniko.badId', { id }), 'bad_id');
    if (!attributeOf(change)) return refused(change, words(`Cliniko products have no price field "${change.field}"; their fields are ${CLINIKO_FIELD.price} and ${CLINIKO_FIELD.cost}.`, 'vendor.cliniko.unknownField', { field: change.field ?? '', price: CLINIKO_FIELD.price, cost: CLINIKO_FIELD.cost }), 'unknown_field');
    if (!isDecimal(change.newPrice)) return refused(change, notAPrice(change.newPrice), 'bad_price');
    if (!fitsDecimals(change.newPrice, MAX_DECIMALS)) return refused(change, words(`Cliniko accepts at most ${MAX_DECIMALS} decimals; round the price first.`, 'vendor.cliniko.tooManyDecimals', { count: MAX_DECIMALS }), 'too_many_decimals');
    return null;
  }

  /** The PATCH body for one product's changes: `price` a number with its tax flag, `cost_price` a decimal string (the docs' types). */
  function patchBody(changes: PriceUpdate[], settings: ClinikoSettings): Record<string, unknown> {
    const body: Record<string, unknown> = {};
    for (const change of changes) {
      const amount = toFixed(change.newPrice, MAX_DECIMALS);
      // Cliniko reads `price` as a number; the decimal string becomes one only here.
      if (attributeOf(change) === 'price') Object.assign(body, { price: Number(amount), price_includes_tax: settings.vatMode === 'inc' });
      else body.cost_price = amount;
    }
    return body;
  }

  /** One PATCH carrying every change of one product (its price, its cost price, or both). */
  async function writeProduct(id: string, changes: PriceUpdate[], signal: AbortSignal, onWait: (ms: number) => void, beforeRequest?: (rows: PriceUpdate[]) => Promise<void>): Promise<FailedWrite | 'not_sent'> {
    const { settings, http } = client();
    if (signal.aborted) return 'not_sent';
    await beforeRequest?.(changes);
    let response: HttpResponse;
    try {
      response = await http.request({
        method: 'PATCH',
        path: `products/${id}`,
        body: patchBody(changes, settings),
        // Setting absolute amounts twice does no harm, so a lost answer may be retried.
        idempotent: true,
        finishInFlight: true,
        signal,
        onWait,
      });
    } catch (error) {
      // With finishInFlight only a request that never left throws something other than HttpError.
      if (!(error instanceof HttpError) && signal.aborted) return 'not_sent';
      if (error instanceof HttpError && stopsSubmission(error) && error.retryAt === undefined) {
        const auth = authWords(settings, error.status);
        return failedWrite(changes, new HttpError(error.status, auth.message, error.json, saidOf(auth)));
      }
      return failedWrite(changes, error);
    }
    try {
      const answer = parseAnswer(patchAnswerSchema, response.json, 'an updated product');
      return { results: changes.map((change) => acceptedWrite(change, answer, settings)), fatal: false };
    } catch (error) {
      // Cliniko answered 2xx but unreadably: the prices most likely changed, so verify, don't resend.
      const unread = error instanceof AppError ? wordsOf(error) : words('Cliniko’s answer could not be read.', 'vendor.cliniko.answerUnreadable');
      return { results: rowsWith(changes, 'unknown', unread.message, 'unreadable_answer', unread), fatal: false };
    }
  }

  return {
    async testConnection(signal) {
      try {
        const { settings, http } = client();
        // The cheapest authenticated read that also proves access to products.
        const response = await http.request({ method: 'GET', path: 'products', query: { per_page: 1 }, idempotent: true, signal });
        const total = parseAnswer(productPageSchema, response.json, 'a product list').total_entries ?? 0;
        const connected = words(`Connected to Cliniko (region ${settings.shard}): ${productCount(total)}.`, 'vendor.cliniko.connected', { region: settings.shard, count: total });
        return { ok: true, ...connected, fields: clinikoPriceFields(settings, MAX_DECIMALS) };
      } catch (error) {
        return failedTest(error, signal, (e) => (stopsSubmission(e) ? authWords(client().settings, e.status) : undefined));
      }
    },

    async loadCatalog({ signal, onProgress }) {
      const { settings } = client();
      const rows: CatalogRow[] = [];
      await listProducts({}, signal, (products, total) => {
        for (const product of products) rows.push(toRow(product, settings));
        onProgress({ done: rows.length, total: Math.max(total, rows.length) });
      });
      return rows;
    },

    async submit(changes, { signal, onProgress, onResults, beforeRequest }) {
      client(); // settings errors surface before anything is sent
      const { settle, cancel, onWait, unsettled, finish } = createSettler(changes, { onProgress, onResults });
      // One PATCH per product, whatever number of its fields changed; a field met twice waits for a request of its own.
      const products: { id: string; entries: Indexed[] }[] = [];
      const open = new Map<string, { id: string; entries: Indexed[] }>();
      changes.forEach((change, index) => {
        const id = change.vendorIds.productId ?? change.key;
        const problem = localProblem(change, id);
        if (problem) return settle([{ change, index }], [problem]);
        let product = open.get(id);
        if (!product || product.entries.some((e) => attributeOf(e.change) === attributeOf(change))) {
          product = { id, entries: [] };
          open.set(id, product);
          products.push(product);
        }
        product.entries.push({ change, index });
      });
      let next = 0;
      let sent = 0;
      let stopReason: string | undefined;
      let stopSaid: Said | undefined;

      const worker = async () => {
        while (!signal.aborted && !stopReason && next < products.length) {
          const { id, entries } = products[next++]!;
          const outcome = await writeProduct(id, entries.map((e) => e.change), signal, onWait, beforeRequest);
          if (outcome === 'not_sent') return;
          // The row's own message may already start "Not sent:" (a refused wait); notSent adds it again.
          if (outcome.fatal && !stopReason) {
            stopReason = outcome.results[0]?.message?.replace(/^Not sent: /, '') ?? 'Cliniko refused the credentials.';
            stopSaid = outcome.stop;
          }
          sent++;
          settle(entries, outcome.results);
        }
      };
      await Promise.all(Array.from({ length: Math.min(WORKERS, products.length) }, worker));

      const unsent = unsettled();
      if (unsent.length && stopReason) settle(unsent, notSent(unsent.map((e) => e.change), stopReason, stopSaid));
      else if (unsent.length) cancel(unsent);
      env.log.info(`cliniko submit: ${sent} requests sent, ${unsent.length} changes not sent`);
      return finish();
    },

    async readPrices(rows: RowRef[], { signal, onProgress }) {
      const { settings } = client();
      const prices = new Map<string, string | null>();
      const byId = new Map<string, RowRef[]>();
      for (const row of rows) {
        // A field Cliniko has not is answered as not found: left out.
        if (!attributeOf(row)) continue;
        const id = row.vendorIds.productId ?? row.key;
        byId.set(id, [...(byId.get(id) ?? []), row]);
      }
      const ids = [...byId.keys()].filter((id) => /^\d+$/.test(id));
      let done = 0;
      // Cliniko filters by id list (q[]=id:=1,2,3); a page's worth per request keeps URLs short.
      for (const chunk of chunks(ids, PER_PAGE)) {
        await listProducts({ 'q[]': `id:=${chunk.join(',')}` }, signal, (products) => {
          for (const product of products) for (const row of byId.get(product.id) ?? []) prices.set(changeId(row), storedIn(product, row, settings));
        });
        done += chunk.length;
        onProgress({ done, total: ids.length });
      }
      return prices;
    },
  };
}

/** The Cliniko connector. */
export const clinikoAdapter: VendorAdapter = { description, connect };
