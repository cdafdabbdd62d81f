/**
 * A submission's rows as an .xlsx workbook: one row per (product, price field) with its
 * result, prices as numeric cells formatted with the row's currency in the person's locale
 * (sheet.ts, like the grid's exports), and a summary sheet naming when, where and who, all
 * in the words the window gives (renderer/features/history/export-words.ts).
 */
import * as XLSX from 'xlsx';
import { freezeHeaderRow, safeSheetName, toWorksheet } from './sheet';
import { currency, price, text, type ExportTable } from './table';
import { fieldName, type HistoryRow, type HistoryStatus, type SubmissionRecord } from '../submission';

export interface SubmissionWords {
  sheet: { rows: string; summary: string };
  header: Record<'sku' | 'field' | 'name' | 'oldPrice' | 'newPrice' | 'currency' | 'result' | 'message' | 'request' | 'revertedBy', string>;
  summary: Record<'submission' | 'started' | 'ended' | 'connection' | 'user' | 'source' | 'note' | 'revertedBy' | 'rows', string>;
  /** "not finished (running)": a submission without an end. */
  notFinished: (state: SubmissionRecord['state']) => string;
  /** The primary field where the record has no label for it. */
  primary: string;
  status: Record<HistoryStatus, string>;
  origins: (record: SubmissionRecord) => string;
  /** A row's new price: the amount, or the words for a removal. */
  newPrice: (row: HistoryRow) => string;
  message: (row: HistoryRow) => string | null;
  /** A start or end time as the summary shows it. */
  when: (iso: string) => string;
}

/** The Rows sheet's table. */
export function submissionTable(record: SubmissionRecord, words: SubmissionWords): ExportTable {
  const h = words.header;
  // A Field column only where a row changed a field besides the primary: older submissions export as before.
  const fields = record.rows.some((r) => r.field !== undefined);
  const field = (r: HistoryRow) => (fields ? [fieldName(record, r.field) ?? words.primary] : []);
  return {
    sheetName: words.sheet.rows,
    columns: [text(h.sku), ...(fields ? [text(h.field)] : []), text(h.name), price(h.oldPrice), price(h.newPrice), currency(h.currency), text(h.result), text(h.message), text(h.request), text(h.revertedBy)],
    rows: record.rows.map((r) => [r.sku, ...field(r), r.name, r.oldPrice, words.newPrice(r), r.currency, words.status[r.status], words.message(r), r.requestId ?? null, r.revertedBy ?? null]),
  };
}

/** The Summary sheet: label and value per line, then the rows per result. */
export function submissionSummary(record: SubmissionRecord, words: SubmissionWords): string[][] {
  const s = words.summary;
  return [
    [s.submission, record.id],
    [s.started, words.when(record.startedAt)],
    [s.ended, record.endedAt ? words.when(record.endedAt) : words.notFinished(record.state)],
    [s.connection, `${record.connectionLabel} (${record.vendor})`],
    [s.user, record.user],
    [s.source, words.origins(record)],
    [s.note, record.note ?? ''],
    [s.revertedBy, record.revertedBy.join(', ')],
    [s.rows, String(record.total)],
    ...(Object.entries(record.counts) as [HistoryStatus, number][]).map(([status, count]) => [words.status[status], String(count)]),
  ];
}

export function submissionWorkbook(record: SubmissionRecord, locale: string, words: SubmissionWords): Uint8Array {
  const rows = submissionTable(record, words);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, toWorksheet(rows, locale), safeSheetName(rows.sheetName));
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(submissionSummary(record, words)), safeSheetName(words.sheet.summary));
  const bytes = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return freezeHeaderRow(new Uint8Array(bytes));
}
