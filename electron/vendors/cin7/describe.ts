/**
 * The Cin7 Omni connection form and how its error bodies read.
 */
import { NEW_PRODUCTS_SETTING } from '../../../shared/new-product-visibility';
import type { VendorField } from '../../../shared/types';
import type { PriceField } from '../../../shared/price-fields';
import { shortText } from '../../core/http';
import { priceField, withPrimary } from '../common/price-fields';
import { currencyOf } from './map';
import { MAX_DECIMALS } from './requests';

/** The connection fields; defaults are passed in so the form and the connector agree. */
export function fields(defaultBaseUrl: string, defaultBatch: number): VendorField[] {
  return [
    {
      key: 'baseUrl',
      advanced: true,
      routing: true,
      label: 'API address',
      kind: 'url',
      required: false,
      placeholder: defaultBaseUrl,
      help: `Leave empty for ${defaultBaseUrl}.`,
      pattern: '^https?://\\S+$|^$',
    },
    {
      key: 'username',
      label: 'API username',
      kind: 'text',
      required: true,
      help: 'In Cin7 Omni, Settings > Integrations & API > API v1: the username of the API connection (give it permission for Products).',
      pattern: '^\\S+$',
    },
    {
      key: 'apiKey',
      label: 'API key',
      kind: 'secret',
      required: true,
      help: 'The key shown next to the API username in Cin7 Omni, Settings > Integrations & API.',
      pattern: '^\\S{8,}$',
    },
    {
      key: 'priceColumn',
      label: 'Price column',
      kind: 'text',
      required: false,
      placeholder: 'retailNZD',
      help: 'Which price tier to edit, as Cin7 Omni names it for the API (e.g. retailNZD, wholesalNZD). Leave empty for the first retail column; Test connection shows the one used.',
      pattern: '^[A-Za-z][A-Za-z0-9]*$|^$',
    },
    {
      key: 'currency',
      label: 'Currency',
      kind: 'text',
      required: false,
      placeholder: 'USD',
      help: 'Only used when the price column name does not end in a currency code (retailNZD is in NZD). Default: USD.',
      pattern: '^[A-Za-z]{3}$|^$',
    },
    {
      key: 'vatMode',
      label: 'Prices are',
      kind: 'select',
      required: false,
      options: [
        { value: 'excluded', label: 'without tax' },
        { value: 'included', label: 'with tax' },
      ],
      help: 'Whether this price column includes tax, as set up in Cin7 Omni (Settings > Pricing). Default: without tax.',
    },
    {
      key: NEW_PRODUCTS_SETTING,
      label: 'New products are created',
      kind: 'select',
      required: false,
      options: [
        { value: 'hidden', label: 'hidden (status Inactive)' },
        { value: 'live', label: 'live (status Public)' },
      ],
      help: 'Products PriceDesk creates from an import ("Add new products"). Hidden ones are not on sale until someone sets them to Public in Cin7 Omni, which would otherwise make them Public at once. Default: hidden.',
    },
    {
      key: 'batchSize',
      advanced: true,
      label: 'Rows per request',
      kind: 'number',
      required: false,
      help: `How many rows go in one request. Leave empty for ${defaultBatch}; PriceDesk halves it by itself if Cin7 Omni says a request is too large.`,
      pattern: '^[1-9]\\d{0,3}$|^$',
    },
  ];
}

/** Omni answers errors as ASP.NET does: `{"Message": "..."}`, sometimes with details. */
export function describeCin7(status: number, json: unknown, text: string): string | undefined {
  if (json && typeof json === 'object') {
    const o = json as { Message?: unknown; message?: unknown; errors?: unknown };
    const message = o.Message ?? o.message;
    if (typeof message === 'string' && message) return message;
    if (Array.isArray(o.errors)) return o.errors.filter((e) => typeof e === 'string').join('; ') || undefined;
  }
  return shortText(text) ?? (status ? `HTTP ${status}` : undefined);
}

/**
 * What a `PriceColumns` key is, by its prefix (Omni camel-cases "price tier + currency":
 * `retailNZD`, `wholesalNZD` (sic), `costNZD`, as the vendor note and public clients that
 * read `priceColumns.retailNZD` / `priceColumns.costNZD` show). Tiers an account names
 * itself (`vipNZD`, `distributorNZD`) are tiers.
 */
const COLUMN_KINDS: { prefix: string; label: string; kind: PriceField['kind'] }[] = [
  { prefix: 'retail', label: 'Retail', kind: 'price' },
  // The option's own RetailPrice, what an account without products can only be said to have.
  { prefix: 'retailprice', label: 'Retail price', kind: 'price' },
  { prefix: 'wholesale', label: 'Wholesale', kind: 'tier' },
  { prefix: 'wholesal', label: 'Wholesale', kind: 'tier' },
  { prefix: 'cost', label: 'Cost', kind: 'cost' },
  { prefix: 'special', label: 'Special', kind: 'sale' },
  { prefix: 'vip', label: 'VIP', kind: 'tier' },
];

/** "retailNZD" → Retail NZD; an unknown tier keeps its own name, first letter raised. */
function columnField(column: string, fallbackCurrency: string): Pick<PriceField, 'label' | 'kind' | 'currency'> {
  const currency = currencyOf(column, fallbackCurrency);
  const stem = column.endsWith(currency) ? column.slice(0, -currency.length) : column;
  const known = COLUMN_KINDS.find((k) => stem.toLowerCase() === k.prefix);
  const name = known?.label ?? stem.charAt(0).toUpperCase() + stem.slice(1);
  return { label: `${name} ${currency}`, kind: known?.kind ?? 'tier', currency };
}

/** The field ids: the account's `PriceColumns` keys, or the edited column alone where no option shows any. */
export const cin7FieldIds = (columns: string[], tier: string): string[] => (columns.length ? columns : [tier]);

/**
 * The connection's price fields: one per `PriceColumns` key the account returned (only
 * those: whether Omni's PUT takes any other key is unknown), the edited column primary.
 * An account without products shows no columns; then the edited column is the only field.
 * Omni sets tax inclusion per price tier, and the connection knows it for its own column
 * only: the other selling tiers are taken to follow it, a cost never includes tax.
 */
export function cin7PriceFields(columns: string[], tier: string, ctx: { fallbackCurrency: string; vatIncluded: boolean }): PriceField[] {
  const defaults = { currency: ctx.fallbackCurrency, vatIncluded: ctx.vatIncluded, decimals: MAX_DECIMALS, removable: false };
  const fields = cin7FieldIds(columns, tier).map((column) => {
    const { label, kind, currency } = columnField(column, ctx.fallbackCurrency);
    return priceField(defaults, column, label, kind, { currency, vatIncluded: kind === 'cost' ? false : ctx.vatIncluded });
  });
  return withPrimary('Cin7 Omni', fields, tier);
}
