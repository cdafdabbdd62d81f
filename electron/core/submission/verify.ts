/**
 * Settles a submission's unknown rows by reading the vendor's current prices: the new
 * price means it went through, the old one that it did not, anything else is named. The
 * verdicts are appended to the journal, so history and "Retry failed" see them.
 */
import { settleByReading, type SubmissionRecord } from '../../../shared/submission';
import type { RowResult } from '../../../shared/types';
import type { VendorClient } from '../../vendors/types';
import { AppError } from '../errors';
import { JournalWriter, loadSubmission } from './journal';

export async function verifySubmission(dataDir: string, id: string, client: VendorClient, vendorName: string, signal: AbortSignal): Promise<SubmissionRecord> {
  const record = await loadSubmission(dataDir, id);
  if (record.state === 'running') throw new AppError('conflict', 'This submission is still running. Verify it once it has finished.');
  const unknown = record.rows.filter((r) => r.status === 'unknown');
  if (!unknown.length) return record;
  if (!client.readPrices) {
    throw new AppError('invalid_request', `${vendorName} cannot read single prices back, so PriceDesk cannot verify these rows. Reload the catalog and check them there.`);
  }
  const remote = await client.readPrices(unknown, { signal, onProgress: () => undefined });
  const results: RowResult[] = unknown.map((row) => settleByReading(row, remote));
  const writer = await JournalWriter.reopen(dataDir, id);
  try {
    await writer.verify(results);
  } finally {
    await writer.close();
  }
  return loadSubmission(dataDir, id);
}
