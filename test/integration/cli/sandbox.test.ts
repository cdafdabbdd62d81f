import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogRow } from '../../../shared/types';
import { hostileZip, sheetXml, workbookParts, zeros } from '../../support/hostile-zip';
import { hasStack, runCli, sandboxCli } from './run-cli';

let dir: string;
let conn: string;
let catalog: CatalogRow[];

const sandboxPrice = (sku: string) => {
  const file = JSON.parse(readFileSync(join(dir, 'sandbox', 'catalog.json'), 'utf8')) as { products: { sku: string; price: string }[] };
  return file.products.find((p) => p.sku === sku)?.price;
};

function writeXlsx(path: string, rows: unknown[][]) {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Changes');
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

beforeAll(async () => {
  ({ dir, conn, catalog } = await sandboxCli('pricedesk-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pricedesk vendors', () => {
  it('lists every connector with the fields its connection file needs', async () => {
    const run = await runCli(['vendors']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('sandbox: Demo shop (sandbox)');
    expect(run.stdout).toContain('xclade: xclade (Medusa)');
    expect(run.stdout).toMatch(/priceListId \(required\): Price list id/);
    expect(run.stdout).toMatch(/secretKey \(secret, from PRICEDESK_SECRET\)/);
    const json = await runCli(['vendors', '--json']);
    const ids = (JSON.parse(json.stdout) as { id: string }[]).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['sandbox', 'xclade']));
  });
});

describe('pricedesk catalog', () => {
  it('writes the whole catalog as JSON', () => {
    expect(catalog).toHaveLength(500);
    expect(catalog[0]).toMatchObject({ sku: expect.stringMatching(/^[A-Z]{3}-\d{5}$/), price: expect.stringMatching(/^\d+\.\d{2}$/), currency: 'EUR' });
  });

  it('stops a catalog load on Ctrl-C with a plain message, exit 130 and no file written', async () => {
    const slow = join(dir, 'slow.json');
    writeFileSync(slow, JSON.stringify({ vendor: 'sandbox', dataDir: dir, latencyMs: 4000 }));
    const out = join(dir, 'cancelled.csv');
    const run = await runCli(['catalog', '--connection', slow, '--out', out], {}, '', (stderr) => stderr.includes('Loading'));
    expect(run.code).toBe(130);
    expect(run.stderr).toContain(`Cancelled: the catalog of slow was not loaded and ${out} was not written.`);
    expect(hasStack(run.stderr)).toBe(false);
    // A load that ran to its end would have written the file and exited 0.
    expect(existsSync(out)).toBe(false);
  });

  it('writes CSV with a header row and prints progress on stderr only', async () => {
    const out = join(dir, 'catalog.csv');
    const run = await runCli(['catalog', '--connection', conn, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('500/500');
    // The app's CSV: a byte order mark for Excel, CRLF line ends.
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trim().split('\r\n');
    // Today's columns where they were, then one per price field other than the primary (Price).
    expect(lines[0]).toBe('SKU,Name,Price,Cost,Currency,VAT included,Key,Price SEK,Wholesale,Recommended price,Cost (cost)');
    expect(lines).toHaveLength(501);
    expect(lines[1]).toContain(`${catalog[0]!.sku},${catalog[0]!.name},${catalog[0]!.price}`);
  });
});

describe('pricedesk submit (sandbox)', () => {
  it('shows the diff on --dry-run and changes nothing', async () => {
    const [a, b] = catalog;
    const changes = join(dir, 'dry.xlsx');
    writeXlsx(changes, [['Art.nr', 'New price'], [a!.sku, '99,90'], [b!.sku, 12.5], ['NOPE-1', '1.00']]);
    const run = await runCli(['submit', '--connection', conn, '--changes', changes, '--dry-run']);
    expect(run.stdout).toMatch(new RegExp(`${a!.sku}\\s+.*${a!.price!.replace('.', '\\.')}\\s+99\\.90`));
    expect(run.stdout).toMatch(/NOPE-1 .*No product with this SKU/);
    expect(run.stderr).toContain('Dry run, nothing sent.');
    // The unknown SKU is an error even in a dry run.
    expect(run.code).toBe(1);
    expect(sandboxPrice(a!.sku)).toBe(a!.price);
  });

  it('submits with --yes --json and reports each row: ok, below cost warning, negative refused before sending, unknown SKU', async () => {
    const withCost = catalog.filter((r) => r.cost !== null);
    const [okRow, cheapRow, negRow] = withCost;
    const changes = join(dir, 'changes.csv');
    writeFileSync(changes, `SKU;Pris\n${okRow!.sku};"€ 1.234,50"\n${cheapRow!.sku};"0,01"\n${negRow!.sku};-5\nGHOST-404;10\n`.replace(/;/g, ','));
    // Each row breaks a rail (a +4000 % change, a cut to below cost, a negative price): the overrides let the sandbox judge them.
    const run = await runCli(['submit', '--connection', conn, '--changes', changes, '--yes', '--json', '--max-increase', '10000', '--max-decrease', '200', '--allow-below-cost']);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(doc).toEqual({
      connection: 'demo',
      dryRun: false,
      submissionId: expect.stringMatching(/^\d{8}T\d{6}-[0-9a-f]{8}$/),
      summary: { ok: 1, warning: 1, error: 2, skipped: 0, unknown: 0 },
      results: [
        { sku: okRow!.sku, field: 'price', status: 'ok', oldPrice: okRow!.price, newPrice: '1234.50', message: null },
        { sku: cheapRow!.sku, field: 'price', status: 'warning', oldPrice: cheapRow!.price, newPrice: '0.01', message: `Accepted, but the price is below cost (${cheapRow!.cost}).`, said: { id: 'demo.belowCost', params: { cost: cheapRow!.cost } } },
        { sku: negRow!.sku, field: 'price', status: 'error', oldPrice: negRow!.price, newPrice: '-5.00', message: 'The new price -5.00 is negative; prices must be above zero. Nothing sent.' },
        { sku: 'GHOST-404', field: 'price', status: 'error', oldPrice: null, newPrice: '10.00', message: 'No product with this SKU in the catalog; nothing sent.' },
      ],
    });
    expect(sandboxPrice(okRow!.sku)).toBe('1234.50');
    expect(sandboxPrice(negRow!.sku)).toBe(negRow!.price);
  });

  it('exits 0 when every row is ok or warning, and reads JSON changes', async () => {
    // Above cost, so the sandbox answers ok rather than a below-cost warning.
    const row = catalog.find((r, i) => i > 10 && r.cost !== null && Number(r.cost) < 70)!;
    const changes = join(dir, 'ok.json');
    writeFileSync(changes, JSON.stringify([{ sku: row.sku, price: 77.7 }]));
    const run = await runCli(['submit', '--connection', conn, '--changes', changes, '--yes']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`${row.sku}\\s+ok\\s+${row.price!.replace('.', '\\.')}\\s+77\\.70`));
    expect(sandboxPrice(row.sku)).toBe('77.70');
  });

  it('refuses to send without --yes when stdin is not a terminal', async () => {
    const changes = join(dir, 'noyes.json');
    writeFileSync(changes, JSON.stringify([{ sku: catalog[20]!.sku, price: (Number(catalog[20]!.price) + 1).toFixed(2) }]));
    const run = await runCli(['submit', '--connection', conn, '--changes', changes]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Not sending without confirmation: add --yes');
    expect(sandboxPrice(catalog[20]!.sku)).toBe(catalog[20]!.price);
  });

  it('stops with exit 2 naming the file row that cannot be read, without a stack trace', async () => {
    const changes = join(dir, 'bad.xlsx');
    writeXlsx(changes, [['SKU', 'Price'], [catalog[0]!.sku, '12.00'], [catalog[1]!.sku, 'twelve']]);
    const run = await runCli(['submit', '--connection', conn, '--changes', changes, '--yes']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('bad.xlsx row 3: price "twelve" is not a price.');
    expect(hasStack(run.stderr)).toBe(false);
  });

  it('refuses a 1.5 MB workbook whose sheet declares 0 bytes and inflates to 1.5 GB: exit 2, one sentence, nothing sent', async () => {
    const sku = catalog[40]!.sku;
    const before = sandboxPrice(sku);
    const parts = workbookParts(sheetXml([[sku, 12]]));
    parts[4] = { ...parts[4]!, packed: zeros(1536), declared: 0 };
    const changes = join(dir, 'bomb.xlsx');
    writeFileSync(changes, hostileZip(parts));
    const run = await runCli(['submit', '--connection', conn, '--changes', changes, '--yes']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      'bomb.xlsx was not opened: its part "xl/worksheets/sheet1.xml" is not the size the file says (it holds more than the 0 bytes it declares). ' +
        'A file like this is either damaged or built to overload the computer (a "zip bomb").',
    );
    expect(hasStack(run.stderr)).toBe(false);
    expect(sandboxPrice(sku)).toBe(before);
  });

  it('rejects a file without a price column and an unknown setting with exit 2', async () => {
    const changes = join(dir, 'cols.csv');
    writeFileSync(changes, 'SKU,Amount\nA,1\n');
    const cols = await runCli(['submit', '--connection', conn, '--changes', changes, '--yes']);
    expect(cols.code).toBe(2);
    expect(cols.stderr).toContain('cols.csv needs a SKU column and a price column');
    const badConn = join(dir, 'bad-conn.json');
    writeFileSync(badConn, JSON.stringify({ vendor: 'sandbox', colour: 'red' }));
    const unknown = await runCli(['catalog', '--connection', badConn]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"colour" is not a setting of Demo shop (sandbox)');
    const usage = await runCli(['catalog']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('needs --connection');
  });
});
