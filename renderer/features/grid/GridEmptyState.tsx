/**
 * What the grid says when it shows no rows, in our words instead of AG Grid's "No Rows To
 * Show": no connection chosen, prices loading, a load that failed or was cancelled, a
 * catalog with no products, or search and filters that leave nothing (named, with a way
 * to clear them). Used as AG Grid's overlay component for every overlay it would show.
 */
import type { GridApi, IOverlayParams } from 'ag-grid-community';
import { t } from '../../i18n';
import { showNumber } from '../../app/locale';
import { useConnections } from '../connections/slice';
import { chosenField } from './field-filter';
import { activeColumnFilters } from './filters';
import { useGrid } from './slice';
import { useGridView } from './view';

/** The search and filters in force, in words ("search "kenya"", "Only changed", "Name contains "x""). */
function filtersInWords(api: GridApi): string[] {
  const v = useGridView.getState();
  const words: string[] = [];
  if (v.search.trim()) words.push(t('grid:empty.search', { text: v.search.trim() }));
  const chosen = chosenField(useGrid.getState().fields, v.filterField);
  const inField = chosen ? t('grid:empty.inField', { field: chosen.label }) : '';
  if (v.onlyChanged) words.push(t('grid:empty.onlyChanged', { inField }));
  if (v.onlyProblems) words.push(t('grid:empty.onlyProblems', { inField }));
  return [...words, ...activeColumnFilters(api).map((f) => f.text)];
}

/** Clears the search, the two checkboxes and every column filter. */
function clearAll(api: GridApi): void {
  useGridView.getState().set({ search: '', onlyChanged: false, onlyProblems: false });
  api.setFilterModel(null);
  api.onFilterChanged();
}

export function GridEmptyState({ api, overlayType }: IOverlayParams) {
  const connectionId = useGrid((s) => s.connectionId);
  const loading = useGrid((s) => s.loading);
  const loadProblem = useGrid((s) => s.loadProblem);
  const rowCount = useGrid((s) => s.rows.length);
  const label = useConnections((s) => s.connections.find((c) => c.id === connectionId)?.label);
  // Before the connection list arrives (it always holds the Demo shop) or while the chosen one is about to load.
  const opening = useConnections((s) => s.connections.length === 0 || s.activeId !== null);
  // Re-render when a filter changes, so the words follow it.
  useGridView((s) => `${s.search}|${s.onlyChanged}|${s.onlyProblems}|${s.filterField}|${JSON.stringify(s.columnFilters)}`);

  let body: React.ReactNode;
  if (!connectionId) {
    body = opening ? <p>{t('grid:empty.opening')}</p> : <p>{t('grid:empty.noConnection')}</p>;
  } else if (loading) {
    body = <p>{t('grid:empty.loading', { name: label ?? t('grid:empty.thisConnection') })}</p>;
  } else if (loadProblem) {
    body = <p>{t('grid:empty.loadProblem', { problem: loadProblem })}</p>;
  } else if (rowCount === 0) {
    body = <p>{label ? t('grid:empty.noProducts', { name: label }) : t('grid:empty.noProductsHere')}</p>;
  } else if (overlayType === 'noMatchingRows') {
    const words = filtersInWords(api);
    body = (
      <>
        <p>{t('grid:empty.noMatch', { count: rowCount, n: showNumber(rowCount), what: words.length ? words.join(t('grid:empty.and')) : t('grid:empty.theFilters') })}</p>
        <button type="button" data-testid="empty-clear-filters" onClick={() => clearAll(api)}>
          {words.length > 1 ? t('grid:empty.clearAll') : t('grid:empty.clearOne')}
        </button>
      </>
    );
  } else {
    body = <p>{t('grid:empty.nothing')}</p>;
  }
  return (
    <div className="grid-empty" data-testid="grid-empty" role="status">
      {body}
    </div>
  );
}
