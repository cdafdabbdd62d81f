/**
 * `pricedesk connections` and `--connection-id` with the real keychain (gnome-keyring in
 * the test's D-Bus session): a connection saved from the CLI lands in the app's settings
 * file and its secret in the keychain, and a run without a Secret Service saves nothing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import keytar from 'keytar';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { KEYCHAIN_SERVICE } from '../../../electron/core/vault';
import { appDataDir } from '../../../electron/cli/data-dir';
import { readSecrets } from '../../../electron/cli/secret-input';
import { geinsAdapter } from '../../../electron/vendors/geins';
import type { CatalogRow, ConnectionSummary } from '../../../shared/types';
import { startClinikoFake, type ClinikoFake } from '../../fakes/cliniko';
import { startGeinsFake, type GeinsFake } from '../../fakes/geins';
import { filesContaining } from '../../support/scan';
import { hasStack, runCli } from './run-cli';

const API_KEY = 'MS0xLTEtY2xpLWtleWNoYWlu-uk1';
const NO_SECRET_SERVICE = { DBUS_SESSION_BUS_ADDRESS: undefined, DISPLAY: undefined };

let dir: string;
let cliniko: ClinikoFake;

beforeAll(async () => {
  cliniko = await startClinikoFake({ apiKey: API_KEY });
});
afterAll(() => cliniko.close());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pricedesk-cli-connections-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[], input = '', env: Record<string, string | undefined> = {}) => runCli([...args, '--data-dir', dir], env, input);
const settingsFile = () => join(dir, 'settings.json');

async function addCliniko(label = 'Front desk'): Promise<string> {
  const run = await cli(['connections', 'add', '--vendor', 'cliniko', '--label', label, '--set', `baseUrl=${cliniko.baseUrl}`, '--set', 'contactEmail=it@clinic.example'], `${API_KEY}\n`);
  expect(run.stderr).toContain(`Saved "${label}" (Cliniko); its secret is in the system keychain.`);
  expect(run.code).toBe(0);
  return run.stdout.trim();
}

describe('pricedesk connections', () => {
  it('adds a connection from piped stdin: fields in the app’s settings file, the secret in the keychain only', async () => {
    const id = await addCliniko();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const settings = JSON.parse(readFileSync(settingsFile(), 'utf8')) as { connections: unknown[] };
    expect(settings.connections).toEqual([{ id, label: 'Front desk', vendor: 'cliniko', settings: { baseUrl: cliniko.baseUrl, contactEmail: 'it@clinic.example' }, lastTest: null }]);
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, id)).toBe(JSON.stringify({ apiKey: API_KEY }));
    expect(await filesContaining(dir, API_KEY)).toEqual([]);
  });

  it('edits a connection; a new address needs the secret again and the saved one is never sent there', async () => {
    const id = await addCliniko();
    const elsewhere = await startClinikoFake({ apiKey: API_KEY });
    try {
      // A field that does not decide where requests go: the saved key stays.
      const renamed = await cli(['connections', 'edit', id, '--label', 'Desk', '--set', 'contactEmail=desk@clinic.example']);
      expect([renamed.code, renamed.stderr.trim()]).toEqual([0, 'Saved "Desk".']);
      expect(await keytar.getPassword(KEYCHAIN_SERVICE, id)).toBe(JSON.stringify({ apiKey: API_KEY }));

      // A new address without a secret: refused, nothing changed, nothing sent there.
      const refused = await cli(['connections', 'edit', id, '--set', `baseUrl=${elsewhere.baseUrl}`]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('API address changed, so the secret must be given again; nothing was changed.');
      expect(hasStack(refused.stderr)).toBe(false);
      const stored = JSON.parse(readFileSync(settingsFile(), 'utf8')) as { connections: ConnectionSummary[] };
      expect(stored.connections[0]!.settings.baseUrl).toBe(cliniko.baseUrl);

      // With the secret piped in, the address and the key change together.
      const moved = await cli(['connections', 'edit', id, '--set', `baseUrl=${elsewhere.baseUrl}`], `${API_KEY}\n`);
      expect(moved.code).toBe(0);
      expect(moved.stderr).toContain('API address changed, so its secret in the system keychain was replaced');
      expect(elsewhere.requests).toHaveLength(0);
      expect(await keytar.getPassword(KEYCHAIN_SERVICE, id)).toBe(JSON.stringify({ apiKey: API_KEY }));
    } finally {
      await elsewhere.close();
      await keytar.deletePassword(KEYCHAIN_SERVICE, id);
    }
  });

  it('lists id, label, vendor and whether the secret is set, never the secret', async () => {
    const id = await addCliniko('Clinic north');
    const text = await cli(['connections', 'list']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ID\s+Label\s+Vendor\s+Secret\s+Last test$/m);
    expect(text.stdout).toMatch(/^sandbox\s+Demo shop\s+sandbox\s+not needed/m);
    expect(text.stdout).toMatch(new RegExp(`^${id}\\s+Clinic north\\s+cliniko\\s+set`, 'm'));
    const json = await cli(['connections', 'list', '--json']);
    const list = JSON.parse(json.stdout) as ConnectionSummary[];
    expect(list.find((c) => c.id === id)).toEqual({ id, label: 'Clinic north', vendor: 'cliniko', settings: { baseUrl: cliniko.baseUrl, contactEmail: 'it@clinic.example' }, builtIn: false, secretState: 'set', lastTest: null });
    expect(text.stdout + text.stderr + json.stdout + json.stderr).not.toContain(API_KEY);
  });

  it('loads the catalog and submits with --connection-id, the secret from the keychain', async () => {
    const id = await addCliniko();
    const catalog = await cli(['catalog', '--connection-id', id, '--json']);
    expect(catalog.code).toBe(0);
    const rows = JSON.parse(catalog.stdout) as CatalogRow[];
    expect(rows).toHaveLength(25);
    expect(rows[0]).toMatchObject({ sku: 'P-0001', price: '20.50', currency: 'GBP' });

    const changes = join(dir, 'changes.csv');
    writeFileSync(changes, 'SKU,Price\nP-0003,"24,00"\n');
    const submit = await cli(['submit', '--connection-id', id, '--changes', changes, '--yes', '--json']);
    expect(submit.code).toBe(0);
    expect(JSON.parse(submit.stdout)).toEqual({
      connection: 'Front desk',
      dryRun: false,
      submissionId: expect.stringMatching(/^\d{8}T\d{6}-[0-9a-f]{8}$/),
      summary: { ok: 1, warning: 0, error: 0, skipped: 0, unknown: 0 },
      results: [{ sku: 'P-0003', field: 'price', status: 'ok', oldPrice: '22.50', newPrice: '24.00', message: null }],
    });
    expect(cliniko.products.get('1003')!.price_including_tax).toBe('24.00');
    // The key went to Cliniko as Basic auth, and nowhere in the data directory (log included).
    expect(existsSync(join(dir, 'logs', 'pricedesk.log'))).toBe(true);
    expect(await filesContaining(dir, API_KEY)).toEqual([]);
  });

  it('takes one line per secret field for vendors with several secrets', async () => {
    const credentials = { user: 'api-user', password: 'pipe pass 4410', apiKey: 'geins-key-from-stdin' };
    const geins: GeinsFake = await startGeinsFake(credentials);
    try {
      const add = await cli(['connections', 'add', '--vendor', 'geins', '--label', 'Geins', '--set', `baseUrl=${geins.url}`, '--set', 'apiUser=api-user', '--set', 'priceListId=1000000'], `${credentials.password}\n${credentials.apiKey}\n`);
      expect(add.code).toBe(0);
      const id = add.stdout.trim();
      expect(JSON.parse((await keytar.getPassword(KEYCHAIN_SERVICE, id))!)).toEqual({ apiPassword: credentials.password, apiKey: credentials.apiKey });
      const catalog = await cli(['catalog', '--connection-id', id, '--json']);
      expect(catalog.code).toBe(0);
      expect((JSON.parse(catalog.stdout) as CatalogRow[])[0]).toMatchObject({ sku: 'ART-1', price: '100.00', currency: 'SEK' });
      await cli(['connections', 'remove', id]);
    } finally {
      await geins.close();
    }
  });

  it('removes a connection together with its keychain entry', async () => {
    const id = await addCliniko();
    const run = await cli(['connections', 'remove', id]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Removed "Front desk" and its secret from the system keychain.');
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, id)).toBeNull();
    expect((JSON.parse(readFileSync(settingsFile(), 'utf8')) as { connections: unknown[] }).connections).toEqual([]);
    const again = await cli(['catalog', '--connection-id', id]);
    expect(again.code).toBe(2);
    expect(again.stderr.trim()).toBe(`There is no saved connection "${id}". Run "pricedesk connections list" to see the ids.`);
  });

  it('says so when a saved connection’s keychain entry has gone', async () => {
    const id = await addCliniko('Lost key');
    await keytar.deletePassword(KEYCHAIN_SERVICE, id);
    const run = await cli(['catalog', '--connection-id', id]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('"Lost key" has no secret in the system keychain. Paste it again in the app, or remove the connection and add it again with "pricedesk connections add".');
    expect((await cli(['connections', 'list'])).stdout).toMatch(new RegExp(`^${id}\\s+Lost key\\s+cliniko\\s+missing`, 'm'));
  });

  it('refuses bad input with exit 2 before writing anything', async () => {
    const cases: [string[], string, string][] = [
      [['connections', 'add', '--vendor', 'nope', '--label', 'X'], '', 'Unknown vendor "nope"'],
      [['connections', 'add', '--vendor', 'cliniko', '--label', 'X', '--set', `apiKey=${API_KEY}`], '', '"apiKey" is not a setting of Cliniko'],
      [['connections', 'add', '--vendor', 'cliniko', '--label', 'X'], `${API_KEY}\n`, 'Contact email is required. Give it as --set contactEmail=...'],
      [['connections', 'add', '--vendor', 'cliniko', '--label', 'X', '--set', 'contactEmail=it@clinic.example'], '', 'No secret was given.'],
      [['connections', 'add', '--vendor', 'cliniko', '--set', 'contactEmail=it@clinic.example'], `${API_KEY}\n`, 'connections add needs --label <name>.'],
      [['connections', 'remove', 'no-such-id'], '', 'There is no saved connection "no-such-id".'],
      [['connections', 'rename'], '', 'Usage: pricedesk connections list|add|edit|remove.'],
    ];
    for (const [args, input, message] of cases) {
      const run = await cli(args, input);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
      expect(hasStack(run.stderr)).toBe(false);
    }
    expect(await filesContaining(dir, API_KEY)).toEqual([]);
  });

  it('without a Secret Service, says what to install and saves nothing', async () => {
    const secret = 'MS0xLTEtbm8ta2V5cmluZw-uk1';
    const run = await cli(['connections', 'add', '--vendor', 'cliniko', '--label', 'No keyring', '--set', 'contactEmail=it@clinic.example'], `${secret}\n`, NO_SECRET_SERVICE);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      'PriceDesk could not reach the system keychain (Secret Service). Install and start GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring), sign in to a desktop session, and unlock the keyring. PriceDesk never stores API keys in a file instead.',
    );
    expect(run.stdout).toBe('');
    expect(existsSync(settingsFile())).toBe(false);
    expect(await filesContaining(dir, secret)).toEqual([]);
  });

  it('without a Secret Service, a saved connection cannot be used and the message says why', async () => {
    const id = await addCliniko();
    const run = await cli(['catalog', '--connection-id', id], '', NO_SECRET_SERVICE);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('could not reach the system keychain (Secret Service)');
    const list = await cli(['connections', 'list'], '', NO_SECRET_SERVICE);
    expect(list.stdout).toMatch(new RegExp(`^${id}\\s+Front desk\\s+cliniko\\s+keychain unavailable`, 'm'));
    await cli(['connections', 'remove', id]);
  });
});

describe('reading secrets on a terminal', () => {
  it('prompts for each secret field on stderr and never echoes what is typed', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: true });
    const prompts = new PassThrough();
    let shown = '';
    prompts.on('data', (chunk: Buffer) => (shown += chunk.toString()));
    const fields = geinsAdapter.description.fields.filter((f) => f.kind === 'secret');
    const reading = readSecrets(fields, input, prompts);
    for (const text of ['typed-pass 1\r', 'typed-key-2\r']) {
      // Typed one key at a time, as on a keyboard, after the prompt is shown.
      await new Promise((r) => setTimeout(r, 20));
      input.write(text);
    }
    expect(await reading).toEqual({ apiPassword: 'typed-pass 1', apiKey: 'typed-key-2' });
    expect(shown).toBe('API user password: \nManagement API key: \n');
  });
});

describe('the default data directory', () => {
  it('is Electron’s userData folder for PriceDesk on each OS', () => {
    expect(appDataDir('linux', { XDG_CONFIG_HOME: '/x/conf' }, '/home/ana')).toBe('/x/conf/PriceDesk');
    expect(appDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/PriceDesk');
    expect(appDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/PriceDesk');
    expect(appDataDir('win32', { APPDATA: 'C:/Users/ana/AppData/Roaming' }, 'C:/Users/ana')).toMatch(/^C:\/Users\/ana\/AppData\/Roaming[\\/]PriceDesk$/);
  });
});
