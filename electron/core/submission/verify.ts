/**
 * Settles a submission's unknown rows by reading the vendor's current prices: the new
 * price means it went through, the old one that it did not, anything else is named. The
 * verdicts are appended to the journal, so history and "Retry failed" see them. The
 * journal's lease is held throughout, so no other process sends, verifies or retries it
 * meanwhile.
 */
import { settleByReading, type SubmissionRecord, type SubmissionSource } from '../../../shared/submission';
import type { RowResult } from '../../../shared/types';
import type { VendorClient } from '../../vendors/types';
import { AppError } from '../errors';
import { JournalWriter, loadSubmission } from './journal';

export async function verifySubmission(dataDir: string, id: string, client: VendorClient, vendorName: string, signal: AbortSignal, source: SubmissionSource): Promise<SubmissionRecord> {
  const writer = await JournalWriter.reopen(dataDir, id, source);
  try {
    const record = await loadSubmission(dataDir, id);
    const unknown = record.rows.filter((r) => r.status === 'unknown');
    if (!unknown.length) return record;
    if (!client.readPrices) {
      throw new AppError('invalid_request', `${vendorName} cannot read single prices back, so PriceDesk cannot verify these rows. Reload the catalog and check them there.`, {
        said: { id: 'refused.cannotVerify', params: { vendor: vendorName } },
      });
    }
    const remote = await client.readPrices(unknown, { signal, onProgress: () => undefined });
    await writer.verify(unknown.map((row): RowResult => settleByReading(row, remote)));
  } finally {
    await writer.close();
  }
  return loadSubmission(dataDir, id);
}
