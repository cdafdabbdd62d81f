/**
 * The Node-side environment a connector gets when run from the CLI: a data directory (the
 * sandbox's catalog, the log file), a file logger and the redactor every secret goes into.
 */
import { resolve } from 'node:path';
import { createFileLogger, logFile } from '../core/log';
import { Redactor } from '../core/redact';
import type { AdapterEnv } from '../vendors/types';

/**
 * Builds the env once per run; `logPath` is shown when something unexpected happens. The
 * redactor is passed in when secrets were already read (a saved connection's keychain entry).
 */
export function createCliEnv(dataDir: string, redactor: Redactor = new Redactor()): AdapterEnv & { logPath: string } {
  const dir = resolve(dataDir);
  return { dataDir: dir, redactor, log: createFileLogger(dir, redactor), logPath: logFile(dir) };
}
