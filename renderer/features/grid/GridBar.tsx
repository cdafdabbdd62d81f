import { useState } from 'react';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { OverflowBar, type BarItem } from '../../app/OverflowBar';
import { useGridSummary } from './derived';
import { chosenField } from './field-filter';
import { discardDraft } from './draft-autosave';
import { askToRemovePrices, RemovePricesConfirm, useCanRemovePrices } from './RemovePrices';
import { useSelection } from './selection';
import { useGrid } from './slice';
import { useGridView, type Panel } from './view';

/**
 * Above the grid: quick search, filters, undo/redo, the panels and "Discard draft", in one
 * row; what does not fit goes to "More ▾", which also holds the destructive "Remove price".
 */
export function GridBar() {
  const view = useGridView();
  const history = useGrid((s) => s.history);
  const summary = useGridSummary();
  const [confirming, setConfirming] = useState(false);
  const lastUndo = history.past.at(-1);
  const lastRedo = history.future.at(-1);
  const hasSelection = useSelection((s) => s.anchor !== null);
  // Only connectors that can remove a price at the vendor offer it.
  const canRemove = useCanRemovePrices();
  // The fields a filter may look at alone: every field PriceDesk can change, the primary first.
  const fields = useGrid((s) => s.fields);
  const filterFields = fields.filter((f) => !f.readOnly).sort((a, b) => Number(b.primary) - Number(a.primary));
  const chosen = chosenField(fields, view.filterField);
  const toggle = (panel: Panel) => view.set({ panel: view.panel === panel ? null : panel });

  // Priorities: what stays in the bar longest on a narrow window (no priority: always there).
  const items: BarItem[] = [
    {
      id: 'search',
      node: (
        <input
          type="search"
          className="grid-search"
          placeholder="Search SKU or name"
          aria-label="Search SKU or name"
          title="Search (Ctrl+F)"
          data-testid="grid-search"
          value={view.search}
          onChange={(e) => view.set({ search: e.target.value })}
        />
      ),
    },
    {
      id: 'only-changed',
      priority: 3,
      node: (
        <label className="check">
          <input type="checkbox" data-testid="filter-changed" checked={view.onlyChanged} onChange={(e) => view.set({ onlyChanged: e.target.checked })} />
          Only changed
        </label>
      ),
    },
    {
      id: 'only-problems',
      priority: 3,
      node: (
        <label className="check">
          <input type="checkbox" data-testid="filter-problems" checked={view.onlyProblems} onChange={(e) => view.set({ onlyProblems: e.target.checked })} />
          Only problems
        </label>
      ),
    },
    ...(filterFields.length > 1
      ? [
          {
            id: 'filter-field',
            priority: 3,
            node: (
              <label className="check" title="Which price field Only changed and Only problems look at">
                in
                <select data-testid="filter-field" value={chosen?.id ?? ''} onChange={(e) => view.set({ filterField: e.target.value || null })}>
                  <option value="">all fields</option>
                  {filterFields.map((f) => (
                    <option key={f.id} value={f.id}>
                      {f.label}
                    </option>
                  ))}
                </select>
              </label>
            ),
          },
        ]
      : []),
    { id: 'spacer', spacer: true, node: null },
    {
      id: 'undo',
      node: (
        <button type="button" data-testid="undo" disabled={!lastUndo} title={lastUndo ? `Undo ${lastUndo.label} (Ctrl+Z)` : 'Nothing to undo'} onClick={() => useGrid.getState().undo()}>
          Undo
        </button>
      ),
    },
    {
      id: 'redo',
      node: (
        <button type="button" data-testid="redo" disabled={!lastRedo} title={lastRedo ? `Redo ${lastRedo.label} (Ctrl+Shift+Z)` : 'Nothing to redo'} onClick={() => useGrid.getState().redo()}>
          Redo
        </button>
      ),
    },
    {
      id: 'bulk',
      priority: 5,
      node: (
        <button type="button" data-testid="bulk-open" aria-pressed={view.panel === 'bulk'} onClick={() => toggle('bulk')}>
          Bulk adjust…
        </button>
      ),
    },
    {
      id: 'problems',
      priority: 5,
      node: (
        <button type="button" data-testid="problems-open" aria-pressed={view.panel === 'problems'} className={summary.problems.length ? 'has-problems' : undefined} onClick={() => toggle('problems')}>
          Problems ({summary.problems.length})
        </button>
      ),
    },
    {
      id: 'columns',
      priority: 2,
      node: (
        <button type="button" data-testid="columns-open" aria-pressed={view.panel === 'columns'} onClick={() => toggle('columns')}>
          Columns…
        </button>
      ),
    },
    {
      id: 'discard',
      priority: 1,
      node: (
        <button type="button" data-testid="discard-draft" disabled={summary.editCount === 0} onClick={() => setConfirming(true)}>
          Discard draft
        </button>
      ),
    },
  ];

  const removeItem = canRemove && (
    <button
      type="button"
      role="menuitem"
      data-testid="remove-prices"
      disabled={!view.api || !hasSelection}
      title="Remove the selected rows' prices at the platform (asks first; shown in the preview before anything is sent)"
      onClick={() => view.api && askToRemovePrices(view.api)}
    >
      Remove price…
    </button>
  );

  return (
    <>
      <OverflowBar className="grid-bar" testId="grid-bar" moreTestId="grid-bar-more" items={items} menuItems={removeItem} />
      <RemovePricesConfirm />
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
    </>
  );
}
