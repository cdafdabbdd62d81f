import { t } from '../../i18n';
import { activeColumnFilters, clearColumnFilter } from './filters';
import { useGridView } from './view';

/** The marker of active column filters: each in words with its own ✕, and "Clear filters". */
export function ColumnFilterChips() {
  const api = useGridView((s) => s.api);
  // Re-render when the filters change; the words come from the grid's model.
  useGridView((s) => s.columnFilters);
  const active = api ? activeColumnFilters(api) : [];
  if (!api || active.length === 0) return null;
  return (
    <div className="filter-chips" data-testid="column-filters" role="status" aria-label={t('grid:filters.label')}>
      <span className="help">{t('grid:filters.filtered')}</span>
      {active.map((f) => (
        <span key={f.colId} className="filter-chip" data-testid={`column-filter-${f.colId}`}>
          {f.text}
          <button type="button" className="filter-chip-clear" aria-label={t('grid:filters.removeOne', { text: f.text })} onClick={() => void clearColumnFilter(api, f.colId)}>
            ×
          </button>
        </span>
      ))}
      {active.length > 1 && (
        <button type="button" data-testid="column-filters-clear" onClick={() => void clearColumnFilter(api, null)}>
          {t('grid:filters.clear')}
        </button>
      )}
    </div>
  );
}
