/**
 * What the xclade connector suites share: a fresh data dir, log and fake per test, the
 * connection settings a user would fill in, and helpers that run `submit` or
 * `removePrices` and record what the connector reported (results, progress, the rows of
 * each `beforeRequest`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { PriceChange, PriceRemoval, PriceUpdate, RowResult } from '../../../shared/types';
import { Redactor } from '../../../electron/core/redact';
import type { AdapterEnv, OperationProgress, ResolvedConnection, SubmitOptions, VendorAdapter, VendorClient } from '../../../electron/vendors/types';
import { xcladeAdapter } from '../../../electron/vendors/xclade';
import { clearXcladeTokens } from '../../../electron/vendors/xclade/auth';
import { startXcladeFake, type XcladeFake, type XcladeFakeOptions } from '../../fakes/xclade';
import { memoryLogger } from '../../support/quiet-log';

export const EMAIL = 'admin@shop.test';
export const PASSWORD = 'correct-horse-battery';
export const SECRET_KEY = 'sk_test_0123456789abcdef';

/** Settings as the connection form would save them, pointing at a fake. */
export function connection(server: { url: string; priceListId?: string }, settings: Record<string, string> = {}, secret: Record<string, string> = { password: PASSWORD }): ResolvedConnection {
  return {
    id: 'conn-xclade',
    settings: { baseUrl: server.url, priceListId: server.priceListId ?? 'plist_01TEST', currency: 'EUR', authMode: 'emailpass', email: EMAIL, ...settings },
    secret,
  };
}

export const signal = () => new AbortController().signal;
export const progressLog = () => {
  const events: OperationProgress[] = [];
  return { events, onProgress: (p: OperationProgress) => events.push(p) };
};

export function change(variant: string, sku: string, newPrice: string, extra: Partial<PriceUpdate> = {}): PriceUpdate {
  return { key: variant, sku, oldPrice: null, newPrice, currency: 'EUR', vendorIds: { variantId: variant }, ...extra };
}

export function removal(variant: string, sku: string, extra: Partial<PriceChange> = {}): PriceRemoval {
  return { key: variant, sku, oldPrice: null, currency: 'EUR', vendorIds: { variantId: variant }, ...extra, newPrice: null };
}

/** The batch requests the fake received (applied or not). */
export const posts = (server: XcladeFake) => server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/prices/batch'));

export interface SendOptions {
  adapter?: VendorAdapter;
  e?: AdapterEnv;
  /** Cancel once this many results have streamed in (i.e. between requests). */
  abortAfter?: number;
  conn?: ResolvedConnection;
}

/** Registers the per-test setup and returns what the tests use. */
export function xcladeTestbed() {
  let dataDir = '';
  let fakes: XcladeFake[] = [];
  let log = memoryLogger();

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pricedesk-xclade-'));
    log = memoryLogger();
    clearXcladeTokens();
  });
  afterEach(async () => {
    await Promise.all(fakes.map((f) => f.close()));
    fakes = [];
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function fake(options: XcladeFakeOptions = {}): Promise<XcladeFake> {
    const server = await startXcladeFake(options);
    fakes.push(server);
    return server;
  }
  /** Forgets a fake the test closed itself. */
  const forget = (server: XcladeFake) => {
    fakes = fakes.filter((f) => f !== server);
  };

  const env = (): AdapterEnv => ({ dataDir, log, redactor: new Redactor(), tuning: { backoffMs: 5, timeoutMs: 2000, rateLimitScale: 0.01 } });

  async function run(server: XcladeFake, options: SendOptions, call: (client: VendorClient, options: SubmitOptions) => Promise<RowResult[]>) {
    const controller = new AbortController();
    const streamed: RowResult[] = [];
    const requests: string[][] = [];
    const progress = progressLog();
    const client = (options.adapter ?? xcladeAdapter).connect(options.conn ?? connection(server), options.e ?? env());
    const results = await call(client, {
      signal: controller.signal,
      onProgress: progress.onProgress,
      onResults: (batch) => {
        streamed.push(...batch);
        if (options.abortAfter !== undefined && streamed.length >= options.abortAfter) controller.abort();
      },
      beforeRequest: async (rows) => {
        requests.push(rows.map((r) => r.key));
      },
    });
    return { results, streamed, progress: progress.events, requests };
  }

  return {
    fake,
    forget,
    env,
    log: () => log,
    dataDir: () => dataDir,
    submit: (server: XcladeFake, changes: PriceUpdate[], options: SendOptions = {}) => run(server, options, (client, o) => client.submit(changes, o)),
    remove: (server: XcladeFake, changes: PriceRemoval[], options: SendOptions = {}) => run(server, options, (client, o) => client.removePrices!(changes, o)),
  };
}
