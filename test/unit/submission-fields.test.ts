/**
 * The journal fold, stale check, verify, retry and revert per (row, price field): two fields
 * of one product are two rows of a submission, each with its own intent, answer, retry and
 * revert. A journal written before fields existed (no `field` anywhere) reads as it always did.
 */
import { describe, expect, it } from 'vitest';
import { findStale } from '../../shared/preview';
import { fieldName, foldJournal, planRevert, retryableRows, revertRows, settleByReading, withReverts, type JournalEntry, type JournalRow } from '../../shared/submission';
import { changeId, withField, type RowResult } from '../../shared/types';
import { parseJournal } from '../../electron/core/submission/journal';

const row = (key: string, field: string | undefined, oldPrice: string | null, newPrice: string | null): JournalRow => ({
  key, sku: `S-${key}`, ...withField({ field }), name: key, oldPrice, newPrice, currency: 'EUR', vendorIds: { productId: key },
});
const start = (rows: JournalRow[], over: Partial<Extract<JournalEntry, { t: 'start' }>> = {}): JournalEntry => ({
  t: 'start', id: 'x', at: '2026-01-01T00:00:00Z', connectionId: 'c', connectionLabel: 'Shop', vendor: 'sandbox', user: 'ana', source: 'app', rows, retryOf: null, revertOf: null, ...over,
});
const result = (r: JournalRow, status: RowResult['status'], message: string | null = null): RowResult => ({ key: r.key, sku: r.sku, ...(r.field === undefined ? {} : { field: r.field }), status, message, code: null });

// Product 1: its price (primary) and its wholesale tier, in one request; the vendor refuses the tier.
const price1 = row('1', undefined, '10.00', '12.00');
const tier1 = row('1', 'wholesale', '7.00', '8.00');
const price2 = row('2', undefined, '20.00', '22.00');
const fields = [{ id: 'price', label: 'Price', primary: true }, { id: 'wholesale', label: 'Wholesale', primary: false }];
const journal = (): JournalEntry[] => [
  start([price1, tier1, price2], { fields }),
  { t: 'intent', req: 'x/1', keys: [changeId(price1), changeId(tier1)], at: '' },
  { t: 'outcome', results: [result(price1, 'ok'), result(tier1, 'error', 'Wholesale must be below price.')], at: '' },
  { t: 'intent', req: 'x/2', keys: [changeId(price2)], at: '' },
];

describe('a journal written before price fields existed', () => {
  // Today's format, byte for byte as the current release writes it: no `field`, no `fields`.
  const TODAY = [
    '{"t":"start","id":"20261129T101500-1a2b3c4d","at":"2026-11-29T10:15:00.000Z","connectionId":"sandbox","connectionLabel":"Demo shop","vendor":"sandbox","user":"ana","source":"app","rows":[{"key":"100001","sku":"COF-01001","oldPrice":"10.99","newPrice":"11.99","currency":"EUR","vendorIds":{"productId":"100001"},"name":"Small Espresso Beans"},{"key":"100002","sku":"TEA-01002","oldPrice":"5.50","newPrice":"6.00","currency":"EUR","vendorIds":{"productId":"100002"},"name":"Green Tea"}],"retryOf":null,"revertOf":null,"origins":[{"kind":"typed","detail":null,"rows":2}]}',
    '{"t":"intent","req":"20261129T101500-1a2b3c4d/1","keys":["100001","100002"],"at":"2026-11-29T10:15:00.100Z"}',
    '{"t":"outcome","results":[{"key":"100001","sku":"COF-01001","status":"ok","message":null,"code":null},{"key":"100002","sku":"TEA-01002","status":"error","message":"Price must be greater than zero.","code":"price_not_positive"}],"at":"2026-11-29T10:15:00.300Z"}',
    '{"t":"end","at":"2026-11-29T10:15:00.400Z","failure":null}',
  ].join('\n');

  it('loads as changes to the primary field and folds exactly as before', () => {
    const { entries, damaged } = parseJournal(TODAY);
    expect(damaged).toBe(0);
    const record = foldJournal(entries, false);
    expect(record.fields).toEqual([]);
    expect(record.rows.map((r) => [r.key, 'field' in r, r.status, r.requestId])).toEqual([
      ['100001', false, 'ok', '20261129T101500-1a2b3c4d/1'],
      ['100002', false, 'error', '20261129T101500-1a2b3c4d/1'],
    ]);
    expect(retryableRows(record).map((r) => r.key)).toEqual(['100002']);
    // Revert and verify look prices up by the row key, as `readPrices` answers for the primary field.
    const plan = planRevert(record, new Map([['100001', '11.99']]));
    expect(plan.changes).toEqual([{ key: '100001', sku: 'COF-01001', name: 'Small Espresso Beans', currency: 'EUR', vendorIds: { productId: '100001' }, oldPrice: '11.99', newPrice: '10.99' }]);
    expect(fieldName(record, record.rows[0]!.field)).toBeNull();
  });
});

