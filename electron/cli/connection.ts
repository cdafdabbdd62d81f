/**
 * Where the CLI gets a connection from: a JSON file with the vendor and its non-secret
 * fields plus the secret from PRICEDESK_SECRET (never from the file, so the file can be
 * shared and committed), or a connection saved in the app (`--connection-id`) with its
 * secret from the OS keychain.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { dec, isDecimal } from '../../shared/money';
import type { ConnectionBook } from '../core/connections';
import { getAdapter } from '../vendors/registry';
import type { ResolvedConnection, VendorAdapter } from '../vendors/types';
import { UsageError } from './errors';

/** A connection ready to use, with where it came from for messages and output. */
export interface CliConnection {
  label: string;
  adapter: VendorAdapter;
  connection: ResolvedConnection;
  /** The data directory the file asks for, if any. */
  dataDir?: string;
  /**
   * The connection's change threshold in percent (the app's per-connection "beyond ±N %",
   * or the file's `thresholdPercent`), which `submit` holds back beyond; `from` names it in reasons.
   */
  threshold?: { percent: string; from: string };
}

/** A way to find a connection: a file, or the app's saved connections. */
export interface ConnectionSource {
  resolve(): Promise<CliConnection>;
}

const SECRET_ENV = 'PRICEDESK_SECRET';
// Keys the file may hold besides the connector's own fields; all but baseUrl are the CLI's, not the connector's.
const GENERAL_KEYS = ['vendor', 'label', 'baseUrl', 'dataDir', 'thresholdPercent'];
const CLI_KEYS = ['vendor', 'label', 'dataDir', 'thresholdPercent'];
// The same range the app accepts for its threshold (shared/contract.ts gridLayoutSchema).
const MAX_THRESHOLD = 1000;

const fileSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

/** A connection described by a JSON file and the PRICEDESK_SECRET variable. */
export function fileConnection(path: string, environment: NodeJS.ProcessEnv = process.env): ConnectionSource {
  return {
    async resolve() {
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : 'it is not valid JSON';
        throw new UsageError(`Cannot read the connection file ${path}: ${reason}.`);
      }
      const parsed = fileSchema.safeParse(raw);
      if (!parsed.success) throw new UsageError(`The connection file ${path} must be a JSON object of plain values, like {"vendor": "sandbox"}.`);
      const values = Object.fromEntries(Object.entries(parsed.data).map(([k, v]) => [k, String(v)]));
      if (!values.vendor) throw new UsageError(`The connection file ${path} has no "vendor". Run "pricedesk vendors" to see the choices.`);
      let adapter: VendorAdapter;
      try {
        adapter = getAdapter(values.vendor);
      } catch {
        throw new UsageError(`Unknown vendor "${values.vendor}" in ${path}. Run "pricedesk vendors" to see the choices.`);
      }
      const { fields } = adapter.description;
      const secretFields = fields.filter((f) => f.kind === 'secret');
      const settings: Record<string, string> = {};
      for (const [key, value] of Object.entries(values)) {
        const field = fields.find((f) => f.key === key);
        if (field?.kind === 'secret') throw new UsageError(`${path} contains the secret "${key}". Remove it and pass secrets in the ${SECRET_ENV} environment variable.`);
        if (!field && !GENERAL_KEYS.includes(key)) {
          throw new UsageError(`${path}: "${key}" is not a setting of ${adapter.description.displayName}. It takes: ${fields.filter((f) => f.kind !== 'secret').map((f) => f.key).join(', ') || 'no settings'}.`);
        }
        if (field?.pattern && value !== '' && !new RegExp(field.pattern).test(value)) throw new UsageError(`${path}: "${value}" is not a valid ${field.label}. ${field.help}`);
        if (!CLI_KEYS.includes(key)) settings[key] = value;
      }
      for (const field of fields) {
        if (field.required && field.kind !== 'secret' && !settings[field.key]) throw new UsageError(`${path}: "${field.key}" (${field.label}) is required. ${field.help}`);
      }
      const threshold = values.thresholdPercent;
      if (threshold !== undefined && !(isDecimal(threshold) && Number(threshold) >= 0 && Number(threshold) <= MAX_THRESHOLD)) {
        throw new UsageError(`${path}: "thresholdPercent" must be a percent from 0 to ${MAX_THRESHOLD}, like 30; found "${threshold}".`);
      }
      const secret = secretFields.length ? readSecret(adapter, environment[SECRET_ENV]) : {};
      return {
        label: values.label || basename(path).replace(/\.json$/i, ''),
        adapter,
        connection: { id: `cli:${basename(path)}`, settings, secret },
        dataDir: values.dataDir,
        ...(threshold !== undefined ? { threshold: { percent: threshold, from: `the change threshold in ${basename(path)}` } } : {}),
      };
    },
  };
}

/**
 * The secret fields from PRICEDESK_SECRET: a JSON object by field key, or a plain string
 * for the one field it fits (the field whose pattern it matches, else the one without a
 * pattern), so `PRICEDESK_SECRET=sk_...` and a password both work for xclade.
 */
function readSecret(adapter: VendorAdapter, value: string | undefined): Record<string, string> {
  const fields = adapter.description.fields.filter((f) => f.kind === 'secret');
  const names = fields.map((f) => f.key).join(', ');
  if (!value) throw new UsageError(`${adapter.description.displayName} needs a secret (${names}): set the ${SECRET_ENV} environment variable.`);
  if (value.trimStart().startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      throw new UsageError(`${SECRET_ENV} starts with "{" but is not valid JSON.`);
    }
    const record = z.record(z.string(), z.string()).safeParse(parsed);
    if (!record.success) throw new UsageError(`${SECRET_ENV} must be a JSON object of strings, with keys among: ${names}.`);
    const unknown = Object.keys(record.data).filter((k) => !fields.some((f) => f.key === k));
    if (unknown.length) throw new UsageError(`${SECRET_ENV} has "${unknown[0]}", which ${adapter.description.displayName} does not take; use: ${names}.`);
    return record.data;
  }
  const target = fields.find((f) => f.pattern && new RegExp(f.pattern).test(value)) ?? (fields.length === 1 ? fields[0] : fields.find((f) => !f.pattern));
  if (!target) throw new UsageError(`${SECRET_ENV} does not fit any of ${names}; give a JSON object such as {"${fields[0]!.key}": "..."}.`);
  return { [target.key]: value };
}

/**
 * A connection saved in the app, with its secret from the keychain (registered with the
 * book's redactor) and the change threshold the app remembers for it (`savedThreshold`).
 */
export function savedConnection(id: string, openBook: () => ConnectionBook, savedThreshold: (id: string) => number | undefined = () => undefined): ConnectionSource {
  return {
    async resolve() {
      const book = openBook();
      const saved = (await book.list()).find((c) => c.id === id);
      if (!saved) throw new UsageError(`There is no saved connection "${id}". Run "pricedesk connections list" to see the ids.`);
      if (saved.secretState === 'missing') {
        throw new UsageError(`"${saved.label}" has no secret in the system keychain. Paste it again in the app, or remove the connection and add it again with "pricedesk connections add".`);
      }
      const { summary, connection } = await book.resolve(id);
      const threshold = savedThreshold(id);
      return {
        label: summary.label,
        adapter: getAdapter(summary.vendor),
        connection,
        ...(threshold !== undefined ? { threshold: { percent: dec(threshold.toFixed(6)).toString(), from: `the change threshold saved for "${summary.label}"` } } : {}),
      };
    },
  };
}
