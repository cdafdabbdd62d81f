/**
 * Saved connections: their non-secret settings in the settings file, their secrets in the
 * keychain vault, and the built-in sandbox beside them. Main-side only; the renderer gets
 * ConnectionSummary (never a secret) through the connection handlers.
 */
import { randomUUID } from 'node:crypto';
import { changedRouting, fieldProblem, splitFields, validateFields, type FieldProblem } from '../../shared/validate-fields';
import type { SaidId } from '../../shared/said-ids';
import type { ConnectionSummary, LastTest, SecretState, VendorField } from '../../shared/types';
import { AppError } from './errors';
import type { Logger } from './log';
import type { Redactor } from './redact';
import type { ConnectionRecord, SettingsStore } from './settings';
import type { SecretVault } from './vault';
import { getAdapter } from '../vendors/registry';
import type { ResolvedConnection } from '../vendors/types';

export const SANDBOX_ID = 'sandbox';

const FIELD_SAID: Record<FieldProblem, SaidId> = {
  required: 'refused.fieldRequired',
  pattern: 'refused.fieldPattern',
  email: 'refused.fieldEmail',
  url: 'refused.fieldUrl',
  select: 'refused.fieldSelect',
};

/**
 * Refuses values a connector's fields do not accept, naming the first field at fault in the
 * words validateFields gives the CLI; the window's form checks the same rules inline first.
 */
function assertFields(fields: VendorField[], values: Record<string, string>): void {
  const field = fields.find((f) => fieldProblem(f, values[f.key]) !== null);
  if (!field) return;
  const problem = fieldProblem(field, values[field.key])!;
  const message = validateFields([field], values)[field.key]!;
  throw new AppError('invalid_request', message, { said: { id: FIELD_SAID[problem], params: { label: field.label, help: field.help } } });
}

export interface ConnectionInput {
  id?: string;
  label: string;
  vendor: string;
  settings: Record<string, string>;
}

export interface ConnectionBook {
  list(): Promise<ConnectionSummary[]>;
  /** Throws not_found for an id that is not a saved (or the built-in) connection; reads no secret. */
  assertExists(id: string): void;
  /** Saves settings; a changed routing field (address, tenant, account) clears the saved secret. */
  save(input: ConnectionInput): Promise<ConnectionSummary>;
  setSecret(id: string, secret: Record<string, string>): Promise<void>;
  /** A copy with the same settings and secret, named `label` ("<label> (copy)" without one). */
  duplicate(id: string, label?: string): Promise<ConnectionSummary>;
  remove(id: string): Promise<void>;
  recordTest(id: string, result: Omit<LastTest, 'at'>): void;
  /** The connection with its secret, for main-side use only. */
  resolve(id: string): Promise<{ summary: ConnectionSummary; connection: ResolvedConnection }>;
}