describe('two fields of one product', () => {
  it('fold to two rows, each with its own answer and the request that carried both', () => {
    const record = foldJournal(journal(), false);
    expect(record.rows.map((r) => [r.key, r.field ?? null, r.status, r.requestId])).toEqual([
      ['1', null, 'ok', 'x/1'],
      ['1', 'wholesale', 'error', 'x/1'],
      ['2', null, 'unknown', 'x/2'],
    ]);
    expect(record.counts).toMatchObject({ ok: 1, error: 1, unknown: 1 });
    expect(record.fields).toEqual(fields);
    expect(fieldName(record, 'wholesale')).toBe('Wholesale');
    expect(fieldName(record, 'price.SEK')).toBe('price.SEK');
  });

  it('retry only the field that failed, never the one that went through', () => {
    const retry = retryableRows(foldJournal(journal(), false));
    expect(retry.map((r) => [r.key, r.field])).toEqual([['1', 'wholesale']]);
  });

  it('revert only the field that was sent, looking its price up by change id', () => {
    const record = foldJournal(journal(), false);
    // The vendor's price field answers: the primary under the row key, the tier under its change id.
    const remote = new Map([[changeId(price1), '12.00'], [changeId(tier1), '7.00'], ['2', '22.00']]);
    const plan = planRevert(record, remote);
    expect(plan.changes.map((c) => [c.key, c.field ?? null, c.oldPrice, c.newPrice])).toEqual([['1', null, '12.00', '10.00']]);
    expect(plan.flagged.map((f) => [f.key, f.field ?? null, f.reason])).toEqual([
      ['1', 'wholesale', 'Not changed by this submission (error).'],
      ['2', null, 'Not changed by this submission (unknown).'],
    ]);
    // Ticking only the tier picks that (row, field), not the whole product.
    expect(revertRows(record, new Set([changeId(tier1)])).map((r) => r.field)).toEqual(['wholesale']);
  });

  it('revert a tier whose price moved since is flagged, while its product’s price goes back', () => {
    const ok = foldJournal([...journal().slice(0, 2), { t: 'outcome', results: [result(price1, 'ok'), result(tier1, 'ok')], at: '' }], false);
    const plan = planRevert(ok, new Map([[changeId(price1), '12.00'], [changeId(tier1), '7.50']]));
    expect(plan.changes.map((c) => [c.field ?? null, c.newPrice])).toEqual([[null, '10.00']]);
    expect(plan.flagged.filter((f) => f.key === '1').map((f) => [f.field, f.reason])).toEqual([['wholesale', 'Its price has changed since (now 7.50).']]);
  });

  it('mark a revert per field: the product’s price reverted leaves its tier revertable', () => {
    const original = foldJournal([...journal().slice(0, 2), { t: 'outcome', results: [result(price1, 'ok'), result(tier1, 'ok')], at: '' }], false);
    const back = row('1', undefined, '12.00', '10.00');
    const revert = foldJournal([start([back], { id: 'r', revertOf: 'x', at: '2026-01-02T00:00:00Z' }), { t: 'intent', req: 'r/1', keys: ['1'], at: '' }, { t: 'outcome', results: [result(back, 'ok')], at: '' }], false);
    const marked = withReverts(original, [revert]);
    expect(marked.rows.map((r) => [r.key, r.field ?? null, r.revertedBy ?? null])).toEqual([['1', null, 'r'], ['1', 'wholesale', null], ['2', null, null]]);
  });

  it('settle an unknown field by its own price at the vendor', () => {
    const remote = new Map([[changeId(tier1), '8.00'], ['1', '10.00']]);
    expect(settleByReading(tier1, remote)).toMatchObject({ key: '1', field: 'wholesale', status: 'ok', code: 'verified' });
    expect(settleByReading(price1, remote)).toMatchObject({ key: '1', status: 'skipped', code: 'not_applied' });
    expect(settleByReading(price1, remote)).not.toHaveProperty('field');
    // A field the vendor no longer answers for is not found, whatever the product's other fields say.
    expect(settleByReading(row('1', 'price.SEK', '110', '120'), remote)).toMatchObject({ field: 'price.SEK', status: 'error', code: 'not_found' });
  });

  it('find a stale field without blaming its product’s other field', () => {
    const remote = new Map([['1', '10.00'], [changeId(tier1), '7.25']]);
    expect(findStale([price1, tier1], remote)).toEqual([{ key: '1', sku: 'S-1', field: 'wholesale', expected: '7.00', remote: '7.25' }]);
  });
});
