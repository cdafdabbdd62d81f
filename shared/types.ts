/**
 * Domain types shared by main and renderer. Prices are decimal strings ("12.50"):
 * they survive JSON and IPC exactly, and arithmetic happens only through shared/money.ts.
 */
import type { Reported, Said } from './said';

/** The outcome of one row of a submission; every row ends in exactly one of these. */
export type RowStatus = 'ok' | 'warning' | 'error' | 'skipped' | 'unknown';

/** One product price as the vendor has it now. */
export interface CatalogRow {
  /** Stable key of the row within its connection (usually the vendor's own id). */
  key: string;
  /** The SKU staff know. */
  sku: string;
  name: string;
  /** Current price as a decimal string, or null when the vendor has none yet. */
  price: string | null;
  /** Cost where the vendor has it. */
  cost: string | null;
  /** ISO 4217 code, upper case. */
  currency: string;
  /** Whether `price` includes VAT. */
  vatIncluded: boolean;
  /**
   * Every price field of the connection (shared/price-fields.ts) by field id, null where the
   * product has none; the primary field's entry equals `price`. Absent from rows made before
   * a connector knew its fields (a draft's new product), which then have `price` only.
   */
  prices?: Record<string, string | null>;
  /** Vendor ids needed to write the price back (option id, variant id, price id, ...). */
  vendorIds: Record<string, string>;
  /** What the user should know about this row before editing it (e.g. two prices where one belongs), in plain words. */
  notice?: string;
  /** Our words for `notice` (shared/said.ts), for the window to say it in the person's language. */
  noticeSaid?: Said;
  /** The vendor's grouping fields where its product listing has them (optional, filterable grid columns). */
  groups?: CatalogGroups;
}

/** A grouping field a product listing may carry: "all Coffee products" is one filter on it. */
export type GroupField = 'category' | 'brand' | 'supplier' | 'productType';

/** The vendor's grouping fields of one row, as the vendor names them; absent where it has none. */
export type CatalogGroups = Partial<Record<GroupField, string>>;

/** A pending price change for one (row, price field). */
export interface PriceChange {
  key: string;
  sku: string;
  /**
   * The price field (shared/price-fields.ts) the change sets, by id; absent for the primary
   * field (the one `CatalogRow.price` holds). Absent rather than the primary's id so drafts
   * and journals written before fields existed mean the same thing today, and so one
   * (row, field) has exactly one identity (`changeId`): entry points that learn a change
   * from outside (a changes file, IPC) drop a field naming the primary (`canonicalField`).
   */
  field?: string;
  /** The price the edit started from (for stale checks and history). */
  oldPrice: string | null;
  /**
   * The price to set, or null to remove the row's price (only for connectors whose
   * capabilities say `deletesPrices`): null is what `CatalogRow.price` reads afterwards.
   */
  newPrice: string | null;
  currency: string;
  vendorIds: Record<string, string>;
}

/** A change that sets a price: what every connector's `submit` takes. */
export type PriceUpdate = PriceChange & { newPrice: string };
/** A change that removes a price: only connectors with `removePrices` take it. */
export type PriceRemoval = PriceChange & { newPrice: null };

export const isPriceUpdate = (change: PriceChange): change is PriceUpdate => change.newPrice !== null;

/**
 * The one identity of a (row, field) within a connection: the row key for the primary field
 * (so every map keyed by row before fields existed still fits), `key` + U+001F + field id
 * otherwise (a field id never holds a control character). Results, journals, stale checks
 * and `readPrices` answers are keyed by it.
 */
export function changeId(change: { key: string; field?: string }): string {
  return change.field === undefined ? change.key : `${change.key}\u001f${change.field}`;
}

/** `{ field }` when the change names one, else nothing: results and plans copy a change's field this way, never as `field: undefined`. */
export const withField = (change: { field?: string }): { field?: string } => (change.field === undefined ? {} : { field: change.field });

/** The change's field in its one canonical form: absent when it names the primary field. */
export function canonicalField<T extends { key: string; field?: string }>(change: T, primaryId: string): T {
  if (change.field !== primaryId) return change;
  const { field: _primary, ...rest } = change;
  return rest as T;
}

/** The vendor's answer for one (row, field): `field` copied from its change. */
export interface RowResult extends Reported {
  key: string;
  sku: string;
  field?: string;
  status: RowStatus;
  /**
   * The vendor's own message (error, warning) or our reason (skipped, unknown), in English;
   * `said` is our reason for the window to word, `vendorMessage` the vendor's words apart.
   */
  message: string | null;
  /** The vendor's error code where it gives one. */
  code: string | null;
  /**
   * For a row the vendor has just created (a new product): the ids to write it with from
   * now on, so editing it again updates it instead of creating it a second time.
   */
  vendorIds?: Record<string, string>;
}

export type FieldKind = 'text' | 'url' | 'email' | 'number' | 'select' | 'secret';

/** One field a connector needs to connect, shown in the connection form. */
export interface VendorField {
  key: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  /** Where to find the value in the vendor's admin, in plain words. */
  help: string;
  placeholder?: string;
  options?: { value: string; label: string }[];
  /** A regular expression (source) the value must match. */
  pattern?: string;
  /**
   * True for a field that decides where requests (and so the secret) go: an address, a
   * tenant, an account. Changing one on a saved connection clears its saved secret, so a
   * key is never sent to a host or account it was not typed in for (`changedRouting`).
   */
  routing?: boolean;
  /**
   * Folded away under "Advanced" in the connection form (an API address, a batch size):
   * the default suits almost every shop, and an unfamiliar field first in line puts people off.
   */
  advanced?: boolean;
}

/** What a connector can do and within which limits. */
export interface VendorCapabilities {
  readsCatalog: boolean;
  createsProducts: boolean;
  deletesPrices: boolean;
  /** Rows per write request (1 where the vendor has no batch endpoint). */
  batchSize: number;
  /** Documented request limit, or null where the vendor documents none. */
  rateLimit: { requests: number; perSeconds: number } | null;
  /** Which id the connector writes with, in words ("product option id"). */
  writesWith: string;
  /** Most decimals the vendor accepts in a price. */
  maxDecimals: number;
}

/** A connector as the renderer sees it: no code, no secrets. */
export interface VendorDescription {
  id: string;
  displayName: string;
  fields: VendorField[];
  capabilities: VendorCapabilities;
}

/**
 * Whether a connection's secret is in the keychain: `set`, `missing`, `not_needed` (the
 * vendor has no secret fields) or `unavailable` (the keychain could not be reached).
 * The renderer can learn this, never the secret itself.
 */
export type SecretState = 'set' | 'missing' | 'not_needed' | 'unavailable';

/** A saved connection as the renderer sees it: non-secret settings only. */
export interface ConnectionSummary {
  id: string;
  label: string;
  vendor: string;
  settings: Record<string, string>;
  /** Built-in connections (the sandbox) cannot be edited or removed. */
  builtIn: boolean;
  secretState: SecretState;
  /** The last test's verdict, its English and its words (shared/said.ts). */
  lastTest: LastTest | null;
}

export interface LastTest extends Pick<Reported, 'said' | 'vendorMessage'> {
  ok: boolean;
  message: string;
  at: string;
}

/** Progress of a long operation, pushed from main. */
export interface Progress {
  connectionId: string;
  done: number;
  total: number;
  /** Set while waiting for a vendor's rate limit, in milliseconds. */
  waitMs?: number;
  message?: string;
}
