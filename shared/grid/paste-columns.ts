/**
 * Which grid column each column of a pasted block goes to. The grid shows each price field
 * as Current beside New, so a block of prices from a spreadsheet ("SEK, Wholesale") pasted
 * on a New column would put its second column on the next field's Current column, where
 * nothing can be written, and be lost. An Excel user means the New columns: a block that
 * starts on a New column fills the New columns from there, in display order, skipping the
 * columns in between that take no price. A block this grid copied itself goes back cell for
 * cell, as copied (its Current values must never become new prices), and so does a block
 * pasted on any other column, as it always did. Pure, so the rule is tested without a grid.
 */
import { isEditableColumn } from './cells';

/**
 * The column (id) each of the block's `width` columns lands on, null where it lands on no
 * column. `displayed` are the grid's column ids in display order, `start` the index of the
 * column the paste starts on, `asCopied` true when the text is the grid's own last copy.
 */
export function pasteColumns(displayed: readonly string[], start: number, width: number, asCopied: boolean): (string | null)[] {
  const from = displayed.slice(Math.max(0, start));
  const targets = asCopied || !isEditableColumn(from[0] ?? '') ? from : from.filter(isEditableColumn);
  return Array.from({ length: width }, (_, c) => targets[c] ?? null);
}
