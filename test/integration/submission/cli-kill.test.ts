/**
 * The promise of the journal, tested the hard way: a CLI submission to a slow fake Cliniko
 * is killed with SIGKILL mid-way, then `pricedesk history` and `pricedesk verify` recover
 * it. No row may be lost, and the fake's own request log proves none was sent twice and
 * no row the journal calls "not sent" reached the vendor.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SubmissionRecord } from '../../../shared/submission';
import { clinikoCliSetup, CLINIKO_KEY as KEY } from '../../support/cliniko-cli';
import { runCli } from '../cli/run-cli';

const ROWS = 40;

let setup: Awaited<ReturnType<typeof clinikoCliSetup>>;
let dir: string;
let conn: string;

beforeEach(async () => {
  setup = await clinikoCliSetup('pricedesk-kill-', ROWS);
  ({ dir, conn } = setup);
});
afterEach(() => setup.close());

const patchedIds = () => setup.patchedIds();

async function history(): Promise<SubmissionRecord[]> {
  const run = await runCli(['history', '--data-dir', dir, '--json']);
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { submissions: SubmissionRecord[] }).submissions;
}

describe('a CLI submission killed with SIGKILL', () => {
  it('is recovered from its journal: every row accounted for, none sent twice', async () => {
    const child = setup.startSubmission();
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    // Kill it once a handful of prices have reached the vendor, with more in flight.
    const deadline = Date.now() + 20_000;
    while (patchedIds().length < 8 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(patchedIds().length).toBeGreaterThanOrEqual(8);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    await new Promise((r) => setTimeout(r, 300)); // let requests already at the fake finish there

    const sentBeforeKill = patchedIds();
    expect(sentBeforeKill.length).toBeLessThan(ROWS);
    const [record] = await history();
    expect(record).toBeDefined();
    expect(record!.state).toBe('interrupted');
    expect(record!.source).toBe('cli');
    expect(record!.rows).toHaveLength(ROWS);
    const byStatus = (s: string) => record!.rows.filter((r) => r.status === s).map((r) => r.key);
    // Rows the journal calls not sent never reached the vendor; every row that did is ok or unknown.
    for (const key of byStatus('skipped')) expect(sentBeforeKill).not.toContain(key);
    for (const key of sentBeforeKill) expect(['ok', 'unknown']).toContain(record!.rows.find((r) => r.key === key)!.status);
    expect(byStatus('ok').length + byStatus('unknown').length + byStatus('skipped').length).toBe(ROWS);
    expect(byStatus('skipped').length).toBeGreaterThan(0);
    // Requests in flight at the kill: sent, answer never recorded.
    expect(byStatus('unknown').length).toBeGreaterThan(0);

    const text = await runCli(['history', '--data-dir', dir]);
    expect(text.stdout).toContain('INTERRUPTED');

    const verify = await runCli(['verify', record!.id, '--connection', conn], { PRICEDESK_SECRET: KEY });
    expect(verify.stderr).toContain('rows verified');
    const [after] = await history();
    expect(after!.counts.unknown).toBe(0);
    for (const key of sentBeforeKill) expect(after!.rows.find((r) => r.key === key)!.status).toBe('ok');
    for (const row of after!.rows.filter((r) => r.status === 'ok')) expect(setup.fake.products.get(row.key)!.price_including_tax).toBe(row.newPrice);
    // Verification only read; nothing was sent twice, then or since.
    const patched = patchedIds();
    expect(patched).toEqual(sentBeforeKill);
    expect(new Set(patched).size).toBe(patched.length);
  });
});
