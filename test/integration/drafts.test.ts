import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftPath } from '../../electron/core/drafts';
import type { DraftLoad } from '../../shared/contract';
import { applyLocale } from '../../renderer/i18n';
import { say } from '../../renderer/i18n/say';
import { createServices } from '../../electron/core/services';
import { testHost } from '../support/host';

async function setup() {
  const host = await testHost();
  const { registry } = createServices(host);
  return { host, invoke: (channel: string, payload: unknown) => registry.invoke(channel, payload) };
}

describe('drafts', () => {
  it('saves edits atomically and loads them back in a new session over the same data directory', async () => {
    const { host, invoke } = await setup();
    expect(await invoke('drafts:load', { connectionId: 'sandbox' })).toEqual({ ok: true, data: { edits: [], savedAt: null, damaged: null } });
    const saved = await invoke('drafts:save', { connectionId: 'sandbox', edits: [{ key: '100001', newPrice: '21.99' }, { key: '100002', newPrice: '5' }] });
    expect(saved).toMatchObject({ ok: true, data: { savedAt: expect.any(String) } });
    // No temporary files are left beside the draft.
    expect((await readdir(join(host.dataDir, 'drafts'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const again = createServices(await testHost(host.dataDir)).registry;
    const loaded = await again.invoke('drafts:load', { connectionId: 'sandbox' });
    expect(loaded).toMatchObject({ ok: true, data: { edits: [{ key: '100001', newPrice: '21.99' }, { key: '100002', newPrice: '5' }], damaged: null } });
  });

  it('keeps a new product\'s name, cost and currency, and reads drafts saved before it did', async () => {
    const { host, invoke } = await setup();
    const product = { name: 'Blue enamel mug', cost: '4.10', currency: 'NZD' };
    await invoke('drafts:save', { connectionId: 'sandbox', edits: [{ key: 'new:MUG-1', newPrice: '14.50', product }, { key: '100001', newPrice: null }] });
    expect(await invoke('drafts:load', { connectionId: 'sandbox' })).toMatchObject({ ok: true, data: { edits: [{ key: '100001', newPrice: null }, { key: 'new:MUG-1', newPrice: '14.50', product }] } });
    const older = { version: 1, connectionId: 'sandbox', savedAt: '2026-01-01T00:00:00.000Z', edits: { 'new:MUG-2': '9.00' } };
    await writeFile(draftPath(host.dataDir, 'sandbox'), JSON.stringify(older));
    expect(await invoke('drafts:load', { connectionId: 'sandbox' })).toMatchObject({ ok: true, data: { edits: [{ key: 'new:MUG-2', newPrice: '9.00' }], damaged: null } });
    expect(await invoke('drafts:save', { connectionId: 'sandbox', edits: [{ key: 'new:X', newPrice: '1', product: { ...product, currency: 'nzd' } }] })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('keeps drafts per connection', async () => {
    const { invoke } = await setup();
    await invoke('drafts:save', { connectionId: 'a/b', edits: [{ key: 'k', newPrice: '1' }] });
    await invoke('drafts:save', { connectionId: 'a_b', edits: [{ key: 'k', newPrice: '2' }] });
    expect(await invoke('drafts:load', { connectionId: 'a/b' })).toMatchObject({ data: { edits: [{ key: 'k', newPrice: '1' }] } });
    expect(await invoke('drafts:load', { connectionId: 'a_b' })).toMatchObject({ data: { edits: [{ key: 'k', newPrice: '2' }] } });
  });

  it('lands the last of many quick saves', async () => {
    const { invoke } = await setup();
    await Promise.all(Array.from({ length: 20 }, (_, i) => invoke('drafts:save', { connectionId: 'sandbox', edits: [{ key: 'k', newPrice: String(i) }] })));
    expect(await invoke('drafts:load', { connectionId: 'sandbox' })).toMatchObject({ data: { edits: [{ key: 'k', newPrice: '19' }] } });
  });

  it('discards a draft, and an empty save removes it too', async () => {
    const { host, invoke } = await setup();
    await invoke('drafts:save', { connectionId: 'sandbox', edits: [{ key: 'k', newPrice: '1' }] });
    expect(await invoke('drafts:discard', { connectionId: 'sandbox' })).toEqual({ ok: true, data: null });
    expect(await invoke('drafts:load', { connectionId: 'sandbox' })).toMatchObject({ data: { edits: [] } });
    await invoke('drafts:save', { connectionId: 'sandbox', edits: [{ key: 'k', newPrice: '1' }] });
    await invoke('drafts:save', { connectionId: 'sandbox', edits: [] });
    expect(await readdir(join(host.dataDir, 'drafts'))).toEqual([]);
  });

  it.each([
    ['broken JSON', '{"version":1,"edits":{"k":"1'],
    ['a wrong shape', JSON.stringify({ version: 1, connectionId: 'sandbox', savedAt: 'x', edits: { k: 'twelve' } })],
  ])('reports a draft file with %s and sets it aside, never deleting it', async (_kind, content) => {
    const { host, invoke } = await setup();
    const path = draftPath(host.dataDir, 'sandbox');
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
    const loaded = await invoke('drafts:load', { connectionId: 'sandbox' });
    expect(loaded).toMatchObject({ ok: true, data: { edits: [], damaged: { message: expect.stringContaining('could not be read') } } });
    const files = await readdir(dirname(path));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.json\.damaged-/);
    // The window words it by id (issue #16): main's English exactly, and the person's language.
    const { damaged } = (loaded as { data: DraftLoad }).data;
    expect(damaged?.said).toEqual({ id: 'notice.draftDamaged', params: { file: files[0] } });
    expect(say(damaged!)).toBe(damaged!.message);
    applyLocale('es-ES');
    expect(say(damaged!)).toBe(`No se pudo leer el borrador guardado de esta conexión (el archivo está dañado), así que la tabla empieza sin él. El archivo se guardó como ${files[0]} en la carpeta de borradores.`);
    applyLocale('en-US');
    expect(await readFile(join(dirname(path), files[0]!), 'utf8')).toBe(content);
    // The next start is clean.
    expect(await invoke('drafts:load', { connectionId: 'sandbox' })).toMatchObject({ data: { damaged: null } });
  });

  it('rejects edits that are not decimal prices before anything is written', async () => {
    const { host, invoke } = await setup();
    const answer = await invoke('drafts:save', { connectionId: 'sandbox', edits: [{ key: 'k', newPrice: '1,50' }] });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request', message: expect.stringContaining('edits.0.newPrice') } });
    await expect(readdir(join(host.dataDir, 'drafts'))).rejects.toThrow();
  });
});

describe('grid layouts', () => {
  it('remembers a layout per connection in settings', async () => {
    const { host, invoke } = await setup();
    expect(await invoke('layouts:get', { connectionId: 'sandbox' })).toEqual({ ok: true, data: null });
    const layout = { columns: [{ colId: 'sku', width: 150, pinned: 'left' }, { colId: 'cost', hide: true }], thresholdPercent: 25 };
    expect(await invoke('layouts:save', { connectionId: 'sandbox', layout })).toEqual({ ok: true, data: null });
    const again = createServices(await testHost(host.dataDir)).registry;
    expect(await again.invoke('layouts:get', { connectionId: 'sandbox' })).toEqual({ ok: true, data: layout });
    expect(await again.invoke('layouts:get', { connectionId: 'other' })).toEqual({ ok: true, data: null });
  });

  it('rejects an unbounded layout', async () => {
    const { invoke } = await setup();
    const columns = Array.from({ length: 1001 }, (_, i) => ({ colId: `c${i}` }));
    expect(await invoke('layouts:save', { connectionId: 'sandbox', layout: { columns } })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});
