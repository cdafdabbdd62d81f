/**
 * Types of the import pipeline: file bytes -> sheets -> header row -> column mapping ->
 * parsed lines -> validation report -> grid edits. Everything here is plain data so it
 * crosses the Web Worker boundary (structured clone) and runs the same in Node (bench, tests).
 */
import type { CellObject } from 'xlsx';
import type { PriceField } from '../price-fields';
import type { Said } from '../said';

/** A sheet cell as SheetJS gives it in dense mode; undefined where the cell is blank. */
export type Cell = CellObject | undefined;

/** The fields an import can fill; SKU and the new price are required. */
export type ImportField = 'sku' | 'price' | 'cost' | 'name' | 'currency';
export const IMPORT_FIELDS: readonly ImportField[] = ['sku', 'price', 'cost', 'name', 'currency'];
export const REQUIRED_FIELDS: readonly ImportField[] = ['sku', 'price'];

/**
 * Which column (0-based) holds each field; null where the file has none. `price` is the
 * connection's primary price field (the one the grid has always edited); `fields` the
 * columns of its other price fields, by field id (shared/price-fields.ts). A mapping
 * remembered before fields existed has none.
 */
export type ColumnMapping = Record<ImportField, number | null> & { fields?: Readonly<Record<string, number>> };

/** The decimal separator of a price column: read from the values, or chosen by the user. */
export type Separator = '.' | ',';

/** File kinds the import reads, by content (not by the name's extension). */
export type FileFormat = 'xlsx' | 'xls' | 'ods' | 'csv' | 'tsv';

/** Limits that keep a hostile or huge file from hanging or exhausting the app. */
export interface ImportLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Most rows read from one sheet (header and title rows included). */
  maxRows: number;
  /** Most columns read from one sheet. */
  maxColumns: number;
  /** Largest total uncompressed size a workbook's zip may declare (zip bomb guard). */
  maxUnpackedBytes: number;
  /** How long the worker may take for one step before it is stopped, in milliseconds. */
  timeoutMs: number;
  /** The reader's JS heap ceiling in MB: the CLI's reader thread is ended past it (worker_threads resourceLimits). */
  maxHeapMb: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxRows: 250_000,
  maxColumns: 200,
  maxUnpackedBytes: 600 * 1024 * 1024,
  timeoutMs: 60_000,
  maxHeapMb: 2048,
};

/** Rows of each sheet sent to the page for the sheet picker and the header-row choice. */
export const PREVIEW_ROWS = 25;

/** One sheet as read: the cells (dense rows) and what was cut off. */
export interface SheetGrid {
  name: string;
  rows: Cell[][];
  /** Rows in the sheet's used range (may exceed rows.length when past the limit); -1: more than the limit, exact count unknown. */
  rowCount: number;
  /** Set when the sheet has more rows than the limit: it cannot be imported. */
  tooManyRows: boolean;
  /** Columns in the sheet's used range, before any cut. */
  columnCount: number;
  /** Merged ranges (0-based, inclusive). */
  merges: { s: { r: number; c: number }; e: { r: number; c: number } }[];
  /** Set when the sheet had more columns than the limit and the rest were dropped. */
  droppedColumns: number;
}

/** A workbook as read by readWorkbook. */
export interface Workbook {
  format: FileFormat;
  sheets: SheetGrid[];
  /** Plain-words remarks about the file as a whole (wrong extension, dropped columns). */
  notes: ImportMessage[];
}

/**
 * Something the import says about a file, a sheet or its columns (a note, a sheet's
 * problem): the English the CLI prints and, where it has them, the same as words the window
 * says in the person's language (catalogue messages.file; sizes and counts as raw numbers).
 */
export interface ImportMessage {
  message: string;
  said?: Said;
}

/** One catalog row as the import needs it (a subset of CatalogRow). */
export interface CatalogEntry {
  key: string;
  sku: string;
  price: string | null;
  cost: string | null;
  currency: string;
  /** The current price of every price field, by field id (CatalogRow.prices); null = none. */
  prices?: Readonly<Record<string, string | null>>;
}

/** What the connector allows, for the price rules. */
export interface ImportRules {
  maxDecimals: number;
  createsProducts: boolean;
  /** A change beyond this percentage (either way) is flagged. */
  maxChangePercent: number;
  /** The connector's name, for messages ("Alephee accepts at most 2 decimals"). */
  vendorName: string;
  /** The connection's price fields (its connection test), for columns mapped to other fields than the primary one. */
  fields?: readonly PriceField[];
}

