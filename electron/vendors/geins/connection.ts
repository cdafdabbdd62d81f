/**
 * How a Geins connection is read from its settings. Geins wants two credentials on every
 * request (an API user's Basic auth and the account's management API key), and a price
 * list id. Standard lists (ordinary, sale, campaign) have ids `MarketId * 1000000 + type`
 * and campaign lists cannot be written; custom lists have ids of their own. Whether prices
 * include VAT is the caller's statement on each write (`pricesIncVat`), not a property of
 * the list, so it is a connection setting.
 */
import { wordedError, words, type Words } from '../common/words';
import type { ResolvedConnection } from '../types';

export const GEINS_DEFAULT_URL = 'https://mgmtapi.geins.io';

/** Geins' own ceiling on sibling batch endpoints; ours stays well under it. */
export const GEINS_MAX_BATCH = 10_000;
export const GEINS_DEFAULT_BATCH = 500;

/** Which id a price is written with: Geins' internal product id or the shop's article number. */
export type ProductIdType = 0 | 1;

/** Whether the connection's prices include VAT, stored as every connector stores it. */
export type VatMode = 'included' | 'excluded';

/** Price list ids are int32 in the Management API. */
const MAX_LIST_ID = 2_147_483_647;

/** Everything a Geins client needs, checked once. */
export interface GeinsSettings {
  baseUrl: string;
  user: string;
  password: string;
  apiKey: string;
  priceListId: number;
  /** Lists whose prices belong with the edited one (a sale list, another market): price fields, in the order typed. */
  morePriceListIds: number[];
  productIdType: ProductIdType;
  vatMode: VatMode;
  batchSize: number;
}

/**
 * The kind of a list by its id: standard ids start at 1000000 and are MarketId * 1000000 +
 * type (0 ordinary, 1 sale, 2 campaign); any other id is a custom list. A custom list whose id
 * happens to fit the formula is named after it here: only `GET /API/PriceList/{id}` (custom
 * lists only) tells them apart, and removal asks it.
 */
export function priceListType(id: number): 'ordinary' | 'sale' | 'campaign' | 'custom' {
  if (id < 1_000_000) return 'custom';
  const type = id % 1_000_000;
  return type === 0 ? 'ordinary' : type === 1 ? 'sale' : type === 2 ? 'campaign' : 'custom';
}

/** Why a list cannot be written, or undefined when it can. */
export function campaignRefusal(id: number): Words | undefined {
  if (priceListType(id) !== 'campaign') return undefined;
  const message = `Price list ${id} is a campaign list. Geins ignores price changes on campaign lists, so PriceDesk does not send them. Choose the ordinary (…0) or sale (…1) list of the market instead.`;
  return words(message, 'vendor.geins.campaignList', { id });
}

/** Reads and checks a connection's settings; throws an AppError in plain words. */
export function readSettings(connection: ResolvedConnection, tuningBatch?: number): GeinsSettings {
  const user = (connection.settings.apiUser ?? '').trim();
  const password = connection.secret.apiPassword ?? '';
  const apiKey = (connection.secret.apiKey ?? '').trim();
  if (!user || !password) throw wordedError('invalid_request', words('Enter the Geins API user and its password (Geins Merchant Center: Settings > API users).', 'vendor.geins.userMissing'));
  if (!apiKey) throw wordedError('invalid_request', words('Enter the Geins management API key (Geins Merchant Center: Settings > API keys).', 'vendor.geins.keyMissing'));
  const listText = (connection.settings.priceListId ?? '').trim();
  // Any positive id: custom lists have small ids; whether the list exists is checked against Geins' list.
  if (!/^[1-9]\d{0,9}$/.test(listText) || Number(listText) > MAX_LIST_ID) {
    const message = `"${listText}" is not a Geins price list id: a whole number such as 1000000 (market 1, ordinary list) or the id of a custom list.`;
    throw wordedError('invalid_request', words(message, 'vendor.geins.badListId', { id: listText }));
  }
  const more = (connection.settings.morePriceListIds ?? '').split(',').map((t) => t.trim()).filter(Boolean);
  const badMore = more.find((t) => !/^[1-9]\d{0,9}$/.test(t) || Number(t) > MAX_LIST_ID);
  if (badMore !== undefined) {
    const message = `"${badMore}" in More price lists is not a Geins price list id: whole numbers separated by commas, such as 1000001, 2000000.`;
    throw wordedError('invalid_request', words(message, 'vendor.geins.badMoreListId', { id: badMore }));
  }
  const idType = (connection.settings.productIdType ?? '0').trim() || '0';
  if (idType !== '0' && idType !== '1') throw wordedError('invalid_request', words('Product id type must be 0 (Geins product id) or 1 (article number).', 'vendor.geins.badIdType'));
  const batchText = (connection.settings.batchSize ?? '').trim();
  const batch = tuningBatch ?? (batchText ? Number(batchText) : GEINS_DEFAULT_BATCH);
  if (!Number.isInteger(batch) || batch < 1 || batch > GEINS_MAX_BATCH) {
    throw wordedError('invalid_request', words(`Rows per request must be a whole number from 1 to ${GEINS_MAX_BATCH}.`, 'vendor.geins.badBatchSize', { max: GEINS_MAX_BATCH }));
  }
  return {
    baseUrl: (connection.settings.baseUrl ?? '').trim().replace(/\/+$/, '') || GEINS_DEFAULT_URL,
    user,
    password,
    apiKey,
    priceListId: Number(listText),
    morePriceListIds: [...new Set(more.map(Number))].filter((id) => id !== Number(listText)),
    productIdType: idType === '1' ? 1 : 0,
    vatMode: connection.settings.vatMode === 'excluded' ? 'excluded' : 'included',
    batchSize: batch,
  };
}
