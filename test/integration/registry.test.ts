import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { channelNames, type ChannelName } from '../../shared/contract';
import { AppError } from '../../electron/core/errors';
import { logFile } from '../../electron/core/log';
import { assertComplete, createRegistry, mergeHandlers, type HandlerMap } from '../../electron/core/registry';
import { createServices } from '../../electron/core/services';
import { testHost } from '../support/host';

function spyHandlers(): HandlerMap & Record<string, ReturnType<typeof vi.fn>> {
  return Object.fromEntries(channelNames.map((name) => [name, vi.fn(async () => 'ran')])) as never;
}

describe('the IPC registry', () => {
  it.each(channelNames)('rejects payloads that break the %s schema and never runs its handler', async (name: ChannelName) => {
    const host = await testHost();
    const handlers = spyHandlers();
    const registry = createRegistry(handlers, host.log, host.redactor);
    for (const bad of [null, 'text', 42, [], { unexpected: true }, { connectionId: 7, id: 7, url: 'http://x', changes: 'all' }]) {
      const answer = await registry.invoke(name, bad);
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }
    expect(handlers[name]).not.toHaveBeenCalled();
  });

  it('answers an unknown channel without running anything', async () => {
    const host = await testHost();
    const registry = createRegistry(spyHandlers(), host.log, host.redactor);
    expect(await registry.invoke('secrets:read', {})).toEqual({ ok: false, error: { code: 'unknown_channel', message: expect.any(String), said: { id: 'error.unknownChannel' } } });
    expect(await registry.invoke('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('wraps results and AppErrors in the envelope, and hides crashes behind a plain message', async () => {
    const host = await testHost();
    const handlers = spyHandlers();
    handlers['app:info'] = vi.fn(async () => ({ name: 'x', version: '1', platform: 'linux', notices: [], locale: null, systemLocale: null }));
    handlers['vendors:list'] = vi.fn(async () => {
      throw new AppError('vendor_error', 'Geins refused the price list.');
    });
    handlers['connections:list'] = vi.fn(async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'x') at /secret/path.ts:12");
    });
    const registry = createRegistry(handlers, host.log, host.redactor);
    expect(await registry.invoke('app:info', {})).toEqual({ ok: true, data: { name: 'x', version: '1', platform: 'linux', notices: [], locale: null, systemLocale: null } });
    expect(await registry.invoke('vendors:list', {})).toEqual({ ok: false, error: { code: 'vendor_error', message: 'Geins refused the price list.' } });
    const crash = await registry.invoke('connections:list', {});
    expect(crash).toEqual({ ok: false, error: { code: 'internal', message: expect.stringContaining('log file'), said: { id: 'error.internal' } } });
    expect(JSON.stringify(crash)).not.toMatch(/Cannot read|secret\/path/);
    // The stack goes to the log file only.
    expect(await readFile(logFile(host.dataDir), 'utf8')).toMatch(/TypeError: Cannot read properties[\s\S]*at /);
  });

  it('masks secrets in an error message before it leaves the registry', async () => {
    const host = await testHost();
    host.redactor.add('registered-key-42');
    const handlers = spyHandlers();
    handlers['catalog:load'] = vi.fn(async () => {
      throw new AppError('vendor_error', 'Acme said: "bad key registered-key-42", {"refresh_token": "rt-9876543"}');
    });
    const answer = await createRegistry(handlers, host.log, host.redactor).invoke('catalog:load', { connectionId: 'c1' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'vendor_error', message: expect.stringContaining('Acme said') } });
    expect(JSON.stringify(answer)).not.toMatch(/registered-key-42|rt-9876543/);
  });

  it('refuses a channel claimed by two domains and an incomplete handler set', () => {
    const one = { 'app:info': () => ({ name: '', version: '', platform: '', notices: [], locale: null, systemLocale: null }) };
    expect(() => mergeHandlers(one, one)).toThrow('app:info has two handlers');
    expect(() => assertComplete(one)).toThrow(/missing \[.*catalog:load/);
  });

  it('is complete for the real services', async () => {
    const services = createServices(await testHost());
    const answer = await services.registry.invoke('connections:list', {});
    expect(answer).toEqual({ ok: true, data: { activeId: 'sandbox', connections: [expect.objectContaining({ id: 'sandbox', vendor: 'sandbox', builtIn: true })] } });
  });
});
