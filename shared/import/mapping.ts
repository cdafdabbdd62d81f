/**
 * Changing a column mapping by hand (the import dialog's selects): one column holds one
 * thing, so giving a column to a target takes it from whichever other target had it.
 */
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from './types';

/** What a column can be mapped to: one of today's import fields, or a price field other than the primary one (by id). */
export type MappingTarget = ImportField | { field: string };

/** The mapping with `column` (null: none) given to `target`, and taken from any other target that had it. */
export function assignColumn(mapping: ColumnMapping, target: MappingTarget, column: number | null): ColumnMapping {
  const next: ColumnMapping = { ...mapping, fields: { ...mapping.fields } };
  const fields = next.fields as Record<string, number>;
  if (column !== null) {
    for (const key of IMPORT_FIELDS) if (next[key] === column) next[key] = null;
    for (const [id, c] of Object.entries(fields)) if (c === column) delete fields[id];
  }
  if (typeof target === 'string') next[target] = column;
  else if (column === null) delete fields[target.field];
  else fields[target.field] = column;
  return next;
}

/** Whether the mapping has a price to import: the primary's new price or another field's. */
export const hasPriceColumn = (mapping: ColumnMapping): boolean => mapping.price !== null || Object.keys(mapping.fields ?? {}).length > 0;
