/**
 * A pending removal in words where a price would stand: "remove price" in English (the
 * words exports and the CLI keep, shared/grid/edit.ts), the window's language on screen.
 * Typed, pasted or confirmed back, either reads as the removal, so a copy of a removal
 * cell pastes back as one whichever language it was copied in.
 */
import { REMOVAL_TEXT } from '../../../shared/grid/edit';
import { t } from '../../i18n';

export const removalWords = (): string => t('grid:removal');

/** Whether text names a removal: the English words or the window's own, in any case. */
export const isRemovalWords = (text: string): boolean => {
  const typed = text.trim().toLowerCase();
  return typed === REMOVAL_TEXT || typed === removalWords().toLowerCase();
};
