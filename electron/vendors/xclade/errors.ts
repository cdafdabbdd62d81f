/**
 * xclade's error answers in plain words. Medusa answers `{type, message, code?}`, a bare
 * "Unauthorized" text on 401, and a hosting platform's own page for an unknown tenant: a
 * 404 that is not Medusa's JSON means "no shop at this address", not "no such price list".
 */
import type { RowResult } from '../../../shared/types';
import { AppError } from '../../core/errors';
import { HttpError, shortText } from '../../core/http';
import { waitRefusedRows } from '../common/results';

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
export function connectionFailure(error: unknown, priceListId: string, baseUrl: string): string {
  if (!(error instanceof HttpError)) return error instanceof AppError ? error.message : 'The connection test failed unexpectedly; the log file has the details.';
  const medusa = medusaError(error.json);
  if (error.status === 0) {
    const code = (error.cause as { cause?: { code?: string } } | undefined)?.cause?.code;
    if (code === 'ENOTFOUND') return `There is no xclade shop at ${baseUrl}. Check the shop name (tenant) or the server address.`;
    return error.message;
  }
  if (error.status === 401) return error.code === 'auth_error' && /email or password/.test(error.message) ? error.message : 'xclade did not accept the secret API key or sign-in. Check the key (Settings → Secret API Keys) or the email and password.';
  if (error.status === 403) return 'xclade accepted the sign-in, but this user or key may not manage price lists. Ask the shop owner for an admin account with access to Pricing.';
  if (error.status === 404 && medusa.type === 'not_found') return `xclade has no price list "${priceListId}". Check the price list id (Pricing → Price Lists; it starts with "plist_").`;
  if (error.status === 404) return `${baseUrl} does not answer like an xclade (Medusa) server. Check the shop name (tenant) or the server address.`;
  return error.message;
}

/**
 * One result per row of a batch request that failed, when the list could not be read back to
 * settle each row. Only a refusal before Medusa's workflow ran (sign-in, permission, body
 * size: `certain`) or a request that never left applied nothing for sure; any other error
 * answer can follow changes that applied, so those rows are unknown.
 */
export function rowsFailed(rows: { key: string; sku: string }[], error: unknown, redact: (text: string) => string, { certain = false } = {}): RowResult[] {
  if (error instanceof HttpError && error.retryAt !== undefined) return waitRefusedRows(rows, error);
  if (error instanceof NotSentError) {
    return rows.map((r) => ({ ...r, status: 'error', code: error.code, message: `Not sent: ${error.message}` }));
  }
  if (error instanceof HttpError && error.status === 0 && !neverSent(error)) {
    return rows.map((r) => ({ ...r, status: 'unknown', code: 'no_answer', message: `Sent, but no answer came: ${error.message} The price may or may not have changed: verify it before sending again.` }));
  }
  if (error instanceof HttpError && (error.status === 502 || error.status === 504)) {
    // A gateway timing out may have passed the request on before giving up.
    return rows.map((r) => ({ ...r, status: 'unknown', code: `http_${error.status}`, message: `xclade's gateway gave up waiting (HTTP ${error.status}); the price may or may not have changed: verify it before sending again.` }));
  }
  const medusa = error instanceof HttpError ? medusaError(error.json) : {};
  // The vendor's text is echoed to the user: it may quote a credential back.
  const vendorMessage = redact(medusa.message ?? (error instanceof Error ? error.message : String(error)));
  const code = medusa.type ?? (error instanceof HttpError ? `http_${error.status}` : 'failed');
  if (error instanceof HttpError && error.status !== 0 && !certain) {
    return rows.map((r) => ({ ...r, status: 'unknown', code, message: `xclade answered with an error ("${vendorMessage}") and reading the price list back failed; part of the request may have applied: verify it before sending again.` }));
  }
  const suffix = rows.length > 1 ? ` (nothing in this request of ${rows.length} rows was applied)` : '';
  return rows.map((r) => ({ ...r, status: 'error', code, message: `${vendorMessage}${suffix}` }));
}

/** A request that failed before it was sent (signing in failed): nothing of it applied. */
export class NotSentError extends AppError {
  constructor(readonly reason: AppError) {
    super(reason.code, reason.message, { cause: reason });
    this.name = 'NotSentError';
  }
}
