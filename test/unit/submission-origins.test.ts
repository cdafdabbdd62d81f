/** Issue #13, history: where a submission's prices came from, and which rows a revert already covered. */
import { describe, expect, it } from 'vitest';
import { describeRule } from '../../shared/grid/bulk';
import { emptyHistory, record, sourcesOf, undo, type HistoryStep } from '../../shared/grid/history';
import { countOrigins, describeOrigins, foldJournal, isRevertable, markReverts, planRevert, type JournalEntry, type JournalRow } from '../../shared/submission';

const row = (key: string): JournalRow => ({ key, sku: `S-${key}`, name: key, oldPrice: '10.00', newPrice: '12.00', currency: 'EUR', vendorIds: {} });
const ok = (key: string) => ({ key, sku: `S-${key}`, status: 'ok' as const, message: null, code: null });
function submission(id: string, at: string, keys: string[], extra: Partial<Extract<JournalEntry, { t: 'start' }>> = {}, status: 'ok' | 'error' = 'ok') {
  const start: JournalEntry = { t: 'start', id, at, connectionId: 'c', connectionLabel: 'Shop', vendor: 'sandbox', user: 'ana', source: 'app', rows: keys.map(row), retryOf: null, revertOf: null, ...extra };
  return foldJournal([start, { t: 'outcome', results: keys.map((k) => ({ ...ok(k), status })), at }, { t: 'end', at, failure: null }], false);
}

describe('the source of each pending price', () => {
  const step = (keys: string[], after: (string | null)[], source?: HistoryStep['source']): HistoryStep => ({ label: 'x', keys, before: keys.map(() => null), after, ...(source ? { source } : {}) });

  it('is the newest step still in the undo history that set it; no step means the saved draft', () => {
    let history = record(emptyHistory(), step(['a', 'b'], ['11', '12'], { kind: 'import', detail: 'spring.xlsx' }));
    history = record(history, step(['b'], ['13']));
    history = record(history, step(['a'], ['14'], { kind: 'bulk', detail: '+5 % on 1 row' }));
    expect(sourcesOf(history, ['a', 'b', 'c'])).toEqual([{ kind: 'bulk', detail: '+5 % on 1 row' }, { kind: 'typed', detail: null }, { kind: 'draft', detail: null }]);
    // Undone steps no longer explain a price: the import's value is back for a.
    expect(sourcesOf(undo(history)!.history, ['a'])).toEqual([{ kind: 'import', detail: 'spring.xlsx' }]);
  });

  it('counts rows per origin and names them', () => {
    const origins = countOrigins([{ kind: 'import', detail: 'a.xlsx' }, { kind: 'typed', detail: null }, { kind: 'import', detail: 'a.xlsx' }]);
    expect(origins).toEqual([{ kind: 'import', detail: 'a.xlsx', rows: 2 }, { kind: 'typed', detail: null, rows: 1 }]);
    expect(describeOrigins(origins)).toBe('import of a.xlsx (2 rows), typed in the grid (1 row)');
    expect(describeOrigins([{ kind: 'cli', detail: 'new-prices.csv', rows: 9 }])).toBe('command line, new-prices.csv');
    expect(describeOrigins([])).toBe('not recorded');
  });

  it('describes a bulk rule in a few words', () => {
    expect(describeRule({ operation: { kind: 'addPercent', percent: '5' }, rounding: { kind: 'ending', ending: '0.99', mode: 'nearest' } }, 84)).toBe('+5 % on 84 rows, rounded to .99');
    expect(describeRule({ operation: { kind: 'set', value: '9.90' }, rounding: { kind: 'none' } }, 1)).toBe('set to 9.90 on 1 row');
    expect(describeRule({ operation: { kind: 'none' }, rounding: { kind: 'ending', ending: '0.95', mode: 'up' } }, 12)).toBe('rounded up to .95 on 12 rows');
    expect(describeRule({ operation: { kind: 'subtract', amount: '1' }, rounding: { kind: 'step', step: '0.05', mode: 'down' } }, 2)).toBe('−1 on 2 rows, rounded down to steps of 0.05');
  });

  it('reads an older journal without origins by what it was', () => {
    expect(submission('r', '2026-01-02', ['a'], { revertOf: 'x' }).origins).toEqual([{ kind: 'revert', detail: 'x', rows: 1 }]);
    expect(submission('c', '2026-01-02', ['a'], { source: 'cli' }).origins).toEqual([{ kind: 'cli', detail: null, rows: 1 }]);
    expect(submission('p', '2026-01-02', ['a'])).toMatchObject({ origins: [], note: null });
  });
});

describe('reverted rows', () => {
  it('marks the rows a revert covered, not those it failed on, and plans the rest only', () => {
    const original = submission('x', '2026-01-01', ['a', 'b', 'c']);
    const first = submission('r1', '2026-01-02', ['a'], { revertOf: 'x' });
    const failed = submission('r2', '2026-01-03', ['b'], { revertOf: 'x' }, 'error');
    const [marked] = markReverts([original, first, failed]);
    expect(marked).toMatchObject({ revertedBy: ['r1'], revertedRows: 1 });
    expect(marked!.rows.map((r) => [r.key, r.revertedBy ?? null, isRevertable(r)])).toEqual([['a', 'r1', false], ['b', null, true], ['c', null, true]]);
    const plan = planRevert(marked!, null);
    expect(plan.changes.map((c) => c.key)).toEqual(['b', 'c']);
    expect(plan.flagged).toEqual([{ key: 'a', sku: 'S-a', name: 'a', reason: 'Already reverted by submission r1.' }]);
    // Limited to chosen rows, the plan names only those.
    expect(planRevert(marked!, null, null, new Set(['c']))).toEqual({ changes: [expect.objectContaining({ key: 'c', newPrice: '10.00' })], flagged: [] });
  });
});
