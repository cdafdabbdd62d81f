/**
 * A read-only price field's refusal in the window's language (shared/price-fields.ts's
 * `readOnlyRefusal` says it in English for the CLI and the engine). The reason itself is
 * the connector's, in our words where it gives them (`readOnlySaid`), else its English.
 */
import type { PriceField } from '../../../shared/price-fields';
import { t } from '../../i18n';
import { say } from '../../i18n/say';

export const readOnlyInWords = (field: Pick<PriceField, 'label' | 'readOnly' | 'readOnlySaid'>): string =>
  t('grid:readOnly', { field: field.label, reason: say({ message: field.readOnly ?? '', said: field.readOnlySaid }) });
