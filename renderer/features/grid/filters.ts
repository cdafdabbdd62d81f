/**
 * Per-column filters in words: which columns filter the grid and how ("Name contains
 * "kenya"", "Current price from 10 to 20"), for the active-filter marker above the grid and
 * the empty state that names what hides every row. Text columns use AG Grid's own text
 * filter (contains by default); number columns use DecimalRangeFilter.
 */
import type { GridApi, ITextFilterParams } from 'ag-grid-community';
import { describeRange, type DecimalRange } from '../../../shared/grid/range-filter';
import { showNumber } from '../../app/locale';

/** AG Grid's text filter, one condition: staff filter "all Coffee products", not boolean queries. */
export const textFilterParams: ITextFilterParams = {
  filterOptions: ['contains', 'notContains', 'equals', 'startsWith', 'endsWith', 'blank', 'notBlank'],
  maxNumConditions: 1,
};

const TEXT_WORDS: Record<string, string> = {
  contains: 'contains',
  notContains: 'does not contain',
  equals: 'is',
  notEqual: 'is not',
  startsWith: 'starts with',
  endsWith: 'ends with',
  blank: 'is empty',
  notBlank: 'is not empty',
};

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
  if (m.filterType === 'decimalRange') return `${name} ${describeRange(m as DecimalRange, (v) => showNumber(v))}`;
  if (m.filterType === 'text') {
    const words = TEXT_WORDS[m.type ?? 'contains'] ?? m.type ?? 'contains';
    return m.filter == null || m.filter === '' ? `${name} ${words}` : `${name} ${words} "${m.filter}"`;
  }
  return `${name} is filtered`;
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
