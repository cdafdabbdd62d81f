/**
 * A submission's .xlsx export as the window makes it (shared/export/submission.ts with the
 * window's words, renderer/features/history/export-words.ts), in English, prices formatted
 * for `locale`: what the history tests read back.
 */
import { applyLocale } from '../../renderer/i18n';
import { submissionWords } from '../../renderer/features/history/export-words';
import { submissionWorkbook } from '../../shared/export/submission';
import type { SubmissionRecord } from '../../shared/submission';

export function exportOf(record: SubmissionRecord, locale = 'en-US'): Uint8Array {
  applyLocale('en-US');
  return submissionWorkbook(record, locale, submissionWords());
}
