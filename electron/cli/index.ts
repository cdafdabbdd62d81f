#!/usr/bin/env node
/**
 * PriceDesk's headless CLI: the same connectors as the app, for scripts and scheduled
 * price updates. Plain Node (no Electron): run with `npm run cli -- <command>` in a
 * checkout, or as `pricedesk` after `npm run build` (out/main/cli.js).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createConnectionBook } from '../core/connections';
import { AppError } from '../core/errors';
import { Redactor } from '../core/redact';
import { savedLayout } from '../core/layouts';
import { openSettings, type SettingsStore } from '../core/settings';
import { createKeychainVault } from '../core/vault';
import { catalogCommand } from './commands/catalog';
import { connectionsCommand, type BookAccess } from './commands/connections';
import { fieldsCommand } from './commands/fields';
import { historyCommand } from './commands/history';
import { submitCommand } from './commands/submit';
import { verifyCommand } from './commands/verify';
import { vendorsCommand } from './commands/vendors';
import { fileConnection, savedConnection, type ConnectionSource } from './connection';
import { appDataDir } from './data-dir';
import { RAIL_OPTIONS } from './rails';
import { createCliEnv } from './env';
import { describeFailure, exitCodeFor, EXIT_USAGE, UsageError } from './errors';

const USAGE = `Usage:
  pricedesk vendors [--json]
  pricedesk catalog (--connection <conn.json> | --connection-id <id>) [--out <file.xlsx|.csv|.json>] [--json]
  pricedesk fields  (--connection <conn.json> | --connection-id <id>) [--json]
  pricedesk submit  (--connection <conn.json> | --connection-id <id>) --changes <file.xlsx|.csv|.json> [--dry-run] [--yes] [--json]
                    [--max-increase <percent>] [--max-decrease <percent>] [--allow-below-cost] [--allow-partial]
  pricedesk history [<submission-id>] [--json]
  pricedesk verify  <submission-id> (--connection <conn.json> | --connection-id <id>) [--json]
  pricedesk connections list [--json]
  pricedesk connections add --vendor <id> --label <name> [--set key=value ...] [--json]
  pricedesk connections edit <id> [--label <name>] [--set key=value ...]
  pricedesk connections remove <id>

A connection file holds {"vendor": "...", ...settings}; its secrets come from the
PRICEDESK_SECRET environment variable (a string, or a JSON object for several).
Saved connections are the app's own (see --data-dir); their secrets live in the system
keychain. "connections add" reads them from stdin: typed at a hidden prompt, or one
line per secret field from a pipe; so does "connections edit" when it changes where
requests go (an address, tenant or account): a saved secret never goes to a new address.
--data-dir <dir>: the app's data directory (default: ${appDataDir()}).

submit holds back, unsent, rows that look like a slip (a change above +500 % or below
-80 %, or beyond the connection's change threshold: the one the app saved for
--connection-id, or "thresholdPercent" in a connection file) and prices below cost
(from the file's cost column, else the catalog). They come back "skipped" with a code:
change_limit, below_cost, or too_many_held_back when more than a fifth of the file's
rows are held back, in which case nothing is sent. For a file you have checked:
  --max-increase <percent>   hold back only increases above this (e.g. 10000)
  --max-decrease <percent>   hold back only cuts deeper than this (e.g. 95)
  --allow-below-cost         send prices below cost
  --allow-partial            send the rows that pass even when more than a fifth are held back
The summary and "pricedesk history" show the overrides in force.

fields tests the connection and lists the prices it holds per product (id, label, kind,
currency, VAT, which one is edited now); a failed test exits 2 with its reason.

Exit codes: 0 all rows ok or warning, 1 some row failed, was held back, was not sent or
is unknown (a dry run too, when it would hold rows back), 2 usage, configuration or input error,
130 catalog or verify stopped by Ctrl-C.`;

const OPTIONS = {
  connection: { type: 'string' },
  'connection-id': { type: 'string' },
  'data-dir': { type: 'string' },
  vendor: { type: 'string' },
  label: { type: 'string' },
  set: { type: 'string', multiple: true, default: [] as string[] },
  out: { type: 'string' },
  changes: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  ...RAIL_OPTIONS,
  yes: { type: 'boolean', short: 'y', default: false },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Runs one command and returns its exit code; never throws. */
