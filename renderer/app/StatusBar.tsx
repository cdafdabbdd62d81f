import { useEffect, useState } from 'react';
import { selectionStats, type SelectionStats, type StatCell } from '../../shared/grid/selection-stats';
import { money } from '../features/grid/cell-text';
import { isNumericColumn } from '../features/grid/columns';
import { useGridSummary } from '../features/grid/derived';
import { chosenField, inChosenField } from '../features/grid/field-filter';
import { selectedCells } from '../features/grid/interactions';
import { useSelection } from '../features/grid/selection';
import { useGrid } from '../features/grid/slice';
import { useGridView } from '../features/grid/view';

/** How many rows the grid shows after its search and filters, kept up to date. */
function useShownRows(): number | null {
  const api = useGridView((s) => s.api);
  const [shown, setShown] = useState<number | null>(null);
  useEffect(() => {
    if (!api) return;
    const update = () => setShown(api.getDisplayedRowCount());
    update();
    api.addEventListener('modelUpdated', update);
    return () => {
      if (!api.isDestroyed()) api.removeEventListener('modelUpdated', update);
    };
  }, [api]);
  return shown;
}

/** Cells read per slice: Ctrl+A on 100,000 rows is a million cells, read without freezing the window. */
const SLICE = 20_000;

/** Sum, Average and Count of the selected cells (two or more), worked out after the grid paints, in slices. */
function useSelectionStats(): SelectionStats | null {
  const api = useGridView((s) => s.api);
  const anchor = useSelection((s) => s.anchor);
  const focus = useSelection((s) => s.focus);
  const edits = useGrid((s) => s.edits);
  const [stats, setStats] = useState<SelectionStats | null>(null);
  useEffect(() => {
    const several = api && anchor && focus && (anchor.row !== focus.row || anchor.col !== focus.col);
    const cells = several ? selectedCells(api, isNumericColumn) : null;
    const read: StatCell[] = [];
    let timer: ReturnType<typeof setTimeout>;
    const step = () => {
      if (!cells) return setStats(null);
      for (let i = 0; i < SLICE; i++) {
        const next = cells.next();
        if (next.done) return setStats(selectionStats(read));
        read.push(next.value);
      }
      timer = setTimeout(step, 0);
    };
    timer = setTimeout(step, 0);
    return () => clearTimeout(timer);
  }, [api, anchor, focus, edits]);
  return stats;
}

export function StatusBar() {
  const state = useGrid();
  // Deferred counts: a bulk edit of 100,000 rows shows in the grid before they are recounted.
  const summary = useGridSummary();
  const shown = useShownRows();
  const stats = useSelectionStats();
  // With a field chosen for the filters, the counts are that field's, and say so.
  const filterField = useGridView((v) => v.filterField);
  const chosen = chosenField(state.fields, filterField);
  const changed = chosen ? [...summary.changedCells].filter((id) => inChosenField(id, chosen)).length : summary.changed;
  const problems = chosen ? summary.problems.filter((p) => inChosenField(p.id, chosen)).length : summary.problems.length;
  const inField = chosen ? ` in ${chosen.label}` : '';
  const total = state.rows.length;
  return (
    <footer className="statusbar" data-testid="statusbar">
      {state.loading ? (
        <span data-testid="status-loading">
          Loading prices… {state.loading.total ? `${state.loading.done} of ${state.loading.total}` : ''}
          <button type="button" className="statusbar-cancel" data-testid="catalog-cancel" onClick={() => void state.cancelLoad()}>
            Cancel
          </button>
        </span>
      ) : (
        <span data-testid="status-rows">{shown !== null && shown < total ? `${shown} of ${total} rows` : `${total} rows`}</span>
      )}
      <span data-testid="status-changed">
        {changed} changed{inField}
      </span>
      <span data-testid="status-problems" className={problems ? 'has-problems' : undefined}>
        {problems} {problems === 1 ? 'problem' : 'problems'}
        {inField}
      </span>
      {stats && (
        <span className="statusbar-stats" data-testid="status-selection">
          {stats.sum !== null && <span data-testid="status-sum">Sum: {money(stats.sum, stats.currency)}</span>}
          {stats.average !== null && <span data-testid="status-average">Average: {money(stats.average, stats.currency)}</span>}
          <span data-testid="status-count">Count: {stats.count}</span>
        </span>
      )}
    </footer>
  );
}
