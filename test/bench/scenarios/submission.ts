/**
 * Submission wall time through the journalled engine against each fake vendor, with
 * latency and the vendor's documented limits scaled down (AdapterEnv.tuning) so a run takes
 * seconds, next to the floor those limits allow. Floor: the larger of (a) what the documented
 * limit allows — n requests per window: ceil(R / n) − 1 full windows plus one round trip —
 * and (b) the same R requests the fake really saw, replayed one at a time with a bare fetch
 * (the fastest any client can send them: it includes the fake's own work and the HTTP round
 * trip, which share this process, so the ratio isolates what the connector and journal add).
 * Target: wall ≤ 1.15 × floor, and no 429 where the vendor documents its limit.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dec } from '../../../shared/money';
import { Redactor } from '../../../electron/core/redact';
import { runSubmission } from '../../../electron/core/submission/engine';
import { getAdapter } from '../../../electron/vendors/registry';
import type { AdapterEnv, AdapterTuning, ResolvedConnection, VendorClient } from '../../../electron/vendors/types';
import type { PriceField } from '../../../shared/price-fields';
import type { JournalRow } from '../../../shared/submission';
import type { CatalogRow, PriceUpdate } from '../../../shared/types';
import { startAlepheeFake } from '../../fakes/alephee';
import { startCin7Fake } from '../../fakes/cin7';
import { clinikoProducts, startClinikoFake } from '../../fakes/cliniko';
import { geinsProducts, startGeinsFake } from '../../fakes/geins';
import type { FakeRequest, FakeServer } from '../../fakes/kit';
import { startXcladeFake } from '../../fakes/xclade';
import { memoryLogger } from '../../support/quiet-log';
import type { Figure, Scenario } from '../types';

const ROWS = 600;

interface Case {
  vendor: string;
  latencyMs: number;
  tuning: AdapterTuning;
  /** The documented limits, already scaled; null where the vendor documents none. */
  limits: { requests: number; perMs: number }[] | null;
  /** Every nth row removes its price instead (connectors with removePrices). */
  removeEvery?: number;
  /** Change this many of the connection's price fields per row (the primary first); 1 when absent. */
  fieldsPerRow?: number;
  start(): Promise<{ fake: FakeServer; connection: ResolvedConnection; throttled(): number }>;
}

const cases: Case[] = [
  {
    vendor: 'cliniko',
    latencyMs: 5,
    // 200 a minute becomes 200 per 3 s: the limit, not the four workers, sets the pace.
    tuning: { rateLimitScale: 0.05 },
    limits: [{ requests: 200, perMs: 3000 }],
    async start() {
      const key = 'MS0xLWFiY2RlZmdoaWprbG1ub3A-au1';
      const fake = await startClinikoFake({ apiKey: key, products: clinikoProducts(ROWS), windowMs: 3000, latencyMs: 5 });
      return { fake, throttled: () => fake.rateLimited(), connection: { id: 'b', settings: { baseUrl: fake.baseUrl, contactEmail: 'it@clinic.example' }, secret: { apiKey: key } } };
    },
  },
  {
    vendor: 'cin7',
    latencyMs: 5,
    // 3 a second becomes 3 per 100 ms: wide enough that network jitter does not decide.
    tuning: { rateLimitScale: 0.1, batchSize: 10 },
    limits: [{ requests: 3, perMs: 100 }, { requests: 60, perMs: 6000 }],
    async start() {
      const fake = await startCin7Fake({ optionCount: ROWS, windowScale: 0.1, latencyMs: 5 });
      return { fake, throttled: () => fake.refused(), connection: { id: 'b', settings: { baseUrl: `${fake.url}/api/`, username: fake.username }, secret: { apiKey: fake.apiKey } } };
    },
  },
  {
    vendor: 'alephee',
    latencyMs: 50,
    tuning: { batchSize: 50 },
    limits: null,
    async start() {
      const fake = await startAlepheeFake({ productCount: ROWS, latencyMs: 50 });
      return { fake, throttled: () => fake.refused(), connection: { id: 'b', settings: { baseUrl: fake.url, accountId: fake.accountId, priceListId: '11', vatMode: 'included' }, secret: { apiKey: fake.apiKey } } };
    },
  },
  {
    vendor: 'geins',
    latencyMs: 50,
    tuning: { batchSize: 50 },
    limits: null,
    async start() {
      const secret = { apiPassword: 'pw-Secr3t-value', apiKey: 'geins-key-5f2c9a7d' };
      const fake = await startGeinsFake({ user: 'pricedesk-api', password: secret.apiPassword, apiKey: secret.apiKey, products: geinsProducts(ROWS), latencyMs: 50 });
      // Two more lists (its sale list and market 2's), so the three-field case has three fields; one field changes only the first.
      return { fake, throttled: () => 0, connection: { id: 'b', settings: { baseUrl: fake.url, apiUser: 'pricedesk-api', priceListId: '1000000', morePriceListIds: '1000001, 2000000' }, secret } };
    },
  },
  xcladeCase(),
  // Removals travel after the new prices in requests of their own, after a second read of the list.
  xcladeCase(10),
];

