/**
 * Geins (headless commerce) connector. Prices live on price lists (per market: ordinary,
 * sale, campaign; plus custom lists); the connection edits one list. Writes go in batches
 * to `PUT /API/PriceList/Price`, whose answer lists refused rows (Invalid, NotFound) and
 * sometimes only "Success.": then the rows are verified by reading the prices back. A price
 * is removed by writing -1, which Geins documents for custom lists only.
 */
import { isDecimal, toFixed } from '../../../shared/money';
import { changeId, type CatalogRow, type PriceChange, type RowResult } from '../../../shared/types';
import { AppError, errorWords } from '../../core/errors';
import { HttpError, type HttpClient } from '../../core/http';
import { chunks } from '../common/batches';
import { fitsDecimals } from '../common/decimals';
import { noResult, notSent, rowResult, rowsWith, stopSaid, stopsSubmission, waitRefusedRows } from '../common/results';
import { failedTest } from '../common/test-failure';
import { skippedAsCancelled, type AdapterEnv, type ResolvedConnection, type RowRef, type SubmitOptions, type VendorAdapter, type VendorClient } from '../types';
import { campaignRefusal, priceListType, readSettings, type GeinsSettings } from './connection';
import { description, geinsFieldId, geinsPriceFields, MAX_DECIMALS } from './describe';
import { mapUpdateAnswer, priceOn, toRow, updateAnswerSchema, verifyRows, writeIdOf, type GeinsPriceList, type UpdateAnswer } from './map';
import { fetchPriceLists, geinsHttp, isCustomList, planPuts, putPrices, queryProducts, type PlannedPrice, type PriceBody, type ProductFilter } from './requests';
import { CATALOG_INCLUDE } from './groups';
import { notAPrice, saidOf, wordedError, words, wordsOf, type Words } from '../common/words';
import type { SaidId } from '../../../shared/said-ids';
import type { Said, SaidParam } from '../../../shared/said';

const QUERY_CHUNK = 1000;

/** A change on its way: its position in the submission, its list and write id. */
interface Planned extends PlannedPrice {
  change: PriceChange;
  index: number;
}
/** What `Price` says to remove a price from a custom list (OpenAPI v1.12.1). */
const REMOVE = -1;

/** Plain words for a connection test refused by Geins, by status. */
const TEST_FAILURES: Record<number, Words> = {
  401: words('Geins did not accept the credentials: check the API user, its password and the management API key (all three must belong to the same Geins account).', 'vendor.geins.credentialsRefused'),
  403: words('Geins refused access: this API user may not read price lists. Give it access in Merchant Center > Settings > API users.', 'vendor.geins.forbidden'),
};

function hasRowLists(json: unknown): boolean {
  const parsed = updateAnswerSchema.safeParse(json);
  return parsed.success && (parsed.data.Invalid != null || parsed.data.NotFound != null);
}

