import { useState } from 'react';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useConnections } from '../connections/slice';
import { useGridSummary } from './derived';
import { discardDraft } from './draft-autosave';
import { removeSelectedPrices } from './interactions';
import { useSelection } from './selection';
import { useGrid, vendorCapabilities } from './slice';
import { useGridView, type Panel } from './view';

/** Above the grid: quick search, filters, undo/redo, "Remove price", the panels and "Discard draft". */
export function GridBar() {
  const view = useGridView();
  const history = useGrid((s) => s.history);
  const summary = useGridSummary();
  const [confirming, setConfirming] = useState(false);
  const lastUndo = history.past.at(-1);
  const lastRedo = history.future.at(-1);
  const hasSelection = useSelection((s) => s.anchor !== null);
  // Only connectors that can remove a price at the vendor offer it.
  const connectionId = useGrid((s) => s.connectionId);
  const canRemove = useConnections((s) => vendorCapabilities(s, connectionId)?.deletesPrices ?? false);
  const toggle = (panel: Panel) => view.set({ panel: view.panel === panel ? null : panel });

  return (
    <div className="grid-bar" data-testid="grid-bar">
      <input
        type="search"
        className="grid-search"
        placeholder="Search SKU or name"
        aria-label="Search SKU or name"
        data-testid="grid-search"
        value={view.search}
        onChange={(e) => view.set({ search: e.target.value })}
      />
      <label className="check">
        <input type="checkbox" data-testid="filter-changed" checked={view.onlyChanged} onChange={(e) => view.set({ onlyChanged: e.target.checked })} />
        Only changed
      </label>
      <label className="check">
        <input type="checkbox" data-testid="filter-problems" checked={view.onlyProblems} onChange={(e) => view.set({ onlyProblems: e.target.checked })} />
        Only problems
      </label>
      <span className="grid-bar-spacer" />
      <button type="button" data-testid="undo" disabled={!lastUndo} title={lastUndo ? `Undo ${lastUndo.label} (Ctrl+Z)` : 'Nothing to undo'} onClick={() => useGrid.getState().undo()}>
        Undo
      </button>
      <button type="button" data-testid="redo" disabled={!lastRedo} title={lastRedo ? `Redo ${lastRedo.label} (Ctrl+Shift+Z)` : 'Nothing to redo'} onClick={() => useGrid.getState().redo()}>
        Redo
      </button>
      {canRemove && (
        <button
          type="button"
          data-testid="remove-prices"
          disabled={!view.api || !hasSelection}
          title="Remove the selected rows' prices at the platform (shown in the preview before anything is sent)"
          onClick={() => view.api && removeSelectedPrices(view.api)}
        >
          Remove price
        </button>
      )}
      <button type="button" data-testid="bulk-open" aria-pressed={view.panel === 'bulk'} onClick={() => toggle('bulk')}>
        Bulk adjust…
      </button>
      <button type="button" data-testid="problems-open" aria-pressed={view.panel === 'problems'} className={summary.problems.length ? 'has-problems' : undefined} onClick={() => toggle('problems')}>
        Problems ({summary.problems.length})
      </button>
      <button type="button" data-testid="columns-open" aria-pressed={view.panel === 'columns'} onClick={() => toggle('columns')}>
        Columns…
      </button>
      <button type="button" data-testid="discard-draft" disabled={summary.editCount === 0} onClick={() => setConfirming(true)}>
        Discard draft
      </button>
      {confirming && (
        <ConfirmDialog
          title="Discard the draft?"
          body={`All ${summary.editCount} unsent new prices of this connection will be removed. You can still undo this until you close the app.`}
          confirmLabel="Discard draft"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void discardDraft();
          }}
        />
      )}
    </div>
  );
}
