/**
 * Alephee's price fields. Each product carries one price entry per price list with
 * `Price` (without taxes), `PriceWithTaxes`, `Cost` and `SuggestedRetailPrice` (the
 * update-products page and the read's `ProductCatalog.Price[]`); a write may carry at most
 * one of Price / PriceWithTaxes, so the connection's "Prices are" setting decides which one
 * is the field, and Alephee derives the other from the product's tax. A connection edits its
 * price list and, when set, the "More price lists": the same three fields of each.
 */
import type { PriceField } from '../../../shared/price-fields';
import { priceField, withPrimary } from '../common/price-fields';
import type { VatMode } from './map';
import { MAX_DECIMALS } from './requests';

/** A price attribute of Alephee's `ProductPrice` that PriceDesk reads and writes. */
export type Attribute = 'Price' | 'PriceWithTaxes' | 'Cost' | 'SuggestedRetailPrice';

/** A more list as the products' read names it. */
export interface MoreList {
  id: string;
  name?: string | null;
  currency: string;
}

/**
 * The field ids of one list, for the fields and the catalog's `prices` alike: the price
 * entry's keys, camel-cased; another list's are prefixed `list<id>.` (the connection's own
 * list keeps the plain ids, so rows and drafts from before more lists mean the same).
 */
export function alepheeFieldIds(vatMode: VatMode, moreListId?: string): { price: string; cost: string; recommended: string } {
  const prefix = moreListId === undefined ? '' : `list${moreListId}.`;
  return { price: `${prefix}${vatMode === 'included' ? 'priceWithTaxes' : 'price'}`, cost: `${prefix}cost`, recommended: `${prefix}suggestedRetailPrice` };
}

/** Where a field's price lives: its list (undefined: the connection's, unnamed) and attribute. */
export interface FieldTarget {
  list: string | undefined;
  attribute: Attribute;
}

/** Every field id of the connection with where it writes: the connection's list, then each more list. */
export function alepheeFieldMap(vatMode: VatMode, priceListId: string | undefined, moreListIds: readonly string[]): Map<string, FieldTarget> {
  const map = new Map<string, FieldTarget>();
  for (const list of [undefined, ...moreListIds]) {
    const ids = alepheeFieldIds(vatMode, list);
    const target = list ?? priceListId;
    map.set(ids.price, { list: target, attribute: vatMode === 'included' ? 'PriceWithTaxes' : 'Price' });
    map.set(ids.cost, { list: target, attribute: 'Cost' });
    map.set(ids.recommended, { list: target, attribute: 'SuggestedRetailPrice' });
  }
  return map;
}

/**
 * The fields of the connection's price list and its more lists. `currency` is the entry's
 * own where Alephee states one, else the setting. Alephee says nothing about tax on a
 * suggested retail price: it is taken on the connection's basis, so the rule against the
 * price compares them; a cost never includes tax.
 */
export function alepheePriceFields(vatMode: VatMode, currency: string, more: readonly MoreList[] = []): PriceField[] {
  const listFields = (ids: ReturnType<typeof alepheeFieldIds>, listCurrency: string, prefix: string) => {
    const defaults = { currency: listCurrency, vatIncluded: vatMode === 'included', decimals: MAX_DECIMALS, removable: false };
    return [
      priceField(defaults, ids.price, `${prefix}${vatMode === 'included' ? 'Price with taxes' : 'Price'}`, 'price'),
      priceField(defaults, ids.cost, `${prefix}Cost`, 'cost', { vatIncluded: false }),
      priceField(defaults, ids.recommended, `${prefix}Suggested retail price`, 'recommended'),
    ];
  };
  const own = listFields(alepheeFieldIds(vatMode), currency, '');
  const others = more.flatMap((list) => listFields(alepheeFieldIds(vatMode, list.id), list.currency, `${list.name?.trim() || `Price list ${list.id}`}: `));
  return withPrimary('Alephee', [...own, ...others], own[0]!.id);
}
