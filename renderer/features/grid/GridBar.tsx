import { useState } from 'react';
import { t } from '../../i18n';
import { showNumber } from '../../app/locale';
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
          placeholder={t('grid:bar.search')}
          aria-label={t('grid:bar.search')}
          title={t('grid:bar.searchTitle')}
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
          {t('grid:bar.onlyChanged')}
        </label>
      ),
    },
    {
      id: 'only-problems',
      priority: 3,
      node: (
        <label className="check">
          <input type="checkbox" data-testid="filter-problems" checked={view.onlyProblems} onChange={(e) => view.set({ onlyProblems: e.target.checked })} />
          {t('grid:bar.onlyProblems')}
        </label>
      ),
    },
    ...(filterFields.length > 1
      ? [
          {
            id: 'filter-field',
            priority: 3,
            node: (
              <label className="check" title={t('grid:bar.filterFieldTitle')}>
                {t('grid:bar.in')}
                <select data-testid="filter-field" value={chosen?.id ?? ''} onChange={(e) => view.set({ filterField: e.target.value || null })}>
                  <option value="">{t('grid:bar.allFields')}</option>
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
        <button type="button" data-testid="undo" disabled={!lastUndo} title={lastUndo ? t('grid:bar.undoTitle', { label: lastUndo.label }) : t('grid:bar.nothingToUndo')} onClick={() => useGrid.getState().undo()}>
          {t('grid:bar.undo')}
        </button>
      ),
    },
    {
      id: 'redo',
      node: (
        <button type="button" data-testid="redo" disabled={!lastRedo} title={lastRedo ? t('grid:bar.redoTitle', { label: lastRedo.label }) : t('grid:bar.nothingToRedo')} onClick={() => useGrid.getState().redo()}>
          {t('grid:bar.redo')}
        </button>
      ),
    },
    {
      id: 'bulk',
      priority: 5,
      node: (
        <button type="button" data-testid="bulk-open" aria-pressed={view.panel === 'bulk'} onClick={() => toggle('bulk')}>
          {t('grid:bar.bulk')}
        </button>
      ),
    },
    {
      id: 'problems',
      priority: 5,
      node: (
        <button type="button" data-testid="problems-open" aria-pressed={view.panel === 'problems'} className={summary.problems.length ? 'has-problems' : undefined} onClick={() => toggle('problems')}>
          {t('grid:bar.problems', { n: showNumber(summary.problems.length) })}
        </button>
      ),
    },
    {
      id: 'columns',
      priority: 2,
      node: (
        <button type="button" data-testid="columns-open" aria-pressed={view.panel === 'columns'} onClick={() => toggle('columns')}>
          {t('grid:bar.columns')}
        </button>
      ),
    },
    {
      id: 'discard',
      priority: 1,
      node: (
        <button type="button" data-testid="discard-draft" disabled={summary.editCount === 0} onClick={() => setConfirming(true)}>
          {t('grid:bar.discard')}
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
      title={t('grid:bar.removeTitle')}
      onClick={() => view.api && askToRemovePrices(view.api)}
    >
      {t('grid:bar.remove')}
    </button>
  );

  return (
    <>
      <OverflowBar className="grid-bar" testId="grid-bar" moreTestId="grid-bar-more" items={items} menuItems={removeItem} />
      <RemovePricesConfirm />
      {confirming && (
        <ConfirmDialog
          title={t('grid:bar.discardTitle')}
          body={t('grid:bar.discardBody', { count: summary.editCount, n: showNumber(summary.editCount) })}
          confirmLabel={t('grid:bar.discard')}
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
