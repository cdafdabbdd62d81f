/**
 * Undo/redo for price edits. A step records, for each row it touched, the new price before
 * and after (null = no pending edit), in parallel arrays: a bulk edit of 100,000 rows is
 * one step, and arrays of shared strings keep 100 such steps affordable. The oldest steps
 * are dropped first once the limit is reached.
 */
import type { ChangeOrigin } from '../submission';
import type { CatalogRow } from '../types';
import type { PriceEdit } from './edit';

/** What made a step's prices (typed, paste, a bulk rule, an import…), for the submission's history. */
export type EditSource = Pick<ChangeOrigin, 'kind' | 'detail'>;
export const TYPED: EditSource = { kind: 'typed', detail: null };

/** One undoable change: what a paste, a fill, a bulk edit or a typed price did. */
export interface HistoryStep {
  label: string;
  /** Where its prices came from; typed in the grid when absent. */
  source?: EditSource;
  /** Rows the step added to the grid (an import's new products): undo removes them, redo adds them back. */
  rows?: CatalogRow[];
  keys: string[];
  before: (PriceEdit | null)[];
  after: (PriceEdit | null)[];
  /**
   * Problem marks (a typed or pasted value that could not be read) the step set or
   * cleared. Marking a cell is a change the person sees, so it is undone with the step; a
   * rejected value that left no step would make Ctrl+Z undo the good step before it.
   */
  marks?: MarkChange;
}

/** Marks by row key before and after a step, in parallel arrays (null: no mark). */
export interface MarkChange {
  keys: string[];
  before: (string | null)[];
  after: (string | null)[];
}

export interface History {
  past: HistoryStep[];
  future: HistoryStep[];
}

/** At least the 100 steps the issue asks for. */
export const HISTORY_LIMIT = 100;

export const emptyHistory = (): History => ({ past: [], future: [] });

/** Adds a step; a new step clears the redo list, and the oldest step goes past the limit. */
export function record(history: History, step: HistoryStep, limit = HISTORY_LIMIT): History {
  if (step.keys.length === 0 && !step.marks?.keys.length) return history;
  const past = history.past.length >= limit ? history.past.slice(history.past.length - limit + 1) : history.past.slice();
  past.push(step);
  return { past, future: [] };
}

/** The step to revert and the history after it, or null when there is nothing to undo. */
export function undo(history: History): { history: History; step: HistoryStep } | null {
  const step = history.past.at(-1);
  if (!step) return null;
  return { step, history: { past: history.past.slice(0, -1), future: [...history.future, step] } };
}

/** The step to apply again and the history after it, or null when there is nothing to redo. */
export function redo(history: History): { history: History; step: HistoryStep } | null {
  const step = history.future.at(-1);
  if (!step) return null;
  return { step, history: { past: [...history.past, step], future: history.future.slice(0, -1) } };
}

/**
 * Applies values to a record by key (null deletes) and returns a new record plus the values
 * it replaced, for recording the step. Keys listed twice keep their last value.
 */
export function applyValues<T>(record: Readonly<Record<string, T>>, keys: readonly string[], values: readonly (T | null)[]): { edits: Record<string, T>; before: (T | null)[] } {
  const next: Record<string, T> = { ...record };
  const before: (T | null)[] = new Array<T | null>(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    before[i] = next[key] ?? null;
    const value = values[i] ?? null;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return { edits: next, before };
}

/** `applyValues` for the pending edits. */
export const applyToEdits = (edits: Readonly<Record<string, PriceEdit>>, keys: readonly string[], values: readonly (PriceEdit | null)[]) => applyValues(edits, keys, values);

/** Reverts a step: the values before it, applied in reverse so repeated keys end right. */
export function revertValues(step: HistoryStep): { keys: string[]; values: (PriceEdit | null)[] } {
  return { keys: [...step.keys].reverse(), values: [...step.before].reverse() };
}

/**
 * The marks after a step that writes `written` keys (a new value clears the old mark) and
 * marks `marked` ones, with only the keys whose mark really changes. `next` is the input
 * object itself when nothing changes.
 */
export function changeMarks(
  marks: Record<string, string>,
  written: readonly string[],
  marked: Readonly<Record<string, string>>,
): { next: Record<string, string>; change: MarkChange } {
  const after = new Map<string, string | null>();
  for (const key of written) if (key in marks) after.set(key, null);
  for (const key in marked) after.set(key, marked[key]!);
  const change: MarkChange = { keys: [], before: [], after: [] };
  for (const [key, value] of after) {
    const old = marks[key] ?? null;
    if (old === value) continue;
    change.keys.push(key);
    change.before.push(old);
    change.after.push(value);
  }
  return { next: change.keys.length ? applyValues(marks, change.keys, change.after).edits : marks, change };
}

/**
 * Where each key's pending price came from: the newest step still in the undo history that
 * set it. A pending price no step explains came from the saved draft (or steps past the limit).
 */
export function sourcesOf(history: History, keys: readonly string[]): EditSource[] {
  const wanted = new Set(keys);
  const found = new Map<string, EditSource>();
  for (let s = history.past.length - 1; s >= 0 && found.size < wanted.size; s--) {
    const step = history.past[s]!;
    for (let i = step.keys.length - 1; i >= 0; i--) {
      const key = step.keys[i]!;
      if (wanted.has(key) && !found.has(key) && step.after[i] !== null) found.set(key, step.source ?? TYPED);
    }
  }
  return keys.map((key) => found.get(key) ?? { kind: 'draft', detail: null });
}