/** One line of the sheet after reading the mapped columns. */
export interface ImportLine {
  /** The row number as a spreadsheet program shows it (1-based). */
  row: number;
  sku: string;
  /** Canonical decimal string, or null when blank/unreadable (see priceError). */
  price: string | null;
  /** A text price cell as the sheet shows it, for the report's sample of what was read; null for a number cell. */
  priceText?: string | null;
  priceError: string | null;
  /** The same as words for the window (ProblemWords); null when there is no error. */
  priceErrorSaid?: ProblemWords | null;
  cost: string | null;
  name: string | null;
  currency: string | null;
  /** The new prices of the other price fields mapped (ColumnMapping.fields), in the mapping's order. */
  fields?: FieldCell[];
}

/** One (row, price field) cell of a column mapped to a field other than the primary one. */
export interface FieldCell {
  /** The field's id. */
  field: string;
  /** Canonical decimal string, or null when blank or unreadable (see priceError). */
  price: string | null;
  /** A text cell as the sheet shows it; null for a number cell. */
  priceText: string | null;
  /** Why the cell is not a price, naming the column; null when it is one or is blank. */
  priceError: string | null;
  /** The same as words for the window; null when there is no error. */
  priceErrorSaid?: ProblemWords | null;
}

export type ProblemSeverity = 'error' | 'warning' | 'note';

/**
 * Our words for an import problem, so the window says it in the person's language: an id of
 * the `importing` catalogue's `problem` group and its parameters (prices as canonical decimal
 * strings, which the window formats in its locale). A parameter may itself be words: a
 * cell's reason inside its row's problem. shared/ builds no translated text (the CLI prints
 * the English `message`), so the window translates these (renderer/features/import/words.ts).
 */
export interface ProblemWords {
  id: string;
  params?: Record<string, string | number | ProblemWords>;
}

/** One problem of the validation report, tied to a sheet row. */
export interface ImportProblem {
  row: number;
  sku: string;
  severity: ProblemSeverity;
  /** English, complete: what the CLI prints and the window shows where `said` is absent. */
  message: string;
  said?: ProblemWords;
}

/** What a price column's separator was inferred to be, for the user to see and override. */
export interface SeparatorInfo {
  /** The separator used; null when the column only has numeric cells or gives no clue. */
  separator: Separator | null;
  /** How it was decided. */
  source: 'numbers' | 'values' | 'user' | 'none';
  /** The user-facing sentence in English ("Decimal comma, read from values such as 1.234,56"); the window says it from the fields below. */
  text: string;
  /** Read from the values: the value that shows the separator, and how many values suggest the other one. */
  example?: string;
  against?: number;
}

/** A SKU the catalog lacks and the connector can create: its sheet row and the file's values. */
export interface NewProduct {
  row: number;
  sku: string;
  price: string;
  /** From the file's name, cost and currency columns where they are mapped and filled. */
  name: string | null;
  cost: string | null;
  currency: string | null;
}

/** One row of the report's sample: what the sheet shows next to the price read, the primary field's and each other field's ('' where blank). */
export interface SampleRow {
  row: number;
  sku: string;
  sheet: string;
  price: string;
  /** The other price fields mapped, in the mapping's order. */
  fields?: { field: string; sheet: string; price: string }[];
}

/** The validation report shown before anything is merged. */
export interface ImportReport {
  /** Rows with a readable SKU or price (blank rows are not counted). */
  total: number;
  /**
   * Edits to merge into the grid: cells whose price differs from the current one, each keyed
   * by its cell id (`changeId`: the row key for the primary field, key + U+001F + field id else).
   */
  edits: { key: string; newPrice: string }[];
  /** Rows whose new price equals the current price: counted, not submitted. */
  unchanged: number;
  /** Rows with an empty price: not imported. */
  blank: number;
  /** SKUs not in the catalog that the connector could create, with what the file says of them. */
  newProducts: NewProduct[];
  problems: ImportProblem[];
  counts: Record<ProblemSeverity, number>;
  /**
   * Errors that are merged all the same: prices that look like a decimal slip
   * (shared/price-rails). Each waits in the grid for the person's confirmation and cannot
   * be sent before it.
   */
  slips: number;
  /** The first rows read, sheet value next to the price understood, so the reading can be checked. */
  sample: SampleRow[];
  separators: Partial<Record<'price' | 'cost', SeparatorInfo>>;
  /** The separators of the columns mapped to other price fields, by field id. */
  fieldSeparators?: Record<string, SeparatorInfo>;
}
