/**
 * What the grid derives from the store: each row's problems and status, the problem list
 * and the counts. Computed over edited rows only, incrementally when only the edits
 * changed (a keystroke with 100,000 edits pending re-checks one row), and for large
 * catalogs after the grid has painted, so a bulk edit shows before it is recounted.
 */
import { useEffect, useState } from 'react';
import { isRemoval, type PriceEdit } from '../../../shared/grid/edit';
import { toMicros } from '../../../shared/grid/micros';
import { describeProblems, validatePrice, type PriceProblem, type SlipConfirmations, type ValidationOptions } from '../../../shared/grid/validate';
import { sameAmount } from '../../../shared/money';
import type { CatalogRow, RowResult } from '../../../shared/types';
import { currentLocale } from '../../app/locale';
import { useGrid, type GridState } from './slice';

export type RowStatus = 'unchanged' | 'changed' | 'problem' | RowResult['status'];

const differs = (edit: PriceEdit, price: string | null) => (isRemoval(edit) ? price !== null : price === null || toMicros(edit) !== toMicros(price));

/** The problems of a row's pending price (none for a removal or no change). */
function priceProblems(row: CatalogRow, edit: PriceEdit | undefined, validation: ValidationOptions, confirmed: SlipConfirmations): PriceProblem[] {
  // A removal has no price to judge; the preview flags it instead.
  if (edit === undefined || isRemoval(edit) || !differs(edit, row.price)) return [];
  const ok = confirmed[row.key];
  return validatePrice({ price: row.price, cost: row.cost, slipConfirmed: ok !== undefined && sameAmount(ok, edit) }, edit, validation, currentLocale());
}

/** The problem message of one row, or null: a value that could not be read comes first. */
export function rowProblem(row: CatalogRow, edit: PriceEdit | undefined, typed: string | undefined, validation: ValidationOptions, confirmed: SlipConfirmations = {}): string | null {
  if (typed) return typed;
  return describeProblems(priceProblems(row, edit, validation, confirmed));
}

/** A row's status as the Status column shows it. */
export function rowStatus(row: CatalogRow, state: Pick<GridState, 'edits' | 'problems' | 'results' | 'validation' | 'confirmedSlips'>): RowStatus {
  const edit = state.edits[row.key];
  // The platform's answer is the newest word on a row; editing the row again clears it.
  const result = state.results[row.key];
  if (result) return result.status;
  if (rowProblem(row, edit, state.problems[row.key], state.validation, state.confirmedSlips)) return 'problem';
  return edit !== undefined && differs(edit, row.price) ? 'changed' : 'unchanged';
}

export interface ProblemEntry {
  key: string;
  sku: string;
  name: string;
  message: string;
  /** The price looks like a decimal slip and waits for the person's confirmation. */
  slip: boolean;
}

export interface Inputs {
  rows: CatalogRow[];
  edits: Record<string, PriceEdit>;
  problems: Record<string, string>;
  validation: ValidationOptions;
  confirmedSlips: SlipConfirmations;
}

export interface Analysis {
  /** Rows with a problem, by key, in the order they were found. */
  problems: Map<string, ProblemEntry>;
  changed: Set<string>;
}

let cache: { inputs: Inputs; byKey: Map<string, CatalogRow>; analysis: Analysis } | null = null;

function judge(key: string, inputs: Inputs, byKey: Map<string, CatalogRow>, out: Analysis): void {
  out.changed.delete(key);
  out.problems.delete(key);
  const row = byKey.get(key);
  if (!row) return;
  const edit = inputs.edits[key];
  if (edit !== undefined && differs(edit, row.price)) out.changed.add(key);
  const typed = inputs.problems[key];
  const found = typed ? [] : priceProblems(row, edit, inputs.validation, inputs.confirmedSlips);
  const message = typed ?? describeProblems(found);
  if (message) out.problems.set(key, { key, sku: row.sku, name: row.name, message, slip: found[0]?.code === 'decimal_slip' });
}

