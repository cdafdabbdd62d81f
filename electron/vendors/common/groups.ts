/**
 * A catalog row's grouping fields (category, brand, supplier, product type) from whatever
 * the vendor's listing carries. Vendors send blanks, padded names and, now and then, very
 * long texts: kept are trimmed, non-empty names, cut to the contract's 200 characters, so
 * one odd product cannot fail a whole catalog load.
 */
import { catalogGroupsSchema } from '../../../shared/contract';
import type { CatalogGroups, GroupField } from '../../../shared/types';

const MAX = 200;

/** The grouping fields worth keeping, or undefined when the product has none. */
export function catalogGroups(raw: Partial<Record<GroupField, string | null | undefined>>): CatalogGroups | undefined {
  const groups: CatalogGroups = {};
  for (const [field, value] of Object.entries(raw) as [GroupField, string | null | undefined][]) {
    const name = typeof value === 'string' ? value.trim().slice(0, MAX).trim() : '';
    if (name) groups[field] = name;
  }
  if (Object.keys(groups).length === 0) return undefined;
  // What leaves here is what the contract describes (a new field would fail here, in tests, not in the grid).
  return catalogGroupsSchema.parse(groups);
}

/** `{ groups }` to spread into a row, or nothing: rows without groups keep no empty key. */
export const withGroups = (groups: CatalogGroups | undefined): { groups?: CatalogGroups } => (groups ? { groups } : {});
