/**
 * The history's words in the person's language: where a submission's changes came from
 * (shared/submission's `describeOrigins` says it in English for the CLI and exports) and
 * its counts per result, numbers in the locale.
 */
import type { ChangeOrigin, SubmissionSummary } from '../../../shared/submission';
import { showNumber } from '../../app/locale';
import { t } from '../../i18n';

function originWords({ kind, detail }: Pick<ChangeOrigin, 'kind' | 'detail'>): string {
  switch (kind) {
    case 'bulk':
    case 'import':
    case 'revert':
    case 'retry':
    case 'cli':
      return detail ? t(`history:origin.${kind}Of`, { detail }) : t(`history:origin.${kind}`);
    default:
      return t(`history:origin.${kind}`);
  }
}

/** A submission's origins, with row counts when there are several ("importación de a.xlsx (80 filas), escrito en la tabla (3 filas)"). */
export function describeOrigins(origins: readonly ChangeOrigin[]): string {
  if (!origins.length) return t('history:origin.none');
  if (origins.length === 1) return originWords(origins[0]!);
  return origins.map((o) => t('history:origin.rows', { origin: originWords(o), count: o.rows, n: showNumber(o.rows) })).join(', ');
}

/** A submission's rows per result, the results it has: "3 ok, 1 con error". */
export function describeCounts(s: Pick<SubmissionSummary, 'counts'>): string {
  return (Object.entries(s.counts) as [keyof SubmissionSummary['counts'], number][])
    .filter(([, n]) => n > 0)
    .map(([status, n]) => t(`history:count.${status}`, { count: n, n: showNumber(n) }))
    .join(', ');
}
