/**
 * `pricedesk connections list|add|edit|remove`: the connections saved in the app's data
 * directory, through the same connection book as the app (settings file for the fields,
 * OS keychain for the secrets). A secret is read from stdin, never from an argument, and
 * is never printed: `list` shows only whether one is set. `edit` that changes where
 * requests go (a routing field) asks for the secret again, as the app's form does.
 */
import type { ConnectionSummary, SecretState } from '../../../shared/types';
import { changedRouting, splitFields, validateFields } from '../../../shared/validate-fields';
import type { VendorField } from '../../../shared/types';
import type { ConnectionBook } from '../../core/connections';
import type { SecretVault } from '../../core/vault';
import { getAdapter } from '../../vendors/registry';
import { UsageError } from '../errors';
import { table } from '../output';
import { readSecrets } from '../secret-input';

/** Opens the book over the data directory; called only once the keychain is known to work for `add`. */
export interface BookAccess {
  vault: SecretVault;
  open(): ConnectionBook;
}

export interface ConnectionsOptions {
  json: boolean;
  vendor?: string;
  label?: string;
  /** `key=value` pairs for the connector's non-secret fields. */
  set: string[];
}

const SECRET_WORDS: Record<SecretState, string> = { set: 'set', missing: 'missing', not_needed: 'not needed', unavailable: 'keychain unavailable' };

/** Runs one `connections` subcommand; returns the exit code. */
export async function connectionsCommand(args: string[], options: ConnectionsOptions, access: BookAccess): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'list' && !rest.length) return list(access.open(), options.json);
  if (sub === 'add' && !rest.length) return add(options, access);
  if (sub === 'edit' && rest.length === 1) return edit(rest[0]!, options, access);
  if (sub === 'edit') throw new UsageError('Usage: pricedesk connections edit <id> [--label <name>] [--set key=value ...] (the ids are in "pricedesk connections list").');
  if (sub === 'remove' && rest.length === 1) return remove(access.open(), rest[0]!);
  if (sub === 'remove') throw new UsageError('Usage: pricedesk connections remove <id> (the ids are in "pricedesk connections list").');
  throw new UsageError(`Usage: pricedesk connections list|add|edit|remove. ${sub ? `"${[sub, ...rest].join(' ')}" is not one of them.` : ''}`.trim());
}

async function list(book: ConnectionBook, json: boolean): Promise<number> {
  const connections = await book.list();
  if (json) {
    process.stdout.write(`${JSON.stringify(connections.map(publicView), null, 2)}\n`);
    return 0;
  }
  const rows = connections.map((c) => [c.id, c.label, c.vendor, SECRET_WORDS[c.secretState], c.lastTest ? `${c.lastTest.ok ? 'ok' : 'failed'} ${c.lastTest.at.slice(0, 10)}` : '']);
  process.stdout.write(`${table(['ID', 'Label', 'Vendor', 'Secret', 'Last test'], rows)}\n`);
  if (connections.some((c) => c.secretState === 'unavailable')) process.stderr.write('The system keychain could not be reached, so whether secrets are set is not known.\n');
  return 0;
}

/** What `list --json` shows: the summary the app's renderer gets, which never holds a secret. */
const publicView = (c: ConnectionSummary) => ({ id: c.id, label: c.label, vendor: c.vendor, settings: c.settings, builtIn: c.builtIn, secretState: c.secretState, lastTest: c.lastTest });

async function add(options: ConnectionsOptions, access: BookAccess): Promise<number> {
  if (!options.vendor) throw new UsageError('connections add needs --vendor <id> (see "pricedesk vendors").');
  if (!options.label?.trim()) throw new UsageError('connections add needs --label <name>.');
  let adapter;
  try {
    adapter = getAdapter(options.vendor);
  } catch {
    throw new UsageError(`Unknown vendor "${options.vendor}". Run "pricedesk vendors" to see the choices.`);
  }
  const { settings: settingFields, secrets: secretFields } = splitFields(adapter.description.fields);
  const settings = parseSets(options.set, adapter.description.displayName, settingFields.map((f) => f.key));
  // Every check before anything is written: a typo must not leave half a connection behind.
  const firstProblem = (problems: Record<string, string>) => Object.entries(problems)[0];
  const settingsProblem = firstProblem(validateFields(settingFields, settings));
  if (settingsProblem) throw new UsageError(`${settingsProblem[1]} Give it as --set ${settingsProblem[0]}=...`);

  const secret = secretFields.length ? await askSecrets(secretFields, access, 'No secret was given.') : {};

  const book = access.open();
  const saved = await book.save({ label: options.label, vendor: adapter.description.id, settings });
  if (secretFields.length) {
    try {
      await book.setSecret(saved.id, secret);
    } catch (error) {
      await book.remove(saved.id).catch(() => undefined);
      throw error;
    }
  }
  const [summary] = (await book.list()).filter((c) => c.id === saved.id);
  if (options.json) process.stdout.write(`${JSON.stringify(publicView(summary!), null, 2)}\n`);
  else process.stdout.write(`${saved.id}\n`);
  process.stderr.write(`Saved "${saved.label}" (${adapter.description.displayName})${secretFields.length ? '; its secret is in the system keychain' : ''}. Use it with --connection-id ${saved.id}\n`);
  return 0;
}

