/** Reads the mapped columns of every data row into ImportLines, with each row's number. */
import type { DecimalHint } from '../parse-price';
import { cellText, isBlank, readPriceCell } from './cells';
import type { Cell, ColumnMapping, FieldCell, ImportLine, ProblemWords, SeparatorInfo } from './types';

export interface ExtractOptions {
  headerRow: number;
  mapping: ColumnMapping;
  separators: Partial<Record<'price' | 'cost', SeparatorInfo>>;
  /** The separators of the columns mapped to other price fields, by field id. */
  fieldSeparators?: Record<string, SeparatorInfo>;
  /** The header labels, to name a field's column in its cells' problems. */
  labels?: readonly string[];
}

// Lines without other fields share one empty list: 100,000 lines, no 100,000 arrays.
const NO_FIELDS: FieldCell[] = [];

/** How a cell's problem names its column: "New price" for the primary field, 'Column "Grossist"' for another. */
interface ColumnName {
  text: string;
  said: ProblemWords;
}

const NEW_PRICE: ColumnName = { text: 'New price', said: { id: 'newPriceColumn' } };

/** A price cell read with its column's separator: the value, or why it is none (in English and as words), the column named by `what`. */
function readPrice(cell: Cell, hint: DecimalHint, what: ColumnName): { price: string | null; priceText: string | null; priceError: string | null; priceErrorSaid: ProblemWords | null } {
  const read = readPriceCell(cell, hint);
  const priceText = cell?.t === 's' ? String(cell.v).trim() : null;
  if (read.ok === 'blank') return { price: null, priceText, priceError: null, priceErrorSaid: null };
  const primary = what === NEW_PRICE;
  // 'New price "abc" is not a price' as always; 'Column "Grossist": "abc" is not a price'.
  if (read.ok === false) {
    const colon = read.error.startsWith('"') && !primary;
    const said = read.said ? { id: colon ? 'cellQuoted' : 'cell', params: { column: what.said, reason: read.said } } : null;
    return { price: null, priceText, priceError: `${what.text}${colon ? ':' : ''} ${read.error}`, priceErrorSaid: said };
  }
  if (read.ambiguous) {
    const ambiguous: ProblemWords = { id: 'ambiguous', params: { text: cellText(cell) } };
    return {
      price: null,
      priceText,
      priceError: `${primary ? '' : `${what.text}: `}"${cellText(cell)}" could be read two ways (thousands or decimals) and no other value in the column shows which separator is decimal; choose it above`,
      priceErrorSaid: primary ? ambiguous : { id: 'forField', params: { field: what.said, sentence: ambiguous } },
    };
  }
  return { price: read.value, priceText, priceError: null, priceErrorSaid: null };
}

const hintOf = (info: SeparatorInfo | undefined): DecimalHint => info?.separator ?? 'auto';

/** Lines for every non-blank row below the header; prices read with the column's separator. */
export function extractLines(rows: Cell[][], options: ExtractOptions): ImportLine[] {
  const { headerRow, mapping } = options;
  const priceHint = hintOf(options.separators.price);
  const costHint = hintOf(options.separators.cost);
  const col = (row: Cell[], c: number | null): Cell => (c === null ? undefined : row[c]);
  // Each other field's column, its separator and how a problem names it ("Wholesale (column "Grossist")").
  const fieldColumns = Object.entries(mapping.fields ?? {}).map(([field, column]) => {
    const label = options.labels?.[column] ?? `column ${column + 1}`;
    const what: ColumnName = { text: `Column "${label}"`, said: { id: 'column', params: { label } } };
    return { field, column, hint: hintOf(options.fieldSeparators?.[field]), what };
  });
  const lines: ImportLine[] = [];
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    const skuCell = col(row, mapping.sku);
    const priceCell = col(row, mapping.price);
    if (isBlank(skuCell) && isBlank(priceCell) && fieldColumns.every((f) => isBlank(row[f.column]))) continue;
    const { price, priceText, priceError, priceErrorSaid } = readPrice(priceCell, priceHint, NEW_PRICE);
    const costCell = col(row, mapping.cost);
    const cost = readPriceCell(costCell, costHint);
    lines.push({
      row: r + 1,
      sku: cellText(skuCell),
      price,
      // Text is what gets interpreted (separators); a number cell is the number read.
      // (A plain property, not a spread: every line keeps one object shape, cheaper over 100,000 rows.)
      priceText,
      priceError,
      priceErrorSaid,
      cost: cost.ok === true && !cost.ambiguous ? cost.value : null,
      name: mapping.name === null ? null : cellText(col(row, mapping.name)) || null,
      currency: mapping.currency === null ? null : cellText(col(row, mapping.currency)).toUpperCase() || null,
      fields: fieldColumns.length ? fieldColumns.map((f) => ({ field: f.field, ...readPrice(row[f.column], f.hint, f.what) })) : NO_FIELDS,
    });
  }
  return lines;
}
