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

/** The table as CSV with a UTF-8 byte order mark (so Excel reads accents right), CRLF line ends. */
export function toCsv(table: ExportTable, delimiter = ','): string {
  const lines = [table.columns.map((c) => quote(neutraliseFormula(c.header), delimiter)).join(delimiter)];
  for (const row of table.rows) {
    lines.push(
      row
        .map((value, i) => {
          if (value === null) return '';
          // Prices are canonical decimal strings we produced; text is whatever a vendor sent.
          return table.columns[i]?.kind === 'price' && isDecimal(value) ? value : quote(neutraliseFormula(value), delimiter);
        })
        .join(delimiter),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
