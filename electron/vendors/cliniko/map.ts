/**
 * Cliniko's JSON and the app's rows: parsing answers (a malformed answer names the field it
 * tripped on), turning products into catalog rows, and failed writes into row results.
 */
import { z } from 'zod';
import { Big, isDecimal } from '../../../shared/money';
import type { CatalogRow, PriceChange, PriceUpdate, RowResult } from '../../../shared/types';
import type { Said } from '../../../shared/said';
import { AppError, errorWords } from '../../core/errors';
import { HttpError } from '../../core/http';
import { parseWith, unreadable } from '../common/answers';
import { catalogGroups, withGroups } from '../common/groups';
import { rowResult as result, stopSaid, stopsSubmission, waitRefusedRows } from '../common/results';
import { saidOf, words, wordsOf, type Words } from '../common/words';
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
  return parseWith(schema, json, (p) => unreadable('Cliniko', `Cliniko sent ${what} PriceDesk cannot read: field "${p.field ?? '(the whole answer)'}": ${p.reason ?? 'unexpected shape'}.`, p));
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

/** The product attribute a change writes: `price` for the primary field, `cost_price` for cost. */
export type ClinikoAttribute = 'price' | 'cost_price';

/** The attribute a change's field names; undefined for a field Cliniko has not. */
export function attributeOf(change: Pick<PriceChange, 'field'>): ClinikoAttribute | undefined {
  if (change.field === undefined || change.field === CLINIKO_FIELD.price) return 'price';
  return change.field === CLINIKO_FIELD.cost ? 'cost_price' : undefined;
}

/** What the product holds now in the change's field. */
export function storedIn(product: ClinikoProduct, change: Pick<PriceChange, 'field'>, settings: ClinikoSettings): string | null {
  return attributeOf(change) === 'cost_price' ? product.cost_price : priceOf(product, settings);
}

/** Whether a 422's error key is about this attribute (`price_ex_tax` and `price_includes_tax` are the price's). */
const aboutAttribute = (key: string, attribute: ClinikoAttribute) => (attribute === 'price' ? key.startsWith('price') : key === attribute);

/**
 * The results of a 422. Cliniko answers "Resource could not be saved due to validation
 * errors" (docs.api.cliniko.com, Update product): the PATCH is one save of the product, so
 * nothing of it was saved, neither the field an error names nor the other price sent with
 * it. Each change gets the errors about its own attribute; a change the errors do not name
 * was refused because of the other one, and says so. Cliniko's words are quoted after ours.
 */
function validationResults(changes: PriceUpdate[], error: HttpError): RowResult[] {
  const body = validationSchema.safeParse(error.json);
  const errors = body.success ? Object.entries(body.data.errors ?? {}) : [];
  const head = body.success ? (body.data.message ?? 'Validation Failed') : 'Validation Failed';
  const listed = (list: typeof errors) => list.map(([field, text]) => `${field} ${Array.isArray(text) ? text.join(', ') : text}`).join('; ');
  return changes.map((change) => {
    const attribute = attributeOf(change) ?? 'price';
    const own = errors.filter(([key]) => aboutAttribute(key, attribute));
    // A change the errors do not name, sent alone, still gets them: they are why it failed.
    if (own.length || !errors.length || changes.length === 1) {
      const list = own.length ? own : errors;
      const code = `validation_failed${list[0] ? `:${list[0][0]}` : ''}`;
      if (!list.length) return result(change, 'error', error.message, code, errorWords(error));
      const theirs = `${head}: ${listed(list)}`;
      return result(change, 'error', theirs, code, { said: { id: 'row.rejected', params: { vendor: 'Cliniko' } }, vendorMessage: theirs });
    }
    const theirs = `${head}: ${listed(errors)}`;
    const w = words(`Not saved: Cliniko saves a product's prices together and refused this update (${theirs}). Send it again once that is fixed.`, 'vendor.cliniko.notSavedTogether', undefined, theirs);
    return result(change, 'error', w.message, 'not_saved', saidOf(w));
  });
}

/** What a failed PATCH came to: a result for every change it carried, and, when it stops the rest of the submission (credentials, a long wait), why in our words. */
export interface FailedWrite {
  results: RowResult[];
  fatal: boolean;
  /** Our words for the rows left unsent after a fatal failure. */
  stop?: Said;
}

/** The results of a failed PATCH for every change it carried. Auth failures are flagged so the caller stops sending. */
export function failedWrite(changes: PriceUpdate[], error: unknown): FailedWrite {
  const all = (status: RowResult['status'], w: Words, code: string | null) => ({ results: changes.map((change) => result(change, status, w.message, code, saidOf(w))), fatal: false });
  if (!(error instanceof HttpError)) {
    return all('error', error instanceof AppError ? wordsOf(error) : words('PriceDesk could not send this price to Cliniko.', 'vendor.cliniko.notSentInternal'), 'internal');
  }
  if (error.status === 0) {
    const noAnswer = words(`Sent, but no answer came from Cliniko (${error.message}) Check the price in Cliniko before sending it again.`, 'row.noAnswerUnknown', { vendor: 'Cliniko' });
    return all('unknown', noAnswer, 'no_answer');
  }
  if (error.status === 422) return { results: validationResults(changes, error), fatal: false };
  if (error.status === 404) return all('error', words('Cliniko has no such product any more (it was deleted or archived). Reload the catalog.', 'vendor.cliniko.productGone'), 'not_found');
  if (error.retryAt !== undefined) return { results: waitRefusedRows(changes, error), fatal: true, stop: stopSaid('Cliniko', error) };
  if (stopsSubmission(error)) return { ...all('error', wordsOf(error), error.status === 401 ? 'unauthorized' : 'forbidden'), fatal: true, stop: stopSaid('Cliniko', error) };
  return all('error', wordsOf(error), `http_${error.status}`);
}

/** Result of a PATCH Cliniko answered: ok, or a warning when it stored another amount than sent. */
export function acceptedWrite(change: PriceUpdate, answer: ClinikoProduct, settings: ClinikoSettings): RowResult {
  const stored = storedIn(answer, change, settings);
  if (stored !== null && !new Big(stored).eq(new Big(change.newPrice))) {
    const cost = attributeOf(change) === 'cost_price';
    const w = words(`Cliniko saved the ${cost ? 'cost price' : 'price'} as ${stored}.`, cost ? 'vendor.cliniko.savedCostAs' : 'vendor.cliniko.savedAs', { amount: stored });
    return result(change, 'warning', w.message, 'price_adjusted', saidOf(w));
  }
  return result(change, 'ok', null, null);
}

/** For rows PriceDesk refuses before sending (too many decimals, no product id). */
export function refused(change: PriceUpdate, w: Words, code: string): RowResult {
  return result(change, 'error', w.message, code, saidOf(w));
}