export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  // history and verify take a submission id; no other command takes a positional.
  const target = command === 'history' || command === 'verify' ? rest[0] : undefined;
  const extra = target === undefined ? rest : rest.slice(1);
  if (values.help || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!command || (extra.length && command !== 'connections')) {
    process.stderr.write(`${command ? `Unexpected "${extra[0]}".` : 'No command given.'}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }

  // Ctrl-C cancels between requests (rows not sent come back skipped); a second one quits.
  const controller = new AbortController();
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write('\nCancelling after the request in flight... (Ctrl-C again to quit now)\n');
    controller.abort(new AppError('cancelled', 'Cancelled by the user.'));
  };
  process.on('SIGINT', onSigint);
  let env: ReturnType<typeof createCliEnv> | undefined;
  // Secrets read from the keychain are registered here, so the log masks them.
  const redactor = new Redactor();
  const dataDir = values['data-dir'] ? resolve(values['data-dir']) : undefined;
  const appDir = dataDir ?? appDataDir();
  const vault = createKeychainVault();
  const access: BookAccess & { settings(): SettingsStore } = {
    vault,
    open: () => createConnectionBook({ settings: openSettings(appDir), vault, redactor }),
    settings: () => openSettings(appDir),
  };
  try {
    if (command === 'vendors') return vendorsCommand({ json: values.json });
    if (command === 'connections') {
      env = createCliEnv(appDir, redactor);
      return await connectionsCommand(extra, { json: values.json, vendor: values.vendor, label: values.label, set: values.set }, access);
    }
    if (command === 'history' && !values.connection && !values['connection-id']) {
      // Reading history needs no connection and no secret: only the data directory.
      env = createCliEnv(appDir, redactor);
      return await historyCommand(env.dataDir, env.log, { id: target, json: values.json });
    }
    if (command === 'verify' && !target) throw new UsageError('verify needs the submission id, as "pricedesk history" lists it.');
    if (!['catalog', 'fields', 'submit', 'history', 'verify'].includes(command)) throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
    const source = connectionSource(values.connection, values['connection-id'], access);
    const conn = await source.resolve();
    // --data-dir on the command line, else the file's own dataDir, else the app's directory.
    env = createCliEnv(dataDir ?? conn.dataDir ?? appDir, redactor);
    env.log.info(`cli ${command} ${conn.connection.id} (${conn.adapter.description.id})`);
    if (command === 'history') return await historyCommand(env.dataDir, env.log, { id: target, json: values.json });
    if (command === 'verify') return await verifyCommand(conn, env, { id: target!, json: values.json, signal: controller.signal });
    if (command === 'catalog') return await catalogCommand(conn, env, { out: values.out, json: values.json, signal: controller.signal });
    if (command === 'fields') return await fieldsCommand(conn, env, { json: values.json, signal: controller.signal });
    if (!values.changes) throw new UsageError('submit needs --changes <file.xlsx|.csv|.json>.');
    const rails = { maxIncrease: values['max-increase'], maxDecrease: values['max-decrease'], allowBelowCost: values['allow-below-cost'], allowPartial: values['allow-partial'] };
    return await submitCommand(conn, env, { changes: values.changes, dryRun: values['dry-run'], yes: values.yes, json: values.json, rails, signal: controller.signal });
  } catch (error) {
    process.stderr.write(`${describeFailure(error, redactor)}\n`);
    env?.log.error(`cli ${command} failed`, error);
    if (!(error instanceof UsageError) && !(error instanceof AppError) && env) process.stderr.write(`Details are in ${env.logPath}\n`);
    return exitCodeFor(error);
  } finally {
    process.off('SIGINT', onSigint);
  }
}

function connectionSource(file: string | undefined, id: string | undefined, access: BookAccess & { settings(): SettingsStore }): ConnectionSource {
  if (file && id) throw new UsageError('Give either --connection or --connection-id, not both.');
  if (id) return savedConnection(id, access.open, (saved) => savedLayout(access.settings(), saved)?.thresholdPercent);
  if (!file) throw new UsageError('This command needs --connection <conn.json> or --connection-id <id>.');
  return fileConnection(file);
}

// `pricedesk catalog | head` closes stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await run(process.argv.slice(2));
