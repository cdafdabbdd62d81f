/**
 * A vendor that asks for a wait past MAX_SERVER_WAIT_MS (here Cliniko's X-RateLimit-Reset
 * hours ahead) stops the submission cleanly: what went through is recorded, the refused
 * request and every row after it come back skipped with when the vendor takes more, and the
 * journal shows them as not sent.
 */
import { describe, expect, it } from 'vitest';
import type { JournalRow } from '../../../shared/submission';
import { Redactor } from '../../../electron/core/redact';
import { runSubmission } from '../../../electron/core/submission/engine';
import { clinikoAdapter } from '../../../electron/vendors/cliniko';
import { clinikoProducts, startClinikoFake } from '../../fakes/cliniko';
import { memoryLogger } from '../../support/quiet-log';
import { testHost } from '../../support/host';

const KEY = 'MS0xLWFiY2RlZmdoaWprbG1ub3A-au1';
const row = (i: number): JournalRow => ({ key: String(1001 + i), sku: `P-${i}`, name: `Product ${i}`, oldPrice: '20.50', newPrice: `${30 + i}.00`, currency: 'AUD', vendorIds: { productId: String(1001 + i) } });

describe('a vendor asking for a very long wait', () => {
  it('ends the submission with the rest not sent and a message saying when the vendor takes more', async () => {
    const fake = await startClinikoFake({ apiKey: KEY, products: clinikoProducts(40) });
    try {
      const host = await testHost();
      const env = { dataDir: host.dataDir, log: memoryLogger(), redactor: new Redactor(), tuning: { backoffMs: 5, timeoutMs: 5000 } };
      const client = clinikoAdapter.connect({ id: 'c1', settings: { baseUrl: fake.baseUrl, contactEmail: 'it@clinic.example' }, secret: { apiKey: KEY } }, env);
      // The fifth PATCH is refused with a reset three hours ahead, as Cliniko's header says it (UNIX seconds).
      let patches = 0;
      fake.inject({
        match: (req) => req.method === 'PATCH' && ++patches === 5,
        reply: { status: 429, text: 'Too many requests', headers: { 'X-RateLimit-Reset': String(Math.ceil(Date.now() / 1000) + 3 * 3600) } },
      });
      const rows = Array.from({ length: 30 }, (_, i) => row(i));
      const before = new Map([...fake.products].map(([id, p]) => [id, p.price_including_tax]));
      const outcome = await runSubmission({
        dataDir: host.dataDir, log: host.log, redactor: host.redactor, client, connection: { id: 'c1', label: 'Clinic', vendor: 'cliniko' },
        rows, source: 'app', signal: new AbortController().signal, onProgress: () => undefined, onResults: () => undefined,
      });
      const byStatus = (status: string) => outcome.results.filter((r) => r.status === status);
      const ok = byStatus('ok');
      const skipped = byStatus('skipped');
      expect(ok.length + skipped.length).toBe(30);
      expect(ok.length).toBeGreaterThanOrEqual(4);
      expect(skipped.length).toBeGreaterThan(10);
      for (const r of skipped) expect(r.message).toMatch(/^Not sent: Cliniko asked PriceDesk to wait 3 h before sending more \(until .* UTC\)/);
      // Nothing after the refusal reached Cliniko, and only the ok rows changed there.
      const patched = fake.requests.filter((r) => r.method === 'PATCH');
      expect(patched.length).toBe(ok.length + 1);
      for (const r of skipped) expect(fake.products.get(r.key)!.price_including_tax).toBe(before.get(r.key));
      // The journal tells history the same: those rows were not sent.
      const recorded = new Map(outcome.record.rows.map((r) => [r.key, r.status]));
      for (const r of skipped) expect(recorded.get(r.key)).toBe('skipped');
      expect(outcome.record.state).toBe('finished');
    } finally {
      await fake.close();
    }
  });
});
