/**
 * Geins (headless commerce) connector. Prices live on price lists, one per market and type
 * (ordinary, sale, campaign); the connection edits one list. Writes go in batches to
 * `PUT /API/PriceList/Price`, whose answer lists refused rows (Invalid, NotFound) and
 * sometimes only "Success.": then the rows are verified by reading the prices back.
 */
import { isDecimal, toFixed } from '../../../shared/money';
import type { CatalogRow, PriceUpdate, RowResult, VendorDescription } from '../../../shared/types';
import { AppError } from '../../core/errors';
import { HttpError, type HttpClient } from '../../core/http';
import { chunks } from '../common/batches';
import { fitsDecimals } from '../common/decimals';
import { notSent, rowResult, rowsWith, stopsSubmission, waitRefusedRows } from '../common/results';
import { failedTest } from '../common/test-failure';
import { skippedAsCancelled, type AdapterEnv, type ResolvedConnection, type RowRef, type VendorAdapter, type VendorClient } from '../types';
import { campaignRefusal, GEINS_DEFAULT_BATCH, GEINS_DEFAULT_URL, GEINS_MAX_BATCH, priceListType, readSettings, type GeinsSettings } from './connection';
import { mapUpdateAnswer, priceOn, toRow, updateAnswerSchema, verifyRows, writeIdOf, type GeinsPriceList, type UpdateAnswer } from './map';
import { fetchPriceLists, geinsHttp, putPrices, queryProducts, type ProductFilter } from './requests';

const MAX_DECIMALS = 2;
const QUERY_CHUNK = 1000;

const description: VendorDescription = {
  id: 'geins',
  displayName: 'Geins',
  fields: [
    { key: 'apiUser', label: 'API user', kind: 'text', required: true, help: 'The user name of an API user: Geins Merchant Center > Settings > API users.', pattern: '^\\S.{0,199}$' },
    { key: 'apiPassword', label: 'API user password', kind: 'secret', required: true, help: 'The password of that API user, set when the user was created in Merchant Center.' },
    { key: 'apiKey', label: 'Management API key', kind: 'secret', required: true, help: 'Geins Merchant Center > Settings > API keys: the key for the Management API (sent as X-ApiKey).', pattern: '^\\S{8,}$' },
    {
      key: 'priceListId',
      label: 'Price list id',
      kind: 'number',
      required: true,
      help: 'The list to edit, from Merchant Center > Pricing > Price lists (Test connection lists them). Ids are market id × 1000000 + type: 1000000 is market 1’s ordinary list, 1000001 its sale list. Campaign lists (ending in 2, e.g. 1000002) cannot be changed through the API and are refused.',
      pattern: '^[1-9]\\d{6,9}$',
      placeholder: '1000000',
    },
    {
      key: 'productIdType',
      label: 'Write prices by',
      kind: 'select',
      required: false,
      help: 'Which id PriceDesk sends to Geins with each price. Default: the Geins product id.',
      options: [
        { value: '0', label: 'Geins product id (e.g. 10001)' },
        { value: '1', label: 'Article number (e.g. ABC123)' },
      ],
    },
    {
      key: 'batchSize',
      label: 'Rows per request',
      kind: 'number',
      required: false,
      help: `How many prices go in one request. Geins documents no maximum for this call (similar calls allow ${GEINS_MAX_BATCH}); leave empty for ${GEINS_DEFAULT_BATCH}.`,
      pattern: '^[1-9]\\d{0,4}$',
    },
    { key: 'baseUrl', label: 'API address', kind: 'url', routing: true, required: false, help: `Leave empty for ${GEINS_DEFAULT_URL}.`, pattern: '^https?://\\S+$', placeholder: GEINS_DEFAULT_URL },
  ],
  capabilities: {
    readsCatalog: true,
    createsProducts: false,
    deletesPrices: false,
    batchSize: GEINS_DEFAULT_BATCH,
    rateLimit: null,
    writesWith: 'product id or article number, per price list',
    maxDecimals: MAX_DECIMALS,
  },
};

/** Plain words for a connection test refused by Geins, by status. */
const TEST_FAILURES: Record<number, string> = {
  401: 'Geins did not accept the credentials: check the API user, its password and the management API key (all three must belong to the same Geins account).',
  403: 'Geins refused access: this API user may not read price lists. Give it access in Merchant Center > Settings > API users.',
};

function hasRowLists(json: unknown): boolean {
  const parsed = updateAnswerSchema.safeParse(json);
  return parsed.success && (parsed.data.Invalid != null || parsed.data.NotFound != null);
}

