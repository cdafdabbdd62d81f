import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import keytar from 'keytar';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConnectionSummary } from '../../shared/types';
import { logFile } from '../../electron/core/log';
import { createServices, type Services } from '../../electron/core/services';
import { KEYCHAIN_SERVICE } from '../../electron/core/vault';
import { adapters } from '../../electron/vendors/registry';
import { startClinikoFake, type ClinikoFake } from '../fakes/cliniko';
import { testHost } from '../support/host';
import { filesContaining } from '../support/scan';

const KEY = 'c2VjcmV0LWNsaW5pa28ta2V5-uk1';
let fake: ClinikoFake;
let services: Services;
let dataDir: string;
const answers: unknown[] = [];

async function call(channel: string, payload: unknown) {
  const answer = await services.registry.invoke(channel, payload);
  answers.push(answer);
  return answer;
}
async function data<T>(channel: string, payload: unknown): Promise<T> {
  const answer = await call(channel, payload);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
  return answer.data as T;
}
async function addClinic(label = 'Clinic'): Promise<ConnectionSummary> {
  const saved = await data<ConnectionSummary>('connections:save', { label, vendor: 'cliniko', settings: { contactEmail: 'staff@example.com', baseUrl: fake.baseUrl } });
  await data('connections:setSecret', { id: saved.id, secret: { apiKey: KEY } });
  return saved;
}

beforeEach(async () => {
  fake = await startClinikoFake({ apiKey: KEY });
  const host = await testHost();
  dataDir = host.dataDir;
  services = createServices(host, { sandboxSettings: { latencyMs: '0' } });
  answers.length = 0;
});
afterEach(async () => {
  await fake.close();
});