/** Every row with a problem and the set of changed keys; memoised, incremental on edits. */
export function analyse(inputs: Inputs): Analysis {
  const prev = cache;
  if (
    prev &&
    prev.inputs.rows === inputs.rows &&
    prev.inputs.problems === inputs.problems &&
    prev.inputs.validation === inputs.validation &&
    prev.inputs.confirmedSlips === inputs.confirmedSlips
  ) {
    if (prev.inputs.edits === inputs.edits) return prev.analysis;
    // Only the edits changed: re-judge the keys whose value differs.
    const analysis: Analysis = { problems: new Map(prev.analysis.problems), changed: new Set(prev.analysis.changed) };
    const before = prev.inputs.edits;
    for (const key in inputs.edits) if (before[key] !== inputs.edits[key]) judge(key, inputs, prev.byKey, analysis);
    for (const key in before) if (!(key in inputs.edits)) judge(key, inputs, prev.byKey, analysis);
    cache = { inputs, byKey: prev.byKey, analysis };
    return analysis;
  }
  const byKey = prev && prev.inputs.rows === inputs.rows ? prev.byKey : new Map(inputs.rows.map((r) => [r.key, r]));
  const analysis: Analysis = { problems: new Map(), changed: new Set() };
  for (const key in inputs.edits) judge(key, inputs, byKey, analysis);
  for (const key in inputs.problems) if (!(key in inputs.edits)) judge(key, inputs, byKey, analysis);
  cache = { inputs, byKey, analysis };
  return analysis;
}

/** Analysis of the current store state (for filters, outside React). */
export const analyseNow = () => {
  const s = useGrid.getState();
  return analyse({ rows: s.rows, edits: s.edits, problems: s.problems, validation: s.validation, confirmedSlips: s.confirmedSlips });
};

const sameDeps = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/** Below this many edited rows, derived figures are computed at once; above, after the next paint. */
const SYNC_LIMIT = 5000;

/**
 * `compute()` for the inputs, immediately when the work is small, otherwise once the browser
 * has painted the change (requestAnimationFrame runs before the paint, the timeout after it).
 */
export function useAfterPaint<T>(compute: () => T, deps: readonly unknown[], small: boolean): T | null {
  const [memo, setMemo] = useState<{ deps: readonly unknown[]; value: T } | null>(null);
  const [later, setLater] = useState<{ deps: readonly unknown[]; value: T } | null>(null);
  let now: T | null = null;
  if (small) {
    if (memo && sameDeps(memo.deps, deps)) now = memo.value;
    else {
      now = compute();
      setMemo({ deps, value: now });
    }
  }
  useEffect(() => {
    if (small) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setLater({ deps, value: compute() }), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what compute reads
  }, [small, ...deps]);
  return small ? now : (later?.value ?? null);
}

let positions: { rows: CatalogRow[]; index: Map<string, number> } | null = null;

/** Problems listed in the order the rows appear in the catalog. */
function inCatalogOrder(rows: CatalogRow[], list: ProblemEntry[]): ProblemEntry[] {
  if (positions?.rows !== rows) positions = { rows, index: new Map(rows.map((r, i) => [r.key, i])) };
  const index = positions.index;
  return list.sort((a, b) => (index.get(a.key) ?? 0) - (index.get(b.key) ?? 0));
}

export interface GridSummary {
  changed: number;
  problems: ProblemEntry[];
  editCount: number;
}

/** Counts and problem list for the toolbar, status bar and problems panel. */
export function useGridSummary(): GridSummary {
  const rows = useGrid((s) => s.rows);
  const edits = useGrid((s) => s.edits);
  const problems = useGrid((s) => s.problems);
  const validation = useGrid((s) => s.validation);
  const confirmedSlips = useGrid((s) => s.confirmedSlips);
  const editCount = Object.keys(edits).length;
  const summary = useAfterPaint(
    () => {
      const a = analyse({ rows, edits, problems, validation, confirmedSlips });
      return { changed: a.changed.size, problems: inCatalogOrder(rows, [...a.problems.values()]), editCount };
    },
    [rows, edits, problems, validation, confirmedSlips],
    editCount < SYNC_LIMIT,
  );
  const [last, setLast] = useState<GridSummary>({ changed: 0, problems: [], editCount: 0 });
  // Keep showing the previous figures while new ones are worked out.
  if (summary && summary !== last) setLast(summary);
  return summary ?? last;
}
