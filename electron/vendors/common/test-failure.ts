import { AppError, isAbort } from '../../core/errors';
import { HttpError } from '../../core/http';
import type { ConnectionTest } from '../types';

/**
 * A failed connection test as the user reads it: the vendor-specific explanation of an
 * HTTP failure where the connector has one, else the error's own plain message. An abort
 * by the caller's signal, and anything that is not an AppError, are rethrown.
 */
export function failedTest(error: unknown, signal: AbortSignal, explain: (error: HttpError) => string | undefined = () => undefined): ConnectionTest {
  if (signal.aborted && isAbort(error)) throw error;
  const words = error instanceof HttpError ? explain(error) : undefined;
  if (words !== undefined) return { ok: false, message: words };
  if (error instanceof AppError) return { ok: false, message: error.message };
  throw error;
}
