import { describe, expect, it } from 'vitest';
import { foldJournal, planRevert, retryableRows, settleByReading, type JournalEntry, type JournalRow } from '../../shared/submission';

const row = (key: string, oldPrice: string | null = '10.00', newPrice = '12.00'): JournalRow => ({ key, sku: `S-${key}`, name: key, oldPrice, newPrice, currency: 'EUR', vendorIds: {} });
const start = (rows: JournalRow[]): JournalEntry => ({ t: 'start', id: 'x', at: '2026-01-01T00:00:00Z', connectionId: 'c', connectionLabel: 'Shop', vendor: 'sandbox', user: 'ana', source: 'app', rows, retryOf: null, revertOf: null });
const ok = (key: string) => ({ key, sku: `S-${key}`, status: 'ok' as const, message: null, code: null });

describe('folding a journal', () => {
  it('marks every row of an interrupted journal: answered, unknown (sent without answer) or not sent', () => {
    const entries: JournalEntry[] = [
      start([row('a'), row('b'), row('c')]),
      { t: 'intent', req: 'x/1', keys: ['a'], at: '' },
      { t: 'outcome', results: [ok('a')], at: '' },
      { t: 'intent', req: 'x/2', keys: ['b'], at: '' },
    ];
    const record = foldJournal(entries, false);
    expect(record.state).toBe('interrupted');
    expect(record.rows.map((r) => [r.key, r.status, r.requestId])).toEqual([['a', 'ok', 'x/1'], ['b', 'unknown', 'x/2'], ['c', 'skipped', null]]);
    expect(record.counts).toMatchObject({ ok: 1, unknown: 1, skipped: 1 });
    expect(retryableRows(record).map((r) => r.key)).toEqual(['c']);
  });

  it('shows rows of a running submission as pending, and lets verification override', () => {
    const entries: JournalEntry[] = [start([row('a'), row('b')]), { t: 'intent', req: 'x/1', keys: ['a'], at: '' }];
    expect(foldJournal(entries, true).rows.map((r) => r.status)).toEqual(['pending', 'pending']);
    const verified = foldJournal([...entries, { t: 'verify', results: [settleByReading(row('a'), new Map([['a', '12.0']]))], at: '' }, { t: 'end', at: 'z', failure: 'Network down' }], false);
    expect(verified.rows.map((r) => [r.status, r.code])).toEqual([['ok', 'verified'], ['skipped', 'not_sent']]);
    expect(verified.rows[1]!.message).toBe('Not sent: Network down');
  });
});

describe('held-back rows in a journal', () => {
  const rails = { maxUpPercent: '500', maxDownPercent: '-80', thresholdPercent: null, allowBelowCost: true, allowPartial: false, overrides: ['--allow-below-cost'] };
  const entries = (): JournalEntry[] => [
    { ...(start([row('a')]) as Extract<JournalEntry, { t: 'start' }>), source: 'cli', heldBack: [{ ...row('b', '28.95', '2895'), code: 'change_limit', message: 'held back: +9900 %' }], rails },
    { t: 'intent', req: 'x/1', keys: ['a'], at: '' },
    { t: 'outcome', results: [ok('a')], at: '' },
    { t: 'end', at: 'z', failure: null },
  ];

  it('lists them as skipped with their rule, and keeps the rails in force', () => {
    const record = foldJournal(entries(), false);
    expect(record.rows.map((r) => [r.key, r.status, r.code, r.heldBack ?? false])).toEqual([['a', 'ok', null, false], ['b', 'skipped', 'change_limit', true]]);
    expect(record.counts).toMatchObject({ ok: 1, skipped: 1 });
    expect(record.rails).toEqual(rails);
  });

  it('neither retries nor reverts them: they were never sent and looked wrong', () => {
    const record = foldJournal(entries(), false);
    expect(retryableRows(record)).toEqual([]);
    const plan = planRevert(record, new Map([['a', '12.00']]));
    expect(plan.changes.map((c) => c.key)).toEqual(['a']);
    expect(plan.flagged).toEqual([{ key: 'b', sku: 'S-b', name: 'b', reason: 'Held back (change_limit), never sent.' }]);
  });
});

describe('settling by reading', () => {
  it('tells applied, not applied, changed elsewhere and gone apart', () => {
    const r = row('a');
    expect(settleByReading(r, new Map([['a', '12']])).status).toBe('ok');
    expect(settleByReading(r, new Map([['a', '10.00']]))).toMatchObject({ status: 'skipped', code: 'not_applied' });
    expect(settleByReading(r, new Map([['a', '11.00']]))).toMatchObject({ status: 'error', code: 'changed_elsewhere' });
    expect(settleByReading(r, new Map())).toMatchObject({ status: 'error', code: 'not_found' });
  });

  it('settles a removal: no price at the vendor means it went through', () => {
    const r = { ...row('a'), newPrice: null };
    expect(settleByReading(r, new Map([['a', null]]))).toMatchObject({ status: 'ok', code: 'verified' });
    expect(settleByReading(r, new Map([['a', '10.00']]))).toMatchObject({ status: 'skipped', code: 'not_applied' });
  });
});

describe('revert plan', () => {
  it('restores old prices only where the vendor still has ours, and flags the rest', () => {
    const record = foldJournal([start([row('a'), row('b'), row('c', null), row('d')]), { t: 'outcome', results: [ok('a'), ok('b'), ok('c'), { ...ok('d'), status: 'error' }], at: '' }, { t: 'end', at: '', failure: null }], false);
    const remote = new Map([['a', '12.00'], ['b', '13.00'], ['c', '12.00']]);
    const plan = planRevert(record, remote, 'Cliniko');
    expect(plan.changes).toEqual([{ key: 'a', sku: 'S-a', name: 'a', currency: 'EUR', vendorIds: {}, oldPrice: '12.00', newPrice: '10.00' }]);
    expect(plan.flagged.map((f) => f.key)).toEqual(['b', 'c', 'd']);
    expect(plan.flagged[1]!.reason).toBe('It had no price before, and Cliniko cannot remove a price.');
    // A vendor that can remove prices gets the row without a price back as a removal.
    const removing = planRevert(record, remote);
    expect(removing.changes.map((c) => [c.key, c.newPrice])).toEqual([['a', '10.00'], ['c', null]]);
  });

  it('puts a removed price back as long as the vendor still has none', () => {
    const removed = { ...row('a'), newPrice: null };
    const record = foldJournal([start([removed, { ...row('b'), newPrice: null }]), { t: 'outcome', results: [ok('a'), ok('b')], at: '' }, { t: 'end', at: '', failure: null }], false);
    const plan = planRevert(record, new Map([['a', null], ['b', '9.00']]));
    expect(plan.changes).toEqual([{ key: 'a', sku: 'S-a', name: 'a', currency: 'EUR', vendorIds: {}, oldPrice: null, newPrice: '10.00' }]);
    expect(plan.flagged).toMatchObject([{ key: 'b', reason: 'Its price has changed since (now 9.00).' }]);
  });
});
