/**
 * Cancel during a catalog load: the registry's catalog:cancel aborts the load the renderer
 * started, which answers `cancelled` in plain words long before the last page.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG_CANCELLED } from '../../electron/core/handlers/catalog';
import { createServices } from '../../electron/core/services';
import { testHost } from '../support/host';

describe('cancelling a catalog load', () => {
  it('stops the load between pages and answers cancelled', async () => {
    // 500 demo products in pages of 100, 400 ms a page; each page read reports progress.
    const host = await testHost();
    const services = createServices(host, { sandboxSettings: { latencyMs: '400' } });
    const pagesRead = () => host.sent.filter((s) => s.event === 'catalog:progress' && (s.payload as { waitMs?: number }).waitMs === undefined).length;
    const load = services.registry.invoke('catalog:load', { connectionId: 'sandbox' });
    while (pagesRead() < 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await services.registry.invoke('catalog:cancel', { connectionId: 'sandbox' })).toEqual({ ok: true, data: { cancelled: true } });
    expect(await load).toEqual({ ok: false, error: { code: 'cancelled', message: CATALOG_CANCELLED, said: { id: 'refused.loadCancelled' } } });
    // No page is read after the answer, and the five were never all read.
    const read = pagesRead();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(pagesRead()).toBe(read);
    expect(read).toBeLessThan(5);
    // Nothing left to cancel, and a new load runs to the end.
    expect(await services.registry.invoke('catalog:cancel', { connectionId: 'sandbox' })).toEqual({ ok: true, data: { cancelled: false } });
    const again = (await services.registry.invoke('catalog:load', { connectionId: 'sandbox' })) as { ok: boolean; data: { rows: unknown[] } };
    expect(again.ok).toBe(true);
    expect(again.data.rows.length).toBeGreaterThan(400);
  });
});
