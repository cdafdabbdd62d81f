/**
 * What the grid derives from the store: each price cell's problems, each row's status, the
 * problem list and the counts. Computed over edited cells only, incrementally when only the
 * edits changed (a keystroke with 100,000 edits pending re-checks one row), and for large
 * catalogs after the grid has painted, so a bulk edit shows before it is recounted.
 *
 * Cells are (row, price field)s keyed by cell id (shared/grid/cells.ts). A cell is judged
 * against its own field (its current price, decimals, the cost it is held against) and by
 * the rules between the row's fields (shared/field-rules.ts), which read every field's
 * price as it would be after sending: so an edit re-judges its whole row.
 */
import { useEffect, useState } from 'react';
import { cellId, cellFields, currentPrice, pendingPrice, splitCellId } from '../../../shared/grid/cells';
import { isRemoval, type PriceEdit } from '../../../shared/grid/edit';
import { toMicros } from '../../../shared/grid/micros';
import { validatePrice, type PriceProblem } from '../../../shared/grid/validate';
import { wordProblems } from '../../i18n/problems';
import { costOfField, fieldWarnings } from '../../../shared/field-rules';
import { sameAmount } from '../../../shared/money';
import { formatMoney } from '../../../shared/format/money-format';
import type { PriceField } from '../../../shared/price-fields';
import type { CatalogRow, RowResult } from '../../../shared/types';
import { currentLocale } from '../../app/locale';
import { t } from '../../i18n';
import { useGrid, type GridState } from './slice';

export type RowStatus = 'unchanged' | 'changed' | 'problem' | RowResult['status'];

const differs = (edit: PriceEdit, price: string | null) => (isRemoval(edit) ? price !== null : price === null || toMicros(edit) !== toMicros(price));

/** What judging a cell reads from the store. */
export type JudgeState = Pick<GridState, 'edits' | 'problems' | 'validation' | 'confirmedSlips' | 'fields'>;

/** The connection's field by id, worked out once per field list. */
let fieldIndex: { fields: readonly PriceField[]; byId: Map<string, PriceField>; primary: PriceField | undefined } | null = null;
function fieldsOf(fields: readonly PriceField[]) {
  if (fieldIndex?.fields !== fields) fieldIndex = { fields, byId: new Map(fields.map((f) => [f.id, f])), primary: fields.find((f) => f.primary) };
  return fieldIndex;
}

/**
 * The cost a field's new price is held against, pending edits included: the field's cost
 * field; for the primary, as the Margin % column reads it (the row's cost where the
 * connection has no cost field).
 */
function costFor(row: CatalogRow, field: PriceField | undefined, state: JudgeState): string | null {
  return costOfField(row.cost, state.fields, field, (id) => pendingPrice(row, id, state.edits));
}

/**
 * The rules between the row's fields that this cell takes part in (as the judged field or
 * the one compared with), below cost left to validatePrice. Empty for a connection with
 * one field, or a row whose fields the grid does not hold.
 */
function crossFieldProblems(row: CatalogRow, fieldId: string | undefined, state: JudgeState): PriceProblem[] {
  const { fields } = state;
  if (fields.length < 2 || !row.prices) return [];
  const { primary } = fieldsOf(fields);
  const id = fieldId ?? primary?.id;
  const prices: Record<string, string | null> = {};
  for (const f of fields) prices[f.id] = pendingPrice(row, f.primary ? undefined : f.id, state.edits);
  const locale = currentLocale();
  return fieldWarnings(fields, prices, (amount) => formatMoney(amount, locale, null))
    .filter((w) => w.rule !== 'below_cost' && (w.field === id || w.against === id))
    .map((w) => ({ code: 'cross_field', message: w.message, params: { ...w.params, rule: w.rule } }));
}

