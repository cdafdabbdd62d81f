/**
 * Cuts every row of delimited text to the column limit before SheetJS parses it. SheetJS
 * stops at a row limit (`sheetRows`) but has no column limit: a 5 MB single-line CSV is
 * 2.5 million cells, about 320 MB as cell objects, before any limit applied afterwards
 * could drop them. The scan follows SheetJS's own tokenizer (dsv_to_sheet_str in xlsx
 * 0.20.3) so rows and fields split exactly where SheetJS will split them: a quote only
 * counts when the field starts with one, CR LF is one line end, a lone CR is one too.
 */

/** The text with each row cut after `maxColumns` fields, and the widest row's field count. */
export function capColumns(text: string, separator: string, maxColumns: number, maxRows: number): { text: string; columns: number } {
  const sep = separator.charCodeAt(0);
  const pieces: string[] = [];
  let keepFrom = 0;
  let cutAt = -1;
  let column = 0;
  let rows = 0;
  let widest = 0;
  let quoted = false;
  let fieldStart = text.charCodeAt(0);
  let rowStart = 0;
  let end = 0;
  for (; end < text.length; end++) {
    const cc = text.charCodeAt(end);
    if (cc === 0x22) {
      if (fieldStart === 0x22) quoted = !quoted;
      continue;
    }
    if (quoted || (cc !== sep && cc !== 0x0a && cc !== 0x0d)) continue;
    if (cc === sep) {
      column++;
      // This separator starts the first column past the limit: the row's kept part ends here.
      if (column === maxColumns) cutAt = end;
    } else {
      const lineEnd = end;
      if (cc === 0x0d && text.charCodeAt(end + 1) === 0x0a) end++;
      widest = Math.max(widest, column + 1);
      if (cutAt >= 0) {
        pieces.push(text.slice(keepFrom, cutAt));
        keepFrom = lineEnd;
        cutAt = -1;
      }
      column = 0;
      rowStart = end + 1;
      // SheetJS stops reading at its row limit (sheetRows = maxRows + 1); so does the scan.
      if (++rows > maxRows) {
        end++;
        break;
      }
    }
    fieldStart = text.charCodeAt(end + 1);
  }
  if (rows <= maxRows && rowStart < text.length) widest = Math.max(widest, column + 1);
  if (!pieces.length) return { text, columns: widest };
  pieces.push(text.slice(keepFrom, cutAt >= 0 ? cutAt : end));
  return { text: pieces.join(''), columns: widest };
}
