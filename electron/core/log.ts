import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Redactor } from './redact';

/** A line logger; every line passes through the redactor before it is written. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** Logs the message with the error's stack, which is for the log file only. */
  error(message: string, error?: unknown): void;
}

/** Path of the log file inside a data directory. */
export const logFile = (dataDir: string): string => join(dataDir, 'logs', 'pricedesk.log');

/**
 * Appends to `<dataDir>/logs/pricedesk.log` synchronously: a log line must survive the
 * app being killed right after it, and the volume is small.
 */
export function createFileLogger(dataDir: string, redactor: Redactor): Logger {
  const file = logFile(dataDir);
  mkdirSync(join(dataDir, 'logs'), { recursive: true });
  const write = (level: string, text: string) =>
    appendFileSync(file, `${new Date().toISOString()} ${level} ${redactor.redact(text)}\n`);
  return {
    info: (m) => write('INFO', m),
    warn: (m) => write('WARN', m),
    error: (m, error) => {
      const detail = error instanceof Error ? `\n${error.stack ?? error.message}` : error === undefined ? '' : `\n${String(error)}`;
      write('ERROR', m + detail);
    },
  };
}
