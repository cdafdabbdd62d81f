/**
 * The renderer's only way to main: `window.priceDesk`, put there by the preload (or the
 * test harness) from the contract. `call` unwraps the envelope into data or an Error
 * whose message is already written for the user.
 */
import type { PriceDeskApi } from '../shared/bridge';
import type { Envelope, ErrorCode } from '../shared/envelope';

declare global {
  interface Window {
    priceDesk: PriceDeskApi;
  }
}

export const api = (): PriceDeskApi => window.priceDesk;

export class CallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export async function call<T>(pending: Promise<Envelope<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new CallError(result.error.code, result.error.message);
  return result.data;
}
