/**
 * The Geins connection form and capabilities. The VAT basis is the user's statement of how
 * the prices they edit are meant; Geins takes it per request (`pricesIncVat`).
 */
import type { PriceField } from '../../../shared/price-fields';
import type { VendorDescription } from '../../../shared/types';
import { priceField, withPrimary } from '../common/price-fields';
import { GEINS_DEFAULT_BATCH, GEINS_DEFAULT_URL, GEINS_MAX_BATCH, priceListType, type GeinsSettings } from './connection';
import type { GeinsPriceList } from './map';

/** Geins' decimal limit is undocumented; 2 is what its price lists show. */
export const MAX_DECIMALS = 2;

export const description: VendorDescription = {
  id: 'geins',
  displayName: 'Geins',
  fields: [
    { key: 'apiUser', label: 'API user', kind: 'text', required: true, help: 'The user name of an API user: Geins Merchant Center > Settings > API users.', pattern: '^\\S.{0,199}$' },
    { key: 'apiPassword', label: 'API user password', kind: 'secret', required: true, help: 'The password of that API user, set when the user was created in Merchant Center.' },
    { key: 'apiKey', label: 'Management API key', kind: 'secret', required: true, help: 'Geins Merchant Center > Settings > API keys: the key for the Management API (sent as X-ApiKey).', pattern: '^\\S{8,}$' },
    {
      key: 'priceListId',
      label: 'Price list id',
      kind: 'number',
      required: true,
      help: 'The list to edit, from Merchant Center > Pricing > Price lists (Test connection lists them). Standard lists are market id × 1000000 + type: 1000000 is market 1’s ordinary list, 1000001 its sale list; custom lists have ids of their own. Campaign lists (ending in 2, e.g. 1000002) cannot be changed through the API and are refused.',
      pattern: '^[1-9]\\d{0,9}$',
      placeholder: '1000000',
    },
    {
      key: 'morePriceListIds',
      label: 'More price lists',
      kind: 'text',
      required: false,
      help: 'Other price lists whose prices belong with the one above (a sale list, another market), as ids separated by commas, e.g. 1000001, 2000000. Test connection shows them as price fields. Leave empty for one list.',
      pattern: '^\\s*([1-9]\\d{0,9}\\s*(,\\s*[1-9]\\d{0,9}\\s*)*)?$',
      placeholder: '1000001',
    },
    {
      key: 'vatMode',
      label: 'Prices are',
      kind: 'select',
      required: false,
      help: 'Whether the prices you see and send include VAT. Geins converts with each product’s VAT rate. Default: with VAT.',
      options: [
        { value: 'included', label: 'with VAT' },
        { value: 'excluded', label: 'without VAT' },
      ],
    },
    {
      key: 'productIdType',
      label: 'Write prices by',
      kind: 'select',
      required: false,
      help: 'Which id PriceDesk sends to Geins with each price. Default: the Geins product id.',
      options: [
        { value: '0', label: 'Geins product id (e.g. 10001)' },
        { value: '1', label: 'Article number (e.g. ABC123)' },
      ],
    },
    {
      key: 'batchSize',
      advanced: true,
      label: 'Rows per request',
      kind: 'number',
      required: false,
      help: `How many prices go in one request. Geins documents no maximum for this call (similar calls allow ${GEINS_MAX_BATCH}); leave empty for ${GEINS_DEFAULT_BATCH}.`,
      pattern: '^[1-9]\\d{0,4}$',
    },
    { key: 'baseUrl', advanced: true, label: 'API address', kind: 'url', routing: true, required: false, help: `Leave empty for ${GEINS_DEFAULT_URL}.`, pattern: '^https?://\\S+$', placeholder: GEINS_DEFAULT_URL },
  ],
  capabilities: {
    readsCatalog: true,
    createsProducts: false,
    // Custom price lists only ("set the price to -1"); on other lists the rows are refused unsent.
    deletesPrices: true,
    batchSize: GEINS_DEFAULT_BATCH,
    rateLimit: null,
    writesWith: 'product id or article number, per price list',
    maxDecimals: MAX_DECIMALS,
  },
};

/** A price list's field id, for the fields and the catalog's `prices` alike. */
export const geinsFieldId = (listId: number): string => `list${listId}`;

/**
 * The connection's price fields: its price list (primary) and the "More price lists", in
 * that order, each as Geins lists it (`GET /API/PriceList/List`: `{Id, Name, Currency, ...}`,
 * no VAT basis: `pricesIncVat` is the caller's, so every list follows the connection's
 * setting). A sale list (…1) is a sale price; removal works on custom lists only (the
 * OpenAPI's "-1 ... only applies to custom price lists"). A list without a currency gets
 * XXX, ISO 4217's "no currency", so no rule compares it with another. A campaign list
 * (…2) is read only (`readOnly`): its prices show, and a change to it is refused.
 */
export function geinsPriceFields(lists: GeinsPriceList[], settings: Pick<GeinsSettings, 'priceListId' | 'vatMode'>): PriceField[] {
  const fields = lists.map((list) => {
    const currency = (list.Currency ?? '').trim().toUpperCase();
    const defaults = { currency: /^[A-Z]{3}$/.test(currency) ? currency : 'XXX', vatIncluded: settings.vatMode === 'included', decimals: MAX_DECIMALS, removable: priceListType(list.Id) === 'custom' };
    // A campaign list among More price lists is shown beside the others but never written: Geins ignores writes to it.
    const readOnly = priceListType(list.Id) === 'campaign' ? { readOnly: 'Geins ignores price changes on campaign lists.', readOnlySaid: { id: 'vendor.geins.campaignReadOnly' as const } } : {};
    return priceField(defaults, geinsFieldId(list.Id), list.Name?.trim() || `Price list ${list.Id}`, priceListType(list.Id) === 'sale' ? 'sale' : 'price', readOnly);
  });
  return withPrimary('Geins', fields, geinsFieldId(settings.priceListId));
}
