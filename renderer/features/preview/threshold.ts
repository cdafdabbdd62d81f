/**
 * The preview's change threshold box ("Flag changes beyond ±30 %"): shown in the locale and
 * read like a price cell, the person's decimal separator deciding ("2,5" in Spain and
 * Sweden, "2.5" in the US), so the flags follow what they typed.
 */
import { readPriceWith } from '../../../shared/grid/read-price';
import { isDecimal } from '../../../shared/money';
import { DEFAULT_THRESHOLD } from '../../../shared/preview';
import { showNumber, userDecimalSeparator } from '../../app/locale';

/** What the box shows first: the default threshold in the locale. */
export const defaultThresholdText = (): string => showNumber(DEFAULT_THRESHOLD, { plain: true });

/** The typed threshold as a canonical decimal string ("2.5"), or null while it is not a number. */
export function readThreshold(text: string): string | null {
  const read = readPriceWith(text, userDecimalSeparator());
  return read.ok && isDecimal(read.value) ? read.value : null;
}
