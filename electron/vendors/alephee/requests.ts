/**
 * Building Alephee's `POST /v2/products` bodies within its documented price rules:
 * one of `Price` / `PriceWithTaxes` (never both), greater than zero, at most 4 decimals,
 * a period as separator (a JSON number always has one).
 */
import { dec, isDecimal, toFixed } from '../../../shared/money';
import type { PriceUpdate, RowResult } from '../../../shared/types';
import { planBatches as planKeyedBatches } from '../common/batches';
import { fitsDecimals } from '../common/decimals';
import type { VatMode } from './map';

/** Alephee's documented decimal limit for prices. */
export const MAX_DECIMALS = 4;

/** One product as Alephee takes it for a price update. */
export interface ProductBody {
  SKU: string;
  Price: { Price: number } | { PriceWithTaxes: number };
}

/** A change Alephee would refuse anyway, as an error result; null when it may be sent. */
export function localProblem(change: PriceUpdate): RowResult | null {
  const base = { key: change.key, sku: change.sku, status: 'error' as const };
  if (!change.sku.trim()) return { ...base, code: 'missing_sku', message: 'Alephee needs a SKU to update a product, and this row has none.' };
  if (!isDecimal(change.newPrice)) return { ...base, code: 'invalid_price', message: `"${change.newPrice}" is not a price.` };
  const price = dec(change.newPrice);
  if (price.lte(0)) return { ...base, code: 'price_not_positive', message: 'Alephee accepts only prices greater than zero.' };
  if (!fitsDecimals(change.newPrice, MAX_DECIMALS)) {
    return { ...base, code: 'too_many_decimals', message: `Alephee accepts at most ${MAX_DECIMALS} decimals in a price.` };
  }
  return null;
}

/** The body for one change; the price becomes a JSON number only here, at the edge. */
export function productBody(change: PriceUpdate, vatMode: VatMode): ProductBody {
  const value = Number(toFixed(change.newPrice, MAX_DECIMALS));
  return { SKU: change.sku, Price: vatMode === 'included' ? { PriceWithTaxes: value } : { Price: value } };
}

/**
 * Splits changes (with their positions in the submission) into requests of at most `size`,
 * never putting one SKU twice in a request (case-insensitively), so each of Alephee's items
 * maps back to exactly one row.
 */
export function planBatches<T extends { change: PriceUpdate }>(entries: T[], size: number): T[][] {
  return planKeyedBatches(entries, size, (entry) => entry.change.sku.toLowerCase());
}
