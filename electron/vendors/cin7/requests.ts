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
import { notAPrice, saidOf, words, type Words } from '../common/words';

/** Decimals sent for a price; Omni's own limit is undocumented, 2 is what its screens show. */
export const MAX_DECIMALS = 2;
/** Omni's documented maximum length of a product option code. */
export const MAX_CODE_LENGTH = 20;

/** A change with its position in the submission. */
export type Entry = Indexed;

/** An update of one option's price columns: every changed one, in one record. */
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

/** A change PriceDesk refuses before sending, with our words for why. */
export const refusal = (change: PriceUpdate, w: Words, code: string): RowResult => rowResult(change, 'error', w.message, code, saidOf(w));
const error = (change: PriceUpdate, code: string, w: Words): RowResult => refusal(change, w, code);

/** A change Omni would refuse (or should never get), as an error; null when it may be sent. */
export function localProblem(change: PriceUpdate): RowResult | null {
  if (!isDecimal(change.newPrice)) return error(change, 'invalid_price', notAPrice(change.newPrice));
  const price = dec(change.newPrice);
  if (price.lt(0)) return error(change, 'price_negative', words('A price cannot be negative.', 'vendor.priceNegative'));
  if (!fitsDecimals(change.newPrice, MAX_DECIMALS)) {
    return error(change, 'too_many_decimals', words(`Cin7 Omni prices are sent with at most ${MAX_DECIMALS} decimals.`, 'vendor.cin7.tooManyDecimals', { count: MAX_DECIMALS }));
  }
  const optionId = change.vendorIds.optionId;
  if (optionId !== undefined && !/^\d+$/.test(optionId)) return error(change, 'invalid_id', words(`"${optionId}" is not a Cin7 Omni product option id.`, 'vendor.cin7.badId', { id: optionId }));
  if (optionId === undefined) {
    if (!change.sku.trim()) return error(change, 'missing_sku', words('A new product needs a SKU (product option code).', 'vendor.cin7.skuMissing'));
    if (change.sku.length > MAX_CODE_LENGTH) return error(change, 'code_too_long', words(`Cin7 Omni codes have at most ${MAX_CODE_LENGTH} characters.`, 'vendor.cin7.codeTooLong', { count: MAX_CODE_LENGTH }));
  }
  return null;
}

const asNumber = (price: string) => Number(toFixed(price, MAX_DECIMALS));

/**
 * The changes of one option that go in one record: each with the `PriceColumns` key it
 * writes, as the account spells it, no key twice.
 */
export interface Unit {
  entries: Entry[];
  columns: string[];
}

/** The option a unit updates (undefined for a new product). */
export const unitOption = (unit: Unit): string | undefined => unit.entries[0]!.change.vendorIds.optionId;

/**
 * Units of one record per option: every changed column of an option in one record (Omni
 * "leave fields null to not update them", so a record carries only what changed). A column
 * met twice for one option starts another record, which `planBatches` puts in a later request.
 */
export function unitsOf(entries: { entry: Entry; column: string }[]): Unit[] {
  const units: Unit[] = [];
  const open = new Map<string, Unit>();
  for (const { entry, column } of entries) {
    const option = entry.change.vendorIds.optionId!;
    let unit = open.get(option);
    if (!unit || unit.columns.includes(column)) {
      unit = { entries: [], columns: [] };
      open.set(option, unit);
      units.push(unit);
    }
    unit.entries.push(entry);
    unit.columns.push(column);
  }
  return units;
}

/** The update record for one option; prices become JSON numbers only here, at the edge. */
export function updateBody(unit: Unit): UpdateBody {
  const PriceColumns = Object.fromEntries(unit.entries.map((e, i) => [unit.columns[i]!, asNumber(e.change.newPrice)]));
  return { Id: Number(unitOption(unit)), PriceColumns };
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
      duplicates.push({ entry, result: error(entry.change, 'duplicate_code', words('This new SKU appears more than once in the submission; only its first row was sent.', 'vendor.cin7.duplicateSku')) });
    } else {
      seen.add(code);
      unique.push(entry);
    }
  }
  return { unique, duplicates };
}
