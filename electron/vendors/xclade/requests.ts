/**
 * Turning price changes into `POST /admin/price-lists/{id}/prices/batch` bodies. A price
 * the list already has is updated by its id (read from this list just before, never taken
 * from elsewhere: Medusa would change a price in another list just as well); a SKU without
 * one gets a price created. Bodies stay under the 2 MB limit and the batch size.
 */
import { dec, isDecimal, toFixed } from '../../../shared/money';
import type { PriceUpdate, RowResult } from '../../../shared/types';
import { fitsDecimals } from '../common/decimals';
import { MAX_DECIMALS } from './describe';
import type { MedusaPrice } from './map';

/** Medusa's documented body limit, with room for headers and our own rounding. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024 - 16 * 1024;

export type CreateEntry = { currency_code: string; amount: number; variant_id: string };
export type UpdateEntry = { id: string; variant_id: string; amount: number };

/** One change ready to send. */
export interface PlannedRow {
  change: PriceUpdate;
  variantId: string;
  create?: CreateEntry;
  update?: UpdateEntry;
  /** The amount as a decimal string, to compare with what the vendor answers. */
  amount: string;
}

/** One request's worth of rows. */
export interface PlannedBatch {
  rows: PlannedRow[];
  body: { create?: CreateEntry[]; update?: UpdateEntry[] };
}

/** Either a row to send, or a result decided without asking the vendor. */
export type Planned = { row: PlannedRow } | { result: RowResult };

/** Decides per change whether to create or update, or rejects it before sending. */
export function planChange(change: PriceUpdate, currency: string, current: Map<string, MedusaPrice>): Planned {
  const base = { key: change.key, sku: change.sku };
  const reject = (code: string, message: string): Planned => ({ result: { ...base, status: 'error', code, message } });
  if (change.currency && change.currency.toLowerCase() !== currency) {
    return reject('currency_mismatch', `This connection edits ${currency.toUpperCase()} prices; the change is in ${change.currency.toUpperCase()}.`);
  }
  if (!isDecimal(change.newPrice)) return reject('invalid_price', `"${change.newPrice}" is not a price.`);
  const price = dec(change.newPrice);
  if (price.lt(0)) return reject('invalid_price', 'A price cannot be negative.');
  if (!fitsDecimals(change.newPrice, MAX_DECIMALS)) {
    return reject('too_many_decimals', `xclade prices are sent with at most ${MAX_DECIMALS} decimals; round ${change.newPrice} first.`);
  }
  const variantId = change.vendorIds.variantId ?? change.key;
  const amountText = toFixed(price, MAX_DECIMALS);
  // The edge where a decimal becomes a JSON number: Medusa wants major units as a number.
  const amount = Number(amountText);
  const existing = current.get(variantId);
  const row: PlannedRow = existing
    ? { change, variantId, amount: amountText, update: { id: existing.id, variant_id: variantId, amount } }
    : { change, variantId, amount: amountText, create: { currency_code: currency, amount, variant_id: variantId } };
  return { row };
}

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

/** Groups rows into requests of at most `batchSize` rows and `maxBodyBytes` bytes each. */
export function splitIntoBatches(rows: PlannedRow[], batchSize: number, maxBodyBytes: number): PlannedBatch[] {
  const batches: PlannedBatch[] = [];
  // `{"create":[],"update":[]}` plus a comma per entry.
  const overhead = bytes({ create: [], update: [] });
  let current: PlannedRow[] = [];
  let size = overhead;
  const flush = () => {
    if (!current.length) return;
    const create = current.flatMap((r) => (r.create ? [r.create] : []));
    const update = current.flatMap((r) => (r.update ? [r.update] : []));
    batches.push({ rows: current, body: { ...(create.length ? { create } : {}), ...(update.length ? { update } : {}) } });
    current = [];
    size = overhead;
  };
  for (const row of rows) {
    const entry = bytes(row.create ?? row.update) + 1;
    if (current.length && (current.length >= batchSize || size + entry > maxBodyBytes)) flush();
    current.push(row);
    size += entry;
  }
  flush();
  return batches;
}
