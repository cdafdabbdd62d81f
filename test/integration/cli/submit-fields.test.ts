/**
 * Issue #14: `pricedesk submit --changes` with a SKU column and one column per price field,
 * headed by the field's id or label (any case), against the Demo shop (its catalog file
 * shows what went live) and the Cin7 Omni fake (a real connector's primary field named by
 * its id). An empty cell changes nothing; a column naming no field, or two for one field,
 * stops the run with the column named; the rails judge each field; every result names its
 * field, one per (SKU, field).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../shared/submission';
import type { CatalogRow } from '../../../shared/types';
import { startCin7Fake, type Cin7Fake } from '../../fakes/cin7';
import { hasStack, runCli, sandboxCli } from './run-cli';

interface Doc {
  summary: Record<string, number>;
  submissionId: string | null;
  results: { sku: string; field: string; status: string; oldPrice: string | null; newPrice: string; message: string | null; code?: string }[];
}

describe('a changes file with a column per price field, on the Demo shop', () => {
  let dir: string;
  let conn: string;
  let catalog: CatalogRow[];
  let next = 0;
  const take = (n: number) => {
    const rows = catalog.filter((r) => r.cost !== null && r.prices?.wholesale).slice(next, next + n);
    next += n;
    return rows;
  };
  type DemoProduct = { sku: string; price: string; cost: string | null; more: Record<string, string | null> };
  const demo = (sku: string) => (JSON.parse(readFileSync(join(dir, 'sandbox', 'catalog.json'), 'utf8')) as { products: DemoProduct[] }).products.find((p) => p.sku === sku)!;
  const csv = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const up = (price: string | null | undefined, by = 1) => (Number(price) + by).toFixed(2);

  beforeAll(async () => {
    ({ dir, conn, catalog } = await sandboxCli('pricedesk-cli-fields-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sends every filled cell as a change to its field, all of a product in one request, and names the field in every result', async () => {
    const [a, b] = take(2);
    // Headers by label, by id and in any case; b's price and SEK cells are empty: no change there.
    const file = csv('fields.csv', [
      'SKU,New price,WHOLESALE,price.sek,Recommended price',
      `${a!.sku},${up(a!.price)},${up(a!.prices!.wholesale, 0.5)},${up(a!.prices!['price.SEK'], 11)},${up(a!.prices!.recommended, 2)}`,
      `${b!.sku},,${up(b!.prices!.wholesale, 0.25)},,`,
    ].join('\n'));
    const run = await runCli(['submit', '--connection', conn, '--changes', file, '--yes', '--json']);
    expect(run.stderr).not.toMatch(/Unexpected/);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as Doc;
    expect(doc.results.map((r) => [r.sku, r.field, r.status])).toEqual([
      [a!.sku, 'price', 'ok'], [a!.sku, 'wholesale', 'ok'], [a!.sku, 'price.SEK', 'ok'], [a!.sku, 'recommended', 'ok'], [b!.sku, 'wholesale', 'ok'],
    ]);
    expect(doc.results[1]).toMatchObject({ oldPrice: a!.prices!.wholesale, newPrice: up(a!.prices!.wholesale, 0.5) });
    expect(demo(a!.sku)).toMatchObject({ price: up(a!.price), more: { wholesale: up(a!.prices!.wholesale, 0.5), 'price.SEK': up(a!.prices!['price.SEK'], 11), recommended: up(a!.prices!.recommended, 2) } });
    expect(demo(b!.sku)).toMatchObject({ price: b!.price, more: { wholesale: up(b!.prices!.wholesale, 0.25), 'price.SEK': b!.prices!['price.SEK'] } });
    // Two products, five prices: one request, and history knows the fields' labels.
    const journal = readFileSync(join(dir, 'submissions', `${doc.submissionId}.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as JournalEntry);
    expect(journal.filter((e) => e.t === 'intent')).toHaveLength(1);
    const start = journal[0] as Extract<JournalEntry, { t: 'start' }>;
    expect(start.fields?.map((f) => f.label)).toEqual(['Price', 'Price SEK', 'Wholesale', 'Recommended price', 'Cost']);
    const history = await runCli(['history', doc.submissionId!, '--data-dir', dir]);
    expect(history.stdout).toMatch(new RegExp(`${b!.sku}\\s+Wholesale\\s+ok`));
  });

  it('shows the field in the dry run and counts a request per batch of products, not per price', async () => {
    const [a, b] = take(2);
    const file = csv('dry.csv', `SKU,Price,Wholesale\n${a!.sku},${up(a!.price)},${up(a!.prices!.wholesale)}\n${b!.sku},${up(b!.price)},${up(b!.prices!.wholesale)}\n`);
    const run = await runCli(['submit', '--connection', conn, '--changes', file, '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`${a!.sku}\\s+wholesale\\s`));
    expect(run.stdout).toMatch(new RegExp(`${a!.sku}\\s+\\(primary\\)\\s`));
    expect(run.stderr).toContain('1 request of up to 50 products');
    expect(run.stderr).toContain(`request 1: 2 products, 4 prices (${a!.sku}, ${b!.sku})`);
    expect(demo(a!.sku).more.wholesale).toBe(a!.prices!.wholesale);
  });

  it('refuses a column that names no field, or two columns for one field, naming the column; nothing sent', async () => {
    const [a] = take(1);
    const journals = () => (existsSync(join(dir, 'submissions')) ? readdirSync(join(dir, 'submissions')).length : 0);
    const before = journals();
    const near = await runCli(['submit', '--connection', conn, '--changes', csv('near.csv', `SKU,Price,Wholesale NZD\n${a!.sku},${up(a!.price)},9.00\n`), '--yes']);
    expect(near.code).toBe(2);
    expect(near.stderr.trim()).toBe('near.csv: the column "Wholesale NZD" names no price field of demo (did you mean "Wholesale"?). Its fields: "Price", "Price SEK" (price.SEK), "Wholesale", "Recommended price" (recommended), "Cost". Head the column with one of them, or remove it.');
    const other = await runCli(['submit', '--connection', conn, '--changes', csv('other.csv', `SKU,New price,Member price\n${a!.sku},${up(a!.price)},9.00\n`), '--yes']);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('other.csv: the column "Member price" names no price field of demo.');
    const twice = await runCli(['submit', '--connection', conn, '--changes', csv('twice.csv', `SKU,wholesale,Wholesale\n${a!.sku},9.00,9.50\n`), '--yes']);
    expect(twice.code).toBe(2);
    expect(twice.stderr.trim()).toBe('twice.csv: the columns "wholesale" and "Wholesale" are both for the price field "Wholesale"; keep one.');
    for (const run of [near, other, twice]) expect(hasStack(run.stderr)).toBe(false);
    expect(journals()).toBe(before);
    expect(demo(a!.sku).price).toBe(a!.price);
  });

  it('holds back per field: a wholesale tier below cost and a slipped SEK price stay, the product’s price goes', async () => {
    const [a] = take(1);
    const cheap = (Number(a!.cost) - 0.5).toFixed(2);
    const slipped = `${a!.prices!['price.SEK']}00`;
    // A cost column keeps today's meaning: the cost the rails compare with, never sent.
    const file = csv('rails.csv', `SKU,Price,Wholesale,Price SEK,Cost\n${a!.sku},${up(a!.price)},${cheap},${slipped},${a!.cost}\n`);
    const run = await runCli(['submit', '--connection', conn, '--changes', file, '--yes', '--json', '--allow-partial']);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as Doc;
    expect(doc.results.map((r) => [r.field, r.status, r.code])).toEqual([['price', 'ok', undefined], ['wholesale', 'skipped', 'below_cost'], ['price.SEK', 'skipped', 'change_limit']]);
    expect(doc.results[1]!.message).toBe(`held back: ${cheap} is below cost ${a!.cost} (${a!.prices!.wholesale} → ${cheap})`);
    expect(demo(a!.sku)).toMatchObject({ price: up(a!.price), cost: a!.cost, more: { wholesale: a!.prices!.wholesale, 'price.SEK': a!.prices!['price.SEK'] } });
  });

  it('changes the cost field where its column is headed "<label> (<id>)", as the catalog heads it', async () => {
    const [a] = take(1);
    const file = csv('cost.csv', `SKU,Cost (cost)\n${a!.sku},${up(a!.cost, 0.1)}\n`);
    const run = await runCli(['submit', '--connection', conn, '--changes', file, '--yes', '--json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Doc).results.map((r) => [r.field, r.status])).toEqual([['cost', 'ok']]);
    expect(demo(a!.sku)).toMatchObject({ price: a!.price, cost: up(a!.cost, 0.1) });
  });
});

describe('a changes file naming the primary field by its id, on Cin7 Omni', () => {
  let server: Cin7Fake;
  let dir: string;
  beforeEach(async () => {
    server = await startCin7Fake();
    dir = mkdtempSync(join(tmpdir(), 'pricedesk-cli-fields-cin7-'));
  });
  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the column headed "wholesalNZD" as the primary field and names it in the results', async () => {
    const conn = join(dir, 'omni.json');
    writeFileSync(conn, JSON.stringify({ vendor: 'cin7', label: 'Omni NZ', baseUrl: `${server.url}/api/`, username: server.username, priceColumn: 'wholesalNZD', dataDir: dir }));
    const changes = join(dir, 'changes.json');
    writeFileSync(changes, JSON.stringify([{ 'Item code': 'CN-0001', wholesalNZD: '18' }]));
    const run = await runCli(['submit', '--connection', conn, '--changes', changes, '--yes', '--json'], { PRICEDESK_SECRET: server.apiKey });
    expect(run.stderr).not.toMatch(/Unexpected/);
    const doc = JSON.parse(run.stdout) as Doc;
    expect(doc.results).toEqual([{ sku: 'CN-0001', field: 'wholesalNZD', status: 'ok', oldPrice: '16.72', newPrice: '18.00', message: null }]);
    expect(run.code).toBe(0);
    expect(server.option('CN-0001')!.priceColumns.wholesalNZD).toBe('18.00');
  });
});
