/**
 * The demo shop's price fields: what a new user should meet on first start, the shapes real
 * vendors have (a price, a cost, a recommended price, a wholesale tier and the price in a
 * second currency, as a Medusa price list holds one per currency). They are described
 * here; demo-catalog.ts generates their prices and index.ts reads and writes each of them.
 */
import type { PriceField } from '../../../shared/price-fields';
import { priceField, withPrimary } from '../common/price-fields';

/** The currency the demo shop's second price is in. */
export const SANDBOX_SECOND_CURRENCY = 'SEK';

/**
 * The fields for a catalog in `currency`. The wholesale tier is stated on the price's VAT
 * basis so the demo shows the tier rule at work (a rule compares one basis only); the cost
 * is without VAT, as costs are.
 */
export function sandboxPriceFields(currency: string, vatIncluded: boolean, decimals: number): PriceField[] {
  const defaults = { currency, vatIncluded, decimals, removable: true };
  const second = currency === SANDBOX_SECOND_CURRENCY ? 'EUR' : SANDBOX_SECOND_CURRENCY;
  return withPrimary(
    'The demo shop',
    [
      priceField(defaults, 'price', 'Price', 'price'),
      priceField(defaults, `price.${second}`, `Price ${second}`, 'price', { currency: second }),
      priceField(defaults, 'wholesale', 'Wholesale', 'tier'),
      priceField(defaults, 'recommended', 'Recommended price', 'recommended'),
      priceField(defaults, 'cost', 'Cost', 'cost', { vatIncluded: false, removable: false }),
    ],
    'price',
  );
}
