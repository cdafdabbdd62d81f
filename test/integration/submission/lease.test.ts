/**
 * Two writers, one journal: a CLI submission (a scheduled job, run here as a child process)
 * and the app's handlers in this process share a data directory. While one process sends
 * or verifies a submission the other sees it busy there and refuses retry, revert and
 * verify; a lock left by a dead process or not renewed within the lease counts as stale.
 */
import { spawn } from 'node:child_process';
import { existsSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JournalEntry, SubmissionSummary } from '../../../shared/submission';
import { createServices } from '../../../electron/core/services';
import { journalDir, JournalWriter, loadSubmission } from '../../../electron/core/submission/journal';
import { JOURNAL_LEASE_MS, readLease } from '../../../electron/core/submission/lease';
import { clinikoCliSetup, CLINIKO_KEY as KEY } from '../../support/cliniko-cli';
import { testHost } from '../../support/host';
import { runCli } from '../cli/run-cli';

const ROWS = 40;
const ID = '20260101T120000-0123abcd';

let setup: Awaited<ReturnType<typeof clinikoCliSetup>>;
let dir: string;
let conn: string;

beforeEach(async () => {
  setup = await clinikoCliSetup('pricedesk-lease-', ROWS);
  ({ dir, conn } = setup);
});
afterEach(() => setup.close());

async function appServices() {
  const { registry } = createServices(await testHost(dir));
  return registry;
}

/** An interrupted journal (one row sent without an answer) written by hand. */
async function interruptedJournal(vendor = 'cliniko'): Promise<void> {
  const start: JournalEntry = { t: 'start', id: ID, at: '2026-01-01T12:00:00.000Z', connectionId: 'file:clinic', connectionLabel: 'Clinic', vendor, user: 'ana', source: 'app', rows: [{ key: '1', sku: 'P-0001', name: 'One', oldPrice: '10.00', newPrice: '11.00', currency: 'AUD', vendorIds: {} }], retryOf: null, revertOf: null };
  const intent: JournalEntry = { t: 'intent', req: `${ID}/1`, keys: ['1'], at: '2026-01-01T12:00:01.000Z' };
  await mkdir(journalDir(dir), { recursive: true });
  await writeFile(join(journalDir(dir), `${ID}.jsonl`), `${JSON.stringify(start)}\n${JSON.stringify(intent)}\n`);
}

describe('a journal written by another process', () => {
  it('shows a running CLI submission as busy there and refuses retry, revert and verify until it ends', async () => {
    const child = setup.startSubmission();
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const deadline = Date.now() + 20_000;
    while (setup.patchedIds().length < 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));

    const registry = await appServices();
    const list = await registry.invoke('history:list', {});
    if (!list.ok) throw new Error(list.error.message);
    const [running] = (list.data as { submissions: SubmissionSummary[] }).submissions;
    expect(running).toMatchObject({ source: 'cli', state: 'running' });
    expect(running!.busyElsewhere).toBe(`Being sent by the command line (process ${child.pid} on ${hostname()})`);
    const refusal = { ok: false, error: { code: 'conflict', message: expect.stringContaining(`has not renewed its lock for ${JOURNAL_LEASE_MS / 1000} seconds`) as unknown } };
    expect(await registry.invoke('changes:submit', { connectionId: 'sandbox', changes: [{ key: '1', sku: 'P-0001', oldPrice: '1.00', newPrice: '2.00', currency: 'AUD', vendorIds: {} }], retryOf: running!.id })).toMatchObject(refusal);
    expect(await registry.invoke('history:revert', { id: running!.id })).toMatchObject(refusal);
    expect(await registry.invoke('history:verify', { id: running!.id })).toMatchObject(refusal);

    expect(await exited).toBe(0);
    const done = await loadSubmission(dir, running!.id);
    expect(done).toMatchObject({ state: 'finished', busyElsewhere: null, counts: { ok: ROWS } });
    expect(existsSync(join(journalDir(dir), `${running!.id}.lock`))).toBe(false);
  }, 60_000);

  it('refuses a CLI verify while the app verifies the same submission', async () => {
    await interruptedJournal();
    const writer = await JournalWriter.reopen(dir, ID, 'app');
    try {
      const run = await runCli(['verify', ID, '--connection', conn], { PRICEDESK_SECRET: KEY });
      expect(run.code).toBe(1); // nothing verified: its rows are still unknown
      expect(run.stderr).toContain(`Being verified by the PriceDesk app (process ${process.pid} on ${hostname()})`);
      const history = await runCli(['history', ID, '--data-dir', dir]);
      expect(history.stdout).toContain('INTERRUPTED (Being verified by the PriceDesk app');
    } finally {
      await writer.close();
    }
    // Refused before reading anything at the vendor; free again once the app is done.
    expect(setup.fake.requests).toHaveLength(0);
    expect(await readLease(journalDir(dir), ID)).toBeNull();
  }, 60_000);
});

