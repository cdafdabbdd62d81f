/**
 * "Only changed" and "Only problems" for all fields or one: the view's `filterField` names
 * the field (its id, the primary's own id for the primary), null for every field of a row.
 * A choice the connection does not have (another connection's field) means every field.
 */
import { cellId, splitCellId } from '../../../shared/grid/cells';
import type { PriceField } from '../../../shared/price-fields';

/** The field chosen, if the connection has it (and can change it: a read-only field has no changes). */
export function chosenField(fields: readonly PriceField[], filterField: string | null): PriceField | null {
  return fields.find((f) => f.id === filterField && !f.readOnly) ?? null;
}

/** The cell ids of a row the filters look at: the chosen field's, else the primary's and every other field's. */
export function filteredCells(key: string, fields: readonly PriceField[], filterField: string | null): string[] {
  const chosen = chosenField(fields, filterField);
  if (chosen) return [cellId(key, chosen.primary ? undefined : chosen.id)];
  return [key, ...fields.flatMap((f) => (f.primary || f.readOnly ? [] : [cellId(key, f.id)]))];
}

/** Whether a cell id belongs to the chosen field (every cell when none is chosen). */
export function inChosenField(id: string, chosen: PriceField | null): boolean {
  if (!chosen) return true;
  const { field } = splitCellId(id);
  return chosen.primary ? field === undefined : field === chosen.id;
}
