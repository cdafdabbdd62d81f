import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Redactor } from './redact';

/** A line logger; every line passes through the redactor before it is written. It never throws. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** Logs the message with the error's stack, which is for the log file only. */
  error(message: string, error?: unknown): void;
}

/** Path of the log file inside a data directory. */
export const logFile = (dataDir: string): string => join(dataDir, 'logs', 'pricedesk.log');

/** The log's limits: past LOG_MAX_BYTES the file becomes pricedesk.log.1 and so on, LOG_KEEP old files kept. */
export const LOG_MAX_BYTES = 5 * 1024 * 1024;
export const LOG_KEEP = 3;

/**
 * Appends to `<dataDir>/logs/pricedesk.log` synchronously: a log line must survive the
 * app being killed right after it, and the volume is small.
 *
 * The logger never throws: it is called inside error handlers (a submission's), where a
 * throw would leave the submission "running" or turn a sent-without-answer row into a
 * plain error. A line that cannot be written (disk full, no permission) goes to stderr.
 */
export function createFileLogger(dataDir: string, redactor: Redactor, limits = { maxBytes: LOG_MAX_BYTES, keep: LOG_KEEP }): Logger {
  const file = logFile(dataDir);
  let size = 0;
  let failing: string | null = null;
  try {
    mkdirSync(join(dataDir, 'logs'), { recursive: true });
    size = statSync(file).size;
  } catch {
    // No file yet, or no folder: the first write says so.
  }

  const toStderr = (line: string, error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    try {
      // Say why once per failure kind, then only the lines.
      if (failing !== code) process.stderr.write(`PriceDesk could not write its log file ${file} (${code}); logging here instead.\n`);
      failing = code;
      process.stderr.write(line);
    } catch {
      // Nowhere left to write: the line is lost, the caller carries on.
    }
  };

  const rotate = () => {
    // The app and the CLI share the file: only the size on disk counts.
    size = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
    if (size < limits.maxBytes) return;
    for (let n = limits.keep; n >= 1; n--) {
      try {
        renameSync(n === 1 ? file : `${file}.${n - 1}`, `${file}.${n}`);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    size = 0;
  };

  const write = (level: string, text: string) => {
    let line = `${new Date().toISOString()} ${level} (redaction failed)\n`;
    try {
      line = `${new Date().toISOString()} ${level} ${redactor.redact(text)}\n`;
      const bytes = Buffer.byteLength(line);
      if (size + bytes > limits.maxBytes) rotate();
      appendFileSync(file, line);
      size += bytes;
      failing = null;
    } catch (error) {
      toStderr(line, error);
    }
  };
  return {
    info: (m) => write('INFO', m),
    warn: (m) => write('WARN', m),
    error: (m, error) => {
      const detail = error instanceof Error ? `\n${error.stack ?? error.message}` : error === undefined ? '' : `\n${String(error)}`;
      write('ERROR', m + detail);
    },
  };
}
