import { AppError, errorWords, isAbort } from '../../core/errors';
import { HttpError } from '../../core/http';
import type { ConnectionTest } from '../types';
import { saidOf, type Words } from './words';

/**
 * A failed connection test as the user reads it: the vendor-specific explanation of an
 * HTTP failure where the connector has one, else the error's own plain message, each with
 * its words for the window. An abort by the caller's signal, and anything that is not an
 * AppError, are rethrown.
 */
export function failedTest(error: unknown, signal: AbortSignal, explain: (error: HttpError) => Words | undefined = () => undefined): ConnectionTest {
  if (signal.aborted && isAbort(error)) throw error;
  const explained = error instanceof HttpError ? explain(error) : undefined;
  if (explained !== undefined) return { ok: false, message: explained.message, ...saidOf(explained) };
  if (error instanceof AppError) return { ok: false, message: error.message, ...errorWords(error) };
  throw error;
}
