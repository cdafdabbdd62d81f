/**
 * History through the IPC registry with the sandbox: every submission listed, exported to
 * .xlsx through the host's save path, reverted (rows changed since are flagged), an
 * interrupted journal's unknown rows refused by "Retry failed" until verified.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { Response } from '../../../shared/contract';
import { spreadsheetMoneyFormat } from '../../../shared/format/money-format';
import type { JournalEntry, SubmissionRecord } from '../../../shared/submission';
import type { CatalogRow } from '../../../shared/types';
import { createServices } from '../../../electron/core/services';
import { journalDir } from '../../../electron/core/submission/journal';
import { sandboxCatalogPath } from '../../../electron/vendors/sandbox';
import { testHost } from '../../support/host';
import { changeOf, sandboxServices } from '../../support/sandbox-services';
import { exportOf } from '../../support/submission-export';

describe('history, export and revert', () => {
  it('lists a submission with its rows, exports it to .xlsx and reverts what was not changed since', async () => {
    const { call, rows, setRemote, remotePrice } = await sandboxServices();
    const [a, b, c] = rows;
    const sent = await call<Response<'changes:submit'>>('changes:submit', { connectionId: 'sandbox', changes: [changeOf(a!, '999.00'), changeOf(b!, '998.00'), changeOf(c!, '0')] });
    expect(sent.results.map((r) => r.status)).toEqual(['ok', 'ok', 'error']);

    const { submissions } = await call<Response<'history:list'>>('history:list', {});
    expect(submissions).toHaveLength(1);
    expect(submissions[0]).toMatchObject({ id: sent.submissionId, connectionLabel: 'Demo shop', vendor: 'sandbox', state: 'finished', total: 3, counts: { ok: 2, error: 1 } });
    expect(submissions[0]!.user.length).toBeGreaterThan(0);
    const record = await call<SubmissionRecord>('history:get', { id: sent.submissionId });
    expect(record.rows.map((r) => [r.sku, r.oldPrice, r.newPrice, r.status])).toEqual([
      [a!.sku, a!.price, '999.00', 'ok'],
      [b!.sku, b!.price, '998.00', 'ok'],
      [c!.sku, c!.price, '0', 'error'],
    ]);

    const book = XLSX.read(exportOf(await call<SubmissionRecord>('history:get', { id: sent.submissionId }), 'sv-SE'), { cellNF: true });
    const sheet = XLSX.utils.sheet_to_json<Record<string, string | number>>(book.Sheets.Rows!, { raw: true });
    // Prices are numeric cells shown with the row's currency where the person's locale puts it.
    expect(sheet[0]).toMatchObject({ SKU: a!.sku, 'Old price': Number(a!.price), 'New price': 999, Result: 'ok' });
    expect(book.Sheets.Rows!.D2!.z).toBe(spreadsheetMoneyFormat('sv-SE', 'EUR', 2));
    expect(book.Sheets.Rows!.D2!.z).toContain('€');
    expect(sheet[2]).toMatchObject({ SKU: c!.sku, Result: 'error', Message: 'Not sent. The new price 0 is zero; prices must be above zero.' });

    // Someone changes b in the shop: the revert must leave it alone and say why.
    await setRemote(b!.key, '55.55');
    const revert = await call<Response<'history:revert'>>('history:revert', { id: sent.submissionId });
    expect(revert.checked).toBe(true);
    expect(revert.changes.map((ch) => [ch.key, ch.oldPrice, ch.newPrice])).toEqual([[a!.key, '999.00', a!.price]]);
    expect(revert.flagged.map((f) => [f.key, f.reason])).toEqual([
      [b!.key, 'Its price has changed since (now 55.55).'],
      [c!.key, 'Not changed by this submission (error).'],
    ]);
    const back = await call<Response<'changes:submit'>>('changes:submit', { connectionId: 'sandbox', changes: revert.changes, revertOf: sent.submissionId });
    expect(back.results.map((r) => r.status)).toEqual(['ok']);
    expect(await remotePrice(a!.key)).toBe(a!.price);
    expect(await remotePrice(b!.key)).toBe('55.55');
    const latest = (await call<Response<'history:list'>>('history:list', {})).submissions[0]!;
    expect(latest).toMatchObject({ id: back.submissionId, revertOf: sent.submissionId });
  });

  it('flags rows changed in the shop since they were loaded (changes:check)', async () => {
    const { call, rows, setRemote } = await sandboxServices();
    await setRemote(rows[1]!.key, '77.70');
    const check = await call<Response<'changes:check'>>('changes:check', { connectionId: 'sandbox', rows: [rows[0], rows[1]].map((r) => ({ key: r!.key, sku: r!.sku, oldPrice: r!.price, vendorIds: r!.vendorIds })) });
    expect(check).toEqual({ supported: true, conflicts: [{ key: rows[1]!.key, sku: rows[1]!.sku, expected: rows[1]!.price, remote: '77.70' }] });
  });

  it('refuses a revert to a zero price, and its retry, before anything is sent', async () => {
    const { call, rows, setRemote, remotePrice } = await sandboxServices();
    const row = rows[10]!;
    // The shop had this product at 0.00; PriceDesk set 12.00.
    await setRemote(row.key, '0.00');
    const sent = await call<Response<'changes:submit'>>('changes:submit', { connectionId: 'sandbox', changes: [changeOf({ ...row, price: '0.00' }, '12.00')] });
    // Accepted (a warning where 12.00 is below the demo product's cost).
    expect(sent.results.map((r) => r.status)).not.toContain('error');

    const revert = await call<Response<'history:revert'>>('history:revert', { id: sent.submissionId });
    expect(revert.changes.map((ch) => [ch.key, ch.newPrice])).toEqual([[row.key, '0.00']]);
    const back = await call<Response<'changes:submit'>>('changes:submit', { connectionId: 'sandbox', changes: revert.changes, revertOf: sent.submissionId });
    const refused = { key: row.key, status: 'error', code: 'price_not_positive', message: 'Not sent. The new price 0.00 is zero; prices must be above zero.' };
    expect(back.results).toEqual([expect.objectContaining(refused)]);
    const retry = await call<Response<'changes:submit'>>('changes:submit', { connectionId: 'sandbox', changes: revert.changes, retryOf: back.submissionId });
    expect(retry.results).toEqual([expect.objectContaining(refused)]);
    expect(await remotePrice(row.key)).toBe('12.00');
    const record = await call<SubmissionRecord>('history:get', { id: retry.submissionId });
    expect(record.rows[0]).toMatchObject({ status: 'error', requestId: null });
  });

  it('shows an interrupted journal, refuses to resend its unknown rows, and verifies them', async () => {
    const { host, call, rows, remotePrice } = await sandboxServices();
    const [sentRow, unsentRow] = [rows[5]!, rows[6]!];
    const id = '20260101T120000-0123abcd';
    const start: JournalEntry = { t: 'start', id, at: '2026-01-01T12:00:00.000Z', connectionId: 'sandbox', connectionLabel: 'Demo shop', vendor: 'sandbox', user: 'ana', source: 'app', rows: [changeOf(sentRow, '40.00'), changeOf(unsentRow, '41.00')], retryOf: null, revertOf: null };
    const intent: JournalEntry = { t: 'intent', req: `${id}/1`, keys: [sentRow.key], at: '2026-01-01T12:00:01.000Z' };
    await mkdir(journalDir(host.dataDir), { recursive: true });
    // The process died mid-write: the last line is torn.
    await writeFile(join(journalDir(host.dataDir), `${id}.jsonl`), `${JSON.stringify(start)}\n${JSON.stringify(intent)}\n{"t":"outc`);

    const record = await call<SubmissionRecord>('history:get', { id });
    expect(record.state).toBe('interrupted');
    expect(record.damagedLines).toBe(1);
    expect(record.rows.map((r) => [r.key, r.status])).toEqual([[sentRow.key, 'unknown'], [unsentRow.key, 'skipped']]);

    const retry = await call<Response<'changes:submit'>>('changes:submit', { connectionId: 'sandbox', changes: record.rows.map((r) => ({ key: r.key, sku: r.sku, name: r.name, oldPrice: r.oldPrice, newPrice: r.newPrice, currency: r.currency, vendorIds: r.vendorIds })), retryOf: id });
    expect(retry.results.map((r) => [r.key, r.status, r.code])).toEqual([[sentRow.key, 'skipped', 'not_resent'], [unsentRow.key, 'ok', null]]);
    expect(await remotePrice(sentRow.key)).toBe(sentRow.price);
    expect(await remotePrice(unsentRow.key)).toBe('41.00');

    const verified = await call<SubmissionRecord>('history:verify', { id });
    expect(verified.rows[0]).toMatchObject({ status: 'skipped', code: 'not_applied' });
    expect(verified.counts.unknown).toBe(0);
  });

  it('refuses to resend a row the CLI held back', async () => {
    const { host, call, rows, remotePrice } = await sandboxServices();
    const [failedRow, heldRow] = [rows[7]!, rows[8]!];
    const id = '20260102T120000-0123abcd';
    const start: JournalEntry = {
      t: 'start', id, at: '2026-01-02T12:00:00.000Z', connectionId: 'sandbox', connectionLabel: 'Demo shop', vendor: 'sandbox', user: 'cron', source: 'cli',
      rows: [changeOf(failedRow, '42.00')], retryOf: null, revertOf: null,
      heldBack: [{ ...changeOf(heldRow, '4200.00'), code: 'change_limit', message: 'held back: +9900 %' }],
    };
    const failed: JournalEntry = { t: 'outcome', results: [{ key: failedRow.key, sku: failedRow.sku, status: 'error', message: 'Timed out.', code: 'timeout' }], at: '2026-01-02T12:00:01.000Z' };
    await mkdir(journalDir(host.dataDir), { recursive: true });
    await writeFile(join(journalDir(host.dataDir), `${id}.jsonl`), [start, failed, { t: 'end', at: '2026-01-02T12:00:02.000Z', failure: null }].map((e) => JSON.stringify(e)).join('\n'));

    const record = await call<SubmissionRecord>('history:get', { id });
    expect(record.rows.map((r) => [r.key, r.status, r.code, r.heldBack ?? false])).toEqual([[failedRow.key, 'error', 'timeout', false], [heldRow.key, 'skipped', 'change_limit', true]]);
    const retry = await call<Response<'changes:submit'>>('changes:submit', { connectionId: 'sandbox', changes: record.rows.map((r) => ({ key: r.key, sku: r.sku, name: r.name, oldPrice: r.oldPrice, newPrice: r.newPrice, currency: r.currency, vendorIds: r.vendorIds })), retryOf: id });
    expect(retry.results.map((r) => [r.key, r.status, r.code])).toEqual([[heldRow.key, 'skipped', 'not_resent'], [failedRow.key, 'ok', null]]);
    expect(retry.results[0]!.message).toContain('held back');
    expect(await remotePrice(heldRow.key)).toBe(heldRow.price);
    expect(await remotePrice(failedRow.key)).toBe('42.00');
  });

  it('rejects a submission id that could name another file', async () => {
    const { host } = await sandboxServices();
    const { registry } = createServices(host);
    const answer = await registry.invoke('history:get', { id: '../settings' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});

describe('cancel through the IPC channels', () => {
  it('stops before the next request: the batch in flight is recorded, later rows come back skipped and unsent', async () => {
    const host = await testHost();
    const { registry } = createServices(host, { sandboxSettings: { latencyMs: '150', requestsPerSecond: '2' } });
    const loaded = await registry.invoke('catalog:load', { connectionId: 'sandbox' });
    if (!loaded.ok) throw new Error(loaded.error.message);
    const rows = (loaded.data as { rows: CatalogRow[] }).rows.slice(0, 150);
    const submitting = registry.invoke('changes:submit', { connectionId: 'sandbox', changes: rows.map((r) => changeOf(r, '999.00')) });
    // Cancel as soon as the first batch's answers arrive.
    while (!host.sent.some((e) => e.event === 'submit:results')) await new Promise((r) => setTimeout(r, 5));
    expect(await registry.invoke('changes:cancel', { connectionId: 'sandbox' })).toEqual({ ok: true, data: { cancelled: true } });
    const answer = await submitting;
    if (!answer.ok) throw new Error(answer.error.message);
    const { results, submissionId } = answer.data as Response<'changes:submit'>;
    const ok = results.filter((r) => r.status === 'ok').length;
    expect(ok % 50).toBe(0); // whole batches only
    expect(ok).toBeLessThan(150);
    expect(results.filter((r) => r.status === 'skipped').every((r) => r.message === 'Cancelled before it was sent.')).toBe(true);
    const stored = JSON.parse(await readFile(sandboxCatalogPath(host.dataDir), 'utf8')) as { products: { id: string; price: string }[] };
    const changed = stored.products.filter((p) => rows.some((r) => r.key === p.id) && p.price === '999.00').length;
    expect(changed).toBe(ok);
    const record = await registry.invoke('history:get', { id: submissionId });
    expect(record).toMatchObject({ ok: true, data: { state: 'finished', counts: { ok, skipped: 150 - ok, unknown: 0 } } });
  });
});
