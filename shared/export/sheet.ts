/**
 * Writes an ExportTable as an .xlsx workbook: SKUs and names as text cells (leading zeros
 * and long numbers kept), prices as numeric cells (the exact value) with a format showing the
 * row's currency symbol, grouping and at least 2 decimals, a header row, column widths from
 * the content, and a frozen header row.
 */
import * as XLSX from 'xlsx';
import { spreadsheetMoneyFormat } from '../format/money-format';
import { decimalPlaces, isDecimal } from '../money';
import type { ExportTable } from './table';

/** The worksheet for a table (not yet frozen: see freezeHeaderRow); `locale` places the currency symbols. */
export function toWorksheet(table: ExportTable, locale = 'en-US'): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  const currencyColumn = table.columns.findIndex((c) => c.kind === 'currency');
  const widths = table.columns.map((c) => c.header.length);
  table.columns.forEach((column, c) => {
    ws[XLSX.utils.encode_cell({ r: 0, c })] = { t: 's', v: column.header };
  });
  table.rows.forEach((row, i) => {
    row.forEach((value, c) => {
      if (value === null || value === '') return;
      const ref = XLSX.utils.encode_cell({ r: i + 1, c });
      // A price column may hold words (a price removal): those stay text.
      if (table.columns[c]?.kind === 'price' && isDecimal(value)) {
        const dp = Math.max(2, decimalPlaces(value));
        const currency = table.columns[c]!.currency ?? (currencyColumn < 0 ? null : row[currencyColumn] || null);
        // The one place a price becomes a float: a spreadsheet number cell is a double.
        ws[ref] = { t: 'n', v: Number(value), z: spreadsheetMoneyFormat(locale, currency, dp) };
      } else {
        ws[ref] = { t: 's', v: value };
      }
      widths[c] = Math.max(widths[c]!, value.length);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, table.rows.length), c: Math.max(0, table.columns.length - 1) } });
  ws['!cols'] = widths.map((w) => ({ wch: Math.min(60, Math.max(8, w + 2)) }));
  return ws;
}

/**
 * A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ], not starting or
 * ending with an apostrophe. The name is words in the person's language (the pseudo-locale's
 * come in brackets), and SheetJS refuses a name Excel would.
 */
export function safeSheetName(name: string): string {
  const safe = name.replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 31).replace(/^'+|'+$/g, '').trim();
  return safe || 'Sheet1';
}

/** The table as .xlsx bytes with its header row frozen. */
export function toXlsx(table: ExportTable, locale = 'en-US'): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, toWorksheet(table, locale), safeSheetName(table.sheetName));
  const bytes = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return freezeHeaderRow(new Uint8Array(bytes));
}

interface CfbEntry {
  content: Uint8Array | number[];
}
interface CfbContainer {
  FullPaths: string[];
  FileIndex: CfbEntry[];
}

/**
 * SheetJS Community Edition writes no frozen panes, so the sheet's <sheetView> gets its
 * <pane> here: the zip is reopened with SheetJS's own CFB module and the XML edited.
 */
export function freezeHeaderRow(xlsx: Uint8Array): Uint8Array {
  const cfb = XLSX.CFB.read(xlsx, { type: 'array' }) as CfbContainer;
  const index = cfb.FullPaths.findIndex((p) => /xl\/worksheets\/sheet1\.xml$/.test(p));
  if (index < 0) return xlsx;
  const entry = cfb.FileIndex[index]!;
  const xml = utf8Decode(entry.content);
  const pane = '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>';
  const frozen = xml.replace(/<sheetView([^>]*?)\/>/, `<sheetView$1>${pane}</sheetView>`);
  if (frozen === xml) return xlsx;
  entry.content = utf8Encode(frozen);
  return new Uint8Array(XLSX.CFB.write(cfb, { fileType: 'zip', type: 'array', compression: true }) as ArrayBuffer);
}

// shared/ has no DOM or Node typings; TextEncoder/TextDecoder exist in both.
type Codec = { encode(s: string): Uint8Array; decode(b: Uint8Array): string };
const g = globalThis as unknown as { TextEncoder: new () => Codec; TextDecoder: new () => Codec };
const utf8Decode = (b: Uint8Array | number[]) => new g.TextDecoder().decode(b instanceof Uint8Array ? b : Uint8Array.from(b));
const utf8Encode = (s: string) => new g.TextEncoder().encode(s);
