import { useMemo, useReducer } from 'react';
import { t } from '../../i18n';
import type { CatalogRow, GroupField } from '../../../shared/types';
import { otherFields } from '../../../shared/grid/cells';
import { columnNames, fieldColumnNames, GROUP_FIELDS } from './columns';
import { ALWAYS_SHOWN, pinnedByPerson } from './keep-in-view';
import { saveLayoutSoon } from './layout';
import { useGrid } from './slice';
import { useGridView } from './view';

/** Show, hide and pin columns (AG Grid Community has no column chooser); order and width are dragged in the header. */
export function ColumnsPanel() {
  const api = useGridView((s) => s.api);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const rows = useGrid((s) => s.rows);
  const fields = useGrid((s) => s.fields);
  const shownFields = useGrid((s) => s.shownFields);
  // A grouping column is offered only where this connection's catalog has that field.
  const missing = useMemo(() => missingGroups(rows), [rows]);
  if (!api) return null;
  const changed = () => {
    saveLayoutSoon(api, useGrid.getState().connectionId);
    rerender();
  };
  return (
    <aside className="side-panel" data-testid="columns-panel" aria-label={t('grid:columns.title')}>
      <h2>{t('grid:columns.title')}</h2>
      {otherFields(fields).length > 0 && (
        <fieldset className="price-fields" data-testid="price-fields">
          <legend>{t('grid:columns.priceFields')}</legend>
          <p className="help">{t('grid:columns.priceFieldsHelp')}</p>
          {otherFields(fields).map((f) => (
            <label key={f.id} className="check">
              <input
                type="checkbox"
                data-testid={`field-shown-${f.id}`}
                checked={shownFields.includes(f.id)}
                onChange={(e) => {
                  useGrid.getState().setShownFields(e.target.checked ? [...shownFields, f.id] : shownFields.filter((id) => id !== f.id));
                  changed();
                }}
              />
              {f.label} <span className="muted">({f.currency})</span>
            </label>
          ))}
        </fieldset>
      )}
      <p className="help">{t('grid:columns.dragHelp')}</p>
      <ul className="column-list">
        {[...columnNames(), ...fieldColumnNames(fields, shownFields)].map(({ colId, name }) => {
          const column = api.getColumn(colId);
          if (!column || missing.has(colId)) return null;
          // New price and Status stay shown and pinned (keep-in-view.ts), so no panel or scroll hides them.
          const fixed = ALWAYS_SHOWN.includes(colId);
          return (
            <li key={colId} title={fixed ? t('grid:columns.alwaysShown') : undefined}>
              <label className="check">
                <input
                  type="checkbox"
                  data-testid={`column-visible-${colId}`}
                  checked={column.isVisible()}
                  disabled={fixed}
                  onChange={(e) => {
                    api.setColumnsVisible([colId], e.target.checked);
                    // A column shown at the far right would appear off screen: bring it into view.
                    if (e.target.checked) api.ensureColumnVisible(colId);
                    changed();
                  }}
                />
                {name}
              </label>
              <select
                aria-label={t('grid:columns.pin', { name })}
                data-testid={`column-pin-${colId}`}
                value={pinnedSide(column.getPinned())}
                disabled={fixed}
                onChange={(e) => {
                  pinnedByPerson(colId);
                  api.setColumnsPinned([colId], e.target.value === 'left' || e.target.value === 'right' ? e.target.value : null);
                  changed();
                }}
              >
                <option value="">{t('grid:columns.notPinned')}</option>
                <option value="left">{t('grid:columns.pinnedLeft')}</option>
                <option value="right">{t('grid:columns.pinnedRight')}</option>
              </select>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        data-testid="columns-reset"
        onClick={() => {
          api.resetColumnState();
          changed();
        }}
      >
        {t('grid:columns.reset')}
      </button>
    </aside>
  );
}

const pinnedSide = (pinned: boolean | 'left' | 'right' | null | undefined) => (pinned === 'left' || pinned === 'right' ? pinned : '');

/** The grouping fields no row of the catalog carries. */
function missingGroups(rows: CatalogRow[]): Set<string> {
  const missing = new Set<GroupField>(GROUP_FIELDS);
  for (const row of rows) {
    if (!row.groups) continue;
    for (const field of Object.keys(row.groups) as GroupField[]) missing.delete(field);
    if (missing.size === 0) break;
  }
  return missing as Set<string>;
}
