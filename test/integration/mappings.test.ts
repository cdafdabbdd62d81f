import { describe, expect, it } from 'vitest';
import { MAX_MAPPINGS } from '../../electron/core/handlers/mappings';
import { createServices } from '../../electron/core/services';
import { openSettings } from '../../electron/core/settings';
import { testHost } from '../support/host';

const mapping = { sku: 0, price: 2, cost: null, name: 1, currency: null };

async function services(dataDir?: string) {
  const host = await testHost(dataDir);
  return { host, registry: createServices(host).registry };
}

describe('remembered import mappings (mappings:get/save)', () => {
  it('gives back the mapping saved for the same connection and headers, in any case and punctuation', async () => {
    const { registry, host } = await services();
    expect(await registry.invoke('mappings:get', { connectionId: 'sandbox', headers: ['Art.nr', 'Namn', 'Pris'] })).toEqual({ ok: true, data: { mapping: null } });
    expect(await registry.invoke('mappings:save', { connectionId: 'sandbox', headers: ['Art.nr', 'Namn', 'Pris'], mapping })).toEqual({ ok: true, data: null });
    expect(await registry.invoke('mappings:get', { connectionId: 'sandbox', headers: ['ART NR', 'namn', 'PRIS'] })).toEqual({ ok: true, data: { mapping } });
    // It lives in the settings file, so it survives a restart.
    const reopened = await services(host.dataDir);
    expect(await reopened.registry.invoke('mappings:get', { connectionId: 'sandbox', headers: ['Art.nr', 'Namn', 'Pris'] })).toEqual({ ok: true, data: { mapping } });
  });

  it('remembers the columns of other price fields, and loads a mapping saved before them without any', async () => {
    const { registry, host } = await services();
    const withFields = { ...mapping, fields: { wholesale: 3, 'price.SEK': 4 } };
    const headers = ['Art.nr', 'Namn', 'Pris', 'Grossist', 'Pris SEK'];
    await registry.invoke('mappings:save', { connectionId: 'sandbox', headers, mapping: withFields });
    expect(await registry.invoke('mappings:get', { connectionId: 'sandbox', headers })).toEqual({ ok: true, data: { mapping: withFields } });
    // As an earlier release wrote it: no fields at all, and it still loads.
    const key = Object.keys(openSettings(host.dataDir).get('importMappings'))[0]!;
    host.settings.set('importMappings', { [key]: { mapping, savedAt: new Date().toISOString() } });
    expect(await registry.invoke('mappings:get', { connectionId: 'sandbox', headers })).toEqual({ ok: true, data: { mapping } });
    for (const fields of [{ wholesale: -1 }, { 'bad id': 1 }, { wholesale: null }]) {
      expect(await registry.invoke('mappings:save', { connectionId: 'sandbox', headers, mapping: { ...mapping, fields } })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }
  });

  it('keeps mappings apart per connection and per set of headers', async () => {
    const { registry } = await services();
    await registry.invoke('mappings:save', { connectionId: 'sandbox', headers: ['Art.nr', 'Namn', 'Pris'], mapping });
    expect(await registry.invoke('mappings:get', { connectionId: 'other', headers: ['Art.nr', 'Namn', 'Pris'] })).toEqual({ ok: true, data: { mapping: null } });
    expect(await registry.invoke('mappings:get', { connectionId: 'sandbox', headers: ['Art.nr', 'Namn', 'Pris', 'Extra'] })).toEqual({ ok: true, data: { mapping: null } });
  });

  it('rejects malformed mappings before the handler runs', async () => {
    const { registry } = await services();
    for (const bad of [
      { connectionId: 'sandbox', headers: [], mapping },
      { connectionId: 'sandbox', headers: ['a'], mapping: { ...mapping, sku: -1 } },
      { connectionId: 'sandbox', headers: ['a'], mapping: { ...mapping, sku: 1.5 } },
      { connectionId: 'sandbox', headers: ['a'], mapping: { ...mapping, evil: 1 } },
      { connectionId: 'sandbox', headers: ['x'.repeat(501)], mapping },
    ]) {
      expect(await registry.invoke('mappings:save', bad)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }
  });

  it(`keeps at most ${MAX_MAPPINGS}, dropping the oldest`, async () => {
    const { registry, host } = await services();
    for (let i = 0; i < MAX_MAPPINGS + 5; i++) await registry.invoke('mappings:save', { connectionId: 'sandbox', headers: [`H${i}`, 'Price'], mapping: { ...mapping, name: null, price: 1 } });
    expect(Object.keys(openSettings(host.dataDir).get('importMappings'))).toHaveLength(MAX_MAPPINGS);
    expect(await registry.invoke('mappings:get', { connectionId: 'sandbox', headers: ['H0', 'Price'] })).toEqual({ ok: true, data: { mapping: null } });
    expect(await registry.invoke('mappings:get', { connectionId: 'sandbox', headers: [`H${MAX_MAPPINGS + 4}`, 'Price'] })).toMatchObject({ ok: true, data: { mapping: { price: 1 } } });
  });
});