export function createConnectionBook(deps: { settings: SettingsStore; vault: SecretVault; redactor: Redactor; log?: Logger; sandboxSettings?: Record<string, string> }): ConnectionBook {
  const { settings, vault, redactor, log } = deps;
  const sandbox: ConnectionRecord = { id: SANDBOX_ID, label: 'Demo shop', vendor: 'sandbox', settings: { ...deps.sandboxSettings }, lastTest: null };
  const records = () => settings.get('connections');
  const write = (next: ConnectionRecord[]) => settings.set('connections', next);
  const secretFields = (vendor: string) => splitFields(getAdapter(vendor).description.fields).secrets;

  function find(id: string): ConnectionRecord {
    if (id === SANDBOX_ID) return sandbox;
    const record = records().find((r) => r.id === id);
    if (!record) throw new AppError('not_found', 'That connection no longer exists. Pick another one in the sidebar.', { said: { id: 'refused.connectionGone' } });
    return record;
  }

  async function secretState(record: ConnectionRecord): Promise<SecretState> {
    if (secretFields(record.vendor).length === 0) return 'not_needed';
    try {
      return (await vault.has(record.id)) ? 'set' : 'missing';
    } catch {
      return 'unavailable';
    }
  }

  const summarise = async (record: ConnectionRecord): Promise<ConnectionSummary> => ({
    id: record.id,
    label: record.label,
    vendor: record.vendor,
    settings: { ...record.settings },
    builtIn: record.id === SANDBOX_ID,
    secretState: await secretState(record),
    lastTest: record.lastTest,
  });

  function checkSettings(vendor: string, values: Record<string, string>): Record<string, string> {
    const fields = splitFields(getAdapter(vendor).description.fields).settings;
    assertFields(fields, values);
    // Keep only the connector's own fields, trimmed: nothing else is stored.
    return Object.fromEntries(fields.filter((f) => values[f.key]?.trim()).map((f) => [f.key, values[f.key]!.trim()]));
  }

  return {
    assertExists(id) {
      find(id);
    },

    async list() {
      return Promise.all([sandbox, ...records()].map(summarise));
    },

    async save(input) {
      if (input.id === SANDBOX_ID) throw new AppError('invalid_request', 'The demo shop cannot be changed.', { said: { id: 'refused.demoUnchangeable' } });
      const label = input.label.trim();
      if (!label) throw new AppError('invalid_request', 'Give the connection a name.', { said: { id: 'refused.nameMissing' } });
      const clean = checkSettings(input.vendor, input.settings);
      const all = records();
      if (input.id) {
        const existing = find(input.id);
        if (existing.vendor !== input.vendor) throw new AppError('invalid_request', 'A connection cannot change its platform. Create a new connection instead.', { said: { id: 'refused.platformFixed' } });
        const updated = { ...existing, label, settings: clean, lastTest: null };
        const moved = changedRouting(getAdapter(input.vendor).description.fields, existing.settings, clean);
        if (moved.length && secretFields(input.vendor).length) {
          // A new address (tenant, account) must never receive the key typed in for the old
          // one: the secret goes before the new settings are written, and has to be given again.
          await vault.delete(input.id);
          log?.info(`connection ${input.id}: ${moved.map((f) => f.key).join(', ')} changed, saved secret cleared`);
        }
        write(all.map((r) => (r.id === input.id ? updated : r)));
        return summarise(updated);
      }
      const created: ConnectionRecord = { id: randomUUID(), label, vendor: input.vendor, settings: clean, lastTest: null };
      write([...all, created]);
      return summarise(created);
    },

    async setSecret(id, secret) {
      const record = find(id);
      const fields = secretFields(record.vendor);
      if (fields.length === 0) throw new AppError('invalid_request', 'This connection needs no secret.', { said: { id: 'refused.noSecretNeeded' } });
      assertFields(fields, secret);
      const clean = Object.fromEntries(fields.filter((f) => secret[f.key]?.trim()).map((f) => [f.key, secret[f.key]!.trim()]));
      Object.values(clean).forEach((value) => redactor.add(value));
      await vault.set(id, clean);
      write(records().map((r) => (r.id === id ? { ...r, lastTest: null } : r)));
    },

    async duplicate(id, label) {
      const source = find(id);
      if (source.id === SANDBOX_ID) throw new AppError('invalid_request', 'The demo shop cannot be duplicated.', { said: { id: 'refused.demoNotDuplicable' } });
      const copy: ConnectionRecord = { ...source, id: randomUUID(), label: label ?? `${source.label} (copy)`, settings: { ...source.settings }, lastTest: null };
      // The secret is copied inside main, so it never travels to the renderer.
      const secret = secretFields(source.vendor).length ? await vault.get(source.id) : null;
      if (secret) await vault.set(copy.id, secret);
      write([...records(), copy]);
      return summarise(copy);
    },

    async remove(id) {
      const record = find(id);
      if (record.id === SANDBOX_ID) throw new AppError('invalid_request', 'The demo shop cannot be removed.', { said: { id: 'refused.demoNotRemovable' } });
      // Secret first: a connection must never disappear while its key stays behind.
      if (secretFields(record.vendor).length) await vault.delete(id);
      write(records().filter((r) => r.id !== id));
      if (settings.get('activeConnectionId') === id) settings.set('activeConnectionId', SANDBOX_ID);
    },

    recordTest(id, result) {
      if (id === SANDBOX_ID) return;
      write(records().map((r) => (r.id === id ? { ...r, lastTest: { ...result, at: new Date().toISOString() } } : r)));
    },

    async resolve(id) {
      const record = find(id);
      const fields = secretFields(record.vendor);
      let secret: Record<string, string> = {};
      if (fields.length) {
        const stored = await vault.get(id);
        if (!stored) throw new AppError('auth_error', `The API key for "${record.label}" is missing. Edit the connection and paste it again.`, {
          said: { id: 'refused.keyMissing', params: { label: record.label } },
        });
        Object.values(stored).forEach((value) => redactor.add(value));
        secret = stored;
      }
      return { summary: await summarise(record), connection: { id, settings: { ...record.settings }, secret } };
    },
  };
}
