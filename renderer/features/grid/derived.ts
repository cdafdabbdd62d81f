/**
 * What the grid derives from the store: each row's problems and status, the problem list
 * and the counts. Computed over edited rows only and memoised on the store's immutable
 * records, so a 100,000-row catalog with a few edits costs a few edits.
 */
import { useDeferredValue, useMemo } from 'react';
import { describeProblems, validatePrice, type ValidationOptions } from '../../../shared/grid/validate';
import { dec, sameAmount } from '../../../shared/money';
import type { CatalogRow, RowResult } from '../../../shared/types';
import { useGrid, type GridState } from './slice';

export type RowStatus = 'unchanged' | 'changed' | 'problem' | RowResult['status'];

/** The problem message of one row, or null: a value that could not be read comes first. */
export function rowProblem(row: CatalogRow, edit: string | undefined, typed: string | undefined, validation: ValidationOptions): string | null {
  if (typed) return typed;
  if (edit === undefined || sameAmount(edit, row.price)) return null;
  return describeProblems(validatePrice(row, edit, validation));
}

/** A row's status as the Status column shows it. */
export function rowStatus(row: CatalogRow, state: Pick<GridState, 'edits' | 'problems' | 'results' | 'validation'>): RowStatus {
  const edit = state.edits[row.key];
  // The platform's answer is the newest word on a row; editing the row again clears it.
  const result = state.results[row.key];
  if (result) return result.status;
  if (rowProblem(row, edit, state.problems[row.key], state.validation)) return 'problem';
  return edit !== undefined && (row.price === null || !dec(edit).eq(dec(row.price))) ? 'changed' : 'unchanged';
}

export interface ProblemEntry {
  key: string;
  sku: string;
  name: string;
  message: string;
}

interface Inputs {
  rows: CatalogRow[];
  edits: Record<string, string>;
  problems: Record<string, string>;
  validation: ValidationOptions;
}

let cache: { inputs: Inputs; byKey: Map<string, CatalogRow> | null; list: ProblemEntry[]; changed: Set<string>; problemKeys: Set<string> } | null = null;

/** Every row with a problem (in catalog order) and the set of changed keys; memoised. */
export function analyse(inputs: Inputs): { list: ProblemEntry[]; changed: Set<string>; problemKeys: Set<string> } {
  if (cache && cache.inputs.rows === inputs.rows && cache.inputs.edits === inputs.edits && cache.inputs.problems === inputs.problems && cache.inputs.validation === inputs.validation) {
    return { list: cache.list, changed: cache.changed, problemKeys: cache.problemKeys };
  }
  const byKey = cache && cache.inputs.rows === inputs.rows && cache.byKey ? cache.byKey : new Map(inputs.rows.map((r) => [r.key, r]));
  const list: ProblemEntry[] = [];
  const changed = new Set<string>();
  const keys = new Set([...Object.keys(inputs.edits), ...Object.keys(inputs.problems)]);
  for (const key of keys) {
    const row = byKey.get(key);
    if (!row) continue;
    const edit = inputs.edits[key];
    if (edit !== undefined && !sameAmount(edit, row.price)) changed.add(key);
    const message = rowProblem(row, edit, inputs.problems[key], inputs.validation);
    if (message) list.push({ key, sku: row.sku, name: row.name, message });
  }
  const problemKeys = new Set(list.map((p) => p.key));
  cache = { inputs, byKey, list, changed, problemKeys };
  return { list, changed, problemKeys };
}

/** Analysis of the current store state (for filters, outside React). */
export const analyseNow = () => {
  const s = useGrid.getState();
  return analyse({ rows: s.rows, edits: s.edits, problems: s.problems, validation: s.validation });
};

/**
 * Counts and problem list for the toolbar, status bar and problems panel. Deferred, so a
 * bulk edit of 100,000 rows shows in the grid first and the counts follow a moment later.
 */
export function useGridSummary() {
  const rows = useDeferredValue(useGrid((s) => s.rows));
  const edits = useDeferredValue(useGrid((s) => s.edits));
  const problems = useDeferredValue(useGrid((s) => s.problems));
  const validation = useDeferredValue(useGrid((s) => s.validation));
  return useMemo(() => {
    const { list, changed } = analyse({ rows, edits, problems, validation });
    return { changed: changed.size, problems: list, editCount: Object.keys(edits).length };
  }, [rows, edits, problems, validation]);
}
