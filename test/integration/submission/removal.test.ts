/**
 * Price removal end to end through the IPC registry with the sandbox (which can remove
 * prices): sent after the new prices in requests of their own, journaled, shown as a
 * removal in history and its export, verified, kept in a draft, and reverted by setting
 * the old price again.
 */
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { Response } from '../../../shared/contract';
import type { SubmissionRecord } from '../../../shared/submission';
import type { CatalogRow, Progress } from '../../../shared/types';
import { changeOf, sandboxServices } from '../../support/sandbox-services';
import { exportOf } from '../../support/submission-export';

describe('price removal with the sandbox', () => {
  it('removes prices after setting the others, records and exports them as removals, and reverts them', async () => {
    const { host, call, rows, remotePrice } = await sandboxServices();
    const [a, b, c] = rows;
    const sent = await call<Response<'changes:submit'>>('changes:submit', { connectionId: 'sandbox', changes: [changeOf(b!, null), changeOf(a!, '55.00'), changeOf(c!, null)] });
    expect(sent.results.map((r) => [r.key, r.status])).toEqual([[b!.key, 'ok'], [a!.key, 'ok'], [c!.key, 'ok']]);
    expect(await remotePrice(a!.key)).toBe('55.00');
    expect(await remotePrice(b!.key)).toBeNull();
    expect(await remotePrice(c!.key)).toBeNull();
    // Progress counts the whole submission, removals included.
    const progress = host.sent.filter((e) => e.event === 'submit:progress').map((e) => e.payload as Progress);
    expect(progress.at(-1)).toMatchObject({ done: 3, total: 3 });

    // Reloading shows the rows without a price.
    const reloaded = (await call<{ rows: CatalogRow[] }>('catalog:load', { connectionId: 'sandbox' })).rows;
    expect(reloaded.find((r) => r.key === b!.key)!.price).toBeNull();

    const record = await call<SubmissionRecord>('history:get', { id: sent.submissionId });
    expect(record.rows.map((r) => [r.key, r.newPrice, r.status, r.requestId !== null])).toEqual([
      [b!.key, null, 'ok', true],
      [a!.key, '55.00', 'ok', true],
      [c!.key, null, 'ok', true],
    ]);
    // New prices and removals travel in separate requests.
    const byRequest = new Map(record.rows.map((r) => [r.key, r.requestId]));
    expect(byRequest.get(b!.key)).toBe(byRequest.get(c!.key));
    expect(byRequest.get(a!.key)).not.toBe(byRequest.get(b!.key));

    const sheet = XLSX.utils.sheet_to_json<Record<string, string | number>>(XLSX.read(exportOf(await call<SubmissionRecord>('history:get', { id: sent.submissionId }))).Sheets.Rows!, { raw: true });
    // The old price a number, the removal in words.
    expect(sheet[0]).toMatchObject({ SKU: b!.sku, 'Old price': Number(b!.price), 'New price': 'remove price', Result: 'ok' });

    const verified = await call<SubmissionRecord>('history:verify', { id: sent.submissionId });
    expect(verified.counts.ok).toBe(3);

    const revert = await call<Response<'history:revert'>>('history:revert', { id: sent.submissionId });
    expect(revert.flagged).toEqual([]);
    expect(revert.changes.map((ch) => [ch.key, ch.oldPrice, ch.newPrice])).toEqual([
      [b!.key, null, b!.price],
      [a!.key, '55.00', a!.price],
      [c!.key, null, c!.price],
    ]);
    const back = await call<Response<'changes:submit'>>('changes:submit', { connectionId: 'sandbox', changes: revert.changes, revertOf: sent.submissionId });
    expect(back.results.every((r) => r.status === 'ok')).toBe(true);
    expect([await remotePrice(a!.key), await remotePrice(b!.key), await remotePrice(c!.key)]).toEqual([a!.price, b!.price, c!.price]);
  });

  it('reverts a price set on a row that had none by removing it again', async () => {
    const { call, rows, remotePrice } = await sandboxServices();
    const row = rows[7]!;
    await call('changes:submit', { connectionId: 'sandbox', changes: [changeOf(row, null)] });
    const noPrice = { ...row, price: null };
    const set = await call<Response<'changes:submit'>>('changes:submit', { connectionId: 'sandbox', changes: [changeOf(noPrice, '12.00')] });
    const revert = await call<Response<'history:revert'>>('history:revert', { id: set.submissionId });
    expect(revert.changes.map((ch) => [ch.key, ch.oldPrice, ch.newPrice])).toEqual([[row.key, '12.00', null]]);
    await call('changes:submit', { connectionId: 'sandbox', changes: revert.changes, revertOf: set.submissionId });
    expect(await remotePrice(row.key)).toBeNull();
  });

  it('keeps a pending removal in the draft', async () => {
    const { call, rows } = await sandboxServices();
    await call('drafts:save', { connectionId: 'sandbox', edits: [{ key: rows[0]!.key, newPrice: null }, { key: rows[1]!.key, newPrice: '3.00' }] });
    const draft = await call<Response<'drafts:load'>>('drafts:load', { connectionId: 'sandbox' });
    expect(draft.edits).toEqual([{ key: rows[0]!.key, newPrice: null }, { key: rows[1]!.key, newPrice: '3.00' }]);
  });

  it('refuses an empty string as a removal: only null removes a price', async () => {
    const { registry, rows } = await sandboxServices();
    const answer = await registry.invoke('changes:submit', { connectionId: 'sandbox', changes: [changeOf(rows[0]!, '')] });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});