/** Reads and checks the secret fields, and reaches the keychain, before anything is saved. */
async function askSecrets(fields: VendorField[], access: BookAccess, missing: string): Promise<Record<string, string>> {
  const secret = await readSecrets(fields);
  if (!Object.keys(secret).length) {
    throw new UsageError(`${missing} Type it when asked, or pipe one line per secret field (${fields.map((f) => f.label).join(', ')}) into the command.`);
  }
  const problem = Object.values(validateFields(fields, secret))[0];
  if (problem) throw new UsageError(problem);
  // A missing Secret Service must fail here, not after the settings changed.
  await access.vault.has('pricedesk-cli-probe');
  return secret;
}

async function edit(id: string, options: ConnectionsOptions, access: BookAccess): Promise<number> {
  const book = access.open();
  const found = (await book.list()).find((c) => c.id === id);
  if (!found) throw new UsageError(`There is no saved connection "${id}". Run "pricedesk connections list" to see the ids.`);
  if (found.builtIn) throw new UsageError(`"${found.label}" is built in and cannot be changed.`);
  const { description } = getAdapter(found.vendor);
  const { settings: settingFields, secrets: secretFields } = splitFields(description.fields);
  const changes = parseSets(options.set, description.displayName, settingFields.map((f) => f.key));
  if (!Object.keys(changes).length && !options.label?.trim()) throw new UsageError('connections edit needs --label <name> or --set key=value (an empty value clears a setting).');
  const settings = { ...found.settings, ...changes };
  const problem = Object.entries(validateFields(settingFields, settings))[0];
  if (problem) throw new UsageError(`${problem[1]} Give it as --set ${problem[0]}=...`);
  // A new address (tenant, account) gets a secret typed in for it, never the saved one.
  const moved = secretFields.length ? changedRouting(settingFields, found.settings, settings) : [];
  const words = moved.map((f) => f.label).join(' and ');
  const secret = moved.length ? await askSecrets(secretFields, access, `${words} changed, so the secret must be given again; nothing was changed.`) : {};
  const label = options.label?.trim() || found.label;
  // The book clears the saved secret when a routing field changes; the new one follows.
  await book.save({ id, label, vendor: found.vendor, settings });
  if (moved.length) await book.setSecret(id, secret);
  process.stderr.write(`Saved "${label}"${moved.length ? `; ${words} changed, so its secret in the system keychain was replaced` : ''}.
`);
  return 0;
}

async function remove(book: ConnectionBook, id: string): Promise<number> {
  const found = (await book.list()).find((c) => c.id === id);
  if (!found) throw new UsageError(`There is no saved connection "${id}". Run "pricedesk connections list" to see the ids.`);
  if (found.builtIn) throw new UsageError(`"${found.label}" is built in and cannot be removed.`);
  await book.remove(id);
  process.stderr.write(`Removed "${found.label}" and its secret from the system keychain.\n`);
  return 0;
}

/** `--set key=value` pairs, each key one of the connector's settings. */
function parseSets(pairs: string[], vendorName: string, keys: string[]): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const key = at < 0 ? pair : pair.slice(0, at);
    if (at < 0 || !key) throw new UsageError(`--set takes key=value; got "${pair}".`);
    if (!keys.includes(key)) throw new UsageError(`"${key}" is not a setting of ${vendorName}. It takes: ${keys.join(', ') || 'no settings'}. Secrets are read from stdin, never from --set.`);
    settings[key] = pair.slice(at + 1);
  }
  return settings;
}
