/**
 * The words an export of the window writes in the person's language (the CLI's stay
 * English, shared/export/table.ts): sheet names, result words, a pending removal as the
 * grid shows it, and each result's message as the window says it, the vendor's own words
 * quoted after ours. Looked up at each export: the language can change between two.
 */
import type { ExportWords } from '../../../shared/export/table';
import { t } from '../../i18n';
import { say } from '../../i18n/say';
import { removalWords } from '../grid/removal';

export function exportWords(): ExportWords {
  return {
    sheet: { prices: t('exporting:sheet.prices'), changes: t('exporting:sheet.changes'), results: t('exporting:sheet.results'), template: t('exporting:sheet.template') },
    result: {
      ok: t('exporting:result.ok'),
      warning: t('exporting:result.warning'),
      error: t('exporting:result.error'),
      skipped: t('exporting:result.skipped'),
      unknown: t('exporting:result.unknown'),
    },
    removal: removalWords(),
    // `say` gives '' for a result with no message at all: the cell stays empty, as in English.
    message: (result) => say(result) || null,
  };
}
