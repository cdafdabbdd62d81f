/**
 * xclade's error answers in plain words. Medusa answers `{type, message, code?}`, a bare
 * "Unauthorized" text on 401, and a hosting platform's own page for an unknown tenant: a
 * 404 that is not Medusa's JSON means "no shop at this address", not "no such price list".
 */
import type { RowResult } from '../../../shared/types';
import type { Said } from '../../../shared/said';
import { AppError, errorWords } from '../../core/errors';
import { HttpError, shortText } from '../../core/http';
import { waitRefusedRows } from '../common/results';
import { saidOf, words, wordsOf, type Words } from '../common/words';

/** The vendor's message from an error answer, for HttpError messages and row results. */
export function describeXcladeError(status: number, json: unknown, text: string): string | undefined {
  if (json && typeof json === 'object') {
    const message = (json as Record<string, unknown>).message;
    if (typeof message === 'string' && message) return message;
  }
  return shortText(text, 200)?.replace(/^"|"$/g, '') ?? (status ? `HTTP ${status}` : undefined);
}

/** Medusa's error fields, when the answer has them. */
export function medusaError(json: unknown): { type?: string; code?: string; message?: string } {
  if (!json || typeof json !== 'object') return {};
  const o = json as Record<string, unknown>;
  const pick = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
  return { type: pick('type'), code: pick('code'), message: pick('message') };
}

/** True when the request certainly never reached the server (nothing can have applied). */
export function neverSent(error: HttpError): boolean {
  if (error.status !== 0) return false;
  const code = (error.cause as { cause?: { code?: string } } | undefined)?.cause?.code;
  return code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN';
}

/** Plain words for a failed connection test, by what went wrong. */
export function connectionFailure(error: unknown, priceListId: string, baseUrl: string): Words {
  if (!(error instanceof HttpError)) return error instanceof AppError ? wordsOf(error) : words('The connection test failed unexpectedly; the log file has the details.', 'vendor.xclade.testFailed');
  const medusa = medusaError(error.json);
  if (error.status === 0) {
    const code = (error.cause as { cause?: { code?: string } } | undefined)?.cause?.code;
    if (code === 'ENOTFOUND') return words(`There is no xclade shop at ${baseUrl}. Check the shop name (tenant) or the server address.`, 'vendor.xclade.noShop', { address: baseUrl });
    return wordsOf(error);
  }
  if (error.status === 401) {
    if (error.code === 'auth_error' && /email or password/.test(error.message)) return wordsOf(error);
    return words('xclade did not accept the secret API key or sign-in. Check the key (Settings → Secret API Keys) or the email and password.', 'vendor.xclade.keyRefused');
  }
  if (error.status === 403) {
    return words('xclade accepted the sign-in, but this user or key may not manage price lists. Ask the shop owner for an admin account with access to Pricing.', 'vendor.xclade.forbidden');
  }
  if (error.status === 404 && medusa.type === 'not_found') {
    return words(`xclade has no price list "${priceListId}". Check the price list id (Pricing → Price Lists; it starts with "plist_").`, 'vendor.xclade.noPriceList', { id: priceListId });
  }
  if (error.status === 404) return words(`${baseUrl} does not answer like an xclade (Medusa) server. Check the shop name (tenant) or the server address.`, 'vendor.xclade.notMedusa', { address: baseUrl });
  return wordsOf(error);
}

/** Every row gets `w`, with its status and code. */
const allRows = (rows: { key: string; sku: string }[], status: RowResult['status'], code: string, w: Words): RowResult[] =>
  rows.map((r) => ({ ...r, status, code, message: w.message, ...saidOf(w) }));

/**
 * One result per row of a batch request that failed, when the list could not be read back to
 * settle each row. Only a refusal before Medusa's workflow ran (sign-in, permission, body
 * size: `certain`) or a request that never left applied nothing for sure; any other error
 * answer can follow changes that applied, so those rows are unknown.
 */
export function rowsFailed(rows: { key: string; sku: string }[], error: unknown, redact: (text: string) => string, { certain = false } = {}): RowResult[] {
  if (error instanceof HttpError && error.retryAt !== undefined) return waitRefusedRows(rows, error);
  if (error instanceof NotSentError) {
    // Our words for why signing in failed; the English keeps "Not sent:" before them.
    return allRows(rows, 'error', error.code, { ...wordsOf(error.reason), message: `Not sent: ${error.message}` });
  }
  if (error instanceof HttpError && error.status === 0 && !neverSent(error)) {
    const message = `Sent, but no answer came: ${error.message} The price may or may not have changed: verify it before sending again.`;
    return allRows(rows, 'unknown', 'no_answer', words(message, 'row.noAnswerUnknown', { vendor: 'xclade' }));
  }
  if (error instanceof HttpError && (error.status === 502 || error.status === 504)) {
    // A gateway timing out may have passed the request on before giving up.
    const message = `xclade's gateway gave up waiting (HTTP ${error.status}); the price may or may not have changed: verify it before sending again.`;
    return allRows(rows, 'unknown', `http_${error.status}`, words(message, 'vendor.xclade.gatewayUnknown', { status: error.status }));
  }
  const medusa = error instanceof HttpError ? medusaError(error.json) : {};
  // The vendor's text is echoed to the user: it may quote a credential back.
  const vendorMessage = redact(medusa.message ?? (error instanceof Error ? error.message : String(error)));
  const code = medusa.type ?? (error instanceof HttpError ? `http_${error.status}` : 'failed');
  if (error instanceof HttpError && error.status !== 0 && !certain) {
    const message = `xclade answered with an error ("${vendorMessage}") and reading the price list back failed; part of the request may have applied: verify it before sending again.`;
    return allRows(rows, 'unknown', code, words(message, 'vendor.xclade.errorUnverified', undefined, vendorMessage));
  }
  const suffix = rows.length > 1 ? ` (nothing in this request of ${rows.length} rows was applied)` : '';
  return allRows(rows, 'error', code, { message: `${vendorMessage}${suffix}`, ...refusedWords(error, vendorMessage, rows.length) });
}

/** Our words for a request xclade refused: its words quoted after ours; an error of ours in its own words. */
function refusedWords(error: unknown, vendorMessage: string, count: number): Pick<Words, 'said' | 'vendorMessage'> {
  if (!(error instanceof HttpError) || error.status === 0) return error instanceof AppError ? errorWords(error) : {};
  const said: Said = count > 1 ? { id: 'vendor.xclade.refusedBatch', params: { count } } : { id: 'row.rejected', params: { vendor: 'xclade' } };
  return { said, vendorMessage };
}

/** A request that failed before it was sent (signing in failed): nothing of it applied. */
export class NotSentError extends AppError {
  constructor(readonly reason: AppError) {
    super(reason.code, reason.message, { cause: reason });
    this.name = 'NotSentError';
  }
}
