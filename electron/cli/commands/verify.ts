/**
 * `pricedesk verify <id> --connection <conn.json>`: settles a submission's unknown rows
 * by reading the vendor's current prices, and records the verdicts in its journal.
 */
import { fieldName } from '../../../shared/submission';
import { changeId, withField } from '../../../shared/types';
import { verifySubmission } from '../../core/submission/verify';
import { loadSubmission } from '../../core/submission/journal';
import type { AdapterEnv } from '../../vendors/types';
import type { CliConnection } from '../connection';
import { EXIT_OK, EXIT_ROWS_FAILED, UsageError } from '../errors';
import { table } from '../output';
import { describeSubmission } from './history';

export async function verifyCommand(conn: CliConnection, env: AdapterEnv, options: { id: string; json: boolean; signal: AbortSignal }): Promise<number> {
  const before = await loadSubmission(env.dataDir, options.id);
  if (before.vendor !== conn.adapter.description.id) {
    throw new UsageError(`Submission ${options.id} went to ${before.connectionLabel} (${before.vendor}), not to a ${conn.adapter.description.displayName} connection.`);
  }
  // Per (row, field): of a product's fields, only those that were unknown were verified.
  const unknownIds = new Set(before.rows.filter((r) => r.status === 'unknown').map(changeId));
  const record = await verifySubmission(env.dataDir, options.id, conn.adapter.connect(conn.connection, env), conn.adapter.description.displayName, options.signal, 'cli');
  const settled = record.rows.filter((r) => unknownIds.has(changeId(r)));
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ submission: record, verified: settled.map((r) => ({ sku: r.sku, ...withField(r), status: r.status, message: r.message })) }, null, 2)}\n`);
  } else {
    process.stdout.write(`${describeSubmission(record)}\n`);
    const fields = settled.some((r) => r.field !== undefined);
    const cells = (r: (typeof settled)[number]) => [r.sku, ...(fields ? [fieldName(record, r.field) ?? 'primary'] : []), r.status, r.message ?? ''];
    process.stdout.write(settled.length ? `${table(['SKU', ...(fields ? ['Field'] : []), 'Now', 'Message'], settled.map(cells))}\n` : 'No rows were unknown: nothing to verify.\n');
  }
  const open = record.rows.filter((r) => r.status === 'error' || r.status === 'unknown' || r.status === 'skipped').length;
  process.stderr.write(`${settled.length} rows verified; ${open} rows still failed, unknown or not sent.\n`);
  return open ? EXIT_ROWS_FAILED : EXIT_OK;
}
