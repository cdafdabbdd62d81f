/**
 * The validation report: every problem with its sheet row, before anything is merged.
 * Applies the grid's price rules (positive, decimals the vendor accepts, not below cost,
 * within the usual change) and diffs against the catalog so unchanged prices are not sent.
 * A row may carry a new price for several price fields (ColumnMapping.fields): each
 * (row, field) is a cell of its own, judged by those rules against its own current price,
 * and the row's prices together by the cross-field rules (shared/field-rules.ts).
 */
import { compareExact } from '../exact';
import { showPrice } from '../money';
import { belowCost, costFieldFor, fieldWarnings } from '../field-rules';
import type { PriceField } from '../price-fields';
import { changeId } from '../types';
import { movement, unsendable, type Worded } from './price-checks';
import type { CatalogEntry, FieldCell, ImportLine, ImportProblem, ImportReport, ImportRules, ProblemSeverity, ProblemWords, SampleRow } from './types';

/** How many rows the report's sample shows. */
export const SAMPLE_SIZE = 5;

/** Builds the report from the lines of the sheet and the connection's catalog. */
export function validateLines(lines: ImportLine[], catalog: readonly CatalogEntry[], rules: ImportRules): Omit<ImportReport, 'separators'> {
  const bySku = new Map<string, CatalogEntry>();
  for (const entry of catalog) if (!bySku.has(entry.sku)) bySku.set(entry.sku, entry);
  const fields = rules.fields ?? [];
  const fieldById = new Map(fields.map((f) => [f.id, f]));
  const primary = fields.find((f) => f.primary);
  const problems: ImportProblem[] = [];
  // Each problem in English (the CLI's) and as words for the window (ProblemWords).
  const add = (row: number, sku: string, severity: ProblemSeverity, message: string, said?: ProblemWords) => problems.push({ row, sku, severity, message, ...(said ? { said } : {}) });
  const addWorded = (row: number, sku: string, severity: ProblemSeverity, worded: Worded) => add(row, sku, severity, worded.message, worded.said);

  // First pass: duplicates. Same prices are merged with a note; different prices block the SKU.
  const firstRow = new Map<string, ImportLine>();
  const conflicted = new Set<string>();
  const duplicateRows = new Set<number>();
  for (const line of lines) {
    if (!line.sku || !hasPrice(line)) continue;
    const first = firstRow.get(line.sku);
    if (!first) {
      firstRow.set(line.sku, line);
      continue;
    }
    duplicateRows.add(line.row);
    if (samePrices(first, line)) {
      add(line.row, line.sku, 'note', `Same SKU and ${line.fields?.length ? 'prices' : 'price'} as row ${first.row}; counted once.`, { id: line.fields?.length ? 'duplicateSameAll' : 'duplicateSame', params: { row: first.row } });
    } else {
      conflicted.add(line.sku);
      const which = line.fields?.length ? 'different prices' : `a different price (${first.price} here ${line.price})`;
      const said: ProblemWords = line.fields?.length
        ? { id: 'duplicateDifferentAll', params: { sku: line.sku, row: first.row } }
        : { id: 'duplicateDifferent', params: { sku: line.sku, row: first.row, first: first.price ?? '', price: line.price ?? '' } };
      add(line.row, line.sku, 'error', `SKU ${line.sku} is also on row ${first.row} with ${which}; neither is imported.`, said);
    }
  }

  const edits: ImportReport['edits'] = [];
  const newProducts: ImportReport['newProducts'] = [];
  let unchanged = 0;
  let blank = 0;
  let total = 0;
  let slips = 0;
  const sample: SampleRow[] = [];

  /** The primary field's new price of one line: today's rules, in today's order. Answers the price merged, if any. */
  function primaryPrice(line: ImportLine & { price: string }, entryFirst: CatalogEntry | undefined, newCost: string | null): string | null {
    // Canonical strings compare as text first: the common "same price" row costs no arithmetic.
    if (entryFirst && line.price === entryFirst.price && !conflictingCurrency(line, entryFirst)) {
      unchanged++;
      return null;
    }
    const refused = unsendable(line.price, rules.maxDecimals, rules);
    if (refused) {
      addWorded(line.row, line.sku, 'error', refused);
      return null;
    }
    const entry = entryFirst;
    if (!entry) {
      if (rules.createsProducts && line.currency !== null && !/^[A-Z]{3}$/.test(line.currency)) {
        add(line.row, line.sku, 'error', `SKU ${line.sku} is not in the catalog, and its currency "${line.currency}" is not a 3-letter code such as EUR, so it cannot be created.`, {
          id: 'newProductBadCurrency',
          params: { sku: line.sku, currency: line.currency },
        });
      } else if (rules.createsProducts) {
        newProducts.push({ row: line.row, sku: line.sku, price: line.price, name: line.name, cost: line.cost, currency: line.currency });
        add(line.row, line.sku, 'warning', `SKU ${line.sku} is not in the catalog; it can be created as a new product.`, { id: 'newProduct', params: { sku: line.sku } });
      } else addWorded(line.row, line.sku, 'error', notInCatalog(line.sku, rules));
      return null;
    }
    if (conflictingCurrency(line, entry)) {
      addWorded(line.row, line.sku, 'error', currencyMismatch(line, entry));
      return null;
    }
    if (entry.price !== null && compareExact(line.price, entry.price) === 0) {
      unchanged++;
      return null;
    }
    // The file's cost column, else the new price of the cost field it is held against, else the catalog's.
    const cost = line.cost ?? newCost ?? entry.cost;
    if (belowCost(line.price, cost)) add(line.row, line.sku, 'warning', `The new price ${line.price} is below the cost ${cost}.`, { id: 'belowCost', params: { price: line.price, cost: cost! } });
    const moved = movement(entry.price, line.price, line.priceText, rules);
    if (moved) addWorded(line.row, line.sku, moved.severity, moved);
    if (moved?.slip) slips++;
    edits.push({ key: entry.key, newPrice: line.price });
    return line.price;
  }

  /** Another field's new price: the same rules against that field's own current price and decimals. */
  function fieldPrice(line: ImportLine, entry: CatalogEntry, cell: FieldCell & { price: string }, field: PriceField): boolean {
    const current = entry.prices?.[field.id] ?? null;
    if (current !== null && compareExact(cell.price, current) === 0) {
      unchanged++;
      return false;
    }
    const refused = unsendable(cell.price, field.decimals, rules, field.label);
    if (refused) {
      addWorded(line.row, line.sku, 'error', refused);
      return false;
    }
    const moved = movement(current, cell.price, cell.priceText, rules, field.label);
    if (moved) addWorded(line.row, line.sku, moved.severity, moved);
    if (moved?.slip) slips++;
    edits.push({ key: changeId({ key: entry.key, field: field.id }), newPrice: cell.price });
    return true;
  }

  for (const line of lines) {
    total++;
    const cells = line.fields ?? [];
    if (sample.length < SAMPLE_SIZE && hasPrice(line)) sample.push(sampleRow(line));
    if (!line.sku) {
      const unreadable = line.priceError !== null ? line : cells.find((c) => c.priceError);
      const reason = unreadable?.priceErrorSaid;
      if (unreadable?.priceError) add(line.row, '', 'error', `The SKU is missing and ${lower(unreadable.priceError)}.`, reason ? { id: 'skuMissingAnd', params: { reason } } : undefined);
      else add(line.row, '', 'error', 'The SKU is missing.', { id: 'skuMissing' });
      continue;
    }
    if (line.priceError) add(line.row, line.sku, 'error', `${line.priceError}.`, cellSaid(line));
    for (const cell of cells) if (cell.priceError) add(line.row, line.sku, 'error', `${cell.priceError}.`, cellSaid(cell));
    if (!hasPrice(line)) {
      if (!line.priceError && !cells.some((c) => c.priceError)) blank++;
      continue;
    }
    if (duplicateRows.has(line.row) || conflicted.has(line.sku)) {
      if (conflicted.has(line.sku) && firstRow.get(line.sku) === line) {
        const all = Boolean(line.fields?.length);
        add(line.row, line.sku, 'error', `SKU ${line.sku} appears again further down with ${all ? 'different prices' : 'a different price'}; not imported.`, { id: all ? 'appearsAgainAll' : 'appearsAgain', params: { sku: line.sku } });
      }
      continue;
    }
    const entry = bySku.get(line.sku);
    // The row's other fields first: the primary's below-cost rule takes a new cost field price.
    const changed: Record<string, string> = {};
    if (entry && conflictingCurrency(line, entry)) {
      // A row in another currency than the product's: none of its prices is taken.
      if (line.price === null) addWorded(line.row, line.sku, 'error', currencyMismatch(line, entry));
    } else if (entry) {
      for (const cell of cells) {
        const field = fieldById.get(cell.field);
        if (field && isPrice(cell) && fieldPrice(line, entry, cell, field)) changed[field.id] = cell.price;
      }
    } else if (line.price === null) {
      addWorded(line.row, line.sku, 'error', notInCatalog(line.sku, rules));
      continue;
    } else if (rules.createsProducts && cells.some(isPrice)) {
      const named = cells.filter(isPrice).map((c) => fieldById.get(c.field)?.label ?? c.field);
      add(line.row, line.sku, 'warning', `SKU ${line.sku} is not in the catalog: only its new price is taken for the new product, not ${named.join(', ')}; set ${named.length === 1 ? 'that' : 'those'} once it is created.`, {
        id: 'newProductFieldsLeft',
        params: { sku: line.sku, fields: named.join(', ') },
      });
    }
    const costField = primary && costFieldFor(fields, primary);
    if (isPrice(line) && primaryPrice(line, entry, costField ? (changed[costField.id] ?? null) : null) !== null && primary) changed[primary.id] = line.price;
    if (entry && primary && Object.keys(changed).length) crossFieldWarnings(line, entry, changed, primary);
  }

  /** The cross-field rules a row's new prices break (below cost, a tier above the price...), the primary's below-cost rule excepted: it has its own words above. */
  function crossFieldWarnings(line: ImportLine, entry: CatalogEntry, changed: Record<string, string>, primary: PriceField) {
    const prices = { ...entry.prices, [primary.id]: entry.price, ...changed };
    for (const warning of fieldWarnings(fields, prices)) {
      if (!(warning.field in changed) && !(warning.against in changed)) continue;
      if (warning.field === primary.id && warning.rule === 'below_cost' && primary.id in changed) continue;
      // The amounts as the English writes them ("12.00"); the window puts in its decimal separator.
      const { field, amount, against, againstAmount } = warning.params;
      const above = warning.rule === 'sale_above_price' || warning.rule === 'tier_above_price';
      add(line.row, line.sku, 'warning', warning.message, { id: above ? 'fieldAbove' : 'fieldBelow', params: { field, amount: showPrice(amount), against, againstAmount: showPrice(againstAmount) } });
    }
  }

  problems.sort((a, b) => a.row - b.row);
  const counts = { error: 0, warning: 0, note: 0 };
  for (const p of problems) counts[p.severity]++;
  return { total, edits, unchanged, blank, newProducts, problems, counts, slips, sample };
}

