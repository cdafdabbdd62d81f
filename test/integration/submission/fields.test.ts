/**
 * Submissions that change several price fields of one product, through the IPC registry and
 * the demo shop: the sandbox writes each field (one request per batch of products), results
 * and history name the field, retry resends only the failed (row, field), revert restores
 * only what was sent, verify and the stale check read each field's own price. Also the
 * engine's refusal of one (row, field) twice, and drafts that name fields.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Response } from '../../../shared/contract';
import type { JournalEntry, JournalRow, SubmissionRecord } from '../../../shared/submission';
import { changeId, withField, type CatalogRow, type PriceChange, type RowResult } from '../../../shared/types';
import { draftPath } from '../../../electron/core/drafts';
import { runSubmission } from '../../../electron/core/submission/engine';
import { journalDir, listSubmissions, parseJournal } from '../../../electron/core/submission/journal';
import { sandboxCatalogPath } from '../../../electron/vendors/sandbox';
import type { VendorClient } from '../../../electron/vendors/types';
import { testHost } from '../../support/host';
import { sandboxServices } from '../../support/sandbox-services';

type SandboxFile = { products: { id: string; price: string | null; cost: string | null; more?: Record<string, string | null> }[] };

/** A change of one field of a catalog row, from the row's own price of that field. */
const fieldChange = (row: CatalogRow, field: string | undefined, newPrice: string | null) => ({
  key: row.key, sku: row.sku, ...withField({ field }), name: row.name,
  oldPrice: field === undefined ? row.price : row.prices![field]!, newPrice, currency: row.currency, vendorIds: row.vendorIds,
});

const FIELDS = [
  { id: 'price', label: 'Price', primary: true },
  { id: 'price.SEK', label: 'Price SEK', primary: false },
  { id: 'wholesale', label: 'Wholesale', primary: false },
  { id: 'recommended', label: 'Recommended price', primary: false },
  { id: 'cost', label: 'Cost', primary: false },
];

async function intentsOf(dataDir: string, id: string) {
  const { entries } = parseJournal(await readFile(join(journalDir(dataDir), `${id}.jsonl`), 'utf8'));
  return entries.flatMap((e) => (e.t === 'intent' ? [e.keys] : []));
}

