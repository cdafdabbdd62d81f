import type { ErrorCode } from '../../shared/envelope';

/**
 * The one error type of the Node side. `message` is written for shop staff and may be
 * shown as is; `detail` (and the cause's stack) goes to the log file only.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail: string | undefined;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; detail?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.detail = options.detail;
  }
}

/** True when `error` is an abort caused by an AbortSignal. */
export function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}
