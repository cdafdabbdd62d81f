/**
 * xclade, a hosted Medusa v2: prices live in a price list, rows are product variants with a
 * SKU, and one batch endpoint creates, updates and deletes list prices. The batch is a
 * workflow whose create, update and delete steps run side by side and are not one
 * transaction: an error answer can follow changes that applied. So after any answer that
 * does not confirm a row, the list is read back and each row settled from what is there.
 * It is not idempotent (a repeated create makes a second price): a batch is never resent.
 */
import { sameAmount } from '../../../shared/money';
import { changeId, type CatalogRow, type PriceChange, type RowResult } from '../../../shared/types';
import { AppError } from '../../core/errors';
import { productCount, saidOf, words, wordsOf, type Words } from '../common/words';
import { HttpError, type HttpRequest } from '../../core/http';
import { vendorHttp } from '../vendor-http';
import { skippedAsCancelled, type AdapterEnv, type ResolvedConnection, type SubmitOptions, type VendorAdapter, type VendorClient } from '../types';
import { createSession, resolveSettings, staticHeaders, type Session, type XcladeSettings } from './auth';
import { BATCH_SIZE, STORE_FIELDS, storesAnswer, xcladeDescription, xcladePriceFields } from './describe';
import { connectionFailure, describeXcladeError, medusaError, neverSent, NotSentError, rowsFailed } from './errors';
import { amountList, amountsText, amountText, batchAnswer, byCurrency, parseAnswer, plainPrices, PRICE_FIELDS, priceListHeaderAnswer, priceListWithPricesAnswer, pricesPageAnswer, productsAnswer, rowsFromProducts, variantOf, type MedusaBatchAnswer, type MedusaPrice, type ByCurrency, type MedusaPriceListHeader, type PlainPrices } from './map';
import { currencyOfField, MAX_BODY_BYTES, planChange, splitIntoBatches, type PlannedBatch, type PlannedRow } from './requests';
import { resultOf, rowResult } from '../common/results';
import { pageCeiling } from '../common/paging';
import type { Said } from '../../../shared/said';

const PRODUCT_PAGE = 100;
const PRICE_PAGE = 200;
// type and categories are the grouping fields (Product type, Category); asked for explicitly like every field.
const PRODUCT_FIELDS = 'id,title,variants.id,variants.sku,variants.title,type.value,categories.name';

/** Knobs for tests: the body limit is 2 MB in production, far too big to reach in a test. */
export interface XcladeOptions {
  maxBodyBytes?: number;
}

/** Builds the adapter; tests pass a small body limit to exercise splitting. */
export function createXcladeAdapter(options: XcladeOptions = {}): VendorAdapter {
  return {
    description: xcladeDescription,
    connect(connection: ResolvedConnection, env: AdapterEnv): VendorClient {
      let ready: { settings: XcladeSettings; session: Session };
      try {
        const settings = resolveSettings(connection);
        // The longer Basic header value first, so it is masked whole rather than around the key.
        for (const value of Object.values(staticHeaders(settings))) env.redactor.add(value.replace(/^Basic /, ''));
        const http = vendorHttp(env, { baseUrl: settings.baseUrl, vendorName: 'xclade', headers: staticHeaders(settings), describeError: describeXcladeError });
        ready = { settings, session: createSession(http, settings, env) };
      } catch (error) {
        return unusable(error);
      } finally {
        for (const value of Object.values(connection.secret)) env.redactor.add(value);
      }
      return connectedClient(ready.settings, ready.session, env, options.maxBodyBytes ?? MAX_BODY_BYTES);
    },
  };
}

/** The connector the app registers. */
export const xcladeAdapter: VendorAdapter = createXcladeAdapter();

