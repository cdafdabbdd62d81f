/**
 * A submission's rows as an .xlsx workbook: one row per (product, price field) with its
 * result, prices as numeric cells formatted with the row's currency in the person's locale
 * (shared/export/sheet.ts, like the grid's exports), and a summary sheet naming when, where
 * and who.
 */
import * as XLSX from 'xlsx';
import { toWorksheet } from '../../../shared/export/sheet';
import { currency, price, text, type ExportTable } from '../../../shared/export/table';
import { newPriceText } from '../../../shared/grid/edit';
import { describeOrigins, fieldName, type SubmissionRecord } from '../../../shared/submission';

export function submissionWorkbook(record: SubmissionRecord, locale = 'en-US'): Buffer {
  // A Field column only where a row changed a field besides the primary: older submissions export as before.
  const fields = record.rows.some((r) => r.field !== undefined);
  const field = (r: SubmissionRecord['rows'][number]) => (fields ? [fieldName(record, r.field) ?? 'primary'] : []);
  const rows: ExportTable = {
    sheetName: 'Rows',
    columns: [text('SKU'), ...(fields ? [text('Field')] : []), text('Name'), price('Old price'), price('New price'), currency('Currency'), text('Result'), text('Message'), text('Request'), text('Reverted by')],
    rows: record.rows.map((r) => [r.sku, ...field(r), r.name, r.oldPrice, newPriceText(r.newPrice), r.currency, r.status, r.message, r.requestId ?? null, r.revertedBy ?? null]),
  };
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
  XLSX.utils.book_append_sheet(book, toWorksheet(rows, locale), 'Rows');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(summary), 'Summary');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}