describe('several price fields of one product', () => {
  it('are written by the demo shop in one request, answered per field, and named in history', async () => {
    const { host, call, vendorRows } = await sandboxServices();
    const rows = await vendorRows();
    const [a, b] = rows;
    const changes = [
      fieldChange(a!, undefined, '40.00'),
      fieldChange(a!, 'wholesale', '30.00'),
      fieldChange(a!, 'price.SEK', '440'),
      fieldChange(b!, 'recommended', '99.00'),
      fieldChange(b!, 'cost', '1.00'),
      // The field the connection names primary, named: the same as no field (canonicalised at the entry).
      { ...fieldChange(b!, undefined, '50.00'), field: 'price' },
    ];
    const sent = await call<Response<'changes:submit'>>('changes:submit', { connectionId: 'sandbox', changes, fields: FIELDS });
    expect(sent.results.map((r) => [r.key, r.field ?? null, r.status])).toEqual([
      [a!.key, null, 'ok'], [a!.key, 'wholesale', 'ok'], [a!.key, 'price.SEK', 'ok'], [b!.key, 'recommended', 'ok'], [b!.key, 'cost', 'ok'], [b!.key, null, 'ok'],
    ]);
    // Both products, all six fields: one request.
    expect(await intentsOf(host.dataDir, sent.submissionId)).toEqual([[a!.key, changeId({ key: a!.key, field: 'wholesale' }), changeId({ key: a!.key, field: 'price.SEK' }), changeId({ key: b!.key, field: 'recommended' }), changeId({ key: b!.key, field: 'cost' }), b!.key]]);

    const after = await vendorRows();
    const [a2, b2] = after;
    expect(a2).toMatchObject({ price: '40.00', prices: { price: '40.00', wholesale: '30.00', 'price.SEK': '440.00' } });
    expect(b2).toMatchObject({ price: '50.00', cost: '1.00', prices: { price: '50.00', recommended: '99.00', cost: '1.00' } });

    const record = await call<SubmissionRecord>('history:get', { id: sent.submissionId });
    expect(record.fields).toEqual(FIELDS);
    expect(record.rows.map((r) => r.field ?? null)).toEqual([null, 'wholesale', 'price.SEK', 'recommended', 'cost', null]);
  });

  it('retry only the field that failed and revert only the fields that went through', async () => {
    const { call, vendorRows } = await sandboxServices();
    const rows = await vendorRows();
    const [a] = rows;
    // The wholesale price has three decimals: the demo shop refuses that field alone.
    const changes = [fieldChange(a!, undefined, '41.00'), fieldChange(a!, 'wholesale', '20.005'), fieldChange(a!, 'recommended', '45.00')];
    const sent = await call<Response<'changes:submit'>>('changes:submit', { connectionId: 'sandbox', changes, fields: FIELDS });
    expect(sent.results.map((r) => [r.field ?? null, r.status, r.code])).toEqual([[null, 'ok', null], ['wholesale', 'error', 'too_many_decimals'], ['recommended', 'ok', null]]);

    // "Retry failed" sent with every field again: only the wholesale tier goes, fixed.
    const again = changes.map((c) => (c.field === 'wholesale' ? { ...c, newPrice: '20.01' } : c));
    const retry = await call<Response<'changes:submit'>>('changes:submit', { connectionId: 'sandbox', changes: again, retryOf: sent.submissionId });
    expect(retry.results.map((r) => [r.field ?? null, r.status, r.code])).toEqual([[null, 'skipped', 'not_resent'], ['recommended', 'skipped', 'not_resent'], ['wholesale', 'ok', null]]);
    // The retry names fields as its original did.
    expect((await call<SubmissionRecord>('history:get', { id: retry.submissionId })).fields).toEqual(FIELDS);

    // Revert of the first submission: the price and the recommended price go back; the tier it never changed is flagged.
    const plan = await call<Response<'history:revert'>>('history:revert', { id: sent.submissionId });
    expect(plan.changes.map((c) => [c.field ?? null, c.oldPrice, c.newPrice])).toEqual([[null, '41.00', a!.price], ['recommended', '45.00', a!.prices!.recommended]]);
    expect(plan.flagged.map((f) => [f.field, f.reason])).toEqual([['wholesale', 'Not changed by this submission (error).']]);

    // Only the recommended price, ticked by its change id.
    const one = await call<Response<'history:revert'>>('history:revert', { id: sent.submissionId, keys: [changeId({ key: a!.key, field: 'recommended' })] });
    expect(one.changes.map((c) => c.field)).toEqual(['recommended']);
    const back = await call<Response<'changes:submit'>>('changes:submit', { connectionId: 'sandbox', changes: one.changes, revertOf: sent.submissionId });
    expect(back.results.map((r) => [r.field, r.status])).toEqual([['recommended', 'ok']]);
    const now = await vendorRows();
    expect(now[0]).toMatchObject({ price: '41.00', prices: { recommended: a!.prices!.recommended, wholesale: '20.01' } });

    // The product's price is still revertable; the recommended price is not, twice.
    const rest = await call<Response<'history:revert'>>('history:revert', { id: sent.submissionId });
    expect(rest.changes.map((c) => c.field ?? null)).toEqual([null]);
    expect(rest.flagged.map((f) => [f.field ?? null, f.reason])).toEqual([['wholesale', 'Not changed by this submission (error).'], ['recommended', `Already reverted by submission ${back.submissionId}.`]]);
  });

  it('checks staleness and verifies unknown rows field by field', async () => {
    const { host, call, vendorRows } = await sandboxServices();
    const rows = await vendorRows();
    const [a] = rows;
    const path = sandboxCatalogPath(host.dataDir);
    const file = JSON.parse(await readFile(path, 'utf8')) as SandboxFile;
    file.products[0]!.more!.wholesale = '1.23';
    await writeFile(path, JSON.stringify(file));
    const ref = ({ key, sku, field, oldPrice, vendorIds }: ReturnType<typeof fieldChange>) => ({ key, sku, ...withField({ field }), oldPrice, vendorIds });
    const check = await call<Response<'changes:check'>>('changes:check', { connectionId: 'sandbox', rows: [ref(fieldChange(a!, undefined, '1')), ref(fieldChange(a!, 'wholesale', '1'))] });
    expect(check.conflicts).toEqual([{ key: a!.key, sku: a!.sku, field: 'wholesale', expected: a!.prices!.wholesale, remote: '1.23' }]);

    // A journal cut short after the intent: both fields unknown; the vendor has the new tier only.
    const id = '20260101T120000-abcdef12';
    const price = { ...fieldChange(a!, undefined, '77.00'), name: a!.name } as JournalRow;
    const tier = { ...fieldChange(a!, 'wholesale', '1.23'), oldPrice: '9.99', name: a!.name } as JournalRow;
    const start: JournalEntry = { t: 'start', id, at: '2026-01-01T12:00:00.000Z', connectionId: 'sandbox', connectionLabel: 'Demo shop', vendor: 'sandbox', user: 'ana', source: 'app', rows: [price, tier], retryOf: null, revertOf: null };
    const intent: JournalEntry = { t: 'intent', req: `${id}/1`, keys: [changeId(price), changeId(tier)], at: '2026-01-01T12:00:01.000Z' };
    await mkdir(journalDir(host.dataDir), { recursive: true });
    await writeFile(join(journalDir(host.dataDir), `${id}.jsonl`), `${JSON.stringify(start)}\n${JSON.stringify(intent)}\n`);
    const verified = await call<SubmissionRecord>('history:verify', { id });
    expect(verified.rows.map((r) => [r.field ?? null, r.status, r.code])).toEqual([[null, 'skipped', 'not_applied'], ['wholesale', 'ok', 'verified']]);
  });
});

