/**
 * How the CLI ends: exit 0 when every row is ok or warning, 1 when any row failed, is
 * unknown or was not sent, 2 for usage, configuration or input errors, 130 when Ctrl-C
 * stopped a command that has no rows to report (catalog, verify). Errors print one
 * plain sentence on stderr; stacks go to the log file only.
 */
import { AppError } from '../core/errors';
import type { Redactor } from '../core/redact';

export const EXIT_OK = 0;
export const EXIT_ROWS_FAILED = 1;
export const EXIT_USAGE = 2;
/** Stopped by Ctrl-C before the command could finish (128 + SIGINT, as shells report it). */
export const EXIT_CANCELLED = 130;

/** A problem with how the CLI was called or with its input files (exit 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The exit code for an error that stopped a command. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof UsageError) return EXIT_USAGE;
  if (error instanceof AppError && error.code === 'cancelled') return EXIT_CANCELLED;
  // Wrong settings or credentials, or no keychain to hold them, are configuration problems, like a bad file.
  if (error instanceof AppError && ['invalid_request', 'not_found', 'auth_error', 'keychain_unavailable'].includes(error.code)) return EXIT_USAGE;
  return EXIT_ROWS_FAILED;
}

/** One line for stderr, never a stack trace, and never a secret (connectors may quote a vendor). */
export function describeFailure(error: unknown, redactor: Redactor): string {
  if (error instanceof UsageError || error instanceof AppError) return redactor.redact(error.message);
  return redactor.redact(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
}