/** The problems of a cell's pending price (none for a removal or no change). */
function priceProblems(row: CatalogRow, fieldId: string | undefined, state: JudgeState): PriceProblem[] {
  const id = cellId(row.key, fieldId);
  const edit = state.edits[id];
  const old = currentPrice(row, fieldId);
  // A removal has no price to judge; the preview flags it instead.
  if (edit === undefined || isRemoval(edit) || !differs(edit, old)) return [];
  const field = fieldId === undefined ? undefined : fieldsOf(state.fields).byId.get(fieldId);
  const ok = state.confirmedSlips[id];
  const options = field ? { ...state.validation, maxDecimals: field.decimals } : state.validation;
  const own = validatePrice({ price: old, cost: costFor(row, field, state), slipConfirmed: ok !== undefined && sameAmount(ok, edit) }, edit, options, currentLocale());
  return [...own, ...crossFieldProblems(row, fieldId, state)];
}

/** The problem message of one cell, or null: a value that could not be read comes first. */
export function cellProblem(row: CatalogRow, fieldId: string | undefined, state: JudgeState): string | null {
  return state.problems[cellId(row.key, fieldId)] ?? wordProblems(priceProblems(row, fieldId, state));
}

/** The first problem among a row's cells, named by its field where it is not the primary's. */
export function rowProblem(row: CatalogRow, state: JudgeState): string | null {
  for (const field of cellFields(state.fields)) {
    const problem = cellProblem(row, field, state);
    if (problem) return field === undefined ? problem : t('grid:named', { field: fieldsOf(state.fields).byId.get(field)?.label ?? field, text: problem });
  }
  return null;
}

/** A row's status as the Status column shows it: the platform's answer, a problem, or a change in any of its fields. */
export function rowStatus(row: CatalogRow, state: JudgeState & Pick<GridState, 'results'>): RowStatus {
  const fields = cellFields(state.fields);
  // The platform's answer is the newest word on a row; editing the cell again clears it.
  for (const field of fields) {
    const result = state.results[cellId(row.key, field)];
    if (result) return result.status;
  }
  if (rowProblem(row, state)) return 'problem';
  return fields.some((field) => {
    const edit = state.edits[cellId(row.key, field)];
    return edit !== undefined && differs(edit, currentPrice(row, field));
  })
    ? 'changed'
    : 'unchanged';
}

export interface ProblemEntry {
  /** The cell id (the row key for the primary field). */
  id: string;
  key: string;
  /** The field's id where the cell is not the primary field's. */
  field?: string;
  /** The field's label, to name it in the problems panel ("Wholesale"); absent for the primary field. */
  fieldLabel?: string;
  sku: string;
  name: string;
  message: string;
  /** The price looks like a decimal slip and waits for the person's confirmation. */
  slip: boolean;
}

export interface Inputs extends JudgeState {
  rows: CatalogRow[];
}

export interface Analysis {
  /** Cells with a problem, by cell id, in the order they were found. */
  problems: Map<string, ProblemEntry>;
  /** Cell ids whose pending price differs from the current one. */
  changed: Set<string>;
}

let cache: { inputs: Inputs; byKey: Map<string, CatalogRow>; analysis: Analysis } | null = null;

function judge(id: string, inputs: Inputs, byKey: Map<string, CatalogRow>, out: Analysis): void {
  out.changed.delete(id);
  out.problems.delete(id);
  const { key, field } = splitCellId(id);
  const row = byKey.get(key);
  // A cell of a field the connection no longer lists is not judged (nor sent: pendingChanges).
  const meta = field === undefined ? undefined : fieldsOf(inputs.fields).byId.get(field);
  if (!row || (field !== undefined && !meta)) return;
  const edit = inputs.edits[id];
  if (edit !== undefined && differs(edit, currentPrice(row, field))) out.changed.add(id);
  const typed = inputs.problems[id];
  const found = typed ? [] : priceProblems(row, field, inputs);
  const message = typed ?? wordProblems(found);
  if (message) out.problems.set(id, { id, key, ...(meta ? { field, fieldLabel: meta.label } : {}), sku: row.sku, name: row.name, message, slip: found[0]?.code === 'decimal_slip' });
}

