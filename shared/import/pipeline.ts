/**
 * The import pipeline in steps: read the file, summarise its sheets, propose a mapping
 * for the chosen sheet and header row, then analyse (parse, validate, diff). Pure and
 * isomorphic: the renderer's Web Worker runs these steps one message at a time, the bench
 * and the tests run them in Node.
 */
import { ImportError } from './errors';
import { extractLines } from './extract';
import { fitRemembered, guessColumns } from './field-guess';
import { detectHeaderRow, headerLabels } from './header';
import { inferSeparator, userSeparator } from './numbers';
import { assertSheetReadable, readWorkbook } from './read-workbook';
import { cellText } from './cells';
import type { InflateRaw } from './unzip';
import { validateLines } from './validate';
import type { PriceField } from '../price-fields';
import type { Said } from '../said';
import { PREVIEW_ROWS, type CatalogEntry, type ImportMessage, type ColumnMapping, type ImportLimits, type ImportReport, type ImportRules, type Separator, type SeparatorInfo, type SheetGrid, type Workbook } from './types';

/** What the sheet picker shows of one sheet. */
export interface SheetSummary {
  name: string;
  rowCount: number;
  columnCount: number;
  /** The detected header row (0-based). */
  headerRow: number;
  /** The first rows as text, for the picker and the header-row override. */
  preview: string[][];
  /** Why the sheet cannot be imported (empty, too many rows), or null. */
  problem: string | null;
  /** The same as words for the window, where `problem` has them. */
  problemSaid?: Said;
}

const PREVIEW_COLUMNS = 30;

/** Sheet summaries for the picker; sheets that cannot be imported carry their reason. */
export function summariseSheets(wb: Workbook, limits: ImportLimits): SheetSummary[] {
  return wb.sheets.map((sheet) => {
    let problem: string | null = null;
    let problemSaid: Said | undefined;
    try {
      assertSheetReadable(sheet, limits);
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
      if (error instanceof ImportError) problemSaid = error.said;
    }
    const preview = sheet.rows.slice(0, PREVIEW_ROWS).map((row) => Array.from({ length: Math.min(row?.length ?? 0, PREVIEW_COLUMNS) }, (_, c) => cellText(row?.[c])));
    return { name: sheet.name, rowCount: sheet.rowCount, columnCount: sheet.columnCount, headerRow: problem ? 0 : detectHeaderRow(sheet.rows), preview, problem, ...(problemSaid ? { problemSaid } : {}) };
  });
}

/** The column labels and guessed (or remembered) mapping for a sheet and header row. */
export interface MappingProposal {
  headerRow: number;
  labels: string[];
  notes: ImportMessage[];
  mapping: ColumnMapping;
  /** Whether the mapping came from a remembered choice rather than a guess. */
  remembered: boolean;
}

/**
 * The mapping for a sheet and header row: the remembered one where it still fits the file
 * (fitted to the connection's price fields, `fitRemembered`), else a guess from the headers
 * and values, with notes on what was left for the person to choose.
 */
export function proposeMapping(sheet: SheetGrid, headerRow: number, catalogSkus: ReadonlySet<string>, remembered: ColumnMapping | null, fields: readonly PriceField[] = []): MappingProposal {
  const { labels, notes } = headerLabels(sheet, headerRow);
  const guess = guessColumns(labels, sheet.rows.slice(headerRow + 1, headerRow + 201), catalogSkus, fields);
  const fitted = remembered && fitRemembered(remembered, labels, fields, guess.mapping);
  if (fitted) return { headerRow, labels, notes, mapping: fitted, remembered: true };
  return { headerRow, labels, notes: [...notes, ...guess.notes], mapping: guess.mapping, remembered: false };
}

export interface AnalyseOptions {
  headerRow: number;
  mapping: ColumnMapping;
  /** Separators the user chose; otherwise inferred from the values. */
  separators?: Partial<Record<'price' | 'cost', Separator | null>>;
  /** Separators the user chose for the columns of other price fields, by field id. */
  fieldSeparators?: Record<string, Separator | null>;
  catalog: readonly CatalogEntry[];
  rules: ImportRules;
}

/** Parses, validates and diffs the sheet into the report shown before merging. */
export function analyseSheet(sheet: SheetGrid, options: AnalyseOptions): ImportReport {
  const { mapping, headerRow } = options;
  const fieldColumns = Object.entries(mapping.fields ?? {});
  if (mapping.sku === null) throw new ImportError('mapping', 'Choose the column with the SKU first.', { id: 'file.chooseSku' });
  if (mapping.price === null && !fieldColumns.length) throw new ImportError('mapping', 'Choose the column with the new price first.', { id: 'file.choosePrice' });
  if (mapping.sku === mapping.price || fieldColumns.some(([, c]) => c === mapping.sku)) {
    throw new ImportError('mapping', 'The SKU and the new prices must be different columns.', { id: 'file.sameColumn' });
  }
  const separatorOf = (column: number, chosen: Separator | null | undefined) => (chosen ? userSeparator(chosen) : inferSeparator(sheet.rows, column, headerRow + 1));
  const separators: Partial<Record<'price' | 'cost', SeparatorInfo>> = {};
  for (const field of ['price', 'cost'] as const) {
    const column = mapping[field];
    if (column !== null) separators[field] = separatorOf(column, options.separators?.[field]);
  }
  const fieldSeparators = Object.fromEntries(fieldColumns.map(([id, column]) => [id, separatorOf(column, options.fieldSeparators?.[id])]));
  const { labels } = fieldColumns.length ? headerLabels(sheet, headerRow) : { labels: [] };
  const lines = extractLines(sheet.rows, { headerRow, mapping, separators, fieldSeparators, labels });
  return { ...validateLines(lines, options.catalog, options.rules), separators, ...(fieldColumns.length ? { fieldSeparators } : {}) };
}

/** The whole pipeline in one call (bench, tests): first importable sheet, guessed mapping. */
export async function runImport(
  bytes: Uint8Array,
  fileName: string,
  options: { limits: ImportLimits; catalog: readonly CatalogEntry[]; rules: ImportRules; sheet?: string; inflate?: InflateRaw },
): Promise<{ workbook: Workbook; sheet: SheetGrid; proposal: MappingProposal; report: ImportReport }> {
  const workbook = await readWorkbook(bytes, fileName, options.limits, options.inflate);
  const sheet = options.sheet ? workbook.sheets.find((s) => s.name === options.sheet) : workbook.sheets.find((s) => !s.tooManyRows && s.rows.length > 0) ?? workbook.sheets[0];
  if (!sheet) throw new ImportError('empty', `${fileName} has no sheet named "${options.sheet}".`, { id: 'file.noSheetNamed', params: { file: fileName, sheet: options.sheet ?? '' } });
  assertSheetReadable(sheet, options.limits);
  const headerRow = detectHeaderRow(sheet.rows);
  const proposal = proposeMapping(sheet, headerRow, new Set(options.catalog.map((c) => c.sku)), null, options.rules.fields);
  const report = analyseSheet(sheet, { headerRow, mapping: proposal.mapping, catalog: options.catalog, rules: options.rules });
  return { workbook, sheet, proposal, report };
}
