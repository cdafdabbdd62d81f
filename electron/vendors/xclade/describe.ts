/** What the xclade connector asks for and what it can do. */
import { z } from 'zod';
import type { PriceField } from '../../../shared/price-fields';
import type { VendorDescription } from '../../../shared/types';
import { priceField, withPrimary } from '../common/price-fields';

/** Most decimals PriceDesk sends; Medusa stores more, but shops price in cents. */
export const MAX_DECIMALS = 2;
/** Prices per batch request; the 2 MB body limit is enforced separately. */
export const BATCH_SIZE = 1000;

/** The connector's fields and capabilities, shown in the connection form. */
export const xcladeDescription: VendorDescription = {
  id: 'xclade',
  displayName: 'xclade (Medusa)',
  fields: [
    {
      key: 'tenant',
      routing: true,
      label: 'Shop name (tenant)',
      kind: 'text',
      required: false,
      help: 'The first part of your xclade admin API address: for https://myshop.api.myxclade.com it is "myshop". Leave empty when you fill in the server address below.',
      placeholder: 'myshop',
      pattern: '^[a-z0-9][a-z0-9-]{0,62}$',
    },
    {
      key: 'baseUrl',
      advanced: true,
      routing: true,
      label: 'Server address',
      kind: 'url',
      required: false,
      help: 'Only for a self-hosted Medusa v2 server or a custom domain: the address of its API, e.g. https://api.myshop.com. Leave empty to use https://{shop name}.api.myxclade.com.',
      placeholder: 'https://{tenant}.api.myxclade.com',
      pattern: '^https?://[^\\s/]+(/[^\\s]*)?$',
    },
    {
      key: 'priceListId',
      label: 'Price list id',
      kind: 'text',
      required: true,
      help: 'In the xclade admin open Pricing → Price Lists and the list to edit; its id is the last part of the address (starts with "plist_").',
      placeholder: 'plist_01H...',
      pattern: '^[A-Za-z0-9_-]{3,100}$',
    },
    {
      key: 'currency',
      label: 'Currency',
      kind: 'text',
      required: true,
      help: 'The three-letter currency of the prices to edit (EUR, USD, SEK...), one of the currencies under Settings → Store.',
      placeholder: 'EUR',
      pattern: '^[A-Za-z]{3}$',
    },
    {
      key: 'vatMode',
      label: 'Prices include VAT',
      kind: 'select',
      required: false,
      help: 'Whether this currency’s prices include tax (Settings → Tax regions / price preferences, "tax inclusive"). Medusa’s default is excluding VAT.',
      options: [
        { value: 'excluded', label: 'No, prices exclude VAT' },
        { value: 'included', label: 'Yes, prices include VAT' },
      ],
    },
    {
      key: 'authMode',
      label: 'Sign in with',
      kind: 'select',
      required: true,
      help: 'An admin user’s email and password, or a secret API key (Settings → Secret API Keys in the xclade admin).',
      options: [
        { value: 'emailpass', label: 'Email and password' },
        { value: 'secretKey', label: 'Secret API key' },
      ],
    },
    {
      key: 'email',
      label: 'Admin email',
      kind: 'email',
      required: false,
      help: 'The email you sign in to the xclade admin with (needed for email and password sign-in).',
      pattern: '^[^\\s@]+@[^\\s@]+$',
    },
    {
      key: 'password',
      label: 'Admin password',
      kind: 'secret',
      required: false,
      help: 'The password of that admin user (needed for email and password sign-in). Stored in the system keychain.',
    },
    {
      key: 'secretKey',
      label: 'Secret API key',
      kind: 'secret',
      required: false,
      help: 'Settings → Secret API Keys → Create; copy the key starting with "sk_" (shown once). Stored in the system keychain.',
      pattern: '^sk_[A-Za-z0-9_-]+$',
    },
  ],
  capabilities: {
    readsCatalog: true,
    createsProducts: false,
    deletesPrices: true,
    batchSize: BATCH_SIZE,
    rateLimit: null,
    writesWith: 'price list price id and variant id',
    maxDecimals: MAX_DECIMALS,
  },
};

/**
 * `GET /admin/stores` as Medusa 2.21.2 answers it: `{stores: [{id, supported_currencies:
 * [{currency_code, is_default}]}]}` (its store route and StoreCurrency model); asked with
 * `fields=id,*supported_currencies`, the selection Medusa's own code uses.
 */
export const storesAnswer = z.object({
  stores: z.array(z.object({ id: z.string(), supported_currencies: z.array(z.object({ currency_code: z.string(), is_default: z.boolean().nullish() })).nullish() })),
});
export const STORE_FIELDS = 'id,*supported_currencies';

/**
 * The connection's price fields: one per currency, `price.EUR`, the connection's currency
 * primary, then the store's currencies (its default first) and any other currency the list
 * has prices in. Medusa keeps tax inclusion per currency in price preferences, which the
 * connection does not read yet: every currency follows the connection's setting.
 */
export function xcladePriceFields(settings: { currency: string; vatIncluded: boolean }, storeCurrencies: { currency_code: string; is_default?: boolean | null }[], listCurrencies: string[]): PriceField[] {
  const store = [...storeCurrencies].sort((a, b) => Number(Boolean(b.is_default)) - Number(Boolean(a.is_default))).map((c) => c.currency_code);
  const codes = [...new Set([settings.currency, ...store, ...listCurrencies].map((c) => c.toUpperCase()))].filter((c) => /^[A-Z]{3}$/.test(c));
  const defaults = { vatIncluded: settings.vatIncluded, decimals: MAX_DECIMALS, removable: true };
  const fields = codes.map((currency) => priceField({ ...defaults, currency }, `price.${currency}`, `Price ${currency}`, 'price'));
  return withPrimary('xclade', fields, `price.${settings.currency.toUpperCase()}`);
}