/** A client for settings that cannot work: the test says why, everything else throws it. */
function unusable(error: unknown): VendorClient {
  const fail = () => Promise.reject(error instanceof Error ? error : new AppError('invalid_request', String(error)));
  return {
    testConnection: async () => (error instanceof AppError ? { ok: false, ...wordsOf(error) } : { ok: false, message: error instanceof Error ? error.message : String(error) }),
    loadCatalog: fail,
    submit: fail,
    // Still a connector that removes prices: a removal fails with the settings' problem, not "cannot remove".
    removePrices: fail,
  };
}

function connectedClient(settings: XcladeSettings, session: Session, env: AdapterEnv, maxBodyBytes: number): VendorClient {
  const listPath = `/admin/price-lists/${encodeURIComponent(settings.priceListId)}`;
  const get = (path: string, signal: AbortSignal, query?: HttpRequest['query'], onWait?: (ms: number) => void) =>
    session.send({ method: 'GET', path, query, idempotent: true, signal, onWait });

  /**
   * The list and its prices, always with explicit `fields`: since Medusa 2.12 a plain read
   * of the list leaves its prices out. Prices come from the paged prices route (2.12.3 and
   * later, ordered by id so pages do not shift); where a server lacks that route, from the
   * list read asking for them. The list itself is read first because the prices route
   * answers an unknown list with an empty page rather than a 404.
   */
  async function readList(signal: AbortSignal, onWait?: (ms: number) => void): Promise<{ list: MedusaPriceListHeader; prices: PlainPrices; currencies: string[]; all: MedusaPrice[] }> {
    const list = parseAnswer(priceListHeaderAnswer, (await get(listPath, signal, { fields: 'id,title,status' }, onWait)).json, 'price list').price_list;
    let prices: MedusaPrice[] = [];
    try {
      const nextPage = pageCeiling('xclade', env.tuning?.maxCatalogPages);
      for (let offset = 0; ; ) {
        nextPage();
        const response = await get(`${listPath}/prices`, signal, { fields: PRICE_FIELDS.join(','), order: 'id', limit: PRICE_PAGE, offset }, onWait);
        const page = parseAnswer(pricesPageAnswer, response.json, 'price list prices');
        prices.push(...page.prices);
        offset += page.prices.length;
        if (!page.prices.length || offset >= page.count) break;
      }
    } catch (error) {
      if (!(error instanceof HttpError) || error.status !== 404) throw error;
      const fields = ['id', 'title', 'status', ...PRICE_FIELDS.map((f) => `prices.${f}`)].join(',');
      prices = parseAnswer(priceListWithPricesAnswer, (await get(listPath, signal, { fields }, onWait)).json, 'price list').price_list.prices;
    }
    return { list, prices: plainPrices(prices, settings.currency), currencies: [...new Set(prices.map((p) => p.currency_code))], all: prices };
  }

  /**
   * The store's currencies, for the price fields. They only complete what the list shows, so
   * a store the key may not read (a 403, a host without the route, an answer of another
   * shape) leaves them out, logged, rather than failing a connection that can edit its list.
   */
  async function storeCurrencies(signal: AbortSignal) {
    try {
      const answer = parseAnswer(storesAnswer, (await get('/admin/stores', signal, { fields: STORE_FIELDS })).json, 'store list');
      return answer.stores.flatMap((s) => s.supported_currencies ?? []);
    } catch (error) {
      if (signal.aborted) throw error;
      env.log.warn(`xclade: the store's currencies could not be read: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  }

  /** The list read again after a write, without the caller's signal (a cancel must not hide what applied). */
  const readBack = (): Promise<ByCurrency | undefined> =>
    readList(new AbortController().signal).then(
      (read) => byCurrency(read.all),
      (error: unknown) => {
        env.log.warn(`xclade: reading the list back failed: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      },
    );

  return {
    async testConnection(signal) {
      try {
        await session.ensureSignedIn(signal);
        const { list, prices, currencies } = await readList(signal);
        const fields = xcladePriceFields(settings, await storeCurrencies(signal), currencies);
        const status = list.status ? ` (${list.status})` : '';
        const duplicated = [...prices.values()].filter((p) => p.length > 1).length;
        const duplicates = duplicated ? ` ${duplicated} of them have more than one price; PriceDesk will not change those until one is removed.` : '';
        const message = `Connected to xclade: price list "${list.title ?? list.id}"${status} has ${settings.currency.toUpperCase()} prices for ${productCount(prices.size)}.${duplicates}`;
        // The list's status is xclade's own word (draft, active), shown as it is.
        const params = { title: list.title ?? list.id, status, currency: settings.currency.toUpperCase(), count: prices.size, duplicated };
        return { ok: true, ...words(message, duplicated ? 'vendor.xclade.connectedDuplicates' : 'vendor.xclade.connected', params), fields };
      } catch (error) {
        if (signal.aborted) throw error;
        env.log.warn(`xclade connection test failed: ${error instanceof Error ? error.message : String(error)}`);
        return { ok: false, ...connectionFailure(error, settings.priceListId, settings.baseUrl) };
      }
    },

    async loadCatalog({ signal, onProgress }) {
      const { prices, currencies, all } = await readList(signal);
      // One request more than before the price fields: the store's currencies, so `prices` has the ids Test connection shows.
      const fields = xcladePriceFields(settings, await storeCurrencies(signal), currencies);
      const byField = new Map(fields.map((f) => [f.id, f.primary ? prices : plainPrices(all, f.currency.toLowerCase())]));
      const rows: CatalogRow[] = [];
      const nextPage = pageCeiling('xclade', env.tuning?.maxCatalogPages);
      for (let offset = 0; ; ) {
        nextPage();
        // Ordered by id: the default order can shift between pages while the shop is edited.
        const response = await get('/admin/products', signal, { fields: PRODUCT_FIELDS, order: 'id', limit: PRODUCT_PAGE, offset }, (waitMs) => onProgress({ done: offset, total: 0, waitMs }));
        const page = parseAnswer(productsAnswer, response.json, 'products');
        rows.push(...rowsFromProducts(page.products, prices, settings.currency, settings.vatIncluded, byField));
        offset += page.products.length;
        onProgress({ done: Math.min(offset, page.count), total: page.count });
        if (!page.products.length || offset >= page.count) break;
      }
      env.log.info(`xclade catalog: ${rows.length} variants with a SKU`);
      return rows;
    },

    async readPrices(refs, { signal }) {
      // One read of the list answers any subset, in every currency; variants without a price read as null.
      const prices = byCurrency((await readList(signal)).all);
      const answers = new Map<string, string | null>();
      for (const ref of refs) {
        // A field that names no currency is not found: left out.
        const currency = currencyOfField(ref.field, settings.currency);
        if (currency === undefined) continue;
        const listed = prices(currency).get(ref.vendorIds.variantId ?? ref.key);
        answers.set(changeId(ref), listed?.length ? amountText(listed[0]!.amount) : null);
      }
      return answers;
    },

    submit: send,
    removePrices: send,
  };

  /**
   * One path for setting and removing prices (like the sandbox's): read the list, plan each
   * row, batch, journal each request through `beforeRequest`, send, map the answers.
   */
  async function send(changes: PriceChange[], { signal, onProgress, onResults, beforeRequest }: SubmitOptions): Promise<RowResult[]> {
    const results = new Map<PriceChange, RowResult>();
    const settle = (batch: RowResult[], rows: PriceChange[]) => {
      rows.forEach((change, i) => results.set(change, batch[i]!));
      if (batch.length) onResults(batch);
      onProgress({ done: results.size, total: changes.length });
    };
    const finish = () => changes.map((c) => results.get(c)!);
    if (signal.aborted) {
      settle(skippedAsCancelled(changes), changes);
      return finish();
    }

    // Read the list first: update and delete ids come only from this list, as it is now.
    let current: ByCurrency;
    try {
      current = byCurrency((await readList(signal, (waitMs) => onProgress({ done: 0, total: changes.length, waitMs }))).all);
    } catch (error) {
      if (signal.aborted) {
        settle(skippedAsCancelled(changes), changes);
        return finish();
      }
      const message = `Nothing was sent: reading the price list first failed. ${error instanceof Error ? error.message : String(error)}`;
      const unread = words(message, 'vendor.xclade.readFailed', undefined, error instanceof AppError ? error.vendorMessage : undefined);
      settle(changes.map((c) => rowResult(c, 'error', message, 'read_failed', saidOf(unread))), changes);
      return finish();
    }

    // Every currency of a variant goes in the same batch (Medusa's create and update entries each carry their own).
    const toSend: PlannedRow[] = [];
    const local: { change: PriceChange; result: RowResult }[] = [];
    const seen = new Set<string>();
    for (const change of changes) {
      const currency = currencyOfField(change.field, settings.currency);
      const planned = currency === undefined ? { result: unknownField(change, settings.currency) } : planChange(change, currency, current(currency), settings.currency);
      if ('result' in planned) local.push({ change, result: planned.result });
      else if (seen.has(`${planned.row.variantId} ${planned.row.currency}`)) {
        const twice = words('This price appears more than once in the changes; only the first was sent.', 'vendor.xclade.duplicateChange');
        local.push({ change, result: rowResult(change, 'skipped', twice.message, 'duplicate', saidOf(twice)) });
      } else {
        seen.add(`${planned.row.variantId} ${planned.row.currency}`);
        toSend.push(planned.row);
      }
    }
    settle(local.map((l) => l.result), local.map((l) => l.change));

    const batches = splitIntoBatches(toSend, env.tuning?.batchSize ?? BATCH_SIZE, maxBodyBytes);
    for (let b = 0; b < batches.length; b++) {
      if (signal.aborted) {
        const rest = batches.slice(b).flatMap((batch) => batch.rows.map((r) => r.change));
        settle(skippedAsCancelled(rest), rest);
        break;
      }
      const batch = batches[b]!;
      await beforeRequest?.(batch.rows.map((r) => r.change));
      const batchResults = await sendBatch(batch, signal, (waitMs) => onProgress({ done: results.size, total: changes.length, waitMs }));
      settle(batchResults, batch.rows.map((r) => r.change));
    }
    const counts = [...results.values()].reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
    const removals = changes.filter((c) => c.newPrice === null).length;
    env.log.info(`xclade submit: ${changes.length} rows (${removals} removals) in ${batches.length} requests: ${JSON.stringify(counts)}`);
    return finish();
  }

  /** Sends one batch and maps the answer back to its rows, by price id or variant id. */
  async function sendBatch(batch: PlannedBatch, signal: AbortSignal, onWait: (ms: number) => void): Promise<RowResult[]> {
    let answer: MedusaBatchAnswer | undefined;
    try {
      // Cancelling stops waits only: once sent, the request finishes and its answer is recorded.
      const response = await session.send({ method: 'POST', path: `${listPath}/prices/batch`, body: batch.body, idempotent: false, signal, finishInFlight: true, onWait });
      const parsed = batchAnswer.safeParse(response.json);
      if (parsed.success) answer = parsed.data;
      else env.log.warn('xclade batch answer unreadable; verifying by reading the list');
    } catch (error) {
      const rows = batch.rows.map((r) => resultOf(r.change));
      // Cancelled while waiting to send, or refused before it left: nothing applied.
      if (signal.aborted && (!(error instanceof HttpError) || error.status === 429)) return skippedAsCancelled(batch.rows.map((r) => r.change));
      // A 429 asking for a longer wait than PriceDesk takes was refused before anything ran.
      if (error instanceof NotSentError || !(error instanceof HttpError) || neverSent(error) || error.retryAt !== undefined) return rowsFailed(rows, error, (text) => env.redactor.redact(text));
      // It reached xclade: an error answer can follow changes that applied, so ask the list.
      const after = await readBack();
      if (!after) return rowsFailed(rows, error, (text) => env.redactor.redact(text), { certain: error.status === 401 || error.status === 403 || error.status === 413 });
      return batch.rows.map((row) => settleFromList(row, after(row.currency).get(row.variantId) ?? [], failureOf(error, (text) => env.redactor.redact(text))));
    }
    const byId = new Map<string, MedusaPrice>();
    // By variant and currency: one batch carries several currencies of a variant.
    const byVariant = new Map<string, MedusaPrice>();
    for (const price of [...(answer?.created ?? []), ...(answer?.updated ?? [])]) {
      byId.set(price.id, price);
      const variant = variantOf(price);
      if (variant) byVariant.set(`${variant} ${price.currency_code.toLowerCase()}`, price);
    }
    const deleted = new Set(answer?.deleted?.ids ?? []);
    // A removal is confirmed by its price ids alone: a price of the same variant in the answer is another price.
    const found = (row: PlannedRow) => (row.delete ? undefined : ((row.update ? byId.get(row.update.id) : undefined) ?? byVariant.get(`${row.variantId} ${row.currency}`)));
    const confirmed = (row: PlannedRow) => (row.delete ? row.delete.every((id) => deleted.has(id)) : found(row) !== undefined);
    // Older Medusa answers do not name the variant of a created price (or, unreadable, anything): read the list back.
    const verified = batch.rows.some((row) => !confirmed(row)) ? await readBack() : undefined;
    return batch.rows.map((row) => {
      const listed = verified?.(row.currency).get(row.variantId) ?? [];
      return row.delete ? judgeRemoval(row, confirmed(row), verified && listed) : judge(row, found(row) ?? listed[0], confirmed(row));
    });
  }
}

/** A change naming a field xclade has not: its fields are one price per currency. */
function unknownField(change: PriceChange, currency: string): RowResult {
  const example = `price.${currency.toUpperCase()}`;
  const w = words(`xclade has no price field "${change.field}": its fields are one price per currency, such as ${example}.`, 'vendor.xclade.unknownField', { field: change.field ?? '', example });
  return rowResult(change, 'error', w.message, 'unknown_field', saidOf(w));
}

/** A row's result with `w` as its message and words. */
const worded = (row: PlannedRow, status: RowResult['status'], code: string | null, w: Words): RowResult => ({ ...resultOf(row.change), status, code, message: w.message, ...saidOf(w) });

function judge(row: PlannedRow, price: MedusaPrice | undefined, inAnswer: boolean): RowResult {
  const base = resultOf(row.change);
  if (!price) {
    return worded(row, 'unknown', 'not_confirmed', words('xclade accepted the request but did not confirm this price, and reading it back failed: verify it before sending again.', 'vendor.xclade.notConfirmedUnread'));
  }
  const saved = amountText(price.amount);
  if (row.amount !== null && sameAmount(saved, row.amount)) return { ...base, status: 'ok', code: null, message: null };
  if (!inAnswer) {
    return worded(row, 'unknown', 'not_confirmed', words(`xclade accepted the request but did not confirm this price; the list now shows ${saved}. Verify it before sending again.`, 'vendor.xclade.notConfirmedShows', { amount: saved }));
  }
  return worded(row, 'warning', 'amount_differs', words(`xclade saved ${saved} instead of ${row.amount}.`, 'vendor.xclade.savedInstead', { saved, sent: String(row.amount) }));
}

/** A removal: confirmed by the answer, or by the list read back showing no price for the variant. */
function judgeRemoval(row: PlannedRow, inAnswer: boolean, listed: MedusaPrice[] | undefined): RowResult {
  const base = resultOf(row.change);
  if (inAnswer) return { ...base, status: 'ok', code: null, message: null };
  if (!listed) {
    const message = 'xclade accepted the request but did not confirm the price was removed, and reading the list back failed: verify it before sending again.';
    return worded(row, 'unknown', 'not_confirmed', words(message, 'vendor.xclade.removalNotConfirmedUnread'));
  }
  if (!listed.length) return { ...base, status: 'ok', code: null, message: null };
  const message = `xclade accepted the request but did not confirm the removal; the list still shows ${amountsText(listed)}. Verify it before sending again.`;
  return worded(row, 'unknown', 'not_confirmed', words(message, 'vendor.xclade.removalNotConfirmedShows', { amounts: amountList(listed) }));
}

/** How a batch request failed, for settling its rows from the list read back. */
interface BatchFailure {
  /** What happened, in words for the row's message. */
  what: string;
  /** Which of the three ways it failed, for our words (`vendor.xclade.<outcome><Kind>`). */
  kind: 'NoAnswer' | 'Gateway' | 'Error';
  /** The gateway's HTTP status. */
  status?: number;
  /** xclade's own words, redacted. */
  theirs?: string;
  /** xclade finished the request (it answered): a row the list shows unchanged was not applied. */
  finished: boolean;
  code: string;
}

function failureOf(error: HttpError, redact: (text: string) => string): BatchFailure {
  if (error.status === 0) return { what: 'the connection ended before xclade answered', kind: 'NoAnswer', finished: false, code: 'no_answer' };
  // A gateway that gave up waiting may have passed the request on, still running.
  if (error.status === 502 || error.status === 504) {
    return { what: `xclade's gateway gave up waiting (HTTP ${error.status})`, kind: 'Gateway', status: error.status, finished: false, code: `http_${error.status}` };
  }
  const medusa = medusaError(error.json);
  // The vendor's text is echoed to the user: it may quote a credential back.
  const theirs = redact(medusa.message ?? error.message);
  return { what: `xclade answered with an error ("${theirs}")`, kind: 'Error', theirs, finished: true, code: medusa.type ?? `http_${error.status}` };
}

/** `message` with our words for an outcome of a failed batch (applied, or unsettled with the list showing amounts or none) and how it failed. */
function failureWords(outcome: 'applied' | 'unsettled' | 'unsettledNone', failure: BatchFailure, message: string, params: Said['params'] = {}): Words {
  const id = `vendor.xclade.${outcome}${failure.kind}` as const;
  return words(message, id, { ...params, ...(failure.status ? { status: failure.status } : {}) }, failure.theirs);
}

/**
 * A row of a batch that failed, settled from the list read back: what the row asked for is
 * there (ok), the list is as before and xclade finished the request (error, with its
 * reason), or anything else (unknown: verify before sending again).
 */
function settleFromList(row: PlannedRow, listed: MedusaPrice[], failure: BatchFailure): RowResult {
  const asBefore = row.before
    ? listed.length === 1 && listed[0]!.id === row.before.id && sameAmount(amountText(listed[0]!.amount), amountText(row.before.amount))
    : listed.length === 0;
  const done = row.delete ? !listed.some((p) => row.delete!.includes(p.id)) : listed.length === 1 && row.amount !== null && sameAmount(amountText(listed[0]!.amount), row.amount);
  if (done) return worded(row, 'ok', 'applied_despite_error', failureWords('applied', failure, `Applied: ${failure.what}, but the price list shows this change.`));
  // Only an answer finishes a request: xclade's error, quoted.
  if (asBefore && failure.finished) {
    return worded(row, 'error', failure.code, words(`Not applied: ${failure.what}; the price list shows this row unchanged.`, 'vendor.xclade.notAppliedError', undefined, failure.theirs));
  }
  const now = listed.length ? amountsText(listed) : 'no price';
  const message = `${failure.what[0]!.toUpperCase()}${failure.what.slice(1)} and the price list shows ${now} for this row: verify it before sending again.`;
  return worded(row, 'unknown', failure.code, listed.length ? failureWords('unsettled', failure, message, { amounts: amountList(listed) }) : failureWords('unsettledNone', failure, message));
}
