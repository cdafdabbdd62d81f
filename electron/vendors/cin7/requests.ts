/**
 * Cin7 Omni request bodies. Existing options are updated with `PUT v1/ProductOptions`
 * sending only the edited price column (Omni: "leave fields null to not update them");
 * new SKUs are created with `POST v1/Products`, one option each, and Omni rejects a whole
 * POST that repeats a code, so duplicates are taken out before sending.
 */
import { dec, isDecimal, toFixed } from '../../../shared/money';
import type { PriceUpdate, RowResult } from '../../../shared/types';
import { fitsDecimals } from '../common/decimals';
import { rowResult, type Indexed } from '../common/results';

/** Decimals sent for a price; Omni's own limit is undocumented, 2 is what its screens show. */
export const MAX_DECIMALS = 2;
/** Omni's documented maximum length of a product option code. */
export const MAX_CODE_LENGTH = 20;

/** A change with its position in the submission. */
export type Entry = Indexed;

/** An update of one option's price column. */
export interface UpdateBody {
  Id: number;
  PriceColumns: Record<string, number>;
}

/** Omni's product statuses that matter here: Public (its default when none is sent) and Inactive. */
export type CreateStatus = 'Public' | 'Inactive';

/** A new product with its one option. */
export interface CreateBody {
  name: string;
  status: CreateStatus;
  productOptions: [{ productOptionCode: string; retailPrice: number }];
}

const error = (change: PriceUpdate, code: string, message: string): RowResult => rowResult(change, 'error', message, code);

/** A change Omni would refuse (or should never get), as an error; null when it may be sent. */
export function localProblem(change: PriceUpdate): RowResult | null {
  if (!isDecimal(change.newPrice)) return error(change, 'invalid_price', `"${change.newPrice}" is not a price.`);
  const price = dec(change.newPrice);
  if (price.lt(0)) return error(change, 'price_negative', 'A price cannot be negative.');
  if (!fitsDecimals(change.newPrice, MAX_DECIMALS)) {
    return error(change, 'too_many_decimals', `Cin7 Omni prices are sent with at most ${MAX_DECIMALS} decimals.`);
  }
  const optionId = change.vendorIds.optionId;
  if (optionId !== undefined && !/^\d+$/.test(optionId)) return error(change, 'invalid_id', `"${optionId}" is not a Cin7 Omni product option id.`);
  if (optionId === undefined) {
    if (!change.sku.trim()) return error(change, 'missing_sku', 'A new product needs a SKU (product option code).');
    if (change.sku.length > MAX_CODE_LENGTH) return error(change, 'code_too_long', `Cin7 Omni codes have at most ${MAX_CODE_LENGTH} characters.`);
  }
  return null;
}

const asNumber = (price: string) => Number(toFixed(price, MAX_DECIMALS));

/** The update for one change; the price becomes a JSON number only here, at the edge. */
export function updateBody(change: PriceUpdate, tier: string): UpdateBody {
  return { Id: Number(change.vendorIds.optionId), PriceColumns: { [tier]: asNumber(change.newPrice) } };
}

/**
 * A new product for one change, named after its SKU unless the row knows a name. The status
 * is always sent: left out, Omni makes the product Public.
 */
export function createBody(change: PriceUpdate, status: CreateStatus): CreateBody {
  return { name: change.vendorIds.name || change.sku, status, productOptions: [{ productOptionCode: change.sku.trim(), retailPrice: asNumber(change.newPrice) }] };
}

/** New products, with every repeat of a code (ignoring case) turned into an error. */
export function dedupeCreates(entries: Entry[]): { unique: Entry[]; duplicates: { entry: Entry; result: RowResult }[] } {
  const seen = new Set<string>();
  const unique: Entry[] = [];
  const duplicates: { entry: Entry; result: RowResult }[] = [];
  for (const entry of entries) {
    const code = entry.change.sku.trim().toLowerCase();
    if (seen.has(code)) {
      duplicates.push({ entry, result: error(entry.change, 'duplicate_code', 'This new SKU appears more than once in the submission; only its first row was sent.') });
    } else {
      seen.add(code);
      unique.push(entry);
    }
  }
  return { unique, duplicates };
}