/** A price list as a test names it, "1000002 Black Friday (SEK, campaign: read only)": Geins' id, name and currency, our words for its kind and state. */
function listWords(list: GeinsPriceList): Words {
  const type = priceListType(list.Id);
  const notes: [string, string | Said][] = [
    ...(list.Currency ? [[list.Currency, list.Currency] as [string, string]] : []),
    [type === 'campaign' ? 'campaign: read only' : type, { id: `vendor.geins.listType.${type}` }],
    ...(list.Active === false ? [['inactive', { id: 'vendor.geins.listInactive' }] as [string, Said]] : []),
  ];
  const message = `${list.Id} ${list.Name ?? ''} (${notes.map(([english]) => english).join(', ')})`.replace(/\s+\(/, ' (');
  const params = { id: list.Id, notes: notes.map(([, said]) => said) };
  return list.Name ? words(message, 'vendor.geins.list', { ...params, name: list.Name }) : words(message, 'vendor.geins.listNoName', params);
}

/** Every list on the account, for a test or a refusal to name: in English joined by "; ", as our words a list (or "none"). */
function allLists(lists: GeinsPriceList[]): { text: string; said: SaidParam } {
  const each = lists.map(listWords);
  return { text: each.map((w) => w.message).join('; '), said: each.length ? each.map((w) => w.said!) : { id: 'vendor.geins.noLists' } };
}

const vatWords = (settings: GeinsSettings) => (settings.vatMode === 'included' ? 'with VAT' : 'without VAT');

function connect(connection: ResolvedConnection, env: AdapterEnv): VendorClient {
  env.redactor.add(connection.secret.apiPassword);
  env.redactor.add(connection.secret.apiKey);
  let cached: { settings: GeinsSettings; http: HttpClient; lists?: GeinsPriceList[]; custom: Map<number, boolean> } | undefined;
  function client() {
    if (!cached) {
      const settings = readSettings(connection, env.tuning?.batchSize);
      cached = { settings, http: geinsHttp(settings, env), custom: new Map() };
    }
    return cached;
  }

  /** Geins' price lists, read once: the connection's must be among them; they give each list's currency. */
  async function knownLists(signal: AbortSignal): Promise<GeinsPriceList[]> {
    const c = client();
    c.lists ??= await fetchPriceLists(c.http, signal);
    if (!c.lists.some((l) => l.Id === c.settings.priceListId)) {
      const lists = c.lists;
      c.lists = undefined;
      const all = allLists(lists);
      const message = `Geins has no price list ${c.settings.priceListId}. Lists on this account: ${all.text || 'none'}.`;
      throw wordedError('not_found', words(message, all.text ? 'vendor.geins.noPriceList' : 'vendor.geins.noPriceListNone', { id: c.settings.priceListId, lists: all.said }));
    }
    return c.lists;
  }

  /** The connection's price list. */
  async function ourList(signal: AbortSignal): Promise<GeinsPriceList> {
    return (await knownLists(signal)).find((l) => l.Id === client().settings.priceListId)!;
  }

  /** The list a change's (or a read's) field names: the connection's for the primary, else one of its "More price lists". */
  function listOf(field: string | undefined): number | undefined {
    const { settings } = client();
    if (field === undefined) return settings.priceListId;
    return [settings.priceListId, ...settings.morePriceListIds].find((id) => geinsFieldId(id) === field);
  }

  async function readPrices(rows: RowRef[], { signal, onProgress }: { signal: AbortSignal; onProgress: (p: { done: number; total: number }) => void }) {
    const { settings, http } = client();
    const prices = new Map<string, string | null>();
    // Match answers back by the id the filter used; one product read answers every list asked for.
    const byId = new Map<string, RowRef[]>();
    for (const row of rows) {
      const id = settings.productIdType === 1 ? writeIdOf(row.vendorIds, row.sku, settings) : (row.vendorIds.productId ?? row.key);
      if (listOf(row.field) === undefined || !(settings.productIdType === 1 || /^\d+$/.test(id))) continue;
      const norm = settings.productIdType === 1 ? id.toLowerCase() : id;
      byId.set(norm, [...(byId.get(norm) ?? []), row]);
    }
    const ids = [...byId.keys()];
    let done = 0;
    for (const chunk of chunks(ids, QUERY_CHUNK)) {
      const filter: ProductFilter = settings.productIdType === 1 ? { ArticleNumbers: chunk } : { ProductIds: chunk.map(Number) };
      await queryProducts(http, filter, signal, (products) => {
        for (const p of products) {
          const refs = byId.get(settings.productIdType === 1 ? (p.ArticleNumber ?? '').toLowerCase() : String(p.ProductId)) ?? [];
          for (const ref of refs) prices.set(changeId(ref), priceOn(p, listOf(ref.field)!, settings.vatMode));
        }
      }, env.tuning?.maxCatalogPages);
      done += chunk.length;
      onProgress({ done, total: ids.length });
    }
    return prices;
  }

  /** Why a change cannot be sent, as its result; null when it can. */
  function localProblem(change: PriceChange, listId: number | undefined, writeId: string): RowResult | null {
    const refused = (w: Words, code: string) => rowResult(change, 'error', w.message, code, saidOf(w));
    if (listId === undefined) {
      const id = client().settings.priceListId;
      return refused(words(`This Geins connection has no price field "${change.field}": its price lists are ${id} and its More price lists.`, 'vendor.geins.unknownField', { field: change.field ?? '', id }), 'unknown_field');
    }
    const refusal = campaignRefusal(listId);
    if (refusal) return refused(refusal, 'campaign_price_list');
    if (!writeId) return refused(words('This row has no Geins id to write with. Reload the catalog.', 'vendor.geins.noWriteId'), 'bad_id');
    if (change.newPrice === null) return null;
    if (!isDecimal(change.newPrice)) return refused(notAPrice(change.newPrice), 'bad_price');
    if (!fitsDecimals(change.newPrice, MAX_DECIMALS)) return refused(words(`Geins takes at most ${MAX_DECIMALS} decimals here; round the price first.`, 'vendor.geins.tooManyDecimals', { count: MAX_DECIMALS }), 'too_many_decimals');
    return null;
  }

  /** Sends one PUT (new prices or removals, on one or more lists) and answers for each of its prices; `undefined` when cancelled before it left. */
  async function sendBatch(sent: Planned[], lists: GeinsPriceList[], signal: AbortSignal, onWait: (ms: number) => void, beforeRequest?: (rows: PriceChange[]) => Promise<void>): Promise<{ results: RowResult[]; fatal?: HttpError } | undefined> {
    const { settings, http } = client();
    const results: RowResult[] = new Array(sent.length);
    const settle = (rows: RowResult[]) => rows.forEach((row, n) => (results[n] = row));
    const changes = sent.map((s) => s.change);
    let fatal: HttpError | undefined;
    if (signal.aborted) return undefined;
    await beforeRequest?.(changes);
    const body: PriceBody[] = sent.map(({ change, writeId, listId }) => {
      const currency = lists.find((l) => l.Id === listId)?.Currency;
      return {
        PriceListId: listId,
        // Geins reads Price as a double; the decimal string becomes one only here.
        Price: change.newPrice === null ? REMOVE : Number(toFixed(change.newPrice, MAX_DECIMALS)),
        ProductId: writeId,
        ...(currency ? { Currency: currency } : {}),
        StaggeredCount: 1,
      };
    });
    let answer: UpdateAnswer | undefined;
    try {
      answer = await putPrices(http, settings, body, signal, onWait);
    } catch (error) {
      if (!(error instanceof AppError) && signal.aborted) return undefined;
      if (error instanceof HttpError && error.status === 0) {
        settle(rowsWith(changes, 'unknown', `Sent, but no answer came from Geins (${error.message}) Check these prices before sending them again.`, 'no_answer', { said: { id: 'row.noAnswerUnknown', params: { vendor: 'Geins' } } }));
      }
      else if (error instanceof HttpError && error.retryAt !== undefined) {
        settle(waitRefusedRows(changes, error));
        fatal = error;
      } else if (error instanceof HttpError && stopsSubmission(error)) {
        settle(rowsWith(changes, 'error', error.message, error.status === 401 ? 'unauthorized' : 'forbidden', errorWords(error)));
        fatal = error;
      } else if (error instanceof HttpError && error.status === 400 && hasRowLists(error.json)) {
        // A 400 may carry the same Invalid/NotFound lists; whether the other rows were saved is not said.
        const listed = mapUpdateAnswer(sent, updateAnswerSchema.parse(error.json), settings);
        const unsaid = words(`Geins refused the request (${error.message}) without saying whether this row was saved.`, 'vendor.geins.refusedUnconfirmed', undefined, error.vendorMessage);
        settle(listed.map((row) => (row.status === 'ok' ? { ...row, status: 'unknown' as const, message: unsaid.message, ...saidOf(unsaid), code: 'unconfirmed' } : row)));
      } else if (error instanceof HttpError) settle(rowsWith(changes, 'error', error.message, `http_${error.status}`, errorWords(error)));
      else {
        const unread = error instanceof AppError ? wordsOf(error) : words('Geins’ answer could not be read.', 'vendor.geins.answerUnreadable');
        settle(rowsWith(changes, 'unknown', unread.message, 'unreadable_answer', saidOf(unread)));
      }
    }
    if (answer) {
      const silent = answer.Invalid == null && answer.NotFound == null && answer.UpdateCount == null;
      // "Success." with no lists says nothing per row: those rows are verified below.
      if (!silent) settle(mapUpdateAnswer(sent, answer, settings));
      else {
        const silence = words(`Geins answered "${answer.Message ?? ''}" without saying which prices it saved.`, 'vendor.geins.unconfirmed', undefined, answer.Message);
        settle(rowsWith(changes, 'unknown', silence.message, 'unconfirmed', saidOf(silence)));
      }
    }
    if (results.some((row) => row.code === 'unconfirmed') && !signal.aborted) {
      try {
        const back = await readPrices(changes, { signal, onProgress: () => undefined });
        // Only this batch's unconfirmed rows are unknown here; verifyRows leaves the others as they are.
        settle(verifyRows(results, changes, back));
      } catch (error) {
        env.log.warn(`geins: reading back after an unconfirmed update failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return { results, fatal };
  }

  /**
   * Sends changes in as few PUTs as Geins allows (`planPuts`), stopping on refused
   * credentials and skipping what a cancel leaves; `refuse` adds a reason of the caller's
   * (a removal on a list that cannot remove).
   */
  async function sendAll(changes: PriceChange[], { signal, onProgress, onResults, beforeRequest }: SubmitOptions, refuse?: (change: PriceChange, listId: number) => RowResult | null): Promise<RowResult[]> {
    const { settings } = client();
    const results: (RowResult | undefined)[] = new Array(changes.length);
    let done = 0;
    const record = (entries: { index: number }[], rows: RowResult[]) => {
      entries.forEach((e, n) => (results[e.index] = rows[n]));
      done += rows.length;
      if (rows.length) onResults(rows);
      onProgress({ done, total: changes.length });
    };
    const planned: Planned[] = [];
    const refused: { index: number; row: RowResult }[] = [];
    changes.forEach((change, index) => {
      const listId = listOf(change.field);
      const writeId = writeIdOf(change.vendorIds, change.sku, settings);
      const problem = localProblem(change, listId, writeId) ?? refuse?.(change, listId!);
      if (problem) refused.push({ index, row: problem });
      else planned.push({ change, index, listId: listId!, writeId });
    });
    if (refused.length) record(refused, refused.map((r) => r.row));
    // Read only when something is to be sent: refused rows cost no request.
    const lists = planned.length ? await knownLists(signal) : [];
    // Every list follows the connection's VAT setting today: one pricesIncVat, one group.
    const puts = planPuts(planned, settings.batchSize, () => settings.vatMode === 'included');
    let stop: HttpError | undefined;
    for (const [n, put] of puts.entries()) {
      const rest = () => puts.slice(n).flat();
      if (stop) {
        record(rest(), notSent(rest().map((p) => p.change), stop.message, stopSaid('Geins', stop)));
        break;
      }
      const sent = signal.aborted ? undefined : await sendBatch(put, lists, signal, (waitMs) => onProgress({ done, total: changes.length, waitMs }), beforeRequest);
      if (!sent) {
        record(rest(), skippedAsCancelled(rest().map((p) => p.change)));
        break;
      }
      stop = sent.fatal;
      record(put, sent.results);
    }
    const final = changes.map((c, i) => results[i] ?? noResult(c));
    env.log.info(`geins: ${final.filter((r) => r.status !== 'skipped').length} settled, ${final.filter((r) => r.status === 'skipped').length} not sent, in ${puts.length} request(s)`);
    return final;
  }

  return {
    async testConnection(signal) {
      try {
        const { settings, http } = client();
        const lists = await fetchPriceLists(http, signal);
        const list = lists.find((l) => l.Id === settings.priceListId);
        // The lists are Geins' own names and ids, shown as they are (the id of an empty account's: "none").
        const listed = allLists(lists);
        const all = listed.text || 'none';
        const said = (message: string, id: SaidId, params: Said['params'] = {}) => words(message, id, { ...params, lists: listed.said });
        if (!list) return { ok: false, ...said(`Connected to Geins, but it has no price list ${settings.priceListId}. Lists on this account: ${all}.`, 'vendor.geins.testNoPriceList', { id: settings.priceListId }) };
        const refusal = campaignRefusal(list.Id);
        if (refusal) return { ok: false, ...said(`Connected to Geins. ${refusal.message} Lists on this account: ${all}.`, 'vendor.geins.testCampaignList', { id: list.Id }) };
        const more = settings.morePriceListIds.map((id) => lists.find((l) => l.Id === id) ?? id);
        const missing = more.filter((l) => typeof l === 'number');
        if (missing.length) {
          return { ok: false, ...said(`Connected to Geins, but it has no price list ${missing.join(', ')} (More price lists). Lists on this account: ${all}.`, 'vendor.geins.testNoMoreList', { ids: missing }) };
        }
        // A campaign list among them shows read only (geinsPriceFields); only the edited list must be writable.
        const moreLists = more.filter((l) => typeof l !== 'number');
        const fields = geinsPriceFields([list, ...moreLists], settings);
        const edited = listWords(list);
        const message = `Connected to Geins. Editing price list ${edited.message}, prices ${vatWords(settings)}. Lists on this account: ${all}.`;
        return { ok: true, ...said(message, settings.vatMode === 'included' ? 'vendor.geins.connectedIncVat' : 'vendor.geins.connectedExVat', { list: edited.said! }), fields };
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
      if (options.signal.aborted) return skippedAsCancelled(changes);
      return sendAll(changes, options);
    },

    async removePrices(changes, options) {
      if (options.signal.aborted) return skippedAsCancelled(changes);
      const c = client();
      // Which of the lists named are custom: the only ones Geins removes a price from.
      for (const listId of new Set(changes.map((change) => listOf(change.field)))) {
        if (listId !== undefined && !c.custom.has(listId)) c.custom.set(listId, await isCustomList(c.http, listId, options.signal));
      }
      return sendAll(changes, options, (change, listId) =>
        c.custom.get(listId) ? null : standardListRemoval(change, listId),
      );
    },

    readPrices,
  };
}

/** A removal on a standard list: Geins removes prices only on custom lists. */
function standardListRemoval(change: PriceChange, listId: number): RowResult {
  const w = words(`Geins removes prices only on custom price lists, and ${listId} is a standard list. Nothing was sent; set a price instead.`, 'vendor.geins.removalStandardList', { id: listId });
  return rowResult(change, 'error', w.message, 'removal_unsupported', saidOf(w));
}

/** The Geins connector. */
export const geinsAdapter: VendorAdapter = { description, connect };
