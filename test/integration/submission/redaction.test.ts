/**
 * Vendor words reach row messages and failure texts, and from there the journal, the UI,
 * the CLI and exports: the engine redacts them once, before any of those sees them.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JournalRow } from '../../../shared/submission';
import type { RowResult } from '../../../shared/types';
import { runSubmission } from '../../../electron/core/submission/engine';
import { journalDir } from '../../../electron/core/submission/journal';
import type { VendorClient } from '../../../electron/vendors/types';
import { testHost } from '../../support/host';

const KNOWN = 'known-key-0123456789';
const row = (id: string): JournalRow => ({ key: id, sku: `S-${id}`, name: `Item ${id}`, oldPrice: '1.00', newPrice: '2.00', currency: 'EUR', vendorIds: {} });

describe('redaction of what connectors report', () => {
  it('masks secrets in streamed and final row messages, the vendor’s words and our words’ parameters, the journal and the failure text', async () => {
    const host = await testHost();
    host.redactor.add(KNOWN);
    const streamed: RowResult[] = [];
    // A connector stand-in quoting a vendor that echoes credentials back, then failing with one in its message.
    const echo: VendorClient = {
      testConnection: async () => ({ ok: true, message: '', fields: [] }),
      loadCatalog: async () => [],
      async submit(changes, { beforeRequest, onResults }) {
        await beforeRequest?.(changes);
        const results: RowResult[] = [
          { key: '1', sku: 'S-1', status: 'error', code: 'x', message: `Rejected {"access_token": "at-secret-1", "key": "${KNOWN}"}` },
          { key: '2', sku: 'S-2', status: 'warning', code: 'x', message: 'Check Authorization Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig' },
          // The vendor's own words travel apart from ours, and a parameter may quote the vendor too.
          { key: '3', sku: 'S-3', status: 'error', code: 'x', message: 'Refused.', vendorMessage: `bad key ${KNOWN}`, said: { id: 'row.rejected', params: { vendor: `Echo ?api_key=pk-secret-4` } } },
        ];
        onResults(results);
        throw new Error(`Vendor said: ?client_secret=cs-secret-2&refresh_token=rt-secret-3 for ${KNOWN}`);
      },
    };
    const outcome = await runSubmission({
      dataDir: host.dataDir, log: host.log, redactor: host.redactor, client: echo, connection: { id: 'e', label: 'Echo', vendor: 'sandbox' },
      rows: [row('1'), row('2'), row('3')], source: 'app', signal: new AbortController().signal, onProgress: () => undefined, onResults: (r) => streamed.push(...r),
    });
    const journal = (await Promise.all((await readdir(journalDir(host.dataDir))).map((f) => readFile(join(journalDir(host.dataDir), f), 'utf8')))).join('\n');
    const everything = [JSON.stringify(streamed), JSON.stringify(outcome.results), JSON.stringify(outcome.record), outcome.failure, journal].join('\n');
    expect(everything).not.toMatch(/at-secret-1|cs-secret-2|rt-secret-3|pk-secret-4|eyJhbGciOiJIUzI1NiJ9|known-key-0123456789/);
    expect(outcome.failure).toContain('client_secret=[redacted]');
    expect(streamed[0]!.message).toContain('Rejected');
    expect(streamed[2]).toMatchObject({ vendorMessage: 'bad key [redacted]', said: { id: 'row.rejected', params: { vendor: 'Echo ?api_key=[redacted]' } } });
  });
});