describe('a stale lock', () => {
  const lock = () => join(journalDir(dir), `${ID}.lock`);
  const holder = (pid: number, host: string) => JSON.stringify({ pid, host, source: 'cli', purpose: 'sending', at: new Date().toISOString() });

  it('is ignored once its process is gone, and taken over by a verification', async () => {
    await interruptedJournal();
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((done) => gone.on('exit', done));
    writeFileSync(lock(), holder(gone.pid!, hostname()));
    expect(await readLease(journalDir(dir), ID)).toBeNull();
    expect((await loadSubmission(dir, ID)).state).toBe('interrupted');
    const writer = await JournalWriter.reopen(dir, ID, 'app');
    expect(await readLease(journalDir(dir), ID)).toMatchObject({ here: true, holder: { pid: process.pid, purpose: 'verifying' } });
    await writer.close();
    expect(existsSync(lock())).toBe(false);
  });

  it('held by another machine counts until its lease runs out without renewal', async () => {
    await interruptedJournal();
    writeFileSync(lock(), holder(4242, 'till-2.example'));
    expect(await loadSubmission(dir, ID)).toMatchObject({ state: 'running', busyElsewhere: 'Being sent by the command line (process 4242 on till-2.example)' });
    await expect(JournalWriter.reopen(dir, ID, 'app')).rejects.toMatchObject({ code: 'conflict' });
    const expired = new Date(Date.now() - JOURNAL_LEASE_MS - 1000);
    utimesSync(lock(), expired, expired);
    expect(await loadSubmission(dir, ID)).toMatchObject({ state: 'interrupted', busyElsewhere: null });
  });
});

describe('retry checks', () => {
  it('refuses a retry to another connection, and rows an earlier retry already resent', async () => {
    const registry = await appServices();
    const loaded = await registry.invoke('catalog:load', { connectionId: 'sandbox' });
    if (!loaded.ok) throw new Error(loaded.error.message);
    const rows = (loaded.data as { rows: { key: string; sku: string; name: string; price: string; currency: string; vendorIds: Record<string, string> }[] }).rows.slice(0, 3);
    const changes = rows.map((r) => ({ key: r.key, sku: r.sku, name: r.name, oldPrice: r.price, newPrice: '999.00', currency: r.currency, vendorIds: r.vendorIds }));
    // Sent to another connection, interrupted before any request: every row "not sent".
    const start = (connectionId: string): JournalEntry => ({ t: 'start', id: ID, at: '2026-01-01T12:00:00.000Z', connectionId, connectionLabel: 'Old shop', vendor: 'sandbox', user: 'ana', source: 'app', rows: changes, retryOf: null, revertOf: null });
    await mkdir(journalDir(dir), { recursive: true });
    await writeFile(join(journalDir(dir), `${ID}.jsonl`), `${JSON.stringify(start('old-shop'))}\n`);
    const wrong = await registry.invoke('changes:submit', { connectionId: 'sandbox', changes, retryOf: ID });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_request', message: `Submission ${ID} went to "Old shop". A retry must go to that same connection; nothing was sent.` } });

    await writeFile(join(journalDir(dir), `${ID}.jsonl`), `${JSON.stringify(start('sandbox'))}\n`);
    const first = await registry.invoke('changes:submit', { connectionId: 'sandbox', changes: changes.slice(0, 2), retryOf: ID });
    if (!first.ok) throw new Error(first.error.message);
    const firstId = (first.data as { submissionId: string }).submissionId;
    const second = await registry.invoke('changes:submit', { connectionId: 'sandbox', changes, retryOf: ID });
    if (!second.ok) throw new Error(second.error.message);
    const results = (second.data as { results: { key: string; status: string; code: string | null; message: string | null }[] }).results;
    expect(results.map((r) => [r.key, r.status, r.code])).toEqual([
      [rows[0]!.key, 'skipped', 'not_resent'],
      [rows[1]!.key, 'skipped', 'not_resent'],
      [rows[2]!.key, 'ok', null],
    ]);
    expect(results[0]!.message).toBe(`Not resent: retry ${firstId} already sent it again. Look at that submission (and retry it) instead.`);
    const record = await loadSubmission(dir, (second.data as { submissionId: string }).submissionId);
    expect(record.rows.map((r) => r.key)).toEqual([rows[2]!.key]);
  });
});