describe('the demo shop per field', () => {
  it('removes one field’s price and leaves the product’s others, refuses removing its cost, and names an unknown field', async () => {
    const { host, call, vendorRows } = await sandboxServices();
    const rows = await vendorRows();
    const [a] = rows;
    const changes = [fieldChange(a!, 'wholesale', null), fieldChange(a!, 'cost', null), { ...fieldChange(a!, undefined, '33.00'), field: 'member' }];
    const sent = await call<Response<'changes:submit'>>('changes:submit', { connectionId: 'sandbox', changes });
    expect(sent.results.map((r) => [r.field, r.status, r.code])).toEqual([['wholesale', 'ok', null], ['cost', 'error', 'not_removable'], ['member', 'error', 'unknown_field']]);
    const file = JSON.parse(await readFile(sandboxCatalogPath(host.dataDir), 'utf8')) as SandboxFile;
    expect(file.products[0]).toMatchObject({ price: a!.price, cost: a!.cost, more: { wholesale: null, recommended: a!.prices!.recommended } });
    const after = await vendorRows();
    expect(after[0]!.prices).toMatchObject({ price: a!.price, wholesale: null, cost: a!.cost });
  });
});

describe('the engine', () => {
  const stub = (seen: PriceChange[][]): VendorClient => ({
    testConnection: async () => ({ ok: true, message: 'ok', fields: [] }),
    loadCatalog: async () => [],
    submit: async (changes, options) => {
      seen.push(changes);
      await options.beforeRequest?.(changes);
      const results: RowResult[] = changes.map((c) => ({ key: c.key, sku: c.sku, ...(c.field === undefined ? {} : { field: c.field }), status: 'ok', message: null, code: null }));
      options.onResults(results);
      return results;
    },
  });
  const input = async (rows: JournalRow[], seen: PriceChange[][]) => {
    const host = await testHost();
    return { host, input: { dataDir: host.dataDir, log: host.log, redactor: host.redactor, client: stub(seen), connection: { id: 'c', label: 'Shop', vendor: 'sandbox' }, rows, source: 'app' as const, signal: new AbortController().signal, onProgress: () => undefined, onResults: () => undefined } };
  };
  const change = (key: string, field?: string): JournalRow => ({ key, sku: `S-${key}`, ...withField({ field }), name: key, oldPrice: '1.00', newPrice: '2.00', currency: 'EUR', vendorIds: {} });

  it('refuses a batch that changes one (row, field) twice, naming the SKU and field, and sends nothing', async () => {
    const seen: PriceChange[][] = [];
    const { host, input: one } = await input([change('1'), change('1', 'wholesale'), change('2'), change('1', 'wholesale')], seen);
    await expect(runSubmission(one)).rejects.toThrow('Nothing was sent: S-1 changes its wholesale price twice in one submission.');
    const { input: two } = await input([change('1'), change('2'), change('1')], seen);
    await expect(runSubmission(two)).rejects.toThrow('Nothing was sent: S-1 changes its price twice in one submission.');
    expect(seen).toEqual([]);
    expect(await listSubmissions(host.dataDir)).toEqual([]);
  });

  it('passes each change’s field to the connector untouched and answers per field', async () => {
    const seen: PriceChange[][] = [];
    const { input: one } = await input([change('1'), change('1', 'wholesale'), change('1', 'price.SEK')], seen);
    const outcome = await runSubmission(one);
    expect(seen).toEqual([[1, 2, 3].map(() => expect.anything())]);
    expect(seen[0]!.map((c) => c.field)).toEqual([undefined, 'wholesale', 'price.SEK']);
    expect(seen[0]!.every((c) => !('name' in c))).toBe(true);
    expect(outcome.results.map((r) => [r.key, r.field ?? null, r.status])).toEqual([['1', null, 'ok'], ['1', 'wholesale', 'ok'], ['1', 'price.SEK', 'ok']]);
  });
});

describe('drafts with fields', () => {
  it('keep edits of other fields beside the primary ones, and load a draft saved before fields existed unchanged', async () => {
    const { host, call } = await sandboxServices();
    const edits = [{ key: '100001', newPrice: '21.99' }, { key: '100001', field: 'wholesale', newPrice: '15.00' }, { key: '100002', field: 'price.SEK', newPrice: null }];
    await call('drafts:save', { connectionId: 'sandbox', edits });
    expect(await call('drafts:load', { connectionId: 'sandbox' })).toMatchObject({ edits, damaged: null });
    // The primary edits keep the file's old shape: a release before fields reads them back.
    const file = JSON.parse(await readFile(draftPath(host.dataDir, 'sandbox'), 'utf8')) as { edits: Record<string, string> };
    expect(file.edits).toEqual({ '100001': '21.99' });

    const older = { version: 1, connectionId: 'sandbox', savedAt: '2026-01-01T00:00:00.000Z', edits: { '100003': '9.00', '100004': null } };
    await writeFile(draftPath(host.dataDir, 'sandbox'), JSON.stringify(older));
    expect(await call('drafts:load', { connectionId: 'sandbox' })).toEqual({ edits: [{ key: '100003', newPrice: '9.00' }, { key: '100004', newPrice: null }], savedAt: older.savedAt, damaged: null });
  });
});
