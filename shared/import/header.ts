/**
 * Finds the header row (suppliers' files often start with a title, a date and blank rows)
 * and names the columns, spreading merged header cells over the columns they cover.
 */
import * as XLSX from 'xlsx';
import { cellText, isBlank } from './cells';
import { headerScore } from './guess';
import type { Cell, ImportMessage, SheetGrid } from './types';

/** How a column without a header cell is named ("Column C"): in English, the key a remembered mapping keeps. */
const UNNAMED = 'Column';

/** The letter of a column named for its empty header cell ("Column C" or "Column C (2)"), with the repeat's suffix; null for a real header. */
export function unnamedColumn(label: string): { letter: string; suffix: string } | null {
  const m = new RegExp(`^${UNNAMED} ([A-Z]{1,3})( \\(\\d+\\))?$`).exec(label);
  return m ? { letter: m[1]!, suffix: m[2] ?? '' } : null;
}

/** How many rows from the top are searched for the header. */
export const HEADER_SCAN_ROWS = 30;

/** The 0-based index of the header row. */
export function detectHeaderRow(rows: Cell[][]): number {
  const scan = Math.min(rows.length, HEADER_SCAN_ROWS);
  let best = -1;
  let bestMatches = 0;
  let firstTextRow = -1;
  let widest = 0;
  for (let r = 0; r < scan; r++) widest = Math.max(widest, filled(rows[r]));
  for (let r = 0; r < scan; r++) {
    const row = rows[r] ?? [];
    const cells = row.filter((c) => !isBlank(c));
    if (cells.length < 2) continue;
    const texts = cells.filter((c) => c!.t === 's' && !/^[\d\s.,-]+$/.test(String(c!.v)));
    // A header names at least two of the known fields...
    const matches = new Set(row.map((c) => headerScore(cellText(c)).field).filter(Boolean)).size;
    if (matches > bestMatches) {
      best = r;
      bestMatches = matches;
    }
    // ...or, failing that, is the first mostly-text row about as wide as the table.
    if (firstTextRow < 0 && texts.length === cells.length && cells.length * 2 >= widest) firstTextRow = r;
  }
  if (best >= 0 && bestMatches >= 1) return best;
  return Math.max(0, firstTextRow);
}

function filled(row: Cell[] | undefined): number {
  let n = 0;
  for (const c of row ?? []) if (!isBlank(c)) n++;
  return n;
}

export interface HeaderInfo {
  /** One label per column, unique, never empty ("Column C" for a blank header cell). */
  labels: string[];
  notes: ImportMessage[];
}

/** Column labels of the header row, with merged cells spread and duplicates numbered. */
export function headerLabels(sheet: SheetGrid, headerRow: number): HeaderInfo {
  const row = sheet.rows[headerRow] ?? [];
  let width = row.length;
  // The data may be wider than the header row; look at a few rows below it.
  for (let r = headerRow + 1; r < Math.min(sheet.rows.length, headerRow + 50); r++) width = Math.max(width, sheet.rows[r]?.length ?? 0);
  const notes: ImportMessage[] = [];
  const labels: string[] = [];
  for (let c = 0; c < width; c++) labels.push(cellText(row[c]));
  for (const m of sheet.merges) {
    if (m.s.r > headerRow || m.e.r < headerRow || m.s.c === m.e.c) continue;
    const text = cellText(sheet.rows[m.s.r]?.[m.s.c]);
    for (let c = m.s.c; c <= Math.min(m.e.c, width - 1); c++) labels[c] = text;
    const range = XLSX.utils.encode_range(m);
    notes.push({ message: `Header cells ${range} are merged ("${text}"); each column under them is named after it.`, said: { id: 'file.note.mergedHeader', params: { range, text } } });
  }
  const seen = new Map<string, number>();
  return {
    labels: labels.map((label, c) => {
      const base = label === '' ? `${UNNAMED} ${XLSX.utils.encode_col(c)}` : label;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return n === 1 ? base : `${base} (${n})`;
    }),
    notes,
  };
}
