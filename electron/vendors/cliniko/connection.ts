/**
 * How a Cliniko connection is read from its settings: the shard (region) comes from the
 * API key's ending, the address from the shard unless the user overrides it, and every
 * request must carry a User-Agent with a contact email or Cliniko may block it.
 */
import type { PriceField } from '../../../shared/price-fields';
import { wordedError, words } from '../common/words';
import { priceField, withPrimary } from '../common/price-fields';
import type { ResolvedConnection } from '../types';

/** Shards Cliniko documents; a key ending in anything else is a typo or a new region. */
export const CLINIKO_SHARDS = ['au1', 'au2', 'au3', 'au4', 'ca1', 'uk1', 'uk2', 'eu1'] as const;

/** Cliniko's own pattern for a shard suffix, used to tell "new region" from "no suffix". */
const SHARD_LIKE = /^[a-z]{2}\d{1,2}$/i;

export const EMAIL_PATTERN = '^[^\\s@()<>]+@[^\\s@()<>]+\\.[^\\s@()<>]+$';

/** Prices in Cliniko carry no currency; the region tells the usual one. */
const REGION_CURRENCY: Record<string, string> = { au: 'AUD', ca: 'CAD', uk: 'GBP', eu: 'EUR' };

/** Whether staff edit prices with tax included (what patients pay) or without. */
export type VatMode = 'inc' | 'ex';

/** Everything a Cliniko client needs, checked once. */
export interface ClinikoSettings {
  apiKey: string;
  shard: string;
  baseUrl: string;
  /** True when the user typed an address instead of taking the shard's. */
  customBaseUrl: boolean;
  userAgent: string;
  vatMode: VatMode;
  currency: string;
}

/** The shard an API key belongs to: the part after the last dash, au1 when there is none. */
export function shardOfKey(apiKey: string): string {
  const dash = apiKey.lastIndexOf('-');
  const suffix = dash < 0 ? '' : apiKey.slice(dash + 1).toLowerCase();
  if ((CLINIKO_SHARDS as readonly string[]).includes(suffix)) return suffix;
  if (SHARD_LIKE.test(suffix)) {
    const regions = CLINIKO_SHARDS.join(', ');
    const message = `The Cliniko API key ends in "-${suffix}", which is not a Cliniko region PriceDesk knows (${regions}). Copy the whole key again from Cliniko (My info > Manage API keys).`;
    throw wordedError('invalid_request', words(message, 'vendor.cliniko.unknownRegion', { suffix, regions }));
  }
  return 'au1';
}

/** Cliniko's documented address for a shard. */
export function clinikoBaseUrl(shard: string): string {
  return `https://api.${shard}.cliniko.com/v1`;
}

/** Reads and checks a connection's settings; throws an AppError in plain words. */
export function readSettings(connection: ResolvedConnection): ClinikoSettings {
  const apiKey = (connection.secret.apiKey ?? '').trim();
  if (!apiKey) throw wordedError('invalid_request', words('Enter the Cliniko API key (Cliniko: My info > Manage API keys).', 'vendor.cliniko.keyMissing'));
  const shard = shardOfKey(apiKey);
  const email = (connection.settings.contactEmail ?? '').trim();
  if (!new RegExp(EMAIL_PATTERN).test(email)) {
    const message = 'Enter a valid contact email for the Cliniko connection: Cliniko asks every app to name a contact and may block requests without one.';
    throw wordedError('invalid_request', words(message, 'vendor.cliniko.emailMissing'));
  }
  const custom = (connection.settings.baseUrl ?? '').trim().replace(/\/+$/, '');
  const vatMode: VatMode = connection.settings.vatMode === 'ex' ? 'ex' : 'inc';
  const currency = (connection.settings.currency ?? '').trim().toUpperCase() || REGION_CURRENCY[shard.slice(0, 2)] || 'AUD';
  return {
    apiKey,
    shard,
    baseUrl: custom || clinikoBaseUrl(shard),
    customBaseUrl: Boolean(custom),
    userAgent: `PriceDesk (${email})`,
    vatMode,
    currency,
  };
}

/** The shard named in a custom address (api.uk1.cliniko.com), if any, to spot a mismatch with the key. */
export function shardOfUrl(baseUrl: string): string | undefined {
  return /^https?:\/\/api\.([a-z]{2}\d{1,2})\.cliniko\.com/i.exec(baseUrl)?.[1]?.toLowerCase();
}

/** Cliniko's field ids, the product's own attribute names; the catalog's `prices` use them too. */
export const CLINIKO_FIELD = { price: 'price', cost: 'cost_price' } as const;

/**
 * Cliniko's price fields: a product's `price` (written with `price_includes_tax` as the
 * connection says, read back from `price_including_tax` or `price_ex_tax`) and its
 * `cost_price`, both on `PATCH /products/{id}` (docs.api.cliniko.com, and the product
 * fields of github.com/redguava/cliniko-api). Cost carries no tax flag: taken without tax.
 */
export function clinikoPriceFields(settings: Pick<ClinikoSettings, 'currency' | 'vatMode'>, decimals: number): PriceField[] {
  const defaults = { currency: settings.currency, vatIncluded: settings.vatMode === 'inc', decimals, removable: false };
  return withPrimary('Cliniko', [priceField(defaults, CLINIKO_FIELD.price, 'Price', 'price'), priceField(defaults, CLINIKO_FIELD.cost, 'Cost price', 'cost', { vatIncluded: false })], CLINIKO_FIELD.price);
}