function xcladeCase(removeEvery?: number): Case {
  return {
    vendor: 'xclade',
    latencyMs: 50,
    tuning: { batchSize: 50 },
    limits: null,
    ...(removeEvery ? { removeEvery } : {}),
    async start() {
      const fake = await startXcladeFake({ productCount: ROWS / 2, latencyMs: 50 });
      const settings = { baseUrl: fake.url, priceListId: fake.priceListId, currency: 'EUR', authMode: 'emailpass', email: 'admin@shop.test' };
      return { fake, throttled: () => 0, connection: { id: 'b', settings, secret: { password: 'correct-horse-battery' } } };
    },
  };
}

/** The same vendors with three price fields changed per row (Cliniko has two): several fields of a product share its requests. */
const multiField: Case[] = cases.filter((c) => !c.removeEvery).map((c) => ({ ...c, fieldsPerRow: 3 }));

/** The fields a case changes: the primary, then the connection's others in the order its test gives them. */
async function fieldsToChange(client: VendorClient, count: number): Promise<PriceField[]> {
  const tested = await client.testConnection(AbortSignal.timeout(30_000));
  if (!tested.ok) throw new Error(`submission bench: the connection test failed: ${tested.message}`);
  return [...tested.fields].sort((a, b) => Number(b.primary) - Number(a.primary)).slice(0, count);
}

/** One change per (row, field), `n` added to the field's current price (or a price where it has none). */
function changesPlus(rows: CatalogRow[], fields: PriceField[], n: number): (JournalRow & PriceUpdate)[] {
  return rows.flatMap((r) =>
    fields.map((f) => {
      const oldPrice = f.primary ? r.price : (r.prices?.[f.id] ?? null);
      return { key: r.key, sku: r.sku, name: r.name, ...(f.primary ? {} : { field: f.id }), oldPrice, newPrice: oldPrice ? dec(oldPrice).plus(n).toFixed(2) : `${10 + n}.00`, currency: f.currency, vendorIds: r.vendorIds };
    }),
  );
}

function limitFloorMs(requests: number, c: Case): number {
  if (!c.limits) return 0;
  return Math.max(...c.limits.map((l) => (Math.ceil(requests / l.requests) - 1) * l.perMs)) + c.latencyMs;
}

/** Sends the recorded requests again, one at a time, with nothing but fetch. */
async function replayMs(fake: FakeServer, sent: FakeRequest[]): Promise<number> {
  const start = performance.now();
  for (const req of sent) {
    const url = new URL(req.path, fake.url);
    req.query.forEach((value, key) => url.searchParams.set(key, value));
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k, v]) => typeof v === 'string' && !['host', 'content-length', 'connection'].includes(k))) as Record<string, string>;
    const res = await fetch(url, { method: req.method, headers, body: req.rawBody || undefined });
    await res.text();
  }
  return performance.now() - start;
}

