/**
 * Tab-separated text as spreadsheets put it on the clipboard. Excel, LibreOffice and Google
 * Sheets write one row per line (CRLF on Windows), cells separated by tabs, a cell quoted
 * when it holds a tab, a line break or a quote (quotes doubled inside), and Excel adds a
 * trailing line break after the last row. Reading has to undo all of that.
 */

/** Splits clipboard text into rows of cells. An empty clipboard gives no rows. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (atCellStart && ch === '"') {
      // A quoted cell: runs to the closing quote; "" inside is one quote.
      const end = readQuoted(text, i + 1);
      if (end) {
        cell = end.value;
        i = end.next;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  // The last line has no line break unless the source (Excel) added one, which we drop.
  if (!atCellStart || row.length > 0 || cell !== '') {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * Reads a quoted cell starting after its opening quote. Returns null when the quote is not
 * closed right before a separator or the end, so a lone quote in text ("12" screen) stays text.
 */
function readQuoted(text: string, start: number): { value: string; next: number } | null {
  let value = '';
  let i = start;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      const after = text[i + 1];
      if (after === undefined || after === '\t' || after === '\r' || after === '\n') return { value, next: i + 1 };
      return null;
    }
    value += ch;
    i++;
  }
  return null;
}

const NEEDS_QUOTES = /[\t\r\n"]/;

/** Writes rows of cells as spreadsheets expect them on the clipboard (CRLF, quoted when needed). */
export function writeTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.map((c) => (NEEDS_QUOTES.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join('\t')).join('\r\n');
}
