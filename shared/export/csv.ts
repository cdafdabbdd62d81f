/**
 * CSV writing. Text that a spreadsheet program would run as a formula (starting with
 * = + - @, a tab or a carriage return) is prefixed with an apostrophe so it shows as text:
 * a product name from a vendor must never become a formula on a colleague's machine.
 */
import { isDecimal } from '../money';
import type { ExportTable } from './table';

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell's text made safe to open in a spreadsheet program. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function quote(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * How a CSV file separates its cells and writes a price's decimals. Plain CSV is the
 * interchange format: commas and exact decimal strings with a point, whatever the
 * person's language. "CSV for Excel" is for Excel where the language writes decimal commas
 * (Spain, Sweden): that Excel splits cells at the list separator, a semicolon, and reads
 * numbers with ITS decimal separator, so "12.50" would stay text and "1.5" would even turn
 * into a date (1 May). Its prices keep their exact digits (no grouping, no rounding) with
 * the locale's decimal separator, so Excel reads them as numbers; the import reads either.
 */
export interface CsvDialect {
  delimiter: ',' | ';';
  decimal: '.' | ',';
}

export const PLAIN_CSV: CsvDialect = { delimiter: ',', decimal: '.' };

/** "CSV for Excel (semicolon)" in a locale whose decimal separator is `decimal`. */
export const excelCsv = (decimal: '.' | ','): CsvDialect => ({ delimiter: ';', decimal });

/** The table as CSV with a UTF-8 byte order mark (so Excel reads accents right), CRLF line ends. */
export function toCsv(table: ExportTable, dialect: CsvDialect = PLAIN_CSV): string {
  const { delimiter, decimal } = dialect;
  const lines = [table.columns.map((c) => quote(neutraliseFormula(c.header), delimiter)).join(delimiter)];
  for (const row of table.rows) {
    lines.push(
      row
        .map((value, i) => {
          if (value === null) return '';
          // Prices are canonical decimal strings we produced; text is whatever a vendor sent.
          if (table.columns[i]?.kind === 'price' && isDecimal(value)) return decimal === '.' ? value : value.replace('.', decimal);
          return quote(neutraliseFormula(value), delimiter);
        })
        .join(delimiter),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
