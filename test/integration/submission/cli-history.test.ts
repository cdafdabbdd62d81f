/** `pricedesk submit --dry-run` shows the requests and journals nothing; a real run is in `pricedesk history`. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubmissionRecord } from '../../../shared/submission';
import type { CatalogRow } from '../../../shared/types';
import { runCli } from '../cli/run-cli';

let dir: string;
let conn: string;
let catalog: CatalogRow[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pricedesk-cli-history-'));
  conn = join(dir, 'demo.json');
  writeFileSync(conn, JSON.stringify({ vendor: 'sandbox', label: 'Demo', dataDir: dir, latencyMs: 0, requestsPerSecond: 1000 }));
  expect((await runCli(['catalog', '--connection', conn, '--out', join(dir, 'catalog.json')])).code).toBe(0);
  catalog = JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')) as CatalogRow[];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pricedesk submit, history and verify', () => {
  it('lists the requests a dry run would send, and journals nothing', async () => {
    const changes = join(dir, 'dry.json');
    writeFileSync(changes, JSON.stringify(catalog.slice(0, 120).map((r) => ({ SKU: r.sku, 'New price': (Number(r.price) + 1).toFixed(2) }))));
    const run = await runCli(['submit', '--connection', conn, '--changes', changes, '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('3 requests of up to 50 products');
    expect(run.stderr).toContain('Dry run: would send 3 requests to Demo, writing by product id:');
    expect(run.stderr).toContain(`request 3: 20 prices (${catalog[100]!.sku}`);
    expect(existsSync(join(dir, 'submissions'))).toBe(false);
  });

  it('shows a sent submission in history with every row, and verify has nothing to settle', async () => {
    const changes = join(dir, 'real.json');
    writeFileSync(changes, JSON.stringify([{ SKU: catalog[0]!.sku, 'New price': '501.00' }, { SKU: catalog[1]!.sku, 'New price': 12.345 }]));
    const sent = await runCli(['submit', '--connection', conn, '--changes', changes, '--yes', '--max-increase', '5000', '--max-decrease', '200', '--allow-below-cost']);
    // The first row is +1600 %: the rails are opened so the demo shop answers each row.
    expect(sent.code).toBe(1);
    const id = /Submission (\S+)/.exec(sent.stderr)?.[1];
    expect(id).toMatch(/^\d{8}T\d{6}-[0-9a-f]{8}$/);

    const listed = await runCli(['history', '--data-dir', dir, '--json']);
    const [record] = (JSON.parse(listed.stdout) as { submissions: SubmissionRecord[] }).submissions;
    expect(record).toMatchObject({ id, state: 'finished', source: 'cli', connectionLabel: 'Demo', total: 2, counts: { ok: 1, error: 1 } });
    // The changes file's name is the submission's source.
    expect(record!.origins).toEqual([{ kind: 'cli', detail: 'real.json', rows: 2 }]);
    expect(record!.rows.map((r) => [r.sku, r.oldPrice, r.newPrice, r.status])).toEqual([
      [catalog[0]!.sku, catalog[0]!.price, '501.00', 'ok'],
      // The demo shop refuses a third decimal (a negative price would not even be sent).
      [catalog[1]!.sku, catalog[1]!.price, '12.345', 'error'],
    ]);
    const text = await runCli(['history', id!, '--data-dir', dir]);
    expect(text.stdout).toContain(`${id}`);
    expect(text.stdout).toContain('source: command line, real.json');
    expect(text.stdout).toMatch(new RegExp(`${catalog[1]!.sku}\\s+error`));

    const verify = await runCli(['verify', id!, '--connection', conn]);
    expect(verify.stdout).toContain('No rows were unknown: nothing to verify.');
    expect(verify.code).toBe(1); // the refused row is still failed
    const missing = await runCli(['verify', '20990101T000000-deadbeef', '--connection', conn]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('There is no submission "20990101T000000-deadbeef".');
  });
});
