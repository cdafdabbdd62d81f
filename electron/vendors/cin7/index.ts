/**
 * Cin7 Omni API v1. Prices live in account-specific price columns (`retailNZD`,
 * `wholesalNZD`...) that the catalog read reveals; one of them is "the price" of the
 * connection. Existing options are updated by option id, new SKUs created as products.
 * Omni publishes no limits, but public clients report 3/s, 60/min and 5000/day.
 */
import { sameAmount } from '../../../shared/money';
import { newProductVisibility } from '../../../shared/new-product-visibility';
import { changeId, type CatalogGroups, type CatalogRow, type RowResult, type VendorDescription } from '../../../shared/types';
import { AppError, errorWords } from '../../core/errors';
import { HttpError, type HttpClient } from '../../core/http';
import { chunks, planBatches } from '../common/batches';
import { createSettler, failedRequestRows, notSent, resultOf, stopSaid, stopWords, rowResult, rowsWith, stopsSubmission } from '../common/results';
import { failedTest } from '../common/test-failure';
import { vendorHttp } from '../vendor-http';
import type { AdapterEnv, ResolvedConnection, VendorAdapter, VendorClient } from '../types';
import { cin7FieldIds, cin7PriceFields, describeCin7, fields } from './describe';
import { explainConnectionFailure, isTooLarge } from './errors';
import { codeOf, columnNamed, columnsOf, currencyOf, mapBatch, optionIds, parseBatch, parseOptions, priceIn, resolveTier, toRow, type Cin7Option } from './map';
import { createBody, dedupeCreates, localProblem, MAX_DECIMALS, refusal, unitOption, unitsOf, updateBody, type CreateStatus, type Entry, type Unit } from './requests';
import { pageCeiling } from '../common/paging';
import { saidOf, wordedError, words, type Words } from '../common/words';
import { withGroups } from '../common/groups';
import { readProductGroups } from './groups';

const DEFAULT_BASE_URL = 'https://api.cin7.com/api/';
const DEFAULT_BATCH = 100;
const PAGE_ROWS = 250;
const LIMITS = [
  { requests: 3, perMs: 1_000 },
  { requests: 60, perMs: 60_000 },
  { requests: 5_000, perMs: 86_400_000 },
];

const description: VendorDescription = {
  id: 'cin7',
  displayName: 'Cin7 Omni',
  fields: fields(DEFAULT_BASE_URL, DEFAULT_BATCH),
  capabilities: {
    readsCatalog: true,
    createsProducts: true,
    deletesPrices: false,
    batchSize: DEFAULT_BATCH,
    rateLimit: { requests: 3, perSeconds: 1 },
    writesWith: 'product option id (new SKUs: product option code)',
    maxDecimals: MAX_DECIMALS,
  },
};

type Job = { kind: 'update' | 'create'; batch: Unit[] };

/** A record's result without the field of the change it was matched by, to be given each change's own. */
const withoutField = ({ field: _field, ...rest }: RowResult): RowResult => rest;

