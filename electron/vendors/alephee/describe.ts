/**
 * Alephee's price fields. Each product carries one price entry per price list with
 * `Price` (without taxes), `PriceWithTaxes`, `Cost` and `SuggestedRetailPrice` (the
 * update-products page and the read's `ProductCatalog.Price[]`); a write may carry at most
 * one of Price / PriceWithTaxes, so the connection's "Prices are" setting decides which one
 * is the field, and Alephee derives the other from the product's tax.
 */
import type { PriceField } from '../../../shared/price-fields';
import { priceField, withPrimary } from '../common/price-fields';
import type { VatMode } from './map';
import { MAX_DECIMALS } from './requests';

/**
 * The fields of the connection's price list. `currency` is the entry's own where Alephee
 * states one, else the setting. Alephee says nothing about tax on a suggested retail
 * price: it is taken on the connection's basis, so the rule against the price compares
 * them; a cost never includes tax. A read filtered by `priceListId` shows only that list,
 * so other lists cannot be offered from it.
 */
export function alepheePriceFields(vatMode: VatMode, currency: string): PriceField[] {
  const defaults = { currency, vatIncluded: vatMode === 'included', decimals: MAX_DECIMALS, removable: false };
  const ids = alepheeFieldIds(vatMode);
  const price = vatMode === 'included' ? priceField(defaults, ids.price, 'Price with taxes', 'price') : priceField(defaults, ids.price, 'Price', 'price');
  return withPrimary('Alephee', [price, priceField(defaults, ids.cost, 'Cost', 'cost', { vatIncluded: false }), priceField(defaults, ids.recommended, 'Suggested retail price', 'recommended')], price.id);
}

/** The field ids, for the fields and the catalog's `prices` alike: the price entry's keys, camel-cased. */
export function alepheeFieldIds(vatMode: VatMode): { price: string; cost: string; recommended: string } {
  return { price: vatMode === 'included' ? 'priceWithTaxes' : 'price', cost: 'cost', recommended: 'suggestedRetailPrice' };
}
