/**
 * The renderer's only way to main: `window.priceDesk`, put there by the preload (or the
 * test harness) from the contract. `call` unwraps the envelope into data or an Error
 * whose message is already written for the user.
 */
import type { PriceDeskApi } from '../shared/bridge';
import type { AppErrorInfo, Envelope, ErrorCode } from '../shared/envelope';
import type { Reported, Said } from '../shared/said';

declare global {
  interface Window {
    priceDesk: PriceDeskApi;
  }
}

export const api = (): PriceDeskApi => window.priceDesk;

/** A failed call: its English `message`, and our words (`said`) for `say` to put in the person's language. */
export class CallError extends Error implements Reported {
  readonly said: Said | undefined;
  readonly vendorMessage: string | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string,
    words: Pick<AppErrorInfo, 'said' | 'vendorMessage'> = {},
  ) {
    super(message);
    this.said = words.said;
    this.vendorMessage = words.vendorMessage;
  }
}

export async function call<T>(pending: Promise<Envelope<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new CallError(result.error.code, result.error.message, result.error);
  return result.data;
}
