/**
 * xclade, a hosted Medusa v2: prices live in a price list, rows are product variants with a
 * SKU, and one batch endpoint creates, updates and deletes list prices. The batch runs as one
 * workflow, so a request succeeds or fails as a whole; it is not idempotent (a repeated
 * create makes a second price), so a request without an answer leaves its rows unknown.
 */
import { sameAmount } from '../../../shared/money';
import type { CatalogRow, PriceChange, RowResult } from '../../../shared/types';
import { AppError } from '../../core/errors';
import { HttpError, type HttpRequest } from '../../core/http';
import { vendorHttp } from '../vendor-http';
import { skippedAsCancelled, type AdapterEnv, type ResolvedConnection, type SubmitOptions, type VendorAdapter, type VendorClient } from '../types';
import { createSession, resolveSettings, staticHeaders, type Session, type XcladeSettings } from './auth';
import { BATCH_SIZE, xcladeDescription } from './describe';
import { connectionFailure, describeXcladeError, rowsFailed } from './errors';
import { amountText, basePrices, batchAnswer, parseAnswer, priceListAnswer, productsAnswer, rowsFromProducts, variantOf, type MedusaBatchAnswer, type MedusaPrice, type MedusaPriceList } from './map';
import { MAX_BODY_BYTES, planChange, splitIntoBatches, type PlannedBatch, type PlannedRow } from './requests';
import { pageCeiling } from '../common/paging';

