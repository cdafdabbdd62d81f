/**
 * The one HTTP layer every connector uses: Node's fetch with a timeout per request, a
 * client-side rate limiter, retries with jittered exponential backoff where a retry cannot
 * apply a change twice, vendor wait headers honoured, https only (loopback excepted), and
 * secrets redacted from everything that reaches a log, an error or the UI.
 */
import { isIPv4 } from 'node:net';
import type { Said } from '../../shared/said';
import { AppError, isAbort, type AppErrorOptions } from './errors';
import type { Logger } from './log';
import { realClock, type Clock, type RateLimiter } from './rate-limit';
import type { Redactor } from './redact';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path relative to the base URL ("v1/ProductOptions"), or an absolute URL on the same host (Cliniko's links.next). */
  path: string;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  /** Serialised as JSON. */
  body?: unknown;
  /**
   * True when sending this request twice has the same effect as once: reads, and writes
   * that set absolute values. Only these are retried after a failure; for the rest the
   * caller marks rows unknown and verifies them by reading back.
   */
  idempotent: boolean;
  signal: AbortSignal;
  /** Told about every wait (rate limit or backoff), in milliseconds. */
  onWait?: (ms: number) => void;
  /** Statuses the caller handles itself instead of getting an HttpError (e.g. Alephee's 412). */
  acceptStatuses?: number[];
  /**
   * When true, `signal` cancels only waits (rate limit, backoff), never a request already
   * sent: it finishes and its answer is returned, so the caller can record what the vendor
   * did. Cancelling while a retry is pending throws the last attempt's failure (status 0
   * when no answer came), not an abort, because that attempt did reach the wire.
   */
  finishInFlight?: boolean;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON body, or undefined when the body was empty or not JSON. */
  json: unknown;
  text: string;
}

export interface HttpClientOptions {
  baseUrl: string;
  /** Headers sent on every request (auth, User-Agent, Accept). Values are redacted in logs. */
  headers?: Record<string, string>;
  limiter?: RateLimiter;
  log: Logger;
  redactor: Redactor;
  timeoutMs?: number;
  /** Attempts for a retryable failure, the first included. */
  maxAttempts?: number;
  /** Base of the exponential backoff. */
  backoffMs?: number;
  /** Tests shrink the limits; the app uses MAX_RESPONSE_BYTES and MAX_SERVER_WAIT_MS. */
  maxResponseBytes?: number;
  maxServerWaitMs?: number;
  clock?: Clock;
  /** Turns a vendor's error answer into words for the user; the default reads common shapes. */
  describeError?: (status: number, json: unknown, text: string) => string | undefined;
  /** The vendor's name for messages ("Cliniko"). */
  vendorName: string;
}

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

/**
 * The most of one answer PriceDesk reads (after decompression): generous for a catalog page
 * of thousands of products (a few MB at most), far below what would exhaust main's memory.
 */
export const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/**
 * The longest single wait a vendor may ask for (Retry-After, X-RateLimit-Reset) before
 * PriceDesk stops instead: past it the submission ends with the rest not sent and says when
 * the vendor will take more, rather than sitting silent for hours or days.
 */
export const MAX_SERVER_WAIT_MS = 2 * 60_000;

/** A failed HTTP exchange; `message` is for users, `status` 0 means no answer came. */
export class HttpError extends AppError {
  constructor(
    readonly status: number,
    message: string,
    readonly json: unknown,
    options: AppErrorOptions & { code?: ConstructorParameters<typeof AppError>[0]; retryAt?: number } = {},
  ) {
    super(options.code ?? (status === 0 ? 'network_error' : status === 401 || status === 403 ? 'auth_error' : 'vendor_error'), message, options);
    this.retryAt = options.retryAt;
  }
  /**
   * Set when the vendor refused (429) and asked for a wait past MAX_SERVER_WAIT_MS: when (ms
   * since the epoch) it will take requests again. Nothing of the request applied, and the
   * client sends nothing more before then.
   */
  readonly retryAt: number | undefined;
  /** True when the request may have reached the vendor but no answer came back. */
  get noAnswer(): boolean {
    return this.status === 0;
  }
}

export interface HttpClient {
  request(req: HttpRequest): Promise<HttpResponse>;
  /** The full URL for a path, for building links; never log it unredacted. */
  url(path: string, query?: HttpRequest['query']): URL;
}

