import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PriceUpdate } from '../../shared/types';
import { createServices } from '../../electron/core/services';
import { sandboxAdapter, sandboxCatalogPath } from '../../electron/vendors/sandbox';
import { testHost } from '../support/host';

const change = (key: string, newPrice: string, sku = `SKU-${key}`): PriceUpdate => ({ key, sku, oldPrice: null, newPrice, currency: 'EUR', vendorIds: { productId: key } });
const noop = { onProgress: () => undefined, onResults: () => undefined };

describe('the sandbox connector', () => {
  it('loads about 500 realistic demo products with progress and keeps them in the data directory', async () => {
    const host = await testHost();
    const client = sandboxAdapter.connect({ id: 'sandbox', settings: { latencyMs: '0', requestsPerSecond: '1000' }, secret: {} }, host);
    const progress: number[] = [];
    const rows = await client.loadCatalog({ signal: new AbortController().signal, onProgress: (p) => progress.push(p.done) });
    expect(rows).toHaveLength(500);
    expect(new Set(rows.map((r) => r.sku)).size).toBe(500);
    expect(rows[0]).toMatchObject({ key: '100001', sku: 'COF-01001', currency: 'EUR', vatIncluded: true, price: expect.stringMatching(/^\d+\.\d{2}$/) });
    expect(rows.filter((r) => r.cost === null).length).toBeGreaterThan(10);
    expect(progress.at(-1)).toBe(500);
    expect(progress.length).toBeGreaterThan(2);
    const stored = JSON.parse(await readFile(sandboxCatalogPath(host.dataDir), 'utf8')) as { products: unknown[] };
    expect(stored.products).toHaveLength(500);
    // Category and brand, so "all Coffee products" is one filter.
    expect(rows[0]!.groups).toEqual({ category: 'Coffee', brand: expect.any(String) });
    expect(new Set(rows.map((r) => r.groups?.category))).toEqual(new Set(['Coffee', 'Tea', 'Kitchen', 'Home', 'Outdoor', 'Stationery']));
    expect(new Set(rows.filter((r) => r.groups?.category === 'Coffee').map((r) => r.groups?.brand)).size).toBe(2);
  });

  it('gives a catalog file from before categories and brands the demo groups, prices untouched', async () => {
    const host = await testHost();
    const path = sandboxCatalogPath(host.dataDir);
    await mkdir(dirname(path), { recursive: true });
    const old = [{ id: '100001', sku: 'COF-01001', name: 'Old Espresso', price: '12.34', cost: null, currency: 'EUR', vatIncluded: true }];
    await writeFile(path, JSON.stringify({ version: 1, products: old }));
    const client = sandboxAdapter.connect({ id: 'sandbox', settings: { latencyMs: '0', requestsPerSecond: '1000' }, secret: {} }, host);
    const rows = await client.loadCatalog({ signal: new AbortController().signal, onProgress: () => undefined });
    expect(rows).toEqual([{ key: '100001', sku: 'COF-01001', name: 'Old Espresso', price: '12.34', cost: null, currency: 'EUR', vatIncluded: true, prices: expect.objectContaining({ price: '12.34', 'price.SEK': '136', cost: null }), vendorIds: { productId: '100001' }, groups: { category: 'Coffee', brand: 'Nordic Roast' } }]);
  });

  it('answers per row: ok, below cost as a warning, zero/negative and too many decimals as errors, unknown product', async () => {
    const host = await testHost();
    const client = sandboxAdapter.connect({ id: 'sandbox', settings: { latencyMs: '0', requestsPerSecond: '1000' }, secret: {} }, host);
    const rows = await client.loadCatalog({ signal: new AbortController().signal, onProgress: () => undefined });
    const withCost = rows.find((r) => r.cost !== null)!;
    const results = await client.submit(
      [change('100002', '15.00'), change(withCost.key, '0.01'), change('100003', '0'), change('100004', '-3'), change('100005', '9.999'), change('999999', '5.00')],
      { signal: new AbortController().signal, ...noop },
    );
    expect(results.map((r) => [r.key, r.status, r.code])).toEqual([
      ['100002', 'ok', null],
      [withCost.key, 'warning', 'below_cost'],
      ['100003', 'error', 'price_not_positive'],
      ['100004', 'error', 'price_not_positive'],
      ['100005', 'error', 'too_many_decimals'],
      ['999999', 'error', 'not_found'],
    ]);
    const again = await client.loadCatalog({ signal: new AbortController().signal, onProgress: () => undefined });
    expect(again.find((r) => r.key === '100002')?.price).toBe('15.00');
    expect(again.find((r) => r.key === withCost.key)?.price).toBe('0.01');
    expect(again.find((r) => r.key === '100003')?.price).toBe(rows.find((r) => r.key === '100003')?.price);
  });

  it('paces itself under its rate limit, reports the wait, and stops between batches on cancel', async () => {
    const host = await testHost();
    const client = sandboxAdapter.connect({ id: 'sandbox', settings: { latencyMs: '0', requestsPerSecond: '1' }, secret: {} }, host);
    const changes = Array.from({ length: 250 }, (_, i) => change(String(100001 + i), '10.00'));
    const controller = new AbortController();
    const waits: number[] = [];
    const settled: string[] = [];
    const results = await client.submit(changes, {
      signal: controller.signal,
      onProgress: (p) => p.waitMs && waits.push(p.waitMs),
      onResults: (batch) => {
        settled.push(...batch.map((r) => r.key));
        if (settled.length >= 100) controller.abort(new Error('user cancelled'));
      },
    });
    expect(results).toHaveLength(250);
    expect(results.slice(0, 100).every((r) => r.status === 'ok' || r.status === 'warning')).toBe(true);
    expect(results.slice(100).every((r) => r.status === 'skipped' && r.message === 'Cancelled before it was sent.')).toBe(true);
    expect(waits.length).toBeGreaterThan(0);
  });

  it('reports a damaged catalog file in plain words', async () => {
    const host = await testHost();
    await mkdir(dirname(sandboxCatalogPath(host.dataDir)), { recursive: true });
    await writeFile(sandboxCatalogPath(host.dataDir), '{"version":1,"products":[{"id":');
    const services = createServices(host, { sandboxSettings: { latencyMs: '0' } });
    expect(await services.registry.invoke('catalog:load', { connectionId: 'sandbox' })).toEqual({
      ok: false,
      error: { code: 'vendor_error', message: expect.stringContaining('catalog file is damaged'), said: { id: 'vendor.sandbox.catalogDamaged' } },
    });
  });

  it('streams progress and results as events through the submit channel', async () => {
    const host = await testHost();
    const services = createServices(host, { sandboxSettings: { latencyMs: '0', requestsPerSecond: '1000' } });
    const answer = await services.registry.invoke('changes:submit', { connectionId: 'sandbox', changes: Array.from({ length: 120 }, (_, i) => change(String(100001 + i), '11.00')) });
    expect(answer.ok).toBe(true);
    const progress = host.sent.filter((s) => s.event === 'submit:progress').map((s) => (s.payload as { done: number }).done);
    expect(progress).toEqual([50, 100, 120]);
    expect(host.sent.filter((s) => s.event === 'submit:results')).toHaveLength(3);
  });
});
