/**
 * Alephee (AlephCRM) API v2. Prices are written per SKU in batches to `POST /v2/products`
 * and read from `GET /v2/products`, where each product carries one price entry per price
 * list. The API key travels in the query string, so it is registered with the redactor
 * before any request is built.
 */
import { changeId, type CatalogRow, type PriceUpdate, type RowResult, type VendorDescription } from '../../../shared/types';
import { AppError, errorWords } from '../../core/errors';
import { HttpError, type HttpClient } from '../../core/http';
import { createSettler, failedRequestRows, notSent, stopSaid, stopWords, rowsWith, stopsSubmission, type Indexed } from '../common/results';
import { failedTest } from '../common/test-failure';
import { vendorHttp } from '../vendor-http';
import type { AdapterEnv, ResolvedConnection, RowRef, VendorAdapter, VendorClient } from '../types';
import { alepheeFieldMap, alepheePriceFields } from './describe';
import { createPacer, describeAlephee, explainConnectionFailure } from './http';
import { catalogPageSchema, fieldValue, mapItems, missingListProblem, parseAnswer, pickEntry, priceListIds, submitAnswerSchema, toRow, type CatalogContext, type VatMode } from './map';
import { localProblem, MAX_DECIMALS, planRequests, productBody, splitRequests, targetOf, type AlepheeRequest } from './requests';
import { pageCeiling } from '../common/paging';
import { productCount, wordedError, words } from '../common/words';

const DEFAULT_BASE_URL = 'https://api.alephcrm.com';
// The real per-request maximum is unpublished; a 413 halves this as the connector learns.
const DEFAULT_BATCH = 100;
const PAGE_SIZE = 500;

const description: VendorDescription = {
  id: 'alephee',
  displayName: 'Alephee',
  fields: [
    {
      key: 'baseUrl',
      advanced: true,
      routing: true,
      label: 'API address',
      kind: 'url',
      required: false,
      placeholder: DEFAULT_BASE_URL,
      help: `Leave empty for ${DEFAULT_BASE_URL}. Change it only if Alephee gave you another address.`,
      pattern: '^https?://\\S+$',
    },
    {
      key: 'accountId',
      routing: true,
      label: 'Account id',
      kind: 'number',
      required: true,
      help: 'The number of your Alephee account, shown in Alephee next to your account name and in the API access details Alephee sent you.',
      pattern: '^\\d{1,12}$',
    },
    {
      key: 'apiKey',
      label: 'API key',
      kind: 'secret',
      required: true,
      help: 'The API_KEY Alephee issued for your integration (ask your Alephee account manager or support if you have none). It must be linked to the account above.',
      pattern: '^\\S{8,}$',
    },
    {
      key: 'priceListId',
      label: 'Price list id',
      kind: 'number',
      required: false,
      help: 'The id of the price list to edit (Alephee > Price lists). Leave empty if your account has only one price list.',
      pattern: '^\\d{0,12}$',
    },
    {
      key: 'morePriceListIds',
      label: 'More price lists',
      kind: 'text',
      required: false,
      help: 'Other price lists to edit beside the one above (for example a wholesale list), as ids separated by commas. Their price, cost and suggested retail price become fields of their own. Needs the price list id above.',
      pattern: '^\\s*(\\d{1,12}\\s*(,\\s*\\d{1,12}\\s*)*)?$',
    },
    {
      key: 'vatMode',
      label: 'Prices are',
      kind: 'select',
      required: false,
      options: [
        { value: 'included', label: 'with taxes (PriceWithTaxes)' },
        { value: 'excluded', label: 'without taxes (Price)' },
      ],
      help: 'Which price you edit. Alephee works out the other one from the product’s tax. Default: with taxes.',
    },
    {
      key: 'currency',
      label: 'Currency',
      kind: 'text',
      required: false,
      placeholder: 'ARS',
      help: 'The currency of the price list, as a 3-letter code (ARS, CLP, MXN, USD...). Default: ARS.',
      pattern: '^[A-Za-z]{3}$|^$',
    },
    {
      key: 'batchSize',
      advanced: true,
      label: 'Products per request',
      kind: 'number',
      required: false,
      help: `How many products go in one request. Leave empty for ${DEFAULT_BATCH}; PriceDesk halves it by itself if Alephee says a request is too large.`,
      pattern: '^[1-9]\\d{0,3}$|^$',
    },
  ],
  capabilities: {
    readsCatalog: true,
    createsProducts: false,
    deletesPrices: false,
    batchSize: DEFAULT_BATCH,
    // Per endpoint and per minute, but the numbers are unpublished: paced from the x-ratelimit-* headers.
    rateLimit: null,
    writesWith: 'SKU',
    maxDecimals: MAX_DECIMALS,
  },
};