function connect(connection: ResolvedConnection, env: AdapterEnv): VendorClient {
  const s = connection.settings;
  const username = s.username?.trim() ?? '';
  const apiKey = connection.secret.apiKey?.trim() ?? '';
  const configuredTier = s.priceColumn?.trim() || undefined;
  const fallbackCurrency = (s.currency?.trim() || 'USD').toUpperCase();
  const vatIncluded = s.vatMode === 'included';
  const createStatus: CreateStatus = newProductVisibility(s) === 'live' ? 'Public' : 'Inactive';
  const batchSize = Math.max(1, env.tuning?.batchSize ?? (Number(s.batchSize) || DEFAULT_BATCH));
  env.redactor.add(apiKey);
  let client: HttpClient | undefined;
  // Learned from the catalog; rows also carry it, so a fresh client can submit them.
  let learnedTier: string | undefined;
  // The account's PriceColumns keys, from the catalog or the test; a submit naming fields reads them when neither ran.
  let learnedColumns: string[] | undefined;

  function http(): HttpClient {
    if (!username || !apiKey) throw wordedError('invalid_request', words('The Cin7 Omni connection needs an API username and an API key.', 'vendor.cin7.credentialsMissing'));
    const authorization = `Basic ${Buffer.from(`${username}:${apiKey}`).toString('base64')}`;
    client ??= vendorHttp(env, { baseUrl: s.baseUrl?.trim() || DEFAULT_BASE_URL, vendorName: 'Cin7 Omni', headers: { Authorization: authorization }, limits: LIMITS, describeError: describeCin7 });
    return client;
  }

  async function getOptions(query: Record<string, string | number>, signal: AbortSignal, onWait?: (ms: number) => void): Promise<Cin7Option[]> {
    const response = await http().request({ method: 'GET', path: 'v1/ProductOptions', query, idempotent: true, signal, onWait });
    return parseOptions(response.json);
  }

  function tierFor(options: Cin7Option[]): string {
    const columns = columnsOf(options);
    const tier = resolveTier(configuredTier, columns);
    if (!tier) {
      const has = columns.join(', ');
      const known = columns.length ? ` This account has: ${has}.` : '';
      throw wordedError(
        'invalid_request',
        configuredTier
          ? words(`Cin7 Omni has no price column "${configuredTier}".${known}`, columns.length ? 'vendor.cin7.noSuchColumnHas' : 'vendor.cin7.noSuchColumn', { column: configuredTier, columns: has })
          : words(`Cin7 Omni shows no retail price column; name the price column in the connection.${known}`, columns.length ? 'vendor.cin7.noRetailColumnHas' : 'vendor.cin7.noRetailColumn', { columns: has }),
      );
    }
    return tier;
  }

  /**
   * The PriceColumns keys this account returns. Omni's price tiers are account-wide, so the
   * first option's keys are the account's (what Test connection shows as fields): one read
   * of one option when this client has read neither the catalog nor the test.
   */
  async function accountColumns(signal: AbortSignal): Promise<string[]> {
    learnedColumns ??= columnsOf(await getOptions({ page: 1, rows: 1 }, signal));
    return learnedColumns;
  }

  /** Options by id or code, a request per 100, for read-back and checks. */
  async function findOptions(where: string[], signal: AbortSignal): Promise<Cin7Option[]> {
    const found: Cin7Option[] = [];
    for (const clause of where) found.push(...(await getOptions({ where: clause, page: 1, rows: PAGE_ROWS }, signal)));
    return found;
  }
  const quote = (code: string) => `'${code.replace(/'/g, "''")}'`;
  const byIds = (ids: string[]) => chunks(ids, 100).map((c) => `Id IN (${c.join(',')})`);
  const byCodes = (codes: string[]) => chunks(codes, 100).map((c) => `Code IN (${c.map(quote).join(',')})`);

  /** A "created" option whose price is not what was sent already existed: Omni skips those. */
  async function checkCreated(sent: Entry[], results: RowResult[], signal: AbortSignal): Promise<RowResult[]> {
    const created = sent.filter((_, i) => results[i]!.status === 'ok');
    if (!created.length) return results;
    let found: Cin7Option[];
    try {
      found = await findOptions(byCodes(created.map((e) => e.change.sku.trim())), signal);
    } catch (error) {
      env.log.warn(`cin7: could not check created products: ${error instanceof Error ? error.message : String(error)}`);
      return results;
    }
    return results.map((result, i) => {
      const { change } = sent[i]!;
      const option = found.find((o) => codeOf(o).toLowerCase() === change.sku.trim().toLowerCase());
      if (result.status !== 'ok' || !option) return result;
      const retail = resolveTier(undefined, Object.keys(option.priceColumns ?? {})) ?? 'retailPrice';
      const now = priceIn(option, retail);
      // From now on the row is this option: editing it again updates it rather than creating it.
      const created = { ...result, vendorIds: optionIds(option, retail) };
      if (now === null || sameAmount(now, change.newPrice)) return created;
      const exists = words(`Cin7 Omni already had a product with this code and left it unchanged (its retail price is ${now}).`, 'vendor.cin7.alreadyExists', { price: now });
      return { ...created, status: 'warning', code: 'already_exists', ...exists };
    });
  }

  /**
   * The products' grouping fields (groups.ts). Optional columns: a listing that fails (other
   * than the user's Cancel) is logged and the catalog loads without them, prices unchanged.
   */
  async function groupsOf(signal: AbortSignal, onWait: (ms: number) => void): Promise<Map<number, CatalogGroups>> {
    try {
      return await readProductGroups(http(), { signal, onWait, maxPages: env.tuning?.maxCatalogPages });
    } catch (error) {
      if (signal.aborted) throw error;
      env.log.warn(`cin7 catalog: grouping fields not read: ${error instanceof Error ? error.message : String(error)}`);
      return new Map();
    }
  }

  return {
    async testConnection(signal) {
      try {
        const options = await getOptions({ page: 1, rows: 1 }, signal);
        const ctx = { fallbackCurrency, vatIncluded };
        if (!options.length) {
          return { ok: true, ...words(`Connected to Cin7 Omni as ${username}; there are no products yet.`, 'vendor.cin7.connectedEmpty', { user: username }), fields: cin7PriceFields([], configuredTier ?? 'retailPrice', ctx) };
        }
        const tier = tierFor(options);
        learnedColumns = columnsOf(options);
        const connected = words(`Connected to Cin7 Omni as ${username}. Prices are read from the price column ${tier}.`, 'vendor.cin7.connected', { user: username, column: tier });
        return { ok: true, ...connected, fields: cin7PriceFields(columnsOf(options), tier, ctx) };
      } catch (error) {
        return failedTest(error, signal, (e) => env.redactor.reported(explainConnectionFailure(e)));
      }
    },

    async loadCatalog({ signal, onProgress }) {
      const options: Cin7Option[] = [];
      const seen = new Set<number>();
      const nextPage = pageCeiling('Cin7 Omni', env.tuning?.maxCatalogPages);
      for (let page = 1; ; page++) {
        nextPage();
        const onWait = (waitMs: number) => onProgress({ done: options.length, total: options.length + PAGE_ROWS, waitMs });
        const batch = await getOptions({ page, rows: PAGE_ROWS }, signal, onWait);
        const fresh = batch.filter((o) => !seen.has(o.id));
        fresh.forEach((o) => seen.add(o.id));
        options.push(...fresh);
        const full = batch.length >= PAGE_ROWS;
        onProgress({ done: options.length, total: options.length + (full ? PAGE_ROWS : 0) });
        // No total in the answer: a short page is the last; a page of only known ids means paging is ignored.
        if (!full || !fresh.length) break;
      }
      if (!options.length) return [];
      const tier = tierFor(options);
      learnedTier = tier;
      learnedColumns = columnsOf(options);
      const ctx = { tier, fieldIds: cin7FieldIds(columnsOf(options), tier), currency: currencyOf(tier, fallbackCurrency), vatIncluded };
      const groups = await groupsOf(signal, (waitMs) => onProgress({ done: options.length, total: options.length, waitMs }));
      env.log.info(`cin7 catalog: ${options.length} options, price column ${tier}, grouping fields for ${groups.size} products`);
      return options.map((o): CatalogRow => ({ ...toRow(o, ctx), ...withGroups(o.productId === null || o.productId === undefined ? undefined : groups.get(o.productId)) }));
    },

    async readPrices(rows, { signal, onProgress }) {
      const withId = rows.filter((r) => r.vendorIds.optionId);
      const withoutId = rows.filter((r) => !r.vendorIds.optionId);
      const found = await findOptions([...byIds(withId.map((r) => r.vendorIds.optionId!)), ...byCodes(withoutId.map((r) => r.sku))], signal);
      const tier = configuredTier ?? learnedTier ?? (found.length ? tierFor(found) : 'retailPrice');
      const prices = new Map<string, string | null>();
      for (const row of rows) {
        const option = row.vendorIds.optionId ? found.find((o) => String(o.id) === row.vendorIds.optionId) : found.find((o) => codeOf(o).toLowerCase() === row.sku.toLowerCase());
        if (!option) continue;
        // A field is a PriceColumns key of the option read; one it does not have is not found.
        const column = row.field === undefined ? (row.vendorIds.priceColumn ?? tier) : columnNamed(row.field, Object.keys(option.priceColumns ?? {}));
        if (column) prices.set(changeId(row), priceIn(option, column));
      }
      onProgress({ done: rows.length, total: rows.length });
      return prices;
    },

    async submit(changes, { signal, onProgress, onResults, beforeRequest }) {
      const { settle, cancel, onWait, done, finish } = createSettler(changes, { onProgress, onResults });
      const entries = changes.map((change, index) => ({ change, index }));
      const early: { entry: Entry; result: RowResult }[] = [];
      const updates: { entry: Entry; column: string }[] = [];
      const creates: Entry[] = [];
      // A change naming a field may only write a PriceColumns key this account returned.
      let columns: string[] = [];
      let columnsProblem: Words | undefined;
      if (entries.some((e) => e.change.field !== undefined && e.change.vendorIds.optionId !== undefined)) {
        try {
          columns = await accountColumns(signal);
        } catch (error) {
          if (signal.aborted) {
            cancel(entries);
            return finish();
          }
          if (!(error instanceof HttpError || error instanceof AppError)) throw error;
          const why = `Not sent: reading this account's price columns first failed. ${error.message}`;
          columnsProblem = words(why, 'vendor.cin7.columnsUnread', undefined, error.vendorMessage);
        }
      }
      for (const entry of entries) {
        const { field, vendorIds } = entry.change;
        const problem = localProblem(entry.change);
        const column = field === undefined ? (vendorIds.priceColumn ?? configuredTier ?? learnedTier) : columnNamed(field, columns);
        if (problem) early.push({ entry, result: problem });
        else if (vendorIds.optionId === undefined) {
          if (field === undefined) creates.push(entry);
          else early.push({ entry, result: refusal(entry.change, words(`A new product is created with its retail price only; send ${field} once it exists.`, 'vendor.cin7.fieldOnNewProduct', { field }), 'field_on_new_product') });
        } else if (field !== undefined && columnsProblem) early.push({ entry, result: refusal(entry.change, columnsProblem, 'read_failed') });
        else if (field !== undefined && !column) {
          const has = columns.length ? ` (it has ${columns.join(', ')})` : '';
          const unknown = words(`This Cin7 Omni account has no price column "${field}"${has}; nothing was sent for it.`, columns.length ? 'vendor.cin7.unknownColumnHas' : 'vendor.cin7.unknownColumn', {
            field,
            columns: columns.join(', '),
          });
          early.push({ entry, result: refusal(entry.change, unknown, 'unknown_field') });
        } else if (!column) early.push({ entry, result: refusal(entry.change, words('Load the catalog first, or name the price column in the connection.', 'vendor.cin7.noPriceColumn'), 'no_price_column') });
        else updates.push({ entry, column });
      }
      const retailTier = (configuredTier ?? learnedTier ?? 'retail').toLowerCase().startsWith('retail');
      const { unique, duplicates } = dedupeCreates(creates);
      early.push(...duplicates);
      const creatable = retailTier ? unique : [];
      if (!retailTier) {
        const edits = configuredTier ?? learnedTier;
        const reason = words(`New products can only be created with a retail price, and this connection edits ${edits}.`, 'vendor.cin7.newNeedsRetail', { column: String(edits) });
        early.push(...unique.map((entry) => ({ entry, result: rowResult(entry.change, 'skipped', reason.message, null, saidOf(reason)) })));
      }
      if (early.length) settle(early.map((e) => e.entry), early.map((e) => e.result));

      let size = batchSize;
      const single = (entry: Entry): Unit => ({ entries: [entry], columns: [] });
      // Batches count records (options), each carrying every changed column of its option.
      const queue: Job[] = [
        ...planBatches(unitsOf(updates), size, (u) => unitOption(u)!).map((batch) => ({ kind: 'update' as const, batch })),
        ...planBatches(creatable.map(single), size, (u) => u.entries[0]!.change.sku.trim().toLowerCase()).map((batch) => ({ kind: 'create' as const, batch })),
      ];
      const entriesOf = (jobs: Job[]) => jobs.flatMap((j) => j.batch.flatMap((u) => u.entries));
      while (queue.length) {
        const job = queue.shift()!;
        const jobEntries = entriesOf([job]);
        if (signal.aborted) {
          cancel(entriesOf([job, ...queue.splice(0)]));
          break;
        }
        const sent = jobEntries.map((e) => e.change);
        const update = job.kind === 'update';
        await beforeRequest?.(sent);
        let rowResults: RowResult[];
        try {
          const response = await http().request({
            method: update ? 'PUT' : 'POST',
            path: update ? 'v1/ProductOptions' : 'v1/Products',
            body: update ? job.batch.map(updateBody) : sent.map((c) => createBody(c, createStatus)),
            // Setting a price column is absolute; creating is not (a repeat would report "exists").
            idempotent: update,
            finishInFlight: true,
            signal,
            onWait,
          });
          try {
            // One BatchResultItem per record: `success: false` for an option is the answer for every field it carried.
            const records = mapBatch(job.batch.map((u) => ({ change: u.entries[0]!.change, code: u.entries[0]!.change.sku.trim() })), parseBatch(response.json));
            rowResults = job.batch.flatMap((u, i) => u.entries.map((e) => ({ ...withoutField(records[i]!), ...resultOf(e.change) })));
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            rowResults = rowsWith(sent, 'unknown', error.message, null, errorWords(error));
          }
          if (!update) rowResults = await checkCreated(jobEntries, rowResults, signal);
        } catch (error) {
          if (!(error instanceof HttpError)) {
            if (!signal.aborted) throw error;
            cancel(entriesOf([job, ...queue.splice(0)]));
            break;
          }
          if (isTooLarge(error) && job.batch.length > 1) {
            size = Math.ceil(job.batch.length / 2);
            const again = [job, ...queue.splice(0)].flatMap((j) => (j.batch.length > size ? chunks(j.batch, size).map((batch) => ({ kind: j.kind, batch })) : [j]));
            queue.push(...again);
            env.log.warn(`cin7: request too large, now sending ${size} records per request`);
            continue;
          }
          rowResults = failedRequestRows('Cin7 Omni', sent, error, signal.aborted);
          if (stopsSubmission(error) && queue.length) {
            settle(jobEntries, rowResults);
            const blocked = entriesOf(queue.splice(0));
            settle(blocked, notSent(blocked.map((e) => e.change), stopWords('Cin7 Omni', error), stopSaid('Cin7 Omni', error)));
            break;
          }
        }
        settle(jobEntries, rowResults);
      }
      env.log.info(`cin7 submit: ${done()} of ${changes.length} rows settled`);
      return finish();
    },
  };
}

/** The Cin7 Omni connector. */
export const cin7Adapter: VendorAdapter = { description, connect };