const PRODUCT_PAGE = 100;
const PRODUCT_FIELDS = 'id,title,variants.id,variants.sku,variants.title';

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
    testConnection: async () => ({ ok: false, message: error instanceof Error ? error.message : String(error) }),
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

  async function readList(signal: AbortSignal, onWait?: (ms: number) => void): Promise<MedusaPriceList> {
    const response = await get(listPath, signal, undefined, onWait);
    return parseAnswer(priceListAnswer, response.json, 'price list').price_list;
  }

  return {
    async testConnection(signal) {
      try {
        await session.ensureSignedIn(signal);
        const list = await readList(signal);
        const count = basePrices(list.prices, settings.currency).size;
        const status = list.status ? ` (${list.status})` : '';
        return { ok: true, message: `Connected to xclade: price list "${list.title ?? list.id}"${status} has ${count} ${settings.currency.toUpperCase()} prices.` };
      } catch (error) {
        if (signal.aborted) throw error;
        env.log.warn(`xclade connection test failed: ${error instanceof Error ? error.message : String(error)}`);
        return { ok: false, message: connectionFailure(error, settings.priceListId, settings.baseUrl) };
      }
    },

    async loadCatalog({ signal, onProgress }) {
      const prices = basePrices((await readList(signal)).prices, settings.currency);
      const rows: CatalogRow[] = [];
      const nextPage = pageCeiling('xclade', env.tuning?.maxCatalogPages);
      for (let offset = 0; ; ) {
        nextPage();
        const response = await get('/admin/products', signal, { fields: PRODUCT_FIELDS, limit: PRODUCT_PAGE, offset }, (waitMs) => onProgress({ done: offset, total: 0, waitMs }));
        const page = parseAnswer(productsAnswer, response.json, 'products');
        rows.push(...rowsFromProducts(page.products, prices, settings.currency, settings.vatIncluded));
        offset += page.products.length;
        onProgress({ done: Math.min(offset, page.count), total: page.count });
        if (!page.products.length || offset >= page.count) break;
      }
      env.log.info(`xclade catalog: ${rows.length} variants with a SKU`);
      return rows;
    },

    async readPrices(refs, { signal }) {
      // One read of the list answers any subset; variants without a list price read as null.
      const prices = basePrices((await readList(signal)).prices, settings.currency);
      return new Map(refs.map((r) => [r.key, prices.has(r.vendorIds.variantId ?? r.key) ? amountText(prices.get(r.vendorIds.variantId ?? r.key)!.amount) : null]));
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
    let current: Map<string, MedusaPrice>;
    try {
      current = basePrices((await readList(signal, (waitMs) => onProgress({ done: 0, total: changes.length, waitMs }))).prices, settings.currency);
    } catch (error) {
      if (signal.aborted) {
        settle(skippedAsCancelled(changes), changes);
        return finish();
      }
      const message = `Nothing was sent: reading the price list first failed. ${error instanceof Error ? error.message : String(error)}`;
      settle(changes.map((c) => ({ key: c.key, sku: c.sku, status: 'error', code: 'read_failed', message })), changes);
      return finish();
    }

    const toSend: PlannedRow[] = [];
    const local: { change: PriceChange; result: RowResult }[] = [];
    const seen = new Set<string>();
    for (const change of changes) {
      const planned = planChange(change, settings.currency, current);
      if ('result' in planned) local.push({ change, result: planned.result });
      else if (seen.has(planned.row.variantId)) {
        local.push({ change, result: { key: change.key, sku: change.sku, status: 'skipped', code: 'duplicate', message: 'This SKU appears more than once in the changes; only the first was sent.' } });
      } else {
        seen.add(planned.row.variantId);
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
      // Cancelled while waiting to send (or after a refusal that applied nothing): not sent.
      if (signal.aborted && (!(error instanceof HttpError) || error.status === 429)) return skippedAsCancelled(batch.rows.map((r) => r.change));
      return rowsFailed(batch.rows.map((r) => ({ key: r.change.key, sku: r.change.sku })), error, (text) => env.redactor.redact(text));
    }
    const byId = new Map<string, MedusaPrice>();
    const byVariant = new Map<string, MedusaPrice>();
    for (const price of [...(answer?.created ?? []), ...(answer?.updated ?? [])]) {
      byId.set(price.id, price);
      const variant = variantOf(price);
      if (variant) byVariant.set(variant, price);
    }
    const deleted = new Set(answer?.deleted?.ids ?? []);
    // A removal is confirmed by its price id alone: a price of the same variant in the answer is another price.
    const found = (row: PlannedRow) => (row.delete !== undefined ? undefined : ((row.update ? byId.get(row.update.id) : undefined) ?? byVariant.get(row.variantId)));
    const confirmed = (row: PlannedRow) => (row.delete !== undefined ? deleted.has(row.delete) : found(row) !== undefined);
    let verified: Map<string, MedusaPrice> | undefined;
    if (batch.rows.some((row) => !confirmed(row))) {
      // Older Medusa answers do not name the variant of a created price (or, unreadable, anything): read the list back.
      verified = await readList(new AbortController().signal).then(
        (list) => basePrices(list.prices, settings.currency),
        () => undefined,
      );
    }
    return batch.rows.map((row) =>
      row.delete !== undefined ? judgeRemoval(row, confirmed(row), verified) : judge(row, found(row) ?? verified?.get(row.variantId), confirmed(row)),
    );
  }
}

function judge(row: PlannedRow, price: MedusaPrice | undefined, inAnswer: boolean): RowResult {
  const base = { key: row.change.key, sku: row.change.sku };
  if (!price) {
    return { ...base, status: 'unknown', code: 'not_confirmed', message: 'xclade accepted the request but did not confirm this price, and reading it back failed: verify it before sending again.' };
  }
  const saved = amountText(price.amount);
  if (row.amount !== null && sameAmount(saved, row.amount)) return { ...base, status: 'ok', code: null, message: null };
  if (!inAnswer) {
    return { ...base, status: 'unknown', code: 'not_confirmed', message: `xclade accepted the request but did not confirm this price; the list now shows ${saved}. Verify it before sending again.` };
  }
  return { ...base, status: 'warning', code: 'amount_differs', message: `xclade saved ${saved} instead of ${row.amount}.` };
}

/** A removal: confirmed by the answer, or by the list read back showing no price for the variant. */
function judgeRemoval(row: PlannedRow, inAnswer: boolean, verified: Map<string, MedusaPrice> | undefined): RowResult {
  const base = { key: row.change.key, sku: row.change.sku };
  if (inAnswer) return { ...base, status: 'ok', code: null, message: null };
  if (!verified) {
    return { ...base, status: 'unknown', code: 'not_confirmed', message: 'xclade accepted the request but did not confirm the price was removed, and reading the list back failed: verify it before sending again.' };
  }
  const still = verified.get(row.variantId);
  if (!still) return { ...base, status: 'ok', code: null, message: null };
  return { ...base, status: 'unknown', code: 'not_confirmed', message: `xclade accepted the request but did not confirm the removal; the list still shows ${amountText(still.amount)}. Verify it before sending again.` };
}
