/**
 * Issue #18: `pricedesk submit` run as a scheduled job would run it (a child process, no
 * terminal, --yes) holds back decimal slips and prices below cost, sends nothing from a
 * file where many rows look wrong, lets a person's flags allow each, and records the
 * held-back rows and the overrides in history. Against the Demo shop (its catalog file
 * shows what went live) and the Cin7 Omni fake (its requests show what was sent).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SubmissionRecord } from '../../../shared/submission';
import type { CatalogRow } from '../../../shared/types';
import { startCin7Fake, type Cin7Fake } from '../../fakes/cin7';
import { runCli, sandboxCli, type CliRun } from './run-cli';

interface Doc {
  summary: Record<string, number>;
  submissionId: string | null;
  results: { sku: string; status: string; oldPrice: string | null; newPrice: string; message: string | null; code?: string }[];
}

describe('submit holds back rows against the Demo shop', () => {
  let dir: string;
  let conn: string;
  let catalog: CatalogRow[];
  // Each test takes its own products, so the shared sandbox catalog stays predictable.
  let next = 0;
  const take = (n: number) => {
    const rows = catalog.filter((r) => r.cost !== null && r.price !== null).slice(next, next + n);
    next += n;
    return rows;
  };
  const sandboxPrice = (sku: string) => (JSON.parse(readFileSync(join(dir, 'sandbox', 'catalog.json'), 'utf8')) as { products: { sku: string; price: string }[] }).products.find((p) => p.sku === sku)?.price;
  const journals = () => (existsSync(join(dir, 'submissions')) ? readdirSync(join(dir, 'submissions')).length : 0);
  // Slightly up and above cost: a change no rail stops.
  const fine = (r: CatalogRow) => ({ sku: r.sku, price: (Number(r.price) + 1).toFixed(2) });
  const slip = (r: CatalogRow) => ({ sku: r.sku, price: r.price!.replace('.', '') });
  const changes = (name: string, rows: Record<string, unknown>[]) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(rows));
    return path;
  };
  const submit = async (file: string, ...flags: string[]): Promise<CliRun & { doc: Doc }> => {
    const run = await runCli(['submit', '--connection', conn, '--changes', file, '--yes', '--json', ...flags]);
    expect(run.stderr).not.toContain('Unexpected');
    return { ...run, doc: JSON.parse(run.stdout) as Doc };
  };

  beforeAll(async () => {
    ({ dir, conn, catalog } = await sandboxCli('pricedesk-cli-rails-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds back a lost decimal point and sends the other rows, exit 1', async () => {
    const [bad, ...good] = take(5);
    const run = await submit(changes('slip.json', [slip(bad!), ...good.map(fine)]));
    expect(run.code).toBe(1);
    // The decimal point lost: a hundredfold price, +9900 %.
    const newPrice = `${bad!.price!.replace('.', '')}.00`;
    expect(run.doc.results[0]).toEqual({
      sku: bad!.sku,
      field: 'price',
      status: 'skipped',
      oldPrice: bad!.price,
      newPrice,
      message: `held back: +9900 % (${bad!.price} → ${newPrice}), above the +500 % limit`,
      code: 'change_limit',
    });
    expect(run.doc.results.slice(1).map((r) => [r.status, r.code])).toEqual(good.map(() => ['ok', undefined]));
    expect(sandboxPrice(bad!.sku)).toBe(bad!.price);
    for (const g of good) expect(sandboxPrice(g.sku)).toBe(fine(g).price);
    expect(run.stderr).toContain('(1 held back)');
    expect(run.stderr).toContain('overrides in force: none.');
  });

  it("holds back a price below cost, from the catalog's cost or the file's own cost column", async () => {
    const [cheap, fileCost, ...good] = take(5);
    const below = (Number(cheap!.cost) - 0.01).toFixed(2);
    // Above the catalog's cost, but the file says the cost went up.
    const run = await submit(changes('cost.json', [{ sku: cheap!.sku, price: below }, { sku: fileCost!.sku, price: fileCost!.price, cost: '9999' }, ...good.map(fine)]));
    expect(run.code).toBe(1);
    expect(run.doc.results[0]).toMatchObject({ status: 'skipped', code: 'below_cost', message: expect.stringMatching(new RegExp(`^held back: ${below.replace('.', '\\.')} is below cost ${cheap!.cost!.replace('.', '\\.')} \\(`)) });
    // Unchanged rows are never held back: nothing would be sent for them.
    expect(run.doc.results[1]).toMatchObject({ status: 'ok', message: 'Already at this price; nothing sent.' });
    expect(sandboxPrice(cheap!.sku)).toBe(cheap!.price);
    const [raised] = take(1);
    const raise = await submit(changes('cost2.json', [{ sku: raised!.sku, price: (Number(raised!.price) + 1).toFixed(2), cost: '9999' }, ...take(4).map(fine)]));
    expect(raise.doc.results[0]).toMatchObject({ status: 'skipped', code: 'below_cost', message: expect.stringContaining('below cost 9999') });
    expect(sandboxPrice(raised!.sku)).toBe(raised!.price);
  });

  it('sends nothing when more than a fifth of the file is held back, naming the first rows', async () => {
    const rows = take(5);
    const before = journals();
    const run = await submit(changes('shifted.json', [slip(rows[0]!), slip(rows[1]!), ...rows.slice(2).map(fine)]));
    expect(run.code).toBe(1);
    expect(run.doc.summary).toMatchObject({ ok: 0, skipped: 5 });
    expect(run.doc.results.map((r) => r.code)).toEqual(['change_limit', 'change_limit', 'too_many_held_back', 'too_many_held_back', 'too_many_held_back']);
    expect(run.stderr).toContain('Nothing sent: 2 of 5 rows were held back, more than a fifth');
    expect(run.stderr).toContain(`entry 1 ${rows[0]!.sku}: +`);
    expect(run.stderr).toContain(`entry 2 ${rows[1]!.sku}: +`);
    for (const r of rows) expect(sandboxPrice(r.sku)).toBe(r.price);
    // Still journalled, so history shows what the unattended run held back.
    expect(journals()).toBe(before + 1);
  });

  it('lets a lost decimal point through with --max-increase, and says so in the summary', async () => {
    const [up, ...good] = take(5);
    const increase = await submit(changes('o1.json', [slip(up!), ...good.map(fine)]), '--max-increase', '10000');
    expect(increase.code).toBe(0);
    expect(sandboxPrice(up!.sku)).toBe(`${slip(up!).price}.00`);
    expect(increase.stderr).toContain('Rails: held back above +10000 % or below -80 %, below cost held back; overrides in force: --max-increase 10000.');
  });

  it('lets a deep cut through with --max-decrease', async () => {
    const [down, ...good2] = take(5);
    const cut = (Number(down!.price) * 0.15).toFixed(2);
    const cutFile = changes('o2.json', [{ sku: down!.sku, price: cut, cost: '0.01' }, ...good2.map(fine)]);
    expect((await submit(cutFile)).doc.results[0]).toMatchObject({ code: 'change_limit', message: expect.stringContaining('below the -80 % limit') });
    const decrease = await submit(cutFile, '--max-decrease', '90');
    expect(decrease.code).toBe(0);
    expect(sandboxPrice(down!.sku)).toBe(cut);
  });

  it('lets a price below cost through with --allow-below-cost', async () => {
    const [cheap, ...good3] = take(5);
    const below = (Number(cheap!.cost) - 0.01).toFixed(2);
    const allowed = await submit(changes('o3.json', [{ sku: cheap!.sku, price: below }, ...good3.map(fine)]), '--allow-below-cost');
    // The sandbox itself still warns about a price below cost; the rails let it go.
    expect(allowed.doc.results[0]).toMatchObject({ status: 'warning' });
    expect(sandboxPrice(cheap!.sku)).toBe(below);
  });

  it('sends the rows that pass from a suspect file with --allow-partial, still holding the others back', async () => {
    const rows = take(5);
    const partial = await submit(changes('o4.json', [slip(rows[0]!), slip(rows[1]!), ...rows.slice(2).map(fine)]), '--allow-partial');
    expect(partial.code).toBe(1);
    expect(partial.doc.results.map((r) => r.code ?? r.status)).toEqual(['change_limit', 'change_limit', 'ok', 'ok', 'ok']);
    expect(sandboxPrice(rows[0]!.sku)).toBe(rows[0]!.price);
    expect(sandboxPrice(rows[4]!.sku)).toBe(fine(rows[4]!).price);
    expect(partial.stderr).toContain('overrides in force: --allow-partial.');
  });

  it('refuses a flag or a connection file threshold that is not a percent, before reading anything', async () => {
    const run = await runCli(['submit', '--connection', conn, '--changes', join(dir, 'none.json'), '--max-increase', 'lots']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('--max-increase takes a percent such as 1000 (no sign); found "lots".');
    const badThreshold = join(dir, 'bad-threshold.json');
    writeFileSync(badThreshold, JSON.stringify({ vendor: 'sandbox', dataDir: dir, thresholdPercent: '-5' }));
    const file = await runCli(['submit', '--connection', badThreshold, '--changes', join(dir, 'none.json')]);
    expect(file.code).toBe(2);
    expect(file.stderr.trim()).toBe(`${badThreshold}: "thresholdPercent" must be a percent from 0 to 1000, like 30; found "-5".`);
  });

  it('shows on --dry-run exactly what would be held back and why, exit 1, nothing sent or journalled', async () => {
    const [bad, cheap, ...good] = take(10);
    const before = journals();
    const file = changes('dry.json', [slip(bad!), { sku: cheap!.sku, price: (Number(cheap!.cost) - 0.01).toFixed(2) }, ...good.map(fine)]);
    const table = await runCli(['submit', '--connection', conn, '--changes', file, '--dry-run']);
    expect(table.code).toBe(1);
    expect(table.stdout).toMatch(new RegExp(`${bad!.sku} .*held back: \\+\\d+ % .*above the \\+500 % limit`));
    expect(table.stdout).toMatch(new RegExp(`${cheap!.sku} .*held back: .* is below cost ${cheap!.cost!.replace('.', '\\.')}`));
    expect(table.stdout).toContain('8 to send, 2 held back');
    const json = await runCli(['submit', '--connection', conn, '--changes', file, '--dry-run', '--json']);
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.stdout) as Doc;
    expect(doc.results.map((r) => r.code ?? r.message)).toEqual(['change_limit', 'below_cost', ...good.map(() => 'Dry run: not sent.')]);
    expect(sandboxPrice(bad!.sku)).toBe(bad!.price);
    expect(sandboxPrice(good[0]!.sku)).toBe(good[0]!.price);
    expect(journals()).toBe(before);
  });

  it('records held-back rows with their codes and the overrides in history', async () => {
    const [bad, cheap, ...good] = take(10);
    const below = (Number(cheap!.cost) - 0.01).toFixed(2);
    const run = await submit(changes('hist.json', [slip(bad!), { sku: cheap!.sku, price: below }, ...good.map(fine)]), '--allow-below-cost', '--max-decrease', '95');
    const id = run.doc.submissionId!;
    const history = await runCli(['history', id, '--json', '--data-dir', dir]);
    const [record] = (JSON.parse(history.stdout) as { submissions: SubmissionRecord[] }).submissions;
    expect(record!.rails).toEqual({ maxUpPercent: '500', maxDownPercent: '-95', thresholdPercent: null, allowBelowCost: true, allowPartial: false, overrides: ['--max-decrease 95', '--allow-below-cost'] });
    const held = record!.rows.filter((r) => r.heldBack);
    expect(held.map((r) => [r.sku, r.status, r.code, r.requestId])).toEqual([[bad!.sku, 'skipped', 'change_limit', null]]);
    expect(held[0]!.message).toContain('above the +500 % limit');
    expect(record!.rows.find((r) => r.sku === cheap!.sku)).toMatchObject({ status: 'warning' });
    const text = await runCli(['history', id, '--data-dir', dir]);
    expect(text.stdout).toContain('overrides in force: --max-decrease 95 --allow-below-cost.');
    expect(text.stdout).toMatch(new RegExp(`${bad!.sku}\\s+skipped .*held back: \\+`));
  });

  it("holds back beyond the connection's change threshold: the one saved in the app, or the file's own", async () => {
    const [a, ...good] = take(5);
    const up40 = (Number(a!.price) * 1.4).toFixed(2);
    const file = changes('threshold.json', [{ sku: a!.sku, price: up40 }, ...good.map(fine)]);
    // The app remembers the threshold per connection with the grid layout (settings.json).
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ layouts: { sandbox: { columns: [], thresholdPercent: 30 } } }));
    const saved = await runCli(['submit', '--connection-id', 'sandbox', '--data-dir', dir, '--changes', file, '--yes', '--json']);
    expect(saved.stderr).not.toContain('Unexpected');
    expect((JSON.parse(saved.stdout) as Doc).results[0]).toMatchObject({ status: 'skipped', code: 'change_limit', message: expect.stringContaining('above the +30 % limit (the change threshold saved for "Demo shop")') });
    expect(sandboxPrice(a!.sku)).toBe(a!.price);
    expect(saved.stderr).toContain('change threshold ±30 %');

    const withOwn = join(dir, 'own.json');
    writeFileSync(withOwn, JSON.stringify({ vendor: 'sandbox', dataDir: dir, latencyMs: 0, requestsPerSecond: 1000, thresholdPercent: 25 }));
    const own = await runCli(['submit', '--connection', withOwn, '--changes', file, '--yes', '--json']);
    expect((JSON.parse(own.stdout) as Doc).results[0]).toMatchObject({ code: 'change_limit', message: expect.stringContaining('above the +25 % limit (the change threshold in own.json)') });
    // The file's threshold does not apply to another connection file; the default limits do.
    const plain = await submit(file);
    expect(plain.doc.results[0]).toMatchObject({ status: 'ok' });
    expect(sandboxPrice(a!.sku)).toBe(up40);
  });
});

describe('submit holds back rows against the Cin7 Omni fake', () => {
  let dir: string;
  let server: Cin7Fake;
  let conn: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pricedesk-cli-rails-cin7-'));
    server = await startCin7Fake();
    conn = join(dir, 'cin7.json');
    writeFileSync(conn, JSON.stringify({ vendor: 'cin7', label: 'Omni NZ', baseUrl: `${server.url}/api/`, username: server.username, priceColumn: 'wholesalNZD', dataDir: dir }));
  });
  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('never sends a held-back row to the vendor', async () => {
    const out = join(dir, 'catalog.json');
    expect((await runCli(['catalog', '--connection', conn, '--out', out], { PRICEDESK_SECRET: server.apiKey })).code).toBe(0);
    const rows = (JSON.parse(readFileSync(out, 'utf8')) as CatalogRow[]).filter((r) => r.price !== null && r.cost !== null).slice(0, 10);
    const [slipRow, cheapRow, ...good] = rows;
    const file = join(dir, 'changes.json');
    const below = (Number(cheapRow!.cost) - 0.01).toFixed(2);
    writeFileSync(file, JSON.stringify([{ sku: slipRow!.sku, price: slipRow!.price!.replace('.', '') }, { sku: cheapRow!.sku, price: below }, ...good.map((r) => ({ sku: r.sku, price: (Number(r.price) + 1).toFixed(2) }))]));
    const run = await runCli(['submit', '--connection', conn, '--changes', file, '--yes', '--json'], { PRICEDESK_SECRET: server.apiKey });
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as Doc;
    expect(doc.results.map((r) => r.code ?? r.status)).toEqual(['change_limit', 'below_cost', ...good.map(() => 'ok')]);
    // Served ones: a write the rate limit refused (429) changed nothing and was sent again.
    const sentIds = server.served().filter((r) => r.method === 'PUT' || r.method === 'POST').flatMap((r) => (r.body as { Id: number }[]).map((o) => String(o.Id)));
    expect(sentIds.sort()).toEqual(good.map((r) => r.key).sort());
    expect(server.option(slipRow!.sku)!.priceColumns.wholesalNZD).toBe(slipRow!.price);
    expect(server.option(cheapRow!.sku)!.priceColumns.wholesalNZD).toBe(cheapRow!.price);
  });
});