function listWords(list: GeinsPriceList): string {
  const type = priceListType(list.Id);
  const notes = [list.Currency, list.ExVat ? 'ex VAT' : 'inc VAT', type === 'campaign' ? 'campaign: read only' : type].filter(Boolean);
  return `${list.Id} ${list.Name ?? ''} (${notes.join(', ')})`.replace(/\s+\(/, ' (');
}

function connect(connection: ResolvedConnection, env: AdapterEnv): VendorClient {
  env.redactor.add(connection.secret.apiPassword);
  env.redactor.add(connection.secret.apiKey);
  let cached: { settings: GeinsSettings; http: HttpClient; list?: GeinsPriceList } | undefined;
  function client() {
    if (!cached) {
      const settings = readSettings(connection, env.tuning?.batchSize);
      cached = { settings, http: geinsHttp(settings, env) };
    }
    return cached;
  }

  /** The connection's price list, read once; its ExVat decides the VAT basis of every price. */
  async function ourList(signal: AbortSignal): Promise<GeinsPriceList> {
    const c = client();
    if (c.list) return c.list;
    const lists = await fetchPriceLists(c.http, signal);
    const list = lists.find((l) => l.Id === c.settings.priceListId);
    if (!list) {
      throw new AppError('not_found', `Geins has no price list ${c.settings.priceListId}. Lists on this account: ${lists.map(listWords).join('; ') || 'none'}.`);
    }
    c.list = list;
    return list;
  }

  async function readPrices(rows: RowRef[], { signal, onProgress }: { signal: AbortSignal; onProgress: (p: { done: number; total: number }) => void }) {
    const { settings, http } = client();
    const list = await ourList(signal);
    const prices = new Map<string, string | null>();
    // Match answers back by the id the filter used.
    const byId = new Map<string, string>();
    for (const row of rows) {
      const id = settings.productIdType === 1 ? writeIdOf(row.vendorIds, row.sku, settings) : (row.vendorIds.productId ?? row.key);
      if (settings.productIdType === 1 || /^\d+$/.test(id)) byId.set(settings.productIdType === 1 ? id.toLowerCase() : id, row.key);
    }
    const ids = [...byId.keys()];
    let done = 0;
    for (const chunk of chunks(ids, QUERY_CHUNK)) {
      const filter: ProductFilter = settings.productIdType === 1 ? { ArticleNumbers: chunk } : { ProductIds: chunk.map(Number) };
      await queryProducts(http, filter, signal, (products) => {
        for (const p of products) {
          const key = byId.get(settings.productIdType === 1 ? (p.ArticleNumber ?? '').toLowerCase() : String(p.ProductId));
          if (key !== undefined) prices.set(key, priceOn(p, list));
        }
      }, env.tuning?.maxCatalogPages);
      done += chunk.length;
      onProgress({ done, total: ids.length });
    }
    return prices;
  }

  /** Sends one batch and settles its rows; `undefined` when cancelled before it left. */
  async function sendBatch(batch: PriceUpdate[], list: GeinsPriceList, signal: AbortSignal, onWait: (ms: number) => void, beforeRequest?: (rows: PriceUpdate[]) => Promise<void>): Promise<{ results: RowResult[]; fatal?: string } | undefined> {
    const { settings, http } = client();
    const results: (RowResult | undefined)[] = new Array(batch.length);
    const sent: { change: PriceUpdate; writeId: string; index: number }[] = [];
    batch.forEach((change, index) => {
      const writeId = writeIdOf(change.vendorIds, change.sku, settings);
      if (!writeId) results[index] = rowResult(change, 'error', 'This row has no Geins id to write with. Reload the catalog.', 'bad_id');
      else if (!isDecimal(change.newPrice)) results[index] = rowResult(change, 'error', `"${change.newPrice}" is not a price.`, 'bad_price');
      else if (!fitsDecimals(change.newPrice, MAX_DECIMALS)) {
        results[index] = rowResult(change, 'error', `Geins takes at most ${MAX_DECIMALS} decimals here; round the price first.`, 'too_many_decimals');
      } else sent.push({ change, writeId, index });
    });
    const settle = (rows: RowResult[]) => rows.forEach((row, n) => (results[sent[n]!.index] = row));
    let fatal: string | undefined;
    if (sent.length) {
      if (signal.aborted) return undefined;
      await beforeRequest?.(sent.map((s) => s.change));
      const body = sent.map(({ change, writeId }) => ({
        PriceListId: list.Id,
        // Geins reads Price as a double; the decimal string becomes one only here.
        Price: Number(toFixed(change.newPrice, MAX_DECIMALS)),
        ProductId: writeId,
        ...(list.Currency ? { Currency: list.Currency } : {}),
        StaggeredCount: 1,
      }));
      let answer: UpdateAnswer | undefined;
      try {
        // pricesIncVat must match the list: true only where the list holds prices with VAT.
        answer = await putPrices(http, settings, !list.ExVat, body, signal, onWait);
      } catch (error) {
        if (!(error instanceof AppError) && signal.aborted) return undefined;
        const changes = sent.map((s) => s.change);
        if (error instanceof HttpError && error.status === 0) settle(rowsWith(changes, 'unknown', `Sent, but no answer came from Geins (${error.message}) Check these prices before sending them again.`, 'no_answer'));
        else if (error instanceof HttpError && error.retryAt !== undefined) {
          settle(waitRefusedRows(changes, error));
          fatal = error.message;
        } else if (error instanceof HttpError && stopsSubmission(error)) {
          settle(rowsWith(changes, 'error', error.message, error.status === 401 ? 'unauthorized' : 'forbidden'));
          fatal = error.message;
        } else if (error instanceof HttpError && error.status === 400 && hasRowLists(error.json)) {
          // A 400 may carry the same Invalid/NotFound lists; whether the other rows were saved is not said.
          const listed = mapUpdateAnswer(sent, updateAnswerSchema.parse(error.json), settings);
          settle(listed.map((row) => (row.status === 'ok' ? { ...row, status: 'unknown' as const, message: `Geins refused the request (${error.message}) without saying whether this row was saved.`, code: 'unconfirmed' } : row)));
        } else if (error instanceof HttpError) settle(rowsWith(changes, 'error', error.message, `http_${error.status}`));
        else settle(rowsWith(changes, 'unknown', error instanceof Error ? error.message : 'Geins’ answer could not be read.', 'unreadable_answer'));
      }
      if (answer) {
        const silent = answer.Invalid == null && answer.NotFound == null && answer.UpdateCount == null;
        // "Success." with no lists says nothing per row: those rows are verified below.
        if (!silent) settle(mapUpdateAnswer(sent, answer, settings));
        else settle(rowsWith(sent.map((s) => s.change), 'unknown', `Geins answered "${answer.Message ?? ''}" without saying which prices it saved.`, 'unconfirmed'));
      }
      const rows = sent.map((s) => results[s.index]!);
      if (rows.some((row) => row.code === 'unconfirmed') && !signal.aborted) {
        try {
          const changes = sent.map((s) => s.change);
          const back = await readPrices(changes, { signal, onProgress: () => undefined });
          // Only this batch's unconfirmed rows are unknown here; verifyRows leaves the others as they are.
          settle(verifyRows(rows, changes, back));
        } catch (error) {
          env.log.warn(`geins: reading back after an unconfirmed update failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    return { results: results as RowResult[], fatal };
  }

  return {
    async testConnection(signal) {
      try {
        const { settings, http } = client();
        const lists = await fetchPriceLists(http, signal);
        const list = lists.find((l) => l.Id === settings.priceListId);
        const all = lists.map(listWords).join('; ') || 'none';
        if (!list) return { ok: false, message: `Connected to Geins, but it has no price list ${settings.priceListId}. Lists on this account: ${all}.` };
        const refusal = campaignRefusal(list.Id);
        if (refusal) return { ok: false, message: `Connected to Geins. ${refusal} Lists on this account: ${all}.` };
        return { ok: true, message: `Connected to Geins. Editing price list ${listWords(list)}. Lists on this account: ${all}.` };
      } catch (error) {
        return failedTest(error, signal, (e) => TEST_FAILURES[e.status]);
      }
    },

    async loadCatalog({ signal, onProgress }) {
      const { http } = client();
      const list = await ourList(signal);
      const rows: CatalogRow[] = [];
      await queryProducts(http, {}, signal, (products, total) => {
        for (const p of products) rows.push(toRow(p, list));
        onProgress({ done: rows.length, total: Math.max(total, rows.length) });
      }, env.tuning?.maxCatalogPages);
      return rows;
    },

    async submit(changes, { signal, onProgress, onResults, beforeRequest }) {
      const { settings } = client();
      const refusal = campaignRefusal(settings.priceListId);
      if (refusal) {
        const refused = rowsWith(changes, 'error', refusal, 'campaign_price_list');
        onResults(refused);
        onProgress({ done: changes.length, total: changes.length });
        return refused;
      }
      if (signal.aborted) return skippedAsCancelled(changes);
      const list = await ourList(signal);
      const results: RowResult[] = [];
      let stop: string | undefined;
      for (let start = 0; start < changes.length; start += settings.batchSize) {
        const batch = changes.slice(start, start + settings.batchSize);
        if (stop) {
          const rest = notSent(changes.slice(start), stop);
          results.push(...rest);
          onResults(rest);
          break;
        }
        const sent = signal.aborted ? undefined : await sendBatch(batch, list, signal, (waitMs) => onProgress({ done: results.length, total: changes.length, waitMs }), beforeRequest);
        if (!sent) {
          const rest = skippedAsCancelled(changes.slice(start));
          results.push(...rest);
          onResults(rest);
          break;
        }
        stop = sent.fatal;
        results.push(...sent.results);
        onResults(sent.results);
        onProgress({ done: results.length, total: changes.length });
      }
      env.log.info(`geins submit: ${results.filter((r) => r.status !== 'skipped').length} settled, ${results.filter((r) => r.status === 'skipped').length} not sent`);
      return results;
    },

    readPrices,
  };
}

/** The Geins connector. */
export const geinsAdapter: VendorAdapter = { description, connect };