describe('saved connections', () => {
  it('keep settings in the settings file and the secret only in the keychain', async () => {
    const saved = await addClinic();
    const list = await data<{ connections: ConnectionSummary[] }>('connections:list', {});
    expect(list.connections.map((c) => [c.label, c.vendor, c.secretState])).toEqual([
      ['Demo shop', 'sandbox', 'not_needed'],
      ['Clinic', 'cliniko', 'set'],
    ]);
    expect(JSON.parse(await keytar.getPassword(KEYCHAIN_SERVICE, saved.id) ?? 'null')).toEqual({ apiKey: KEY });
    const settingsFile = JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')) as { connections: unknown[] };
    expect(settingsFile.connections).toEqual([expect.objectContaining({ id: saved.id, vendor: 'cliniko', settings: { contactEmail: 'staff@example.com', baseUrl: fake.baseUrl } })]);
    expect(await filesContaining(dataDir, KEY)).toEqual([]);
  });

  it('test the connection in plain words and remember a failure for the sidebar', async () => {
    const saved = await addClinic();
    expect(await data('connections:test', { id: saved.id })).toEqual({ ok: true, message: expect.any(String), said: expect.objectContaining({ id: 'vendor.cliniko.connected' }), fields: expect.any(Array) });
    // The fields are learned again at every test; only the verdict is kept with the connection, with its words for the sidebar.
    const tested = await data<{ connections: ConnectionSummary[] }>('connections:list', {});
    expect(tested.connections[1]!.lastTest).toEqual({ ok: true, message: expect.any(String), at: expect.any(String), said: { id: 'vendor.cliniko.connected', params: { count: 25, region: 'uk1' } } });
    await data('connections:setSecret', { id: saved.id, secret: { apiKey: 'd3Jvbmcta2V5LXZhbHVl-uk1' } });
    const failed = await data<{ ok: boolean; message: string }>('connections:test', { id: saved.id });
    expect(failed.ok).toBe(false);
    expect(failed.message).toMatch(/key/i);
    const list = await data<{ connections: ConnectionSummary[] }>('connections:list', {});
    expect(list.connections[1]!.lastTest).toMatchObject({ ok: false });
  });

  it('clear the saved secret when the address changes, so Test never sends the key to the new host', async () => {
    const saved = await addClinic();
    const elsewhere = await startClinikoFake({ apiKey: KEY });
    try {
      // A field that does not decide where requests go keeps the key.
      const kept = await data<ConnectionSummary>('connections:save', { id: saved.id, label: 'Clinic', vendor: 'cliniko', settings: { contactEmail: 'desk@example.com', baseUrl: fake.baseUrl } });
      expect(kept.secretState).toBe('set');
      const moved = await data<ConnectionSummary>('connections:save', { id: saved.id, label: 'Clinic', vendor: 'cliniko', settings: { contactEmail: 'desk@example.com', baseUrl: elsewhere.baseUrl } });
      expect(moved.secretState).toBe('missing');
      const test = await data<{ ok: boolean; message: string }>('connections:test', { id: saved.id });
      expect(test).toMatchObject({ ok: false, message: expect.stringContaining('missing') });
      expect(elsewhere.requests).toHaveLength(0);
      // Given again, the key works at the new address.
      await data('connections:setSecret', { id: saved.id, secret: { apiKey: KEY } });
      expect(await data('connections:test', { id: saved.id })).toMatchObject({ ok: true });
      expect(elsewhere.requests.length).toBeGreaterThan(0);
      // Emptying the address (back to the default host) is a change of host too.
      expect((await data<ConnectionSummary>('connections:save', { id: saved.id, label: 'Clinic', vendor: 'cliniko', settings: { contactEmail: 'desk@example.com' } })).secretState).toBe('missing');
    } finally {
      await elsewhere.close();
    }
  });

  it('mark the fields that decide where requests go as routing in every connector that has a secret', () => {
    const routing = Object.fromEntries(adapters.map((a) => [a.description.id, a.description.fields.filter((f) => f.routing).map((f) => f.key)]));
    expect(routing).toMatchObject({ alephee: ['baseUrl', 'accountId'], cin7: ['baseUrl'], cliniko: ['baseUrl'], geins: ['baseUrl'], xclade: ['tenant', 'baseUrl'] });
  });

  it('keep the secret when renamed, copy it when duplicated, delete it when removed', async () => {
    const saved = await addClinic();
    const renamed = await data<ConnectionSummary>('connections:save', { id: saved.id, label: 'Main clinic', vendor: 'cliniko', settings: { contactEmail: 'staff@example.com', baseUrl: fake.baseUrl } });
    expect([renamed.id, renamed.label, renamed.secretState]).toEqual([saved.id, 'Main clinic', 'set']);
    const copy = await data<ConnectionSummary>('connections:duplicate', { id: saved.id });
    expect([copy.label, copy.secretState]).toEqual(['Main clinic (copy)', 'set']);
    expect(await data('connections:test', { id: copy.id })).toMatchObject({ ok: true });

    await data('connections:setActive', { id: saved.id });
    await data('connections:remove', { id: saved.id });
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, saved.id)).toBeNull();
    const list = await data<{ connections: ConnectionSummary[]; activeId: string }>('connections:list', {});
    expect(list.connections.map((c) => c.label)).toEqual(['Demo shop', 'Main clinic (copy)']);
    expect(list.activeId).toBe('sandbox');
    // The window names the copy in its language.
    const named = await data<ConnectionSummary>('connections:duplicate', { id: copy.id, label: 'Main clinic (kopia)' });
    expect([named.label, named.secretState]).toEqual(['Main clinic (kopia)', 'set']);
    await data('connections:remove', { id: copy.id });
    await data('connections:remove', { id: named.id });
  });

  it('refuse settings and secrets that break the connector field rules, naming the field', async () => {
    const bad = await call('connections:save', { label: 'Clinic', vendor: 'cliniko', settings: { contactEmail: 'not-an-email' } });
    // With our words for the window (the field's label and help quoted as the connector gives them).
    const said = { id: 'refused.fieldPattern', params: { label: 'Contact email', help: expect.stringContaining('contact email') } };
    expect(bad).toEqual({ ok: false, error: { code: 'invalid_request', message: expect.stringContaining('Contact email'), said } });
    const missing = await call('connections:save', { label: 'Clinic', vendor: 'cliniko', settings: {} });
    expect(missing).toMatchObject({ ok: false, error: { message: 'Contact email is required.' } });
    const saved = await data<ConnectionSummary>('connections:save', { label: 'Clinic', vendor: 'cliniko', settings: { contactEmail: 'a@b.example' } });
    expect(await call('connections:setSecret', { id: saved.id, secret: {} })).toMatchObject({ ok: false, error: { message: 'API key is required.' } });
    expect(await call('connections:save', { label: 'x', vendor: 'nosuchvendor', settings: {} })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call('connections:remove', { id: 'sandbox' })).toMatchObject({ ok: false, error: { message: 'The demo shop cannot be removed.' } });
    await data('connections:remove', { id: saved.id });
  });

  it('say plainly that a key is missing instead of calling the vendor without one', async () => {
    const saved = await data<ConnectionSummary>('connections:save', { label: 'No key', vendor: 'cliniko', settings: { contactEmail: 'a@b.example', baseUrl: fake.baseUrl } });
    expect(saved.secretState).toBe('missing');
    expect(await call('catalog:load', { connectionId: saved.id })).toEqual({ ok: false, error: { code: 'auth_error', message: 'The API key for "No key" is missing. Edit the connection and paste it again.', said: { id: 'refused.keyMissing', params: { label: 'No key' } } } });
    expect(fake.requests).toHaveLength(0);
    await data('connections:remove', { id: saved.id });
  });

  it('never show the secret: not in any answer, log line or file after add, test, load and submit', async () => {
    const saved = await addClinic();
    await data('connections:test', { id: saved.id });
    const { rows } = await data<{ rows: { key: string; sku: string; price: string; currency: string; vendorIds: Record<string, string> }[] }>('catalog:load', { connectionId: saved.id });
    const row = rows[0]!;
    await data('changes:submit', { connectionId: saved.id, changes: [{ key: row.key, sku: row.sku, oldPrice: row.price, newPrice: '42.00', currency: row.currency, vendorIds: row.vendorIds }] });
    await call('changes:submit', { connectionId: saved.id, changes: [{ key: 'nope', sku: 'nope', oldPrice: null, newPrice: '12.00', currency: 'AUD', vendorIds: { productId: '999999' } }] });
    await data('connections:list', {});
    expect(JSON.stringify(answers)).not.toContain(KEY);
    expect(await readFile(logFile(dataDir), 'utf8')).not.toContain(KEY);
    expect(await filesContaining(dataDir, KEY)).toEqual([]);
    expect((await readdir(dataDir)).sort()).toEqual(['logs', 'settings.json', 'submissions']);
    await data('connections:remove', { id: saved.id });
  });
});