/**
 * True for a loopback host only: an IPv4 literal in 127.0.0.0/8, `[::1]` or `localhost`.
 * A name that merely starts with "127." (`127.evil.example`) is an ordinary host that DNS
 * may send anywhere, so it is not loopback. WHATWG URL has already normalised the
 * hostname ("127.1" and "0x7f.1" become "127.0.0.1"), so the test is on canonical text.
 */
export function isLoopbackHost(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') return true;
  return isIPv4(hostname) && hostname.startsWith('127.');
}

/** https only, except loopback addresses (fake servers in tests, local proxies). */
export function assertAllowedBaseUrl(baseUrl: string, vendorName: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new AppError('invalid_request', `The ${vendorName} address "${baseUrl}" is not a valid web address.`, { said: { id: 'http.invalidAddress', params: { vendor: vendorName, address: baseUrl } } });
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new AppError('invalid_request', `The ${vendorName} address must start with https:// (got ${url.protocol}//).`, {
      said: { id: 'http.notHttps', params: { vendor: vendorName, protocol: `${url.protocol}//` } },
    });
  }
  return url;
}

/** Seconds or an HTTP date in Retry-After; vendor headers in seconds; X-RateLimit-Reset as UNIX time. */
export function waitFromHeaders(headers: Headers, now: number): number | undefined {
  const retryAfter = headers.get('retry-after');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const alephee = Number(headers.get('x-ratelimit-retryafter'));
  if (headers.has('x-ratelimit-retryafter') && Number.isFinite(alephee) && alephee >= 0) return alephee * 1000;
  const reset = headers.get('x-ratelimit-reset');
  if (reset) {
    const value = Number(reset);
    if (Number.isFinite(value)) {
      // A UNIX time (Cliniko) is large; small numbers are seconds from now (Alephee).
      return value > 1e9 ? Math.max(0, value * 1000 - now) : Math.max(0, value * 1000);
    }
  }
  return undefined;
}

/** A short plain-text error body as words for the user; undefined for HTML pages and long dumps. */
export function shortText(text: string, max = 300): string | undefined {
  if (!text || text.length >= max || text.trimStart().startsWith('<')) return undefined;
  return text.trim();
}

function defaultDescribe(status: number, json: unknown, text: string): string | undefined {
  if (json && typeof json === 'object') {
    const o = json as Record<string, unknown>;
    const message = o.message ?? o.Message ?? o.error ?? o.detail;
    if (typeof message === 'string' && message) return message;
  }
  return shortText(text) ?? (status ? `HTTP ${status}` : undefined);
}

/** A failure in English (`message`) and as our words (`said`), the vendor's own words apart. */
type Worded = Required<Pick<AppErrorOptions, 'said'>> & Pick<AppErrorOptions, 'vendorMessage'> & { message: string };

function statusWords(vendor: string, status: number, detail: string | undefined): Worded {
  const suffix = detail ? ` ${vendor} said: "${detail}"` : '';
  const worded = (id: Said['id'], english: string): Worded => ({ message: `${english}${suffix}`, said: { id, params: { vendor, status } }, ...(detail ? { vendorMessage: detail } : {}) });
  if (status === 401) return worded('http.authRefused', `${vendor} did not accept the credentials. Check the API key (or user and password) in the connection.`);
  if (status === 403) return worded('http.forbidden', `${vendor} refused access: the credentials lack permission for this.`);
  if (status === 404) return worded('http.notFound', `${vendor} does not know this address or item. Check the connection's address, account or list id.`);
  if (status === 429) return worded('http.rateLimited', `${vendor} is limiting requests and asked us to slow down; we tried again but it still refused.`);
  if (status >= 500) return worded('http.serverError', `${vendor} had a problem on its side (HTTP ${status}).`);
  return worded('http.rejected', `${vendor} rejected the request (HTTP ${status}).`);
}

