/**
 * Building a connector's price fields (shared/price-fields.ts): what most fields of one
 * connection share (currency, VAT basis, decimals, whether the vendor can remove a price),
 * given once, and the result checked before any connector answers with it.
 */
import { priceFieldProblems, type PriceField } from '../../../shared/price-fields';
import { wordedError, words } from './words';

/** What the fields of one connection have in common unless a field says otherwise. */
export type FieldDefaults = Pick<PriceField, 'currency' | 'vatIncluded' | 'decimals' | 'removable'>;

/** One field on the connection's defaults; `over` for what differs (a cost without VAT, another currency). */
export function priceField(defaults: FieldDefaults, id: string, label: string, kind: PriceField['kind'], over: Partial<PriceField> = {}): PriceField {
  return { id, label, kind, ...defaults, primary: false, ...over };
}

/**
 * The fields with `primaryId` marked primary, a label met twice replaced by the field's id,
 * checked (`checkedPriceFields`): a vendor answer
 * that would give two fields one name fails the connection test with the reason.
 */
export function withPrimary(vendorName: string, fields: PriceField[], primaryId: string): PriceField[] {
  const labels = new Set<string>();
  const marked = fields.map((f) => {
    // Two fields that read alike (Cin7's wholesalNZD and wholesaleNZD) keep their own names rather than share a label.
    const label = labels.has(f.label.toLowerCase()) ? f.id : f.label;
    labels.add(label.toLowerCase());
    return { ...f, label, primary: f.id === primaryId };
  });
  const problems = priceFieldProblems(marked);
  if (problems.length) {
    const listed = problems.join('; ');
    throw wordedError('vendor_error', words(`${vendorName}'s price fields do not add up: ${listed}.`, 'vendor.fieldsDoNotAddUp', { vendor: vendorName, problems: listed }));
  }
  return marked;
}

/** A catalog row's `prices`: one entry per field id, in the fields' order, read by `read` (null = none). */
export function rowPrices(ids: readonly string[], read: (id: string) => string | null): Record<string, string | null> {
  return Object.fromEntries(ids.map((id) => [id, read(id)]));
}
