/**
 * Connection settings and signing in. Medusa v2 takes either a JWT from
 * `POST /auth/user/emailpass` (valid a day by default) or a secret API key as HTTP Basic
 * user with an empty password. Tokens are cached per server and user so each operation
 * does not sign in again; a 401 on a cached token means it expired: sign in once more and
 * repeat the request once (a 401 was refused before anything applied, so that is safe).
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../core/errors';
import { HttpError, type HttpClient, type HttpRequest, type HttpResponse } from '../../core/http';
import type { AdapterEnv, ResolvedConnection } from '../types';
import { NotSentError } from './errors';
import { parseAnswer, tokenAnswer } from './map';
import { saidOf, wordedError, words, type Words } from '../common/words';

type Credentials = { mode: 'emailpass'; email: string; password: string } | { mode: 'secretKey'; key: string };

/** A connection's settings, checked and normalised. */
export interface XcladeSettings {
  baseUrl: string;
  priceListId: string;
  /** Lower case, as Medusa stores it. */
  currency: string;
  vatIncluded: boolean;
  credentials: Credentials;
}

/** Reads and checks the settings; a missing or malformed value is a plain-words error. */
export function resolveSettings(connection: ResolvedConnection): XcladeSettings {
  const s = connection.settings;
  const invalid = (w: Words) => wordedError('invalid_request', w);
  const tenant = (s.tenant ?? '').trim().toLowerCase();
  const explicit = (s.baseUrl ?? '').trim().replace(/\/+$/, '');
  if (!explicit && !tenant) throw invalid(words('Fill in the xclade shop name (tenant) or the server address.', 'vendor.xclade.shopMissing'));
  if (!explicit && !/^[a-z0-9][a-z0-9-]{0,62}$/.test(tenant)) throw invalid(words(`"${tenant}" is not a valid xclade shop name: use only letters, digits and dashes.`, 'vendor.xclade.badShopName', { name: tenant }));
  const priceListId = (s.priceListId ?? '').trim();
  if (!priceListId) throw invalid(words('Fill in the id of the xclade price list to edit (it starts with "plist_").', 'vendor.xclade.priceListMissing'));
  const currency = (s.currency ?? '').trim().toLowerCase();
  if (!/^[a-z]{3}$/.test(currency)) throw invalid(words('The currency must be a three-letter code such as EUR.', 'vendor.xclade.badCurrency'));

  let credentials: Credentials;
  const key = connection.secret.secretKey?.trim();
  const mode = s.authMode || (key ? 'secretKey' : 'emailpass');
  if (mode === 'secretKey') {
    if (!key) throw invalid(words('The xclade secret API key is missing (it starts with "sk_").', 'vendor.xclade.keyMissing'));
    credentials = { mode, key };
  } else if (mode === 'emailpass') {
    const email = (s.email ?? '').trim();
    const password = connection.secret.password ?? '';
    if (!email || !password) throw invalid(words('Email and password sign-in needs the admin email and password.', 'vendor.xclade.signInMissing'));
    credentials = { mode, email, password };
  } else {
    throw invalid(words(`Unknown sign-in method "${mode}" for xclade: use "emailpass" or "secretKey".`, 'vendor.xclade.badSignInMethod', { method: mode }));
  }
  return {
    baseUrl: explicit || `https://${tenant}.api.myxclade.com`,
    priceListId,
    currency,
    vatIncluded: s.vatMode === 'included',
    credentials,
  };
}

/** Headers for every request: the secret key's Basic header (the token is added per request). */
export function staticHeaders(settings: XcladeSettings): Record<string, string> {
  if (settings.credentials.mode !== 'secretKey') return {};
  return { Authorization: `Basic ${Buffer.from(`${settings.credentials.key}:`).toString('base64')}` };
}

function isCancellation(error: AppError): boolean {
  return error.code === 'cancelled';
}

const tokenCache = new Map<string, { token: string; fingerprint: string }>();

/** Sends authenticated requests, signing in first and once more when a token expires. */
export interface Session {
  /** Signs in unless a token is cached; errors are the raw HttpErrors (for the connection test). */
  ensureSignedIn(signal: AbortSignal): Promise<void>;
  /** Sends with credentials; a failure to sign in first comes back as NotSentError. */
  send(req: HttpRequest): Promise<HttpResponse>;
}

export function createSession(http: HttpClient, settings: XcladeSettings, env: AdapterEnv): Session {
  const creds = settings.credentials;
  if (creds.mode === 'secretKey') {
    env.redactor.add(creds.key);
    return { ensureSignedIn: async () => undefined, send: (req) => http.request(req) };
  }
  const { email, password } = creds;
  env.redactor.add(password);
  const cacheKey = `${settings.baseUrl}\n${email.toLowerCase()}`;
  // A changed password must not reuse a token signed in with the old one.
  const fingerprint = createHash('sha256').update(password).digest('hex');

  async function signIn(signal: AbortSignal): Promise<string> {
    let response: HttpResponse;
    try {
      response = await http.request({ method: 'POST', path: '/auth/user/emailpass', body: { email, password }, idempotent: true, signal });
    } catch (error) {
      if (error instanceof HttpError && (error.status === 401 || error.status === 400)) {
        const refused = words(
          'xclade did not accept the admin email or password. Check them in the connection (they are the ones you use to sign in to the xclade admin).',
          'vendor.xclade.signInRefused',
        );
        throw new HttpError(401, refused.message, error.json, { code: 'auth_error', ...saidOf(refused) });
      }
      throw error;
    }
    const { token } = parseAnswer(tokenAnswer, response.json, 'sign-in');
    env.redactor.add(token);
    tokenCache.set(cacheKey, { token, fingerprint });
    return token;
  }

  async function token(signal: AbortSignal): Promise<{ token: string; cached: boolean }> {
    const hit = tokenCache.get(cacheKey);
    if (hit && hit.fingerprint === fingerprint) {
      env.redactor.add(hit.token);
      return { token: hit.token, cached: true };
    }
    return { token: await signIn(signal), cached: false };
  }

  const withToken = (req: HttpRequest, value: string): HttpRequest => ({ ...req, headers: { ...req.headers, Authorization: `Bearer ${value}` } });

  const beforeSending = <T>(work: Promise<T>): Promise<T> =>
    work.catch((error: unknown) => {
      throw error instanceof AppError && !isCancellation(error) ? new NotSentError(error) : error;
    });

  return {
    async ensureSignedIn(signal) {
      await token(signal);
    },
    async send(req) {
      const first = await beforeSending(token(req.signal));
      try {
        return await http.request(withToken(req, first.token));
      } catch (error) {
        if (!(error instanceof HttpError) || error.status !== 401 || !first.cached) throw error;
        env.log.info('xclade: token refused, signing in again');
        tokenCache.delete(cacheKey);
        const fresh = await beforeSending(signIn(req.signal));
        return http.request(withToken(req, fresh));
      }
    },
  };
}

/** Forgets cached tokens (tests, and after the user edits a connection). */
export function clearXcladeTokens(): void {
  tokenCache.clear();
}
