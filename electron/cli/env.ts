/**
 * The Node-side environment a connector gets when run from the CLI: a data directory (the
 * sandbox's catalog, the log file), a file logger and the redactor every secret goes into.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { createFileLogger, logFile } from '../core/log';
import { Redactor } from '../core/redact';
import type { AdapterEnv } from '../vendors/types';

/** Where the CLI keeps its files unless the connection file names a data directory. */
export const defaultCliDataDir = (): string => join(homedir(), '.pricedesk-cli');

/** Builds the env once per run; `logPath` is shown when something unexpected happens. */
export function createCliEnv(dataDir: string | undefined): AdapterEnv & { logPath: string } {
  const dir = resolve(dataDir ?? defaultCliDataDir());
  const redactor = new Redactor();
  return { dataDir: dir, redactor, log: createFileLogger(dir, redactor), logPath: logFile(dir) };
}
