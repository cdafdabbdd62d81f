/**
 * A submission's rows as an .xlsx workbook: prices as text so they stay exact, one row per
 * product with its result, and a summary sheet naming when, where and who.
 */
import * as XLSX from 'xlsx';
import { newPriceText } from '../../../shared/grid/edit';
import { describeOrigins, type SubmissionRecord } from '../../../shared/submission';

export function submissionWorkbook(record: SubmissionRecord): Buffer {
  const rows = [
    ['SKU', 'Name', 'Old price', 'New price', 'Currency', 'Result', 'Message', 'Request', 'Reverted by'],
    ...record.rows.map((r) => [r.sku, r.name, r.oldPrice ?? '', newPriceText(r.newPrice), r.currency, r.status, r.message ?? '', r.requestId ?? '', r.revertedBy ?? '']),
  ];
  const summary = [
    ['Submission', record.id],
    ['Started', record.startedAt],
    ['Ended', record.endedAt ?? `not finished (${record.state})`],
    ['Connection', `${record.connectionLabel} (${record.vendor})`],
    ['User', record.user],
    ['Source', describeOrigins(record.origins)],
    ['Note', record.note ?? ''],
    ['Reverted by', record.revertedBy.join(', ')],
    ['Rows', String(record.total)],
    ...Object.entries(record.counts).map(([status, count]) => [status, String(count)]),
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Rows');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(summary), 'Summary');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}
