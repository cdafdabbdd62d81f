import type { PriceField } from '../../../shared/price-fields';

const KIND_WORDS: Record<PriceField['kind'], string> = { price: 'price', tier: 'price tier', cost: 'cost', recommended: 'recommended price', sale: 'sale price' };

/**
 * The prices a connection holds per product, as Test connection learned them from the
 * platform: the label people read, the id a changes file may use as a column header, what
 * kind of price it is, its currency and tax basis, and which one PriceDesk edits today.
 * A list rather than a table, so it reads as well in the narrow sidebar as in the form.
 */
export function FieldsList({ fields }: { fields: PriceField[] | undefined }) {
  if (!fields?.length) return null;
  return (
    <div className="price-fields" data-testid="price-fields">
      <p className="price-fields-title">Prices per product on this connection</p>
      <ul>
        {fields.map((f) => (
          <li key={f.id} data-testid={`price-field-${f.id}`}>
            <span className="price-field-label">{f.label}</span>
            {f.primary && <span className="price-field-primary"> (edited now)</span>} <code>{f.id}</code>
            <span className="price-field-details">
              {KIND_WORDS[f.kind]} · {f.currency}, {f.vatIncluded ? 'with VAT' : 'without VAT'}
              {f.readOnly && <span title={f.readOnly}> · read only</span>}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
