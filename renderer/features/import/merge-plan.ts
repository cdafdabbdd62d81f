/**
 * What merging an import does to the grid: the report's price edits, plus (when the user
 * ticked "Add new products") the new products' rows and their prices. Kept apart from the
 * slice so the one-step merge can be tested without a worker or a window.
 */
import { catalogDefaults, newProductRows } from '../../../shared/import/new-products';
import type { ImportReport } from '../../../shared/import/types';
import type { CatalogRow } from '../../../shared/types';

/** The edits and added rows for one applyEdits call. */
export function mergePlan(report: Pick<ImportReport, 'edits' | 'newProducts'>, catalog: readonly CatalogRow[], addNewProducts: boolean): { edits: { key: string; newPrice: string }[]; rows: CatalogRow[] } {
  if (!addNewProducts || report.newProducts.length === 0) return { edits: report.edits, rows: [] };
  const added = newProductRows(report.newProducts, catalogDefaults(catalog));
  return { edits: [...report.edits, ...added.edits], rows: added.rows };
}
