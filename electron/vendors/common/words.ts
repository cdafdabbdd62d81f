/**
 * What a connector reports, in English (`message`, what the CLI prints) and as our words
 * (`said`, shared/said.ts, for the window to say in the person's language), the vendor's own
 * words apart (`vendorMessage`, quoted after ours). One shape for row results, connection
 * tests and errors, so each site states its English and its id side by side.
 */
import type { Reported, Said } from '../../../shared/said';
import type { SaidId } from '../../../shared/said-ids';
import { AppError, errorWords } from '../../core/errors';
import type { ErrorCode } from '../../../shared/envelope';

/** English words with our id for them (none for a message PriceDesk has no words for) and, where there are some, the vendor's own. */
export interface Words extends Pick<Reported, 'said' | 'vendorMessage'> {
  message: string;
}

/** "1 product", "25 products": a count of products in a connection test's English. */
export const productCount = (n: number): string => `${n} ${n === 1 ? 'product' : 'products'}`;

/** `message` with our id (and params) for it; `vendorMessage` only when the vendor said something. */
export function words(message: string, id: SaidId, params?: Said['params'], vendorMessage?: string | null): Words {
  return { message, said: params ? { id, params } : { id }, ...(vendorMessage ? { vendorMessage } : {}) };
}

/** The `said`/`vendorMessage` part of `words`, for a result whose message is written elsewhere. */
export function saidOf({ said, vendorMessage }: Words): { said?: Said; vendorMessage?: string } {
  return { ...(said ? { said } : {}), ...(vendorMessage ? { vendorMessage } : {}) };
}

/** An error's message with its own words. */
export const wordsOf = (error: AppError): Words => ({ message: error.message, ...errorWords(error) });

/** An AppError saying `w`: its message, our words and the vendor's. */
export function wordedError(code: ErrorCode, w: Words, options: { cause?: unknown; detail?: string } = {}): AppError {
  return new AppError(code, w.message, { ...options, ...saidOf(w) });
}

/** A new price that is not a decimal number, as several connectors refuse it before sending. */
export const notAPrice = (price: string): Words => words(`"${price}" is not a price.`, 'vendor.notAPrice', { price });