/** Judges every cell of a row that has an edit or a mark (the rules between fields tie them together). */
function judgeRow(key: string, inputs: Inputs, byKey: Map<string, CatalogRow>, out: Analysis): void {
  for (const field of cellFields(inputs.fields)) {
    const id = cellId(key, field);
    if (id in inputs.edits || id in inputs.problems || out.changed.has(id) || out.problems.has(id)) judge(id, inputs, byKey, out);
  }
}

/** Every cell with a problem and the set of changed cells; memoised, incremental on edits. */
export function analyse(inputs: Inputs): Analysis {
  const prev = cache;
  if (
    prev &&
    prev.inputs.rows === inputs.rows &&
    prev.inputs.fields === inputs.fields &&
    prev.inputs.problems === inputs.problems &&
    prev.inputs.validation === inputs.validation &&
    prev.inputs.confirmedSlips === inputs.confirmedSlips
  ) {
    if (prev.inputs.edits === inputs.edits) return prev.analysis;
    // Only the edits changed: re-judge the cells whose value differs (their whole rows where
    // the connection has several fields, whose rules read each other).
    const analysis: Analysis = { problems: new Map(prev.analysis.problems), changed: new Set(prev.analysis.changed) };
    const before = prev.inputs.edits;
    const several = inputs.fields.length > 1;
    const rejudge = (id: string) => (several ? judgeRow(splitCellId(id).key, inputs, prev.byKey, analysis) : judge(id, inputs, prev.byKey, analysis));
    for (const id in inputs.edits) if (before[id] !== inputs.edits[id]) rejudge(id);
    for (const id in before) if (!(id in inputs.edits)) rejudge(id);
    cache = { inputs, byKey: prev.byKey, analysis };
    return analysis;
  }
  const byKey = prev && prev.inputs.rows === inputs.rows ? prev.byKey : new Map(inputs.rows.map((r) => [r.key, r]));
  const analysis: Analysis = { problems: new Map(), changed: new Set() };
  for (const id in inputs.edits) judge(id, inputs, byKey, analysis);
  for (const id in inputs.problems) if (!(id in inputs.edits)) judge(id, inputs, byKey, analysis);
  cache = { inputs, byKey, analysis };
  return analysis;
}

/** Analysis of the current store state (for filters, outside React). */
export const analyseNow = () => {
  const s = useGrid.getState();
  return analyse({ rows: s.rows, fields: s.fields, edits: s.edits, problems: s.problems, validation: s.validation, confirmedSlips: s.confirmedSlips });
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
  /** The changed cells' ids, for counts per field (field-filter.ts). */
  changedCells: ReadonlySet<string>;
  problems: ProblemEntry[];
  editCount: number;
}

const counts = new WeakMap<object, number>();

/**
 * How many edits are pending, counted once per edits record: Object.keys over 100,000
 * edits takes ~15 ms, and the toolbar, status bar, grid bar and export menu all ask on
 * every render a bulk edit causes.
 */
export function editCount(edits: GridState['edits']): number {
  let n = counts.get(edits);
  if (n === undefined) counts.set(edits, (n = Object.keys(edits).length));
  return n;
}

/** Counts and problem list for the toolbar, status bar and problems panel. */
export function useGridSummary(): GridSummary {
  const rows = useGrid((s) => s.rows);
  const edits = useGrid((s) => s.edits);
  const problems = useGrid((s) => s.problems);
  const validation = useGrid((s) => s.validation);
  const confirmedSlips = useGrid((s) => s.confirmedSlips);
  const fields = useGrid((s) => s.fields);
  const summary = useAfterPaint(
    () => {
      const a = analyse({ rows, fields, edits, problems, validation, confirmedSlips });
      return { changed: a.changed.size, changedCells: a.changed, problems: inCatalogOrder(rows, [...a.problems.values()]), editCount: editCount(edits) };
    },
    [rows, fields, edits, problems, validation, confirmedSlips],
    editCount(edits) < SYNC_LIMIT,
  );
  const [last, setLast] = useState<GridSummary>({ changed: 0, changedCells: new Set(), problems: [], editCount: 0 });
  // Keep showing the previous figures while new ones are worked out.
  if (summary && summary !== last) setLast(summary);
  return summary ?? last;
}
