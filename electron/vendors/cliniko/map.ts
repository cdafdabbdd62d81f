/**
 * Cliniko's JSON and the app's rows: parsing answers (a malformed answer names the field it
 * tripped on), turning products into catalog rows, and failed writes into row results.
 */
import { z } from 'zod';
import { Big, isDecimal } from '../../../shared/money';
import type { CatalogRow, PriceUpdate, RowResult } from '../../../shared/types';
import { AppError } from '../../core/errors';
import { HttpError } from '../../core/http';
import { parseWith } from '../common/answers';
import { catalogGroups, withGroups } from '../common/groups';
import { rowResult as result, stopsSubmission, waitRefusedRows } from '../common/results';
import { CLINIKO_FIELD, type ClinikoSettings } from './connection';

// Cliniko documents decimals as strings; accept numbers too rather than fail on a harmless change.
const decimal = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value, ctx) => {
    if (value === null || value === undefined || value === '') return null;
    const text = typeof value === 'number' ? new Big(String(value)).toString() : value.trim();
    if (!isDecimal(text)) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a decimal number` });
      return z.NEVER;
    }
    return text;
  });

const productSchema = z.object({
  id: z.union([z.string().min(1), z.number().int()]).transform(String),
  item_code: z.string().nullish(),
  name: z.string().nullish(),
  price_ex_tax: decimal,
  price_including_tax: decimal,
  cost_price: decimal,
  // The one grouping field a Cliniko product has (docs.api.cliniko.com, Products).
  product_supplier_name: z.string().nullish(),
});

/** One product as the connector uses it. */
export type ClinikoProduct = z.infer<typeof productSchema>;

/** One page of `GET /products`. */
export const productPageSchema = z.object({
  products: z.array(productSchema),
  total_entries: z.number().int().nonnegative().optional(),
  links: z.object({ next: z.string().nullish() }).partial().nullish(),
});

/** The answer to `PATCH /products/{id}`: the whole product. */
export const patchAnswerSchema = productSchema;

const validationSchema = z.object({
  message: z.string().optional(),
  errors: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
});

/** Parses a Cliniko answer or throws a message that names the field it tripped on. */
export function parseAnswer<T>(schema: z.ZodType<T>, json: unknown, what: string): T {
  return parseWith(schema, json, ({ field, reason }) => `Cliniko sent ${what} PriceDesk cannot read: field "${field ?? '(the whole answer)'}": ${reason ?? 'unexpected shape'}.`);
}

/** The price the connection edits: with or without tax, as the user chose. */
export function priceOf(product: ClinikoProduct, settings: ClinikoSettings): string | null {
  return settings.vatMode === 'inc' ? product.price_including_tax : product.price_ex_tax;
}

export function toRow(product: ClinikoProduct, settings: ClinikoSettings): CatalogRow {
  const itemCode = product.item_code?.trim();
  const price = priceOf(product, settings);
  return {
    key: product.id,
    // Staff know products by item code; some clinics never fill it in, so fall back to the id.
    sku: itemCode || product.id,
    name: product.name?.trim() || itemCode || product.id,
    price,
    cost: product.cost_price,
    currency: settings.currency,
    vatIncluded: settings.vatMode === 'inc',
    prices: { [CLINIKO_FIELD.price]: price, [CLINIKO_FIELD.cost]: product.cost_price },
    vendorIds: { productId: product.id },
    ...withGroups(catalogGroups({ supplier: product.product_supplier_name })),
  };
}

/** A row's result from a failed PATCH. Auth failures are flagged so the caller stops sending. */
export function failedWrite(change: PriceUpdate, error: unknown): { result: RowResult; fatal: boolean } {
  if (!(error instanceof HttpError)) {
    const message = error instanceof AppError ? error.message : 'PriceDesk could not send this price to Cliniko.';
    return { result: result(change, 'error', message, 'internal'), fatal: false };
  }
  if (error.status === 0) {
    return { result: result(change, 'unknown', `Sent, but no answer came from Cliniko (${error.message}) Check the price in Cliniko before sending it again.`, 'no_answer'), fatal: false };
  }
  if (error.status === 422) {
    const body = validationSchema.safeParse(error.json);
    const errors = body.success ? Object.entries(body.data.errors ?? {}) : [];
    const words = errors.map(([field, text]) => `${field} ${Array.isArray(text) ? text.join(', ') : text}`).join('; ');
    const head = body.success ? (body.data.message ?? 'Validation Failed') : 'Validation Failed';
    return { result: result(change, 'error', words ? `${head}: ${words}` : error.message, `validation_failed${errors[0] ? `:${errors[0][0]}` : ''}`), fatal: false };
  }
  if (error.status === 404) {
    return { result: result(change, 'error', 'Cliniko has no such product any more (it was deleted or archived). Reload the catalog.', 'not_found'), fatal: false };
  }
  if (error.retryAt !== undefined) return { result: waitRefusedRows([change], error)[0]!, fatal: true };
  if (stopsSubmission(error)) {
    return { result: result(change, 'error', error.message, error.status === 401 ? 'unauthorized' : 'forbidden'), fatal: true };
  }
  return { result: result(change, 'error', error.message, `http_${error.status}`), fatal: false };
}

/** Result of a PATCH Cliniko answered: ok, or a warning when it stored another price than sent. */
export function acceptedWrite(change: PriceUpdate, answer: ClinikoProduct, settings: ClinikoSettings): RowResult {
  const stored = priceOf(answer, settings);
  if (stored !== null && !new Big(stored).eq(new Big(change.newPrice))) {
    return result(change, 'warning', `Cliniko saved the price as ${stored}.`, 'price_adjusted');
  }
  return result(change, 'ok', null, null);
}

/** For rows PriceDesk refuses before sending (too many decimals, no product id). */
export function refused(change: PriceUpdate, message: string, code: string): RowResult {
  return result(change, 'error', message, code);
}
