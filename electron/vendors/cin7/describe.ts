/**
 * The Cin7 Omni connection form and how its error bodies read.
 */
import { NEW_PRODUCTS_SETTING } from '../../../shared/new-product-visibility';
import type { VendorField } from '../../../shared/types';
import { shortText } from '../../core/http';

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