interface Settings extends CatalogContext {
  baseUrl: string;
  accountId: string;
  apiKey: string;
  batchSize: number;
}

function readSettings(connection: ResolvedConnection, env: AdapterEnv): Settings {
  const s = connection.settings;
  return {
    baseUrl: s.baseUrl?.trim() || DEFAULT_BASE_URL,
    accountId: s.accountId?.trim() ?? '',
    priceListId: s.priceListId?.trim() || undefined,
    morePriceListIds: [...new Set((s.morePriceListIds ?? '').split(',').map((t) => t.trim()).filter(Boolean))].filter((id) => id !== s.priceListId?.trim()),
    vatMode: (s.vatMode === 'excluded' ? 'excluded' : 'included') satisfies VatMode,
    currency: (s.currency?.trim() || 'ARS').toUpperCase(),
    apiKey: connection.secret.apiKey?.trim() ?? '',
    batchSize: env.tuning?.batchSize ?? (Number(s.batchSize) || DEFAULT_BATCH),
  };
}

function connect(connection: ResolvedConnection, env: AdapterEnv): VendorClient {
  const settings = readSettings(connection, env);
  env.redactor.add(settings.apiKey);
  const pacer = createPacer();
  let client: HttpClient | undefined;

  // Built on first use, so a bad address becomes a clear message where it is reported.
  function http(): HttpClient {
    if (!settings.accountId || !settings.apiKey) {
      throw wordedError('invalid_request', words('The Alephee connection needs an account id and an API key.', 'vendor.alephee.credentialsMissing'));
    }
    if (settings.morePriceListIds.length && !settings.priceListId) {
      const message = 'More price lists need the price list id of the connection too: enter it, so PriceDesk knows which list is the main one.';
      throw wordedError('invalid_request', words(message, 'vendor.alephee.mainListMissing'));
    }
    client ??= vendorHttp(env, { baseUrl: settings.baseUrl, vendorName: 'Alephee', describeError: describeAlephee });
    return client;
  }

  const fields = alepheeFieldMap(settings.vatMode, settings.priceListId, settings.morePriceListIds);
  const auth = (list: string | undefined) => ({ API_KEY: settings.apiKey, accountId: settings.accountId, priceListId: list });
  // With more lists a read must show every list's entry, so it is not filtered by one.
  const readAuth = () => auth(settings.morePriceListIds.length ? undefined : settings.priceListId);

  async function getProducts(query: Record<string, string | number>, signal: AbortSignal, onWait?: (ms: number) => void) {
    await pacer.ready(signal, onWait);
    const response = await http().request({ method: 'GET', path: 'v2/products', query: { ...readAuth(), ...query }, idempotent: true, signal, onWait });
    pacer.observe(response.headers);
    return { status: response.status, page: parseAnswer(catalogPageSchema, response.json, 'a product list') };
  }

  return {
    async testConnection(signal) {
      try {
        const { page } = await getProducts({ offset: 0, limit: 20 }, signal);
        const total = page.Paging?.Total ?? page.Total ?? page.Results.length;
        const missing = missingListProblem(settings.priceListId, page.Results);
        if (missing) {
          const params = { account: settings.accountId, ...missing.said?.params };
          return { ok: false, ...words(`Connected to Alephee account ${settings.accountId}, but: ${missing.message}`, 'vendor.alephee.testSeveralLists', params) };
        }
        const seenIds = priceListIds(page.Results);
        const seen = seenIds.join(', ');
        if (settings.priceListId && page.Results.length && page.Results.every((p) => !pickEntry(p.Price, settings.priceListId))) {
          const message = `Connected, but price list ${settings.priceListId} is not among your products’ price lists${seen ? ` (found: ${seen})` : ''}. Check the price list id.`;
          return { ok: false, ...words(message, seen ? 'vendor.alephee.testNoListFound' : 'vendor.alephee.testNoList', { id: settings.priceListId, found: seen }) };
        }
        const absent = settings.morePriceListIds.filter((id) => page.Results.length && !seenIds.includes(id)).join(', ');
        if (absent) {
          const message = `Connected, but price list ${absent} (More price lists) is not among your products’ price lists (found: ${seen}). Check the ids.`;
          return { ok: false, ...words(message, 'vendor.alephee.testNoMoreList', { ids: absent, found: seen }) };
        }
        const currencyOf = (list: string | undefined) => (pickEntry(page.Results[0]?.Price, list)?.Currency || settings.currency).toUpperCase();
        const nameOf = (list: string) => page.Results.flatMap((p) => p.Price ?? []).find((e) => String(e.PriceList?.Id) === list)?.PriceList?.Name;
        const more = settings.morePriceListIds.map((id) => ({ id, name: nameOf(id), currency: currencyOf(id) }));
        const connected = words(`Connected to Alephee account ${settings.accountId}: ${productCount(total)}.`, 'vendor.alephee.connected', { account: settings.accountId, count: total });
        return { ok: true, ...connected, fields: alepheePriceFields(settings.vatMode, currencyOf(settings.priceListId), more) };
      } catch (error) {
        // The vendor's own words may echo the key back.
        return failedTest(error, signal, (e) => env.redactor.reported(explainConnectionFailure(e, settings.accountId, settings.priceListId)));
      }
    },

    async loadCatalog({ signal, onProgress }) {
      const rows: CatalogRow[] = [];
      const nextPage = pageCeiling('Alephee', env.tuning?.maxCatalogPages);
      for (let offset = 0; ; ) {
        nextPage();
        const onWait = (waitMs: number) => onProgress({ done: rows.length, total: Math.max(rows.length, 1), waitMs });
        const { status, page } = await getProducts({ sort: 'ID', offset, limit: PAGE_SIZE }, signal, onWait);
        const missing = missingListProblem(settings.priceListId, page.Results);
        if (missing) throw wordedError('invalid_request', missing);
        rows.push(...page.Results.map((p) => toRow(p, settings)));
        offset += page.Results.length;
        const total = page.Paging?.Total ?? page.Total ?? undefined;
        onProgress({ done: rows.length, total: Math.max(total ?? rows.length, rows.length) });
        // 206 says more exist; a total beyond what we have says the same when the status does not.
        const more = page.Results.length > 0 && (status === 206 || (total !== undefined && total !== null && offset < total));
        if (!more) break;
      }
      env.log.info(`alephee catalog: ${rows.length} rows`);
      return rows;
    },

    async readPrices(rows, { signal, onProgress }) {
      // One read per SKU answers every field of it asked for.
      const prices = new Map<string, string | null>();
      const bySku = new Map<string, RowRef[]>();
      for (const row of rows) bySku.set(row.sku, [...(bySku.get(row.sku) ?? []), row]);
      let done = 0;
      for (const [sku, refs] of bySku) {
        const { page } = await getProducts({ SKU: sku, offset: 0, limit: 5 }, signal);
        const missing = missingListProblem(settings.priceListId, page.Results);
        if (missing) throw wordedError('invalid_request', missing);
        const product = page.Results.find((p) => p.Identification.SKU === sku);
        for (const ref of refs) {
          const target = targetOf(ref, fields);
          if (product && target) prices.set(changeId(ref), fieldValue(product, target));
        }
        done += refs.length;
        onProgress({ done, total: rows.length });
      }
      return prices;
    },

    async submit(changes, { signal, onProgress, onResults, beforeRequest }) {
      const { settle, cancel, onWait, done, finish } = createSettler(changes, { onProgress, onResults });
      const entries = changes.map((change, index) => ({ change, index }));
      const invalid = entries.filter((e) => localProblem(e.change, fields));
      if (invalid.length) settle(invalid, invalid.map((e) => localProblem(e.change, fields)!));
      let batchSize = Math.max(1, settings.batchSize);
      const plan = planRequests(entries.filter((e) => !localProblem(e.change, fields)), batchSize, fields);
      if (plan.refused.length) settle(plan.refused.map((r) => r.entry), plan.refused.map((r) => r.result));
      const queue = plan.requests;
      const entriesOf = (requests: AlepheeRequest<Indexed>[]) => requests.flatMap((r) => r.objects.flatMap((o) => o.parts.map((p) => p.entry)));

      while (queue.length) {
        const request = queue.shift()!;
        const batch = request.objects;
        const batchEntries = entriesOf([request]);
        const sent: PriceUpdate[] = batchEntries.map((e) => e.change);
        const rest = () => entriesOf([request, ...queue.splice(0)]);
        try {
          signal.throwIfAborted();
          await pacer.ready(signal, onWait);
          await beforeRequest?.(sent);
        } catch (error) {
          if (!signal.aborted) throw error;
          cancel(rest());
          break;
        }
        let response;
        try {
          response = await http().request({
            method: 'POST',
            path: 'v2/products',
            query: auth(request.list),
            body: batch.map(productBody),
            // Absolute prices: applying the same body twice has the effect of once.
            idempotent: true,
            finishInFlight: true,
            acceptStatuses: [412, 413],
            signal,
            onWait,
          });
        } catch (error) {
          if (!(error instanceof HttpError)) {
            // Aborted before the request left (limiter wait): nothing was sent.
            if (!signal.aborted) throw error;
            cancel(rest());
            break;
          }
          settle(batchEntries, failedRequestRows('Alephee', sent, error, signal.aborted));
          if (stopsSubmission(error) && queue.length) {
            const blocked = entriesOf(queue.splice(0));
            settle(blocked, notSent(blocked.map((e) => e.change), stopWords('Alephee', error), stopSaid('Alephee', error)));
          }
          continue;
        }
        pacer.observe(response.headers);
        if (response.status === 413) {
          // Nothing was processed: retry the same objects in halves, and keep later requests that small.
          if (batch.length > 1) {
            batchSize = Math.ceil(batch.length / 2);
            const again = [request, ...queue.splice(0)].flatMap((r) => (r.objects.length > batchSize ? splitRequests(r.objects, batchSize).map((objects) => ({ list: r.list, objects })) : [r]));
            queue.push(...again);
            env.log.warn(`alephee: request too large, now sending ${batchSize} products per request`);
            continue;
          }
          const message = 'Alephee refused even a single product as too large (HTTP 413).';
          settle(batchEntries, rowsWith(sent, 'error', message, 'http_413', { said: { id: 'vendor.alephee.tooLarge' } }));
          continue;
        }
        let rowResults: RowResult[];
        try {
          const objects = batch.map((o) => ({ sku: o.sku, changes: o.parts.map((p) => p.entry.change) }));
          rowResults = mapItems(objects, parseAnswer(submitAnswerSchema, response.json, 'an answer')).flat();
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          // The request was processed but the answer is unreadable: the rows need checking.
          rowResults = rowsWith(sent, 'unknown', error.message, null, errorWords(error));
        }
        settle(batchEntries, rowResults);
      }
      env.log.info(`alephee submit: ${done()} of ${changes.length} rows settled`);
      return finish();
    },
  };
}

/** The Alephee connector. */
export const alepheeAdapter: VendorAdapter = { description, connect };
