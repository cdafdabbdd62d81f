import type { PriceField } from '../../../shared/price-fields';
import { t } from '../../i18n';
import { say } from '../../i18n/say';

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
      <p className="price-fields-title">{t('connections:priceFields.title')}</p>
      <ul>
        {fields.map((f) => (
          <li key={f.id} data-testid={`price-field-${f.id}`}>
            <span className="price-field-label">{f.label}</span>
            {f.primary && <span className="price-field-primary">{t('connections:priceFields.primary')}</span>} <code>{f.id}</code>
            <span className="price-field-details">
              {t(`connections:priceFields.kind.${f.kind}`)} · {f.currency}, {f.vatIncluded ? t('connections:priceFields.withVat') : t('connections:priceFields.withoutVat')}
              {f.readOnly && <span title={say({ message: f.readOnly, said: f.readOnlySaid })}> · {t('connections:priceFields.readOnly')}</span>}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
