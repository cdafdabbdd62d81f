/**
 * A submission's .xlsx export in the person's language (shared/export/submission.ts keeps
 * the English for its defaults): the history's own words for results, sources and
 * removals, each row's message as the window says it, times in the locale. Looked up at
 * each export: the language can change between two.
 */
import type { SubmissionWords } from '../../../shared/export/submission';
import { showWhen } from '../../app/locale';
import { t } from '../../i18n';
import { say } from '../../i18n/say';
import { removalWords } from '../grid/removal';
import { describeOrigins } from './words';

export function submissionWords(): SubmissionWords {
  return {
    sheet: { rows: t('history:xlsx.sheet.rows'), summary: t('history:xlsx.sheet.summary') },
    header: {
      sku: t('history:table.sku'),
      field: t('history:table.field'),
      name: t('history:table.name'),
      oldPrice: t('history:xlsx.header.oldPrice'),
      newPrice: t('history:xlsx.header.newPrice'),
      currency: t('history:xlsx.header.currency'),
      result: t('history:table.result'),
      message: t('history:xlsx.header.message'),
      request: t('history:xlsx.header.request'),
      revertedBy: t('history:xlsx.header.revertedBy'),
    },
    summary: {
      submission: t('history:xlsx.summary.submission'),
      started: t('history:xlsx.summary.started'),
      ended: t('history:xlsx.summary.ended'),
      connection: t('history:xlsx.summary.connection'),
      user: t('history:xlsx.summary.user'),
      source: t('history:xlsx.summary.source'),
      note: t('history:xlsx.summary.note'),
      revertedBy: t('history:xlsx.summary.revertedBy'),
      rows: t('history:xlsx.summary.rows'),
    },
    notFinished: (state) => t(`history:xlsx.state.${state}`),
    primary: t('history:primary'),
    status: { ok: t('history:status.ok'), warning: t('history:status.warning'), error: t('history:status.error'), skipped: t('history:status.skipped'), unknown: t('history:status.unknown'), pending: t('history:status.pending') },
    origins: (record) => describeOrigins(record.origins),
    newPrice: (row) => row.newPrice ?? removalWords(),
    // `say` gives '' for a row with no message at all: the cell stays empty, as in English.
    message: (row) => say(row) || null,
    when: showWhen,
  };
}
