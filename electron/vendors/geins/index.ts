/**
 * Geins (headless commerce) connector. Prices live on price lists (per market: ordinary,
 * sale, campaign; plus custom lists); the connection edits one list. Writes go in batches
 * to `PUT /API/PriceList/Price`, whose answer lists refused rows (Invalid, NotFound) and
 * sometimes only "Success.": then the rows are verified by reading the prices back. A price
 * is removed by writing -1, which Geins documents for custom lists only.
 */
import { isDecimal, toFixed } from '../../../shared/money';
import type { CatalogRow, PriceChange, RowResult } from '../../../shared/types';
import { AppError } from '../../core/errors';
import { HttpError, type HttpClient } from '../../core/http';
import { chunks } from '../common/batches';
import { fitsDecimals } from '../common/decimals';
import { notSent, rowResult, rowsWith, stopsSubmission, waitRefusedRows } from '../common/results';
import { failedTest } from '../common/test-failure';
import { skippedAsCancelled, type AdapterEnv, type ResolvedConnection, type RowRef, type SubmitOptions, type VendorAdapter, type VendorClient } from '../types';
import { campaignRefusal, priceListType, readSettings, type GeinsSettings } from './connection';
import { description, geinsPriceFields, MAX_DECIMALS } from './describe';
import { mapUpdateAnswer, priceOn, toRow, updateAnswerSchema, verifyRows, writeIdOf, type GeinsPriceList, type UpdateAnswer } from './map';
import { fetchPriceLists, geinsHttp, isCustomList, putPrices, queryProducts, type PriceBody, type ProductFilter } from './requests';
import { CATALOG_INCLUDE } from './groups';

const QUERY_CHUNK = 1000;
/** What `Price` says to remove a price from a custom list (OpenAPI v1.12.1). */
const REMOVE = -1;

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
  const notes = [list.Currency, type === 'campaign' ? 'campaign: read only' : type, list.Active === false ? 'inactive' : ''].filter(Boolean);
  return `${list.Id} ${list.Name ?? ''} (${notes.join(', ')})`.replace(/\s+\(/, ' (');
}

const vatWords = (settings: GeinsSettings) => (settings.vatMode === 'included' ? 'with VAT' : 'without VAT');

