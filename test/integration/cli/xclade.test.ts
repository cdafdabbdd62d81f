import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startXcladeFake, type XcladeFake } from '../../fakes/xclade';
import { hasStack, runCli } from './run-cli';

const PASSWORD = 'correct-horse-battery';
const SECRET_KEY = 'sk_test_0123456789abcdef';

let dir: string;
let server: XcladeFake;
let conn: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pricedesk-cli-xclade-'));
  server = await startXcladeFake();
  conn = join(dir, 'xclade-shop.json');
  writeFileSync(conn, JSON.stringify({ vendor: 'xclade', label: 'My xclade shop', baseUrl: server.url, priceListId: server.priceListId, currency: 'EUR', authMode: 'emailpass', email: 'admin@shop.test', dataDir: dir }));
});
afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('pricedesk with xclade', () => {
  it('exits 2 when PRICEDESK_SECRET is missing, before any request', async () => {
    const run = await runCli(['catalog', '--connection', conn]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('xclade (Medusa) needs a secret (password, secretKey): set the PRICEDESK_SECRET environment variable.');
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a connection file that contains a secret', async () => {
    writeFileSync(conn, JSON.stringify({ vendor: 'xclade', baseUrl: server.url, priceListId: server.priceListId, currency: 'EUR', secretKey: SECRET_KEY }));
    const run = await runCli(['catalog', '--connection', conn], { PRICEDESK_SECRET: SECRET_KEY });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('contains the secret "secretKey"');
    expect(run.stderr).not.toContain(SECRET_KEY);
  });

  it('loads the catalog with a secret key given as a plain string', async () => {
    writeFileSync(conn, JSON.stringify({ vendor: 'xclade', baseUrl: server.url, priceListId: server.priceListId, currency: 'EUR', authMode: 'secretKey', dataDir: dir }));
    const out = join(dir, 'catalog.json');
    const run = await runCli(['catalog', '--connection', conn, '--out', out], { PRICEDESK_SECRET: SECRET_KEY });
    expect(run.code).toBe(0);
    const rows = JSON.parse(readFileSync(out, 'utf8')) as { sku: string; price: string | null }[];
    expect(rows).toHaveLength(9);
    expect(rows[0]).toMatchObject({ sku: 'SKU-001-A', price: '11.50' });
    expect(server.requests[0]!.headers.authorization).toMatch(/^Basic /);
  });

  it('submits with --yes --json: updates, creates, refuses a negative price before sending, and exits 1', async () => {
    const changes = join(dir, 'changes.json');
    writeFileSync(changes, JSON.stringify([
      { SKU: 'SKU-001-A', 'New price': '13,20' },
      { SKU: 'SKU-005-A', 'New price': 4 },
      { SKU: 'SKU-002-A', 'New price': '-1' },
    ]));
    // The negative price breaks a rail (-108 %): opened so xclade's own refusal is what is checked.
    const run = await runCli(['submit', '--connection', conn, '--changes', changes, '--yes', '--json', '--max-decrease', '200'], { PRICEDESK_SECRET: JSON.stringify({ password: PASSWORD }) });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      connection: 'My xclade shop',
      dryRun: false,
      submissionId: expect.stringMatching(/^\d{8}T\d{6}-[0-9a-f]{8}$/),
      summary: { ok: 2, warning: 0, error: 1, skipped: 0, unknown: 0 },
      results: [
        { sku: 'SKU-001-A', field: 'price.EUR', status: 'ok', oldPrice: '11.50', newPrice: '13.20', message: null },
        { sku: 'SKU-005-A', field: 'price.EUR', status: 'ok', oldPrice: null, newPrice: '4.00', message: null },
        { sku: 'SKU-002-A', field: 'price.EUR', status: 'error', oldPrice: '12.50', newPrice: '-1.00', message: 'The new price -1.00 is negative; prices must be above zero. Nothing sent.' },
      ],
    });
    expect(server.priceOf('variant_001_a')).toBe(13.2);
    expect(server.priceOf('variant_005_a')).toBe(4);
    expect(server.priceOf('variant_002_a')).toBe(12.5);
    const log = readFileSync(join(dir, 'logs', 'pricedesk.log'), 'utf8');
    expect(log).toContain('xclade submit: 2 rows');
    expect(log + run.stdout + run.stderr).not.toContain(PASSWORD);
  });

  it('shows the diff on --dry-run without sending a batch', async () => {
    const changes = join(dir, 'dry.csv');
    writeFileSync(changes, 'Item code,Precio\nSKU-001-A,"11,50"\nSKU-003-A,20\n');
    const run = await runCli(['submit', '--connection', conn, '--changes', changes, '--dry-run'], { PRICEDESK_SECRET: PASSWORD });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/SKU-001-A .*11\.50\s+11\.50 .*Already at this price/);
    expect(run.stdout).toMatch(/SKU-003-A .*13\.50\s+20\.00\s+\+48\.1%/);
    expect(server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/batch'))).toHaveLength(0);
  });

  it('exits 2 with a plain message when xclade refuses the password', async () => {
    const changes = join(dir, 'c.json');
    writeFileSync(changes, JSON.stringify([{ sku: 'SKU-001-A', price: '1' }]));
    const run = await runCli(['submit', '--connection', conn, '--changes', changes, '--yes'], { PRICEDESK_SECRET: 'not-it-at-all' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('xclade did not accept the admin email or password');
    expect(hasStack(run.stderr)).toBe(false);
    expect(run.stderr).not.toContain('not-it-at-all');
  });
});
