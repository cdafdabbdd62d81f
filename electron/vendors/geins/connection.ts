/**
 * How a Geins connection is read from its settings. Geins wants two credentials on every
 * request (an API user's Basic auth and the account's management API key), and a price
 * list id whose last digit says its type: campaign lists cannot be written at all.
 */
import { AppError } from '../../core/errors';
import type { ResolvedConnection } from '../types';

export const GEINS_DEFAULT_URL = 'https://mgmtapi.geins.io';

/** Geins' own ceiling on sibling batch endpoints; ours stays well under it. */
export const GEINS_MAX_BATCH = 10_000;
export const GEINS_DEFAULT_BATCH = 500;

/** Which id a price is written with: Geins' internal product id or the shop's article number. */
export type ProductIdType = 0 | 1;

/** Everything a Geins client needs, checked once. */
export interface GeinsSettings {
  baseUrl: string;
  user: string;
  password: string;
  apiKey: string;
  priceListId: number;
  productIdType: ProductIdType;
  batchSize: number;
}

/** Price list ids are MarketId * 1000000 + type; type 2 is a campaign list. */
export function priceListType(id: number): 'ordinary' | 'sale' | 'campaign' | 'other' {
  const type = id % 1_000_000;
  return type === 0 ? 'ordinary' : type === 1 ? 'sale' : type === 2 ? 'campaign' : 'other';
}

/** Why a list cannot be written, or undefined when it can. */
export function campaignRefusal(id: number): string | undefined {
  if (priceListType(id) !== 'campaign') return undefined;
  return `Price list ${id} is a campaign list. Geins ignores price changes on campaign lists, so PriceDesk does not send them. Choose the ordinary (…0) or sale (…1) list of the market instead.`;
}

/** Reads and checks a connection's settings; throws an AppError in plain words. */
export function readSettings(connection: ResolvedConnection, tuningBatch?: number): GeinsSettings {
  const user = (connection.settings.apiUser ?? '').trim();
  const password = connection.secret.apiPassword ?? '';
  const apiKey = (connection.secret.apiKey ?? '').trim();
  if (!user || !password) throw new AppError('invalid_request', 'Enter the Geins API user and its password (Geins Merchant Center: Settings > API users).');
  if (!apiKey) throw new AppError('invalid_request', 'Enter the Geins management API key (Geins Merchant Center: Settings > API keys).');
  const listText = (connection.settings.priceListId ?? '').trim();
  if (!/^[1-9]\d{6,9}$/.test(listText)) {
    throw new AppError('invalid_request', `"${listText}" is not a Geins price list id. Ids look like 1000000 (market 1, ordinary list) or 1000001 (market 1, sale list).`);
  }
  const idType = (connection.settings.productIdType ?? '0').trim() || '0';
  if (idType !== '0' && idType !== '1') throw new AppError('invalid_request', 'Product id type must be 0 (Geins product id) or 1 (article number).');
  const batchText = (connection.settings.batchSize ?? '').trim();
  const batch = tuningBatch ?? (batchText ? Number(batchText) : GEINS_DEFAULT_BATCH);
  if (!Number.isInteger(batch) || batch < 1 || batch > GEINS_MAX_BATCH) {
    throw new AppError('invalid_request', `Rows per request must be a whole number from 1 to ${GEINS_MAX_BATCH}.`);
  }
  return {
    baseUrl: (connection.settings.baseUrl ?? '').trim().replace(/\/+$/, '') || GEINS_DEFAULT_URL,
    user,
    password,
    apiKey,
    priceListId: Number(listText),
    productIdType: idType === '1' ? 1 : 0,
    batchSize: batch,
  };
}
