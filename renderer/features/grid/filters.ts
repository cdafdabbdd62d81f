/**
 * Per-column filters in words: which columns filter the grid and how ("Name contains
 * "kenya"", "Current price from 10 to 20"), for the active-filter marker above the grid and
 * the empty state that names what hides every row. Text columns use AG Grid's own text
 * filter (contains by default); number columns use DecimalRangeFilter.
 */
import type { GridApi, ITextFilterParams } from 'ag-grid-community';
import type { DecimalRange } from '../../../shared/grid/range-filter';
import { showNumber } from '../../app/locale';
import { t } from '../../i18n';

/** AG Grid's text filter, one condition: staff filter "all Coffee products", not boolean queries. */
export const textFilterParams: ITextFilterParams = {
  filterOptions: ['contains', 'notContains', 'equals', 'startsWith', 'endsWith', 'blank', 'notBlank'],
  maxNumConditions: 1,
};

type TextType = 'contains' | 'notContains' | 'equals' | 'notEqual' | 'startsWith' | 'endsWith' | 'blank' | 'notBlank';
const TEXT_TYPES = new Set<string>(['contains', 'notContains', 'equals', 'notEqual', 'startsWith', 'endsWith', 'blank', 'notBlank']);
const NO_VALUE = new Set<string>(['blank', 'notBlank']);

/** A text condition in words; "blank" and "notBlank" take no value, the others may not have one yet. */
function textInWords(name: string, type: string, value: string | null | undefined): string {
  if (!TEXT_TYPES.has(type)) return t('grid:filters.filteredAny', { name });
  const kind = type as TextType;
  if (NO_VALUE.has(kind)) return t(`grid:filters.text.${kind}`, { name, value: '' });
  const typed = kind as Exclude<TextType, 'blank' | 'notBlank'>;
  return value == null || value === '' ? t(`grid:filters.textEmpty.${typed}`, { name }) : t(`grid:filters.text.${typed}`, { name, value });
}

/** A number range in words: "Current price from 10 to 20", "… 10 or more", "… up to 20". */
function rangeInWords(name: string, range: DecimalRange): string {
  const from = range.from === null ? '' : showNumber(range.from);
  const to = range.to === null ? '' : showNumber(range.to);
  if (range.from !== null && range.to !== null) return t('grid:filters.rangeBoth', { name, from, to });
  return range.from !== null ? t('grid:filters.rangeFrom', { name, from }) : t('grid:filters.rangeTo', { name, to });
}

interface TextModel {
  filterType: 'text';
  type?: string;
  filter?: string | null;
}

/** One active column filter, said in words. */
export interface ActiveFilter {
  colId: string;
  text: string;
}

/** A column's filter model in words, after the column's name. */
export function describeColumnFilter(name: string, model: unknown): string {
  const m = model as Partial<DecimalRange> & Partial<TextModel>;
  if (m.filterType === 'decimalRange') return rangeInWords(name, m as DecimalRange);
  if (m.filterType === 'text') return textInWords(name, m.type ?? 'contains', m.filter);
  return t('grid:filters.filteredAny', { name });
}

/** The column filters in force, in column order. */
export function activeColumnFilters(api: GridApi): ActiveFilter[] {
  const model = api.getFilterModel();
  return Object.entries(model).map(([colId, m]) => {
    const column = api.getColumn(colId);
    const name = (column && api.getDisplayNameForColumn(column, 'header')) || colId;
    return { colId, text: describeColumnFilter(name, m) };
  });
}

/** Removes one column's filter, or all of them. */
export async function clearColumnFilter(api: GridApi, colId: string | null): Promise<void> {
  if (colId === null) api.setFilterModel(null);
  else await api.setColumnFilterModel(colId, null);
  api.onFilterChanged();
}
