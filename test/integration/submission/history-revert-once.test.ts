/**
 * Issue #13, history: a submission keeps where its prices came from and the note typed at
 * Send (a journal written before either existed still loads), a revert can be limited to
 * chosen rows, and main refuses to revert the same rows twice, whether asked through
 * `history:revert` or by sending the revert's change set again.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { Response } from '../../../shared/contract';
import type { JournalEntry, SubmissionRecord } from '../../../shared/submission';
import { journalDir } from '../../../electron/core/submission/journal';
import { changeOf, sandboxServices } from '../../support/sandbox-services';
import { exportOf } from '../../support/submission-export';

describe('where a submission came from, and reverting it once', () => {
  it('records the origins and the note, shows them in the list and the export', async () => {
    const { call, rows } = await sandboxServices();
    const origins = [
      { kind: 'import', detail: 'Spring prices.xlsx', rows: 1 },
      { kind: 'bulk', detail: '+5 % on 1 row, rounded to .99', rows: 1 },
    ];
    const sent = await call<Response<'changes:submit'>>('changes:submit', { connectionId: 'sandbox', changes: [changeOf(rows[0]!, '40.00'), changeOf(rows[1]!, '41.99')], origins, note: '  Spring campaign, approved by Eva  ' });
    const [summary] = (await call<Response<'history:list'>>('history:list', {})).submissions;
    expect(summary).toMatchObject({ id: sent.submissionId, origins, note: 'Spring campaign, approved by Eva', revertedBy: [] });

    const book = XLSX.read(exportOf(await call<SubmissionRecord>('history:get', { id: sent.submissionId })));
    const facts = Object.fromEntries(XLSX.utils.sheet_to_json<string[]>(book.Sheets.Summary!, { header: 1 }).map(([k, v]) => [k, v]));
    expect(facts).toMatchObject({ Source: 'import of Spring prices.xlsx (1 row), bulk rule: +5 % on 1 row, rounded to .99 (1 row)', Note: 'Spring campaign, approved by Eva' });
  });

  it('loads a journal written before sources and notes existed', async () => {
    const { host, call, rows, setRemote } = await sandboxServices();
    const id = '20260103T120000-0123abcd';
    await setRemote(rows[2]!.key, '43.00');
    // The start entry exactly as the previous format wrote it: no origins, no note.
    const start: JournalEntry = { t: 'start', id, at: '2026-01-03T12:00:00.000Z', connectionId: 'sandbox', connectionLabel: 'Demo shop', vendor: 'sandbox', user: 'ana', source: 'app', rows: [changeOf(rows[2]!, '43.00')], retryOf: null, revertOf: null };
    const lines: JournalEntry[] = [start, { t: 'intent', req: `${id}/1`, keys: [rows[2]!.key], at: '' }, { t: 'outcome', results: [{ key: rows[2]!.key, sku: rows[2]!.sku, status: 'ok', message: null, code: null }], at: '' }, { t: 'end', at: '2026-01-03T12:00:01.000Z', failure: null }];
    await mkdir(journalDir(host.dataDir), { recursive: true });
    await writeFile(join(journalDir(host.dataDir), `${id}.jsonl`), lines.map((e) => JSON.stringify(e)).join('\n'));
    const record = await call<SubmissionRecord>('history:get', { id });
    expect(record).toMatchObject({ state: 'finished', origins: [], note: null, revertedBy: [], revertedRows: 0, damagedLines: 0 });
    expect(record.rows[0]).toMatchObject({ status: 'ok' });
    expect((await call<Response<'history:revert'>>('history:revert', { id })).changes).toHaveLength(1);
  });

  it('reverts only the chosen rows, marks them, and refuses a second revert of them', async () => {
    const { registry, call, rows, remotePrice } = await sandboxServices();
    const [a, b] = [rows[3]!, rows[4]!];
    const sent = await call<Response<'changes:submit'>>('changes:submit', { connectionId: 'sandbox', changes: [changeOf(a, '44.00'), changeOf(b, '45.00')] });

    const onlyA = await call<Response<'history:revert'>>('history:revert', { id: sent.submissionId, keys: [a.key] });
    expect(onlyA.changes.map((c) => [c.key, c.newPrice])).toEqual([[a.key, a.price]]);
    expect(onlyA.flagged).toEqual([]);
    const back = await call<Response<'changes:submit'>>('changes:submit', { connectionId: 'sandbox', changes: onlyA.changes, revertOf: sent.submissionId, origins: [{ kind: 'typed', detail: null, rows: 1 }] });
    expect(await remotePrice(a.key)).toBe(a.price);
    expect(await remotePrice(b.key)).toBe('45.00');

    // The revert says what it is, whatever the window claimed; the original is marked, row by row.
    const revertRecord = await call<SubmissionRecord>('history:get', { id: back.submissionId });
    expect(revertRecord.origins).toEqual([{ kind: 'revert', detail: sent.submissionId, rows: 1 }]);
    const original = await call<SubmissionRecord>('history:get', { id: sent.submissionId });
    expect(original).toMatchObject({ revertedBy: [back.submissionId], revertedRows: 1 });
    expect(original.rows.map((r) => [r.key, r.revertedBy ?? null])).toEqual([[a.key, back.submissionId], [b.key, null]]);
    const listed = (await call<Response<'history:list'>>('history:list', {})).submissions.find((s) => s.id === sent.submissionId);
    expect(listed).toMatchObject({ revertedBy: [back.submissionId], revertedRows: 1 });

    // Asking again for the same row is refused with the reason.
    const again = await registry.invoke('history:revert', { id: sent.submissionId, keys: [a.key] });
    expect(again).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: `Nothing to revert: the chosen rows were already reverted by submission ${back.submissionId}. A submission is reverted once.`,
        said: { id: 'refused.nothingToRevertRows', params: { submission: back.submissionId } },
      },
    });
    // The whole submission now offers b only, and names why a is left alone.
    const rest = await call<Response<'history:revert'>>('history:revert', { id: sent.submissionId });
    expect(rest.changes.map((c) => c.key)).toEqual([b.key]);
    expect(rest.flagged).toEqual([{ key: a.key, sku: a.sku, name: a.name, reason: `Already reverted by submission ${back.submissionId}.` }]);

    // Sending the old change set again (a second window, a stale preview) is refused in main.
    const resend = await registry.invoke('changes:submit', { connectionId: 'sandbox', changes: onlyA.changes, revertOf: sent.submissionId });
    expect(resend).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: `Nothing sent: Already reverted by submission ${back.submissionId}. A submission is reverted once.`,
        said: { id: 'refused.revertedOnce', params: { submission: back.submissionId } },
      },
    });
    const mixed = await call<Response<'changes:submit'>>('changes:submit', { connectionId: 'sandbox', changes: [...onlyA.changes, ...rest.changes], revertOf: sent.submissionId });
    expect(mixed.results.map((r) => [r.key, r.status, r.code])).toEqual([[a.key, 'skipped', 'already_reverted'], [b.key, 'ok', null]]);
    expect(await remotePrice(b.key)).toBe(b.price);
    const full = await registry.invoke('history:revert', { id: sent.submissionId });
    expect(full).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('this submission was already reverted by submission') } });
  });
});
