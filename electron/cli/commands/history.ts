/**
 * `pricedesk history [<id>] [--json]`: every submission in the data directory, newest
 * first, unfinished ones included, with each row's state. An interrupted submission says
 * which rows went through, which were never sent and which need `pricedesk verify`.
 */
import { newPriceText } from '../../../shared/grid/edit';
import { describeOrigins, fieldName, type SubmissionRecord } from '../../../shared/submission';
import type { Logger } from '../../core/log';
import { listSubmissions, loadWithReverts } from '../../core/submission/journal';
import { EXIT_OK } from '../errors';
import { describeRails } from '../rails';
import { table } from '../output';

export interface HistoryOptions {
  id?: string;
  json: boolean;
}

const STATE_WORDS = { running: 'running', interrupted: 'INTERRUPTED', finished: 'finished' } as const;

/** The heading line of one submission. */
export function describeSubmission(r: SubmissionRecord): string {
  const counts = Object.entries(r.counts)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${status} ${n}`)
    .join(', ');
  const busy = r.busyElsewhere ? ` (${r.busyElsewhere})` : '';
  return `${r.id}  ${r.startedAt}  ${r.connectionLabel} (${r.vendor})  by ${r.user} via ${r.source}  ${STATE_WORDS[r.state]}${busy}  ${r.total} rows: ${counts}`;
}

export async function historyCommand(dataDir: string, log: Logger, options: HistoryOptions): Promise<number> {
  const records = options.id ? [await loadWithReverts(dataDir, options.id)] : await listSubmissions(dataDir, (id, error) => log.error(`history: journal ${id} unreadable`, error));
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ submissions: records }, null, 2)}\n`);
    return EXIT_OK;
  }
  if (!records.length) {
    process.stdout.write(`No submissions in ${dataDir}.\n`);
    return EXIT_OK;
  }
  for (const record of records) {
    process.stdout.write(`${describeSubmission(record)}\n`);
    process.stdout.write(`  source: ${describeOrigins(record.origins)}\n`);
    if (record.note) process.stdout.write(`  note: ${record.note}\n`);
    if (record.revertedBy.length) process.stdout.write(`  reverted by ${record.revertedBy.join(', ')} (${record.revertedRows} of ${record.total} rows)\n`);
    if (record.failure) process.stdout.write(`  stopped: ${record.failure}\n`);
    if (record.rails) process.stdout.write(`  ${describeRails(record.rails)}\n`);
    // A Field column only where a row changed a field besides the primary: older journals print as before.
    const fields = record.rows.some((row) => row.field !== undefined);
    const rows = record.rows.map((row) => [row.sku, ...(fields ? [fieldName(record, row.field) ?? 'primary'] : []), row.status, row.oldPrice ?? '', newPriceText(row.newPrice), `${row.message ?? ''}${row.revertedBy ? ` (reverted by ${row.revertedBy})` : ''}`]);
    process.stdout.write(`${table(['SKU', ...(fields ? ['Field'] : []), 'Status', 'Old', 'New', 'Message'], rows).replace(/^/gm, '  ')}\n`);
    if (record.counts.unknown) process.stdout.write(`  ${record.counts.unknown} rows are unknown: run "pricedesk verify ${record.id} --connection <conn.json>".\n`);
    process.stdout.write('\n');
  }
  return EXIT_OK;
}
