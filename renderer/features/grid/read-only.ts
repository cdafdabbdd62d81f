/**
 * A read-only price field's refusal in the window's language (shared/price-fields.ts's
 * `readOnlyRefusal` says it in English for the CLI and the engine). The reason itself is
 * the connector's own words, quoted as it gives them.
 */
import type { PriceField } from '../../../shared/price-fields';
import { t } from '../../i18n';

export const readOnlyInWords = (field: Pick<PriceField, 'label' | 'readOnly'>): string => t('grid:readOnly', { field: field.label, reason: field.readOnly ?? '' });