function connect(connection: ResolvedConnection, env: AdapterEnv): VendorClient {
  env.redactor.add(connection.secret.apiPassword);
  env.redactor.add(connection.secret.apiKey);
  let cached: { settings: GeinsSettings; http: HttpClient; list?: GeinsPriceList; custom?: boolean } | undefined;
  function client() {
    if (!cached) {
      const settings = readSettings(connection, env.tuning?.batchSize);
      cached = { settings, http: geinsHttp(settings, env) };
    }
    return cached;
  }

  /** The connection's price list, read once: it must be one Geins lists, and gives the currency. */
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
          if (key !== undefined) prices.set(key, priceOn(p, settings.priceListId, settings.vatMode));
        }
      }, env.tuning?.maxCatalogPages);
      done += chunk.length;
      onProgress({ done, total: ids.length });
    }
    return prices;
  }

  /** Why a change cannot be sent, as its result; null when it can. */
  function localProblem(change: PriceChange, writeId: string): RowResult | null {
    if (!writeId) return rowResult(change, 'error', 'This row has no Geins id to write with. Reload the catalog.', 'bad_id');
    if (change.newPrice === null) return null;
    if (!isDecimal(change.newPrice)) return rowResult(change, 'error', `"${change.newPrice}" is not a price.`, 'bad_price');
    if (!fitsDecimals(change.newPrice, MAX_DECIMALS)) return rowResult(change, 'error', `Geins takes at most ${MAX_DECIMALS} decimals here; round the price first.`, 'too_many_decimals');
    return null;
  }

  /** Sends one batch (new prices or removals) and settles its rows; `undefined` when cancelled before it left. */
  async function sendBatch(batch: PriceChange[], list: GeinsPriceList, signal: AbortSignal, onWait: (ms: number) => void, beforeRequest?: (rows: PriceChange[]) => Promise<void>): Promise<{ results: RowResult[]; fatal?: string } | undefined> {
    const { settings, http } = client();
    const results: (RowResult | undefined)[] = new Array(batch.length);
    const sent: { change: PriceChange; writeId: string; index: number }[] = [];
    batch.forEach((change, index) => {
      const writeId = writeIdOf(change.vendorIds, change.sku, settings);
      const problem = localProblem(change, writeId);
      if (problem) results[index] = problem;
      else sent.push({ change, writeId, index });
    });
    const settle = (rows: RowResult[]) => rows.forEach((row, n) => (results[sent[n]!.index] = row));
    let fatal: string | undefined;
    if (sent.length) {
      if (signal.aborted) return undefined;
      await beforeRequest?.(sent.map((s) => s.change));
      const body: PriceBody[] = sent.map(({ change, writeId }) => ({
        PriceListId: list.Id,
        // Geins reads Price as a double; the decimal string becomes one only here.
        Price: change.newPrice === null ? REMOVE : Number(toFixed(change.newPrice, MAX_DECIMALS)),
        ProductId: writeId,
        ...(list.Currency ? { Currency: list.Currency } : {}),
        StaggeredCount: 1,
      }));
      let answer: UpdateAnswer | undefined;
      try {
        answer = await putPrices(http, settings, body, signal, onWait);
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

  /** Sends changes in batches, stopping on refused credentials and skipping what a cancel leaves. */
  async function sendAll(changes: PriceChange[], { signal, onProgress, onResults, beforeRequest }: SubmitOptions): Promise<RowResult[]> {
    const { settings } = client();
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
    env.log.info(`geins: ${results.filter((r) => r.status !== 'skipped').length} settled, ${results.filter((r) => r.status === 'skipped').length} not sent`);
    return results;
  }

  /** Every row refused before anything is sent, reported like any other result. */
  function refuseAll(changes: PriceChange[], message: string, code: string, { onResults, onProgress }: SubmitOptions): RowResult[] {
    const refused = rowsWith(changes, 'error', message, code);
    onResults(refused);
    onProgress({ done: changes.length, total: changes.length });
    return refused;
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
        const more = settings.morePriceListIds.map((id) => lists.find((l) => l.Id === id) ?? id);
        const missing = more.filter((l) => typeof l === 'number');
        if (missing.length) return { ok: false, message: `Connected to Geins, but it has no price list ${missing.join(', ')} (More price lists). Lists on this account: ${all}.` };
        const moreLists = more.filter((l) => typeof l !== 'number');
        const moreRefusal = moreLists.map((l) => campaignRefusal(l.Id)).find(Boolean);
        if (moreRefusal) return { ok: false, message: `Connected to Geins. ${moreRefusal} Lists on this account: ${all}.` };
        const fields = geinsPriceFields([list, ...moreLists], settings);
        return { ok: true, message: `Connected to Geins. Editing price list ${listWords(list)}, prices ${vatWords(settings)}. Lists on this account: ${all}.`, fields };
      } catch (error) {
        return failedTest(error, signal, (e) => TEST_FAILURES[e.status]);
      }
    },

    async loadCatalog({ signal, onProgress }) {
      const { http, settings } = client();
      const list = await ourList(signal);
      const rows: CatalogRow[] = [];
      await queryProducts(http, {}, signal, (products, total) => {
        for (const p of products) rows.push(toRow(p, list, settings.vatMode, [list.Id, ...settings.morePriceListIds]));
        onProgress({ done: rows.length, total: Math.max(total, rows.length) });
        // The categories' names ride along for the grouping fields (groups.ts): no extra request.
      }, env.tuning?.maxCatalogPages, CATALOG_INCLUDE);
      return rows;
    },

    async submit(changes, options) {
      const refusal = campaignRefusal(client().settings.priceListId);
      if (refusal) return refuseAll(changes, refusal, 'campaign_price_list', options);
      if (options.signal.aborted) return skippedAsCancelled(changes);
      return sendAll(changes, options);
    },

    async removePrices(changes, options) {
      if (options.signal.aborted) return skippedAsCancelled(changes);
      const c = client();
      c.custom ??= await isCustomList(c.http, c.settings.priceListId, options.signal);
      if (!c.custom) {
        const message = `Geins removes prices only on custom price lists, and ${c.settings.priceListId} is a standard list. Nothing was sent; set a price instead.`;
        return refuseAll(changes, message, 'removal_unsupported', options);
      }
      return sendAll(changes, options);
    },

    readPrices,
  };
}

/** The Geins connector. */
export const geinsAdapter: VendorAdapter = { description, connect };