const isPrice = <T extends { price: string | null }>(cell: T): cell is T & { price: string } => cell.price !== null;

/** Whether a line has a new price for any field. */
const hasPrice = (line: ImportLine) => line.price !== null || (line.fields?.some(isPrice) ?? false);

/** Whether two lines of one SKU want the same prices, field by field. */
function samePrices(a: ImportLine, b: ImportLine): boolean {
  const same = (x: string | null, y: string | null) => (x === null || y === null ? x === y : compareExact(x, y) === 0);
  return same(a.price, b.price) && (a.fields ?? []).every((cell, i) => same(cell.price, b.fields?.[i]?.price ?? null));
}

const sampleRow = (line: ImportLine): SampleRow => ({
  row: line.row,
  sku: line.sku,
  sheet: line.price === null ? '' : (line.priceText ?? line.price),
  price: line.price ?? '',
  ...(line.fields?.length ? { fields: line.fields.map((c) => ({ field: c.field, sheet: c.priceText ?? c.price ?? '', price: c.price ?? '' })) } : {}),
});

const notInCatalog = (sku: string, rules: ImportRules): Worded => ({
  message: `SKU ${sku} is not in this connection's catalog, and ${rules.vendorName} cannot create products from PriceDesk.`,
  said: { id: 'notInCatalog', params: { sku, vendor: rules.vendorName } },
});

const conflictingCurrency = (line: ImportLine, entry: CatalogEntry) => line.currency !== null && line.currency !== entry.currency;

const currencyMismatch = (line: ImportLine, entry: CatalogEntry): Worded => ({
  message: `The currency ${line.currency} does not match the product's ${entry.currency}.`,
  said: { id: 'currencyMismatch', params: { currency: line.currency ?? '', expected: entry.currency } },
});

/** A cell's price error as a sentence of words: the reader's words where it gave them. */
const cellSaid = (cell: { priceErrorSaid?: ProblemWords | null }): ProblemWords | undefined => (cell.priceErrorSaid ? { id: 'sentence', params: { cell: cell.priceErrorSaid } } : undefined);

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
