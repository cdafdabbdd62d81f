/**
 * Turning price changes into `POST /admin/price-lists/{id}/prices/batch` bodies. A price
 * the list already has is updated (or deleted) by its id, read from this list just before
 * and never taken from elsewhere: Medusa would change or soft-delete a price in another
 * list just as well. Only a variant with no price in the list gets one created: Medusa's
 * `create` adds a second price beside an existing one rather than replacing it. A variant
 * that has two already is refused with both amounts named; removing its price removes
 * both, so the user can then send the one to keep. Removing a price the list does not
 * have sends nothing. Bodies stay under the 2 MB limit and the batch size.
 */
import { dec, isDecimal, toFixed } from '../../../shared/money';
import type { PriceChange, RowResult } from '../../../shared/types';
import { fitsDecimals } from '../common/decimals';
import { resultOf } from '../common/results';
import { MAX_DECIMALS } from './describe';
import { duplicateNotice, type MedusaPrice, type PlainPrices } from './map';
import { notAPrice, saidOf, words, type Words } from '../common/words';

/** Medusa's documented body limit, with room for headers and our own rounding. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024 - 16 * 1024;

export type CreateEntry = { currency_code: string; amount: number; variant_id: string };
export type UpdateEntry = { id: string; variant_id: string; currency_code: string; amount: number };

/** One change ready to send: exactly one of `create`, `update` or `delete` is set. */
export interface PlannedRow {
  change: PriceChange;
  variantId: string;
  /** The currency the change's field is in (lower case, as Medusa writes it). */
  currency: string;
  create?: CreateEntry;
  update?: UpdateEntry;
  /** The ids of this list's prices to delete (a removal): one, or every duplicate. */
  delete?: string[];
  /** The amount as a decimal string, to compare with what the vendor answers; null for a removal. */
  amount: string | null;
  /** The variant's plain price in the list before sending (null: none), to tell afterwards what applied. */
  before: MedusaPrice | null;
}

/** The batch endpoint's body: only the keys a request uses (Medusa rejects unknown ones). */
export interface BatchBody {
  create?: CreateEntry[];
  update?: UpdateEntry[];
  delete?: string[];
}

/** One request's worth of rows. */
export interface PlannedBatch {
  rows: PlannedRow[];
  body: BatchBody;
}

/** Either a row to send, or a result decided without asking the vendor. */
export type Planned = { row: PlannedRow } | { result: RowResult };

export const NOTHING_TO_REMOVE = 'It had no price in this price list already; nothing was sent.';

/** The field id of a currency's price (`price.EUR`): xclade's fields are one per currency of the list. */
const CURRENCY_FIELD = /^price\.([A-Z]{3})$/;

/**
 * The currency a change writes, lower case: its field's (`price.SEK`), or the connection's
 * for the primary field; undefined for a field id that names no currency.
 */
export function currencyOfField(field: string | undefined, connectionCurrency: string): string | undefined {
  if (field === undefined) return connectionCurrency;
  return CURRENCY_FIELD.exec(field)?.[1]?.toLowerCase();
}

/**
 * Decides per change whether to create, update or delete, or settles it before sending.
 * `current` is this list's plain prices in the change's currency (`currency`, from its
 * field), by variant, as read just before: the only source of the ids an update or delete
 * sends. A change's own `currency` may be its field's or the row's (the connection's).
 */
export function planChange(change: PriceChange, currency: string, current: PlainPrices, connectionCurrency = currency): Planned {
  const base = resultOf(change);
  const reject = (code: string, w: Words): Planned => ({ result: { ...base, status: 'error', code, message: w.message, ...saidOf(w) } });
  const stated = change.currency?.toLowerCase();
  if (stated && stated !== currency && stated !== connectionCurrency) {
    const edits = change.field === undefined ? 'This connection edits' : `${change.field} holds`;
    const params = { field: change.field ?? '', currency: currency.toUpperCase(), changeCurrency: change.currency.toUpperCase() };
    const message = `${edits} ${currency.toUpperCase()} prices; the change is in ${change.currency.toUpperCase()}.`;
    return reject('currency_mismatch', words(message, change.field === undefined ? 'vendor.xclade.currencyMismatch' : 'vendor.xclade.fieldCurrencyMismatch', params));
  }
  const variantId = change.vendorIds.variantId ?? change.key;
  const listed = current.get(variantId) ?? [];
  if (change.newPrice === null) {
    if (!listed.length) return { result: { ...base, status: 'ok', code: null, message: NOTHING_TO_REMOVE, said: { id: 'vendor.xclade.nothingToRemove' } } };
    return { row: { change, variantId, currency, amount: null, delete: listed.map((p) => p.id), before: listed[0]! } };
  }
  if (listed.length > 1) {
    const notice = duplicateNotice(listed, currency);
    return reject('duplicate_price', words(`Nothing was sent. ${notice.message}`, 'vendor.xclade.duplicatePrice', notice.said?.params));
  }
  const existing = listed[0];
  if (!isDecimal(change.newPrice)) return reject('invalid_price', notAPrice(change.newPrice));
  const price = dec(change.newPrice);
  if (price.lt(0)) return reject('invalid_price', words('A price cannot be negative.', 'vendor.priceNegative'));
  if (!fitsDecimals(change.newPrice, MAX_DECIMALS)) {
    const message = `xclade prices are sent with at most ${MAX_DECIMALS} decimals; round ${change.newPrice} first.`;
    return reject('too_many_decimals', words(message, 'vendor.xclade.tooManyDecimals', { count: MAX_DECIMALS, price: change.newPrice }));
  }
  const amountText = toFixed(price, MAX_DECIMALS);
  // The edge where a decimal becomes a JSON number: Medusa wants major units as a number.
  const amount = Number(amountText);
  // An update names its currency too, though Medusa keeps a price's own without it: seen on 2.21.2,
  // updatePriceListPrices keys the updates of one call by (currency if given, price set, list),
  // so two updates of one variant without it (its EUR and SEK) collapse into the last one.
  const row: PlannedRow = existing
    ? { change, variantId, currency, amount: amountText, before: existing, update: { id: existing.id, variant_id: variantId, currency_code: currency, amount } }
    : { change, variantId, currency, amount: amountText, before: null, create: { currency_code: currency, amount, variant_id: variantId } };
  return { row };
}

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

/** Groups rows into requests of at most `batchSize` rows and `maxBodyBytes` bytes each. */
export function splitIntoBatches(rows: PlannedRow[], batchSize: number, maxBodyBytes: number): PlannedBatch[] {
  const batches: PlannedBatch[] = [];
  // `{"create":[],"update":[],"delete":[]}` plus a comma per entry: a bound, whichever keys are used.
  const overhead = bytes({ create: [], update: [], delete: [] });
  let current: PlannedRow[] = [];
  let size = overhead;
  const flush = () => {
    if (!current.length) return;
    const create = current.flatMap((r) => (r.create ? [r.create] : []));
    const update = current.flatMap((r) => (r.update ? [r.update] : []));
    const remove = current.flatMap((r) => r.delete ?? []);
    batches.push({ rows: current, body: { ...(create.length ? { create } : {}), ...(update.length ? { update } : {}), ...(remove.length ? { delete: remove } : {}) } });
    current = [];
    size = overhead;
  };
  for (const row of rows) {
    const entry = bytes(row.create ?? row.update ?? row.delete) + 1;
    if (current.length && (current.length >= batchSize || size + entry > maxBodyBytes)) flush();
    current.push(row);
    size += entry;
  }
  flush();
  return batches;
}
