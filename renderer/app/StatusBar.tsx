import { useGridSummary } from '../features/grid/derived';
import { useGrid } from '../features/grid/slice';

export function StatusBar() {
  const state = useGrid();
  // Deferred counts: a bulk edit of 100,000 rows shows in the grid before they are recounted.
  const summary = useGridSummary();
  const changed = summary.changed;
  const problems = summary.problems.length;
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
        <span data-testid="status-rows">{state.rows.length} rows</span>
      )}
      <span data-testid="status-changed">{changed} changed</span>
      <span data-testid="status-problems" className={problems ? 'has-problems' : undefined}>
        {problems} {problems === 1 ? 'problem' : 'problems'}
      </span>
    </footer>
  );
}
