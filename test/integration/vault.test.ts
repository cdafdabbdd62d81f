import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import keytar from 'keytar';
import { describe, expect, it } from 'vitest';
import { createKeychainVault, KEYCHAIN_SERVICE } from '../../electron/core/vault';
import { filesContaining } from '../support/scan';

const run = promisify(execFile);

describe('the keychain vault (real Secret Service via gnome-keyring)', () => {
  it('stores one JSON value per connection under the PriceDesk service, and removes it', async () => {
    const vault = createKeychainVault();
    const id = `test-${Date.now()}`;
    expect(await vault.has(id)).toBe(false);
    await vault.set(id, { apiKey: 'MS0xLTEtc2VjcmV0-uk1', password: 'pa ss' });
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, id)).toBe('{"apiKey":"MS0xLTEtc2VjcmV0-uk1","password":"pa ss"}');
    expect(await vault.get(id)).toEqual({ apiKey: 'MS0xLTEtc2VjcmV0-uk1', password: 'pa ss' });
    expect(await vault.has(id)).toBe(true);
    await vault.delete(id);
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, id)).toBeNull();
  });

  it('refuses an entry it did not write instead of guessing', async () => {
    const id = `foreign-${Date.now()}`;
    await keytar.setPassword(KEYCHAIN_SERVICE, id, 'not json');
    await expect(createKeychainVault().get(id)).rejects.toMatchObject({ code: 'keychain_unavailable', message: expect.stringContaining('Paste the API key again'), said: { id: 'error.keychainForeign' } });
    await keytar.deletePassword(KEYCHAIN_SERVICE, id);
  });

  it('without a Secret Service, saving a secret says what to fix and writes it nowhere', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pricedesk-nokeychain-'));
    const secret = 'no-keyring-secret-7731-uk1';
    const env = { ...process.env };
    delete env.DBUS_SESSION_BUS_ADDRESS;
    delete env.DISPLAY;
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'test/support/keychain-probe.ts', dataDir, JSON.stringify({ label: 'Clinic', vendor: 'cliniko', settings: { contactEmail: 'staff@example.com' } }), JSON.stringify({ apiKey: secret })],
      { env, cwd: join(import.meta.dirname, '../..') },
    );
    const { answer, list } = JSON.parse(stdout) as { answer: { ok: boolean; error: { code: string; message: string } }; list: { data: { connections: { secretState: string }[] } } };
    expect(answer).toEqual({ ok: false, error: { code: 'keychain_unavailable', message: expect.stringContaining('system keychain (Secret Service)'), said: { id: 'error.keychainLinux' } } });
    expect(answer.error.message).toContain('never stores API keys in a file');
    expect(list.data.connections.map((c) => c.secretState)).toEqual(['not_needed', 'unavailable']);
    expect(await filesContaining(dataDir, secret)).toEqual([]);
  });
});
