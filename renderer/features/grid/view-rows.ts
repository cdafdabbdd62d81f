import { dec, marginPercent, percentChange, toFixed } from '../../../shared/money';
import type { CatalogRow, RowResult } from '../../../shared/types';

/** What one grid line shows: the catalog row plus its pending price, problem and result. */
export interface ViewRow extends CatalogRow {
  newPrice: string | null;
  change: string | null;
  changePercent: string | null;
  marginPercent: string | null;
  problem: string | null;
  status: 'unchanged' | 'changed' | 'problem' | RowResult['status'];
  statusMessage: string | null;
}

export function toViewRow(row: CatalogRow, edit: string | undefined, problem: string | undefined, result: RowResult | undefined): ViewRow {
  const newPrice = edit ?? null;
  const effective = newPrice ?? row.price;
  const changed = newPrice !== null && row.price !== null && !dec(newPrice).eq(dec(row.price));
  // A result belongs to the edit it answered: editing the row again clears it (see the grid slice).
  const status: ViewRow['status'] = problem ? 'problem' : result ? result.status : changed || (newPrice !== null && row.price === null) ? 'changed' : 'unchanged';
  return {
    ...row,
    newPrice,
    change: changed ? toFixed(dec(newPrice).minus(dec(row.price!)), 2) : null,
    changePercent: changed ? percentChange(row.price!, newPrice) : null,
    marginPercent: row.cost !== null && effective !== null ? marginPercent(effective, row.cost) : null,
    problem: problem ?? null,
    status,
    statusMessage: problem ?? result?.message ?? null,
  };
}
