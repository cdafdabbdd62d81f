/**
 * Alephee on top of the shared HTTP layer: its error bodies, its rate-limit headers, and
 * its failures in plain words. Alephee's per-endpoint limits are not
 * published, so instead of a client-side limiter the connector paces itself from the
 * `x-ratelimit-*` headers every answer carries; a 429 is still waited out by the layer
 * (`x-ratelimit-retryafter`).
 */
import { realClock, type Clock } from '../../core/rate-limit';
import { MAX_SERVER_WAIT_MS, shortText, type HttpError } from '../../core/http';
import { words, wordsOf, type Words } from '../common/words';

/** Reads `{"Status": n, "Message": "..."}` and the plain-text 500 body. */
export function describeAlephee(_status: number, json: unknown, text: string): string | undefined {
  if (json && typeof json === 'object' && typeof (json as { Message?: unknown }).Message === 'string') {
    return (json as { Message: string }).Message;
  }
  if (typeof json === 'string' && json) return json;
  return shortText(text);
}

/** Waits before a request while the last answer said the allowance is used up. */
export interface Pacer {
  observe(headers: Headers): void;
  ready(signal: AbortSignal, onWait?: (ms: number) => void): Promise<void>;
}

// A reset far beyond the documented per-minute window is more likely a unit mix-up than a
// real wait: the pause is capped at the one limit on vendor waits, and a 429 after it is
// then the HTTP layer's to judge.

/** A pacer per connection; the clock is injectable for tests. */
export function createPacer(clock: Clock = realClock): Pacer {
  let until = 0;
  return {
    observe(headers) {
      if (!headers.has('x-ratelimit-remaining')) return;
      const remaining = Number(headers.get('x-ratelimit-remaining'));
      const reset = Number(headers.get('x-ratelimit-reset'));
      if (Number.isFinite(remaining) && remaining <= 0 && Number.isFinite(reset) && reset > 0) {
        until = clock.now() + Math.min(reset * 1000, MAX_SERVER_WAIT_MS);
      }
    },
    async ready(signal, onWait) {
      const ms = until - clock.now();
      if (ms <= 0) return;
      onWait?.(ms);
      await clock.sleep(ms, signal);
    },
  };
}

/** Plain words for a failed connection test; the vendor's own message is kept. */
export function explainConnectionFailure(error: HttpError, accountId: string, priceListId: string | undefined): Words {
  const said = describeAlephee(error.status, error.json, '');
  const suffix = said ? ` Alephee said: "${said}"` : '';
  if (error.status === 401) {
    return words(`Alephee did not accept the API key for account ${accountId}. Check the key, and that it is linked to this account.${suffix}`, 'vendor.alephee.keyRefused', { account: accountId }, said);
  }
  if (error.status === 403) {
    return words(`The API key may not read products of account ${accountId}. Ask your Alephee administrator to allow it.${suffix}`, 'vendor.alephee.forbidden', { account: accountId }, said);
  }
  if (error.status === 404) {
    const list = priceListId ? ` or price list ${priceListId}` : '';
    const id = priceListId ? 'vendor.alephee.unknownAccountOrList' : 'vendor.alephee.unknownAccount';
    return words(`Alephee does not know account ${accountId}${list}. Check the ids in the connection.${suffix}`, id, { account: accountId, list: priceListId ?? '' }, said);
  }
  return wordsOf(error);
}
