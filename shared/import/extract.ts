/** Reads the mapped columns of every data row into ImportLines, with each row's number. */
import type { DecimalHint } from '../parse-price';
import { cellText, isBlank, readPriceCell } from './cells';
import type { Cell, ColumnMapping, ImportLine, SeparatorInfo } from './types';

export interface ExtractOptions {
  headerRow: number;
  mapping: ColumnMapping;
  separators: Partial<Record<'price' | 'cost', SeparatorInfo>>;
}

const hintOf = (info: SeparatorInfo | undefined): DecimalHint => info?.separator ?? 'auto';

/** Lines for every non-blank row below the header; prices read with the column's separator. */
export function extractLines(rows: Cell[][], options: ExtractOptions): ImportLine[] {
  const { headerRow, mapping } = options;
  const priceHint = hintOf(options.separators.price);
  const costHint = hintOf(options.separators.cost);
  const col = (row: Cell[], c: number | null): Cell => (c === null ? undefined : row[c]);
  const lines: ImportLine[] = [];
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    const skuCell = col(row, mapping.sku);
    const priceCell = col(row, mapping.price);
    if (isBlank(skuCell) && isBlank(priceCell)) continue;
    const price = readPriceCell(priceCell, priceHint);
    let priceError: string | null = null;
    let value: string | null = null;
    if (price.ok === true) {
      if (price.ambiguous) {
        priceError = `"${cellText(priceCell)}" could be read two ways (thousands or decimals) and no other value in the column shows which separator is decimal; choose it above`;
      } else value = price.value;
    } else if (price.ok === false) priceError = `New price ${price.error}`;
    const costCell = col(row, mapping.cost);
    const cost = readPriceCell(costCell, costHint);
    lines.push({
      row: r + 1,
      sku: cellText(skuCell),
      price: value,
      // Text is what gets interpreted (separators); a number cell is the number read.
      // (A plain property, not a spread: every line keeps one object shape, cheaper over 100,000 rows.)
      priceText: priceCell?.t === 's' ? String(priceCell.v).trim() : null,
      priceError,
      cost: cost.ok === true && !cost.ambiguous ? cost.value : null,
      name: mapping.name === null ? null : cellText(col(row, mapping.name)) || null,
      currency: mapping.currency === null ? null : cellText(col(row, mapping.currency)).toUpperCase() || null,
    });
  }
  return lines;
}