function networkWords(vendor: string, error: unknown): Worded {
  const code = (error as { cause?: { code?: string } })?.cause?.code ?? '';
  const worded = (id: Said['id'], message: string): Worded => ({ message, said: { id, params: { vendor } } });
  if (/CERT|SSL|TLS/i.test(code) || /certificate|TLS|SSL/i.test(String((error as Error)?.cause ?? ''))) {
    return worded('http.tls', `The secure connection to ${vendor} failed (certificate or TLS problem). Check the address, or ask IT whether a proxy intercepts the connection.`);
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return worded('http.nameNotFound', `${vendor}'s server name could not be found. Check the address in the connection and your internet connection.`);
  if (code === 'ECONNREFUSED') return worded('http.connectionRefused', `${vendor}'s server refused the connection. Check the address in the connection.`);
  return worded('http.noAnswer', `No answer from ${vendor}: the network connection failed or timed out.`);
}

/** "90 s", "45 min", "3 h 20 min", "2 days 4 h": how long a vendor asked us to wait. */
export function durationWords(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (ms < 90_000) return `${Math.ceil(ms / 1000)} s`;
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  return `${Math.floor(hours / 24)} days${hours % 24 ? ` ${hours % 24} h` : ''}`;
}

/** A moment as "2026-11-29 18:05 UTC": unambiguous in a log, a CLI and a journal. */
const momentWords = (at: number): string => `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** The body as text, or undefined when it is larger than `max` bytes (then it is not read further). */
async function readCapped(response: Response, max: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > max || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    return declared > max ? undefined : '';
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  // TextDecoder, like Response.text(): UTF-8 with a leading BOM dropped.
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const base = assertAllowedBaseUrl(options.baseUrl, options.vendorName);
  const clock = options.clock ?? realClock;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxAttempts = options.maxAttempts ?? 4;
  const backoffMs = options.backoffMs ?? 500;
  const describe = options.describeError ?? defaultDescribe;
  const maxResponseBytes = options.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  const maxServerWaitMs = options.maxServerWaitMs ?? MAX_SERVER_WAIT_MS;
  // Once a vendor asked for a wait past the cap, nothing more is sent through this client
  // before that moment: every later request would be refused the same way.
  let refusal: HttpError | undefined;
  for (const value of Object.values(options.headers ?? {})) options.redactor.add(value.replace(/^(Basic|Bearer)\s+/i, ''));

  function url(path: string, query?: HttpRequest['query']): URL {
    const target = /^https?:\/\//.test(path) ? new URL(path) : new URL(path.replace(/^\//, ''), base.href.endsWith('/') ? base.href : `${base.href}/`);
    if (target.origin !== base.origin) throw new AppError('vendor_error', `${options.vendorName} pointed to another server (${target.host}); PriceDesk will not follow it.`, {
        said: { id: 'http.otherServer', params: { vendor: options.vendorName, host: target.host } },
      });
    for (const [k, v] of Object.entries(query ?? {})) {
      if (v === undefined) continue;
      // Credentials in a query string (Alephee's API_KEY) are secrets like any header.
      if (/key|token|secret|password/i.test(k)) options.redactor.add(String(v));
      target.searchParams.set(k, String(v));
    }
    return target;
  }

  async function request(req: HttpRequest): Promise<HttpResponse> {
    const target = url(req.path, req.query);
    const shown = options.redactor.redact(`${req.method} ${target.pathname}${target.search}`);
    let lastFailure: HttpError | undefined;
    const cancellable = async (wait: () => Promise<void>) => {
      try {
        await wait();
      } catch (error) {
        if (req.finishInFlight && lastFailure && req.signal.aborted) throw lastFailure;
        throw error;
      }
    };
    for (let attempt = 1; ; attempt++) {
      if (refusal?.retryAt !== undefined && refusal.retryAt > clock.now()) throw refusal;
      await cancellable(async () => {
        req.signal.throwIfAborted();
        await options.limiter?.acquire(req.signal, req.onWait);
      });
      let response: Response;
      const timeout = AbortSignal.timeout(timeoutMs);
      try {
        response = await fetch(target, {
          method: req.method,
          headers: {
            Accept: 'application/json',
            ...(req.body === undefined ? {} : { 'Content-Type': 'application/json' }),
            ...options.headers,
            ...req.headers,
          },
          body: req.body === undefined ? undefined : JSON.stringify(req.body),
          signal: req.finishInFlight ? timeout : AbortSignal.any([req.signal, timeout]),
          redirect: 'error',
        });
      } catch (error) {
        if (req.signal.aborted && !req.finishInFlight) throw req.signal.reason instanceof Error ? req.signal.reason : error;
        const retry = req.idempotent && attempt < maxAttempts;
        options.log.warn(`${options.vendorName} ${shown}: no answer (attempt ${attempt})${retry ? ', retrying' : ''}: ${options.redactor.redact(String((error as Error).cause ?? error))}`);
        const seconds = Math.round(timeoutMs / 1000);
        const timedOut: Worded = { message: `No answer from ${options.vendorName} within ${seconds} s.`, said: { id: 'http.timeout', params: { vendor: options.vendorName, seconds } } };
        const { message, ...words } = isAbort(error) ? timedOut : networkWords(options.vendorName, error);
        lastFailure = new HttpError(0, message, undefined, { cause: error, ...words });
        if (!retry) throw lastFailure;
        await cancellable(() => backoff(attempt, undefined, req));
        continue;
      }
      const read = await readCapped(response, maxResponseBytes).catch(() => '');
      if (read === undefined) {
        const limit = maxResponseBytes >= 1024 * 1024 ? `${Math.round(maxResponseBytes / 1024 / 1024)} MB` : `${Math.round(maxResponseBytes / 1024)} KB`;
        options.log.warn(`${options.vendorName} ${shown}: HTTP ${response.status} answer larger than ${limit}, not read`);
        // Status 0: an answer came but cannot be used, so a write's rows stay unknown (verify, never resend).
        throw new HttpError(0, `${options.vendorName} sent an answer larger than ${limit}, the most PriceDesk reads in one answer; it was not read. If this was a price update, check the prices before sending again.`, undefined, {
          code: 'vendor_error',
          said: { id: 'http.tooLarge', params: { vendor: options.vendorName, limit } },
        });
      }
      const text = read;
      let json: unknown;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      if (response.ok || req.acceptStatuses?.includes(response.status)) {
        return { status: response.status, headers: response.headers, json, text };
      }
      const wait = waitFromHeaders(response.headers, clock.now());
      // A 429 was refused before processing, so even a write may be repeated; 5xx only for idempotent ones.
      const retryable = response.status === 429 || (req.idempotent && RETRYABLE_STATUS.has(response.status));
      options.log.warn(`${options.vendorName} ${shown}: HTTP ${response.status} (attempt ${attempt}): ${options.redactor.excerpt(text, 500)}`);
      const detail = describe(response.status, json, text);
      const { message, said, vendorMessage } = statusWords(options.vendorName, response.status, detail);
      const redacted = vendorMessage === undefined ? {} : { vendorMessage: options.redactor.redact(vendorMessage) };
      lastFailure = new HttpError(response.status, options.redactor.redact(message), json, { said, ...redacted });
      if (retryable && wait !== undefined && wait > maxServerWaitMs) {
        if (response.status !== 429) throw lastFailure;
        // A 429 applied nothing; waiting hours inside a submission would look like a hang.
        const retryAt = clock.now() + wait;
        const message = `${options.vendorName} asked PriceDesk to wait ${durationWords(wait)} before sending more (until ${momentWords(retryAt)}); PriceDesk waits at most ${durationWords(maxServerWaitMs)}, so it stopped here. Send the remaining prices again after ${momentWords(retryAt)}.`;
        options.log.warn(`${options.vendorName} ${shown}: asked to wait ${Math.round(wait / 1000)} s, more than ${Math.round(maxServerWaitMs / 1000)} s: stopping`);
        const said: Said = { id: 'http.waitTooLong', params: { vendor: options.vendorName, wait: durationWords(wait), until: momentWords(retryAt), cap: durationWords(maxServerWaitMs) } };
        refusal = new HttpError(429, message, json, { retryAt, said });
        throw refusal;
      }
      if (retryable && attempt < maxAttempts) {
        await cancellable(() => backoff(attempt, wait, req));
        continue;
      }
      throw lastFailure;
    }
  }

  async function backoff(attempt: number, serverWait: number | undefined, req: HttpRequest) {
    // Full jitter around an exponential base, unless the server said how long to wait.
    const ms = serverWait ?? Math.round(backoffMs * 2 ** (attempt - 1) * (0.5 + Math.random() * 0.5));
    req.onWait?.(ms);
    await clock.sleep(ms, req.signal);
  }

  return { request, url };
}
