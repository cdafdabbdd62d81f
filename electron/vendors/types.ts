/**
 * What every connector must do. Vendors differ in ways that shape this interface:
 * - Batching: Alephee, Cin7, Geins and Medusa take arrays, Cliniko one product per request,
 *   so `submit` owns request building and reports progress per row, not per request.
 * - Ids: each writes with a different id (Cin7 option id, Cliniko product id, Medusa price
 *   and variant ids, Geins product id or article number), so rows carry `vendorIds`
 *   learned from the catalog read and handed back unchanged on submit.
 * - VAT and decimals: some prices include VAT and some not, and decimal limits differ, so
 *   the description states them and rows say `vatIncluded`.
 * - Failure: partial successes come back in vendor-specific shapes; the adapter maps them
 *   to exactly one RowResult per change. A request sent without an answer makes its rows
 *   `unknown`, never retried blindly.
 */
import type { PriceField } from '../../shared/price-fields';
import type { Reported } from '../../shared/said';
import { withField, type CatalogRow, type PriceChange, type PriceRemoval, type PriceUpdate, type RowResult, type VendorDescription } from '../../shared/types';
import type { Logger } from '../core/log';
import type { Redactor } from '../core/redact';

/** A connection as a connector receives it: settings plus the secret from the keychain. */
export interface ResolvedConnection {
  id: string;
  settings: Record<string, string>;
  /** Secret fields by key; never logged, never sent to the renderer. */
  secret: Record<string, string>;
}

/** What a connector may use from its host. */
export interface AdapterEnv {
  /** The app's data directory (the sandbox keeps its catalog here). */
  dataDir: string;
  log: Logger;
  redactor: Redactor;
  /** Test and benchmark knobs; the app leaves them unset. */
  tuning?: AdapterTuning;
}

/** Shortens waits in tests and scales vendor limits down in benchmarks. */
export interface AdapterTuning {
  timeoutMs?: number;
  backoffMs?: number;
  maxAttempts?: number;
  /** Multiplies every documented rate-limit window (0.01 turns "per minute" into "per 0.6 s"). */
  rateLimitScale?: number;
  /** Overrides a connector's default batch size. */
  batchSize?: number;
  /** Lowers MAX_CATALOG_PAGES, so a test of the ceiling needs dozens of pages, not thousands. */
  maxCatalogPages?: number;
}

/** Progress of one operation: rows done of total, and any rate-limit wait. */
export interface OperationProgress {
  done: number;
  total: number;
  waitMs?: number;
}

export interface OperationOptions {
  /** Checked between requests; requests in flight finish and are recorded. */
  signal: AbortSignal;
  onProgress(progress: OperationProgress): void;
}

export interface SubmitOptions extends OperationOptions {
  /** Called as each request's rows are settled, so results stream to the UI. */
  onResults(results: RowResult[]): void;
  /**
   * Awaited right before each write request leaves, with the rows it carries (again for a
   * resend, e.g. after a "too large" split). The submission engine journals the intent to
   * disk here; if it throws, the request must not be sent.
   */
  beforeRequest?(changes: PriceChange[]): Promise<void>;
}

/**
 * The plain-words result of a connection test and, when it connected, the connection's
 * price fields (shared/price-fields.ts). Fields come with the test rather than from a method
 * of their own because every vendor learns them from the very reads its test makes already
 * (Cin7's first option's `PriceColumns`, Geins' price lists, the xclade list and store,
 * Alephee's and Cliniko's first products): one round of requests, one place where a
 * connection is proven, and `pricedesk fields` is the test with its fields printed.
 */
/** A test's verdict in English (`message`) and, where the connector gives them, our words (`said`, shared/said.ts). */
export type ConnectionTest = ({ ok: true; message: string; fields: PriceField[] } | { ok: false; message: string }) & Pick<Reported, 'said' | 'vendorMessage'>;

/** A connector bound to one connection. */
export interface VendorClient {
  testConnection(signal: AbortSignal): Promise<ConnectionTest>;
  loadCatalog(options: OperationOptions): Promise<CatalogRow[]>;
  /** One result per change, in the order given. Cancelled rows come back `skipped`. */
  submit(changes: PriceUpdate[], options: SubmitOptions): Promise<RowResult[]>;
  /**
   * Removes the prices of these rows, with the same contract as `submit` (one result per
   * row, `beforeRequest` before each write, cancel between requests). Present exactly when
   * the connector's capabilities say `deletesPrices`; the submission engine refuses
   * removals for connectors without it, so they never see one.
   */
  removePrices?(changes: PriceRemoval[], options: SubmitOptions): Promise<RowResult[]>;
  /**
   * Reads the current price of some (row, field)s again (stale check before submitting,
   * verifying `unknown` rows, revert). The answer is keyed by `changeId(ref)`: the row key
   * for the primary field, so a connector that knows one field answers as it always did.
   * Ids absent from the answer were not found. Optional: not every vendor can read a subset
   * cheaply.
   */
  readPrices?(rows: RowRef[], options: OperationOptions): Promise<Map<string, string | null>>;
}

/** Enough of a row to find it at the vendor again. */
export type RowRef = Pick<PriceChange, 'key' | 'sku' | 'vendorIds' | 'field'>;

export interface VendorAdapter {
  readonly description: VendorDescription;
  connect(connection: ResolvedConnection, env: AdapterEnv): VendorClient;
}

/** Results for changes that were never sent because the user cancelled. */
export function skippedAsCancelled(changes: PriceChange[]): RowResult[] {
  return changes.map((c) => ({
    key: c.key,
    sku: c.sku,
    ...withField(c),
    status: 'skipped',
    message: 'Cancelled before it was sent.',
    said: { id: 'row.cancelled' },
    code: null,
  }));
}