async function runCase(c: Case): Promise<Figure[]> {
  const { fake, connection, throttled } = await c.start();
  try {
    const dataDir = await mkdtemp(join(tmpdir(), `pricedesk-bench-${c.vendor}-`));
    const env: AdapterEnv = { dataDir, log: memoryLogger(), redactor: new Redactor(), tuning: { timeoutMs: 10_000, backoffMs: 20, ...c.tuning } };
    const client = getAdapter(c.vendor).connect(connection, env);
    const fields = await fieldsToChange(client, c.fieldsPerRow ?? 1);
    const catalog = (await client.loadCatalog({ signal: new AbortController().signal, onProgress: () => undefined })).slice(0, ROWS);
    // Let the catalog's requests leave every limit window, so they do not count against the submission.
    const settle = () => new Promise((r) => setTimeout(r, Math.max(0, ...(c.limits ?? []).map((l) => l.perMs)) + 50));
    await settle();
    // The connector alone first, so the engine's own cost (journal, fsync per request) shows.
    const rawStart = performance.now();
    await client.submit(changesPlus(catalog, fields, 1), { signal: new AbortController().signal, onProgress: () => undefined, onResults: () => undefined });
    const raw = performance.now() - rawStart;
    await settle();
    const rows = changesPlus(catalog, fields, 2).map((r, i) => (c.removeEvery && i % c.removeEvery === 0 ? { ...r, newPrice: null } : r));
    const before = fake.requests.length;
    const throttledBefore = throttled();
    const start = performance.now();
    const outcome = await runSubmission({
      dataDir, log: env.log, redactor: env.redactor, client, connection: { id: 'b', label: c.vendor, vendor: c.vendor }, rows, source: 'cli',
      signal: new AbortController().signal, onProgress: () => undefined, onResults: () => undefined,
    });
    const wall = performance.now() - start;
    const refused = throttled() - throttledBefore;
    // Requests the vendor refused with 429 changed nothing; the floor counts the ones that had to be sent.
    const sent = fake.requests.slice(before);
    const requests = sent.length - refused;
    const ok = outcome.results.filter((r) => r.status === 'ok' || r.status === 'warning').length;
    await settle();
    const replay = await replayMs(fake, sent);
    const limitFloor = limitFloorMs(requests, c);
    const floor = Math.max(limitFloor, replay);
    const scenario = `submission ${c.vendor}${c.removeEvery ? ` (1 in ${c.removeEvery} removed)` : ''}${fields.length > 1 ? ` (${fields.length} fields per row: ${fields.map((f) => f.id).join(', ')})` : ''}`;
    const limitWords = limitFloor >= replay ? 'documented limit, scaled' : 'same requests replayed with a bare fetch';
    return [
      { scenario, name: `${catalog.length} rows, ${rows.length} changes (${ok} ok), ${requests} requests, wall`, value: wall, unit: 'ms' },
      // The warm-up sent new prices only, so it compares with the engine run only without removals.
      ...(c.removeEvery ? [] : [{ scenario, name: 'same rows, connector without journal', value: raw, unit: 'ms' as const }]),
      { scenario, name: `floor (${limitWords})`, value: floor, unit: 'ms' },
      { scenario, name: 'wall ÷ floor', value: wall / floor, unit: 'ratio', target: '≤ 1.15' },
      { scenario, name: '429 answers provoked', value: refused, unit: 'count', ...(c.limits ? { target: '0' } : {}) },
    ];
  } finally {
    await fake.close();
  }
}

export const submissionScenario: Scenario = {
  name: 'submission',
  async run() {
    const figures: Figure[] = [];
    for (const c of [...cases, ...multiField]) figures.push(...(await runCase(c)));
    return figures;
  },
};
