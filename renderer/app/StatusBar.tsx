import type { GridApi } from 'ag-grid-community';
import { useEffect, useReducer, useState } from 'react';
import { selectionStats, type SelectionStats, type StatCell } from '../../shared/grid/selection-stats';
import { money } from '../features/grid/cell-text';
import { isNumericColumn } from '../features/grid/columns';
import { useGridSummary } from '../features/grid/derived';
import { chosenField, inChosenField } from '../features/grid/field-filter';
import { selectedCells } from '../features/grid/interactions';
import { useSelection } from '../features/grid/selection';
import { useGrid } from '../features/grid/slice';
import { useGridView } from '../features/grid/view';
import { t } from '../i18n';
import { showNumber } from './locale';

/**
 * The grid's API while its grid lives. A change of language remounts the window: until the
 * new grid is ready, the store still holds the old one's API, which can no longer be read.
 */
const live = (api: GridApi | null): GridApi | null => (api && !api.isDestroyed() ? api : null);

/**
 * How many rows the grid shows after its search and filters, read from the grid on every
 * render (never kept aside, so it cannot go stale), and rendered again when the grid's rows change.
 */
function useShownRows(): number | null {
  const api = live(useGridView((s) => s.api));
  const [, repaint] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!api) return;
    const events = ['modelUpdated', 'firstDataRendered', 'rowDataUpdated', 'gridPreDestroyed'] as const;
    for (const event of events) api.addEventListener(event, repaint);
    return () => {
      if (!api.isDestroyed()) for (const event of events) api.removeEventListener(event, repaint);
    };
  }, [api]);
  return api && !api.isDestroyed() ? api.getDisplayedRowCount() : null;
}

/** Cells read per slice: Ctrl+A on 100,000 rows is a million cells, read without freezing the window. */
const SLICE = 20_000;

/** Sum, Average and Count of the selected cells (two or more), worked out after the grid paints, in slices. */
function useSelectionStats(): SelectionStats | null {
  const api = live(useGridView((s) => s.api));
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
      if (!cells || !api || api.isDestroyed()) return setStats(null);
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
  const loading = useGrid((s) => s.loading);
  const fields = useGrid((s) => s.fields);
  const total = useGrid((s) => s.rows.length);
  // Deferred counts: a bulk edit of 100,000 rows shows in the grid before they are recounted.
  const summary = useGridSummary();
  const shown = useShownRows();
  const stats = useSelectionStats();
  const filterField = useGridView((v) => v.filterField);
  const chosen = chosenField(fields, filterField);
  const changed = chosen ? [...summary.changedCells].filter((id) => inChosenField(id, chosen)).length : summary.changed;
  const problems = chosen ? summary.problems.filter((p) => inChosenField(p.id, chosen)).length : summary.problems.length;
  const n = showNumber;
  // A field chosen for the filters: the counts are that field's, and say so.
  const field = chosen ? { field: chosen.label } : null;
  return (
    <footer className="statusbar" data-testid="statusbar">
      {loading ? (
        <span data-testid="status-loading">
          {t('app:status.loading')} {loading.total ? t('app:status.progress', { done: n(loading.done), total: n(loading.total) }) : ''}
          <button type="button" className="statusbar-cancel" data-testid="catalog-cancel" onClick={() => void useGrid.getState().cancelLoad()}>
            {t('common:cancel')}
          </button>
        </span>
      ) : (
        <span data-testid="status-rows">
          {shown !== null && shown < total ? t('app:status.shownRows', { count: total, shown: n(shown), n: n(total) }) : t('app:status.rows', { count: total, n: n(total) })}
        </span>
      )}
      <span data-testid="status-changed">{field ? t('app:status.changedIn', { count: changed, n: n(changed), ...field }) : t('app:status.changed', { count: changed, n: n(changed) })}</span>
      <span data-testid="status-problems" className={problems ? 'has-problems' : undefined}>
        {field ? t('app:status.problemsIn', { count: problems, n: n(problems), ...field }) : t('app:status.problems', { count: problems, n: n(problems) })}
      </span>
      {stats && (
        <span className="statusbar-stats" data-testid="status-selection">
          {stats.sum !== null && <span data-testid="status-sum">{t('app:status.sum', { value: money(stats.sum, stats.currency) })}</span>}
          {stats.average !== null && <span data-testid="status-average">{t('app:status.average', { value: money(stats.average, stats.currency) })}</span>}
          <span data-testid="status-count">{t('app:status.count', { n: n(stats.count) })}</span>
        </span>
      )}
    </footer>
  );
}
