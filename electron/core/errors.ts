import type { ErrorCode } from '../../shared/envelope';
import type { Reported, Said } from '../../shared/said';

export interface AppErrorOptions {
  cause?: unknown;
  detail?: string;
  said?: Said;
  vendorMessage?: string;
}

/**
 * The one error type of the Node side. `message` is written for shop staff and may be
 * shown as is; `detail` (and the cause's stack) goes to the log file only.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail: string | undefined;
  /** Our words for it, for the window to say in the person's language (shared/said.ts). */
  readonly said: Said | undefined;
  /** The vendor's own words within `message`, kept apart so the window can quote them after ours. */
  readonly vendorMessage: string | undefined;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.detail = options.detail;
    this.said = options.said;
    this.vendorMessage = options.vendorMessage;
  }
}

/** An error's own words (its `said`, the vendor's words), for a result or answer whose message is the error's message. */
export function errorWords(error: AppError): Pick<Reported, 'said' | 'vendorMessage'> {
  return { ...(error.said ? { said: error.said } : {}), ...(error.vendorMessage === undefined ? {} : { vendorMessage: error.vendorMessage }) };
}

/** True when `error` is an abort caused by an AbortSignal. */
export function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}
