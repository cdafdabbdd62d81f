/**
 * What the real-Medusa suites share: the seeded shop from the global setup, a fresh price
 * list per test (8 of the first 12 variants priced), connections as the form saves them,
 * and the check every test ends with: exactly one plain price per variant and currency,
 * with the expected amounts, read through Medusa's own API.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, inject } from 'vitest';
import type { PriceChange, PriceRemoval, PriceUpdate, RowResult } from '../../shared/types';
import { Redactor } from '../../electron/core/redact';
import type { AdapterEnv, ResolvedConnection, SubmitOptions, VendorClient } from '../../electron/vendors/types';
import { xcladeAdapter } from '../../electron/vendors/xclade';
import { clearXcladeTokens } from '../../electron/vendors/xclade/auth';
import { memoryLogger } from '../support/quiet-log';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './backend';
import { MedusaAdmin, type SeededVariant } from './seed';

/** The list prices every test starts from: variants 0-7 priced 10.50, 11.50, ... in EUR. */
export const startAmount = (i: number) => 10.5 + i;
export const PRICED = 8;

export function medusaTestbed() {
  const shop = inject('medusa');
  const admin = MedusaAdmin.withKey(shop.url, shop.secretKey);
  const state = { listId: '', dataDir: '', log: memoryLogger() };
  let listCount = 0;

  beforeEach(async () => {
    clearXcladeTokens();
    state.log = memoryLogger();
    state.dataDir = mkdtempSync(join(tmpdir(), 'pricedesk-medusa-'));
    state.listId = await admin.createPriceList(
      `PriceDesk test ${++listCount}`,
      shop.variants.slice(0, PRICED).map((v, i) => ({ variantId: v.id, amount: startAmount(i) })),
    );
  });
  afterEach(() => rmSync(state.dataDir, { recursive: true, force: true }));

  const env = (batchSize?: number): AdapterEnv => ({ dataDir: state.dataDir, log: state.log, redactor: new Redactor(), tuning: { backoffMs: 5, timeoutMs: 20_000, ...(batchSize ? { batchSize } : {}) } });

  function connection(settings: Record<string, string> = {}, secret: Record<string, string> = { password: ADMIN_PASSWORD }): ResolvedConnection {
    return { id: 'conn-medusa', settings: { baseUrl: shop.url, priceListId: state.listId, currency: 'EUR', authMode: 'emailpass', email: ADMIN_EMAIL, ...settings }, secret };
  }

  const client = (batchSize?: number, conn = connection()): VendorClient => xcladeAdapter.connect(conn, env(batchSize));

  const options = (): SubmitOptions => ({ signal: new AbortController().signal, onProgress: () => undefined, onResults: () => undefined });

  const variant = (i: number): SeededVariant => shop.variants[i]!;
  const update = (i: number, newPrice: string, oldPrice: string | null = startAmount(i).toFixed(2)): PriceUpdate => ({
    key: variant(i).id,
    sku: variant(i).sku,
    oldPrice,
    newPrice,
    currency: 'EUR',
    vendorIds: { variantId: variant(i).id },
  });
  const removal = (i: number): PriceRemoval => ({ ...update(i, '0'), newPrice: null });

  async function send(changes: PriceChange[], batchSize?: number): Promise<RowResult[]> {
    const c = client(batchSize);
    const updates = changes.filter((x): x is PriceUpdate => x.newPrice !== null);
    const removals = changes.filter((x): x is PriceRemoval => x.newPrice === null);
    const results = [...(updates.length ? await c.submit(updates, options()) : []), ...(removals.length ? await c.removePrices!(removals, options()) : [])];
    const byKey = new Map(results.map((r) => [r.key, r]));
    return changes.map((x) => byKey.get(x.key)!);
  }

  /**
   * Asserts the list holds exactly these EUR prices by variant index (absent: no price), one
   * price per variant and currency, read back through Medusa's API.
   */
  async function expectList(expected: Record<number, number | undefined>): Promise<void> {
    const prices = await admin.listPrices(state.listId);
    const perVariant = new Map<string, number[]>();
    for (const p of prices) {
      const key = `${p.variantId} ${p.currency}`;
      perVariant.set(key, [...(perVariant.get(key) ?? []), p.amount]);
    }
    for (const [key, amounts] of perVariant) expect(amounts, `prices of ${key}`).toHaveLength(1);
    const actual: Record<number, number | undefined> = {};
    shop.variants.forEach((v, i) => {
      const amount = perVariant.get(`${v.id} eur`)?.[0];
      if (amount !== undefined || i in expected) actual[i] = amount;
    });
    expect(actual).toEqual(expected);
  }

  /** The starting list, with these changes. */
  const startingList = (changes: Record<number, number | undefined> = {}): Record<number, number | undefined> => ({
    ...Object.fromEntries(Array.from({ length: PRICED }, (_, i) => [i, startAmount(i)])),
    ...changes,
  });

  return { shop, admin, state, env, connection, client, options, variant, update, removal, send, expectList, startingList };
}
