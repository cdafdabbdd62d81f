/**
 * The validation report: every problem with its sheet row, before anything is merged.
 * Applies the grid's price rules (positive, decimals the vendor accepts, not below cost,
 * within the usual change) and diffs against the catalog so unchanged prices are not sent.
 */
import { Big, decimalPlaces, nonPositive, nonPositiveMessage } from '../money';
import { decimalSlip, signedPercent } from '../price-rails';
import { beyondPercent, compareExact } from '../exact';
import type { CatalogEntry, ImportLine, ImportProblem, ImportReport, ImportRules, ProblemSeverity } from './types';

/** How many rows the report's sample shows. */
export const SAMPLE_SIZE = 5;

/** Builds the report from the lines of the sheet and the connection's catalog. */
export function validateLines(lines: ImportLine[], catalog: readonly CatalogEntry[], rules: ImportRules): Omit<ImportReport, 'separators'> {
  const bySku = new Map<string, CatalogEntry>();
  for (const entry of catalog) if (!bySku.has(entry.sku)) bySku.set(entry.sku, entry);
  const problems: ImportProblem[] = [];
  const add = (row: number, sku: string, severity: ProblemSeverity, message: string) => problems.push({ row, sku, severity, message });

  // First pass: duplicates. Same price is merged with a note; different prices block the SKU.
  const firstRow = new Map<string, ImportLine>();
  const conflicted = new Set<string>();
  const duplicateRows = new Set<number>();
  for (const line of lines) {
    if (!line.sku || line.price === null) continue;
    const first = firstRow.get(line.sku);
    if (!first) {
      firstRow.set(line.sku, line);
      continue;
    }
    duplicateRows.add(line.row);
    if (compareExact(first.price!, line.price) === 0) {
      add(line.row, line.sku, 'note', `Same SKU and price as row ${first.row}; counted once.`);
    } else {
      conflicted.add(line.sku);
      add(line.row, line.sku, 'error', `SKU ${line.sku} is also on row ${first.row} with a different price (${first.price} here ${line.price}); neither is imported.`);
    }
  }

  const edits: ImportReport['edits'] = [];
  const newProducts: ImportReport['newProducts'] = [];
  let unchanged = 0;
  let blank = 0;
  let total = 0;
  let slips = 0;
  const sample: ImportReport['sample'] = [];
  for (const line of lines) {
    total++;
    if (sample.length < SAMPLE_SIZE && line.price !== null) sample.push({ row: line.row, sku: line.sku, sheet: line.priceText ?? line.price, price: line.price });
    if (!line.sku) {
      add(line.row, '', 'error', line.priceError ? `The SKU is missing and ${lower(line.priceError)}.` : 'The SKU is missing.');
      continue;
    }
    if (line.priceError) {
      add(line.row, line.sku, 'error', `${line.priceError}.`);
      continue;
    }
    if (line.price === null) {
      blank++;
      continue;
    }
    if (duplicateRows.has(line.row) || conflicted.has(line.sku)) {
      if (conflicted.has(line.sku) && firstRow.get(line.sku) === line) add(line.row, line.sku, 'error', `SKU ${line.sku} appears again further down with a different price; not imported.`);
      continue;
    }
    // Canonical strings compare as text first: the common "same price" row costs no arithmetic.
    const entryFirst = bySku.get(line.sku);
    if (entryFirst && line.price === entryFirst.price && !conflictingCurrency(line, entryFirst)) {
      unchanged++;
      continue;
    }
    const notSendable = nonPositive(line.price);
    if (notSendable) {
      add(line.row, line.sku, 'error', nonPositiveMessage(line.price, notSendable));
      continue;
    }
    if (decimalPlaces(line.price) > rules.maxDecimals) {
      add(line.row, line.sku, 'error', `The new price ${line.price} has ${decimalPlaces(line.price)} decimals; ${rules.vendorName} accepts at most ${rules.maxDecimals}.`);
      continue;
    }
    const entry = bySku.get(line.sku);
    if (!entry) {
      if (rules.createsProducts && line.currency !== null && !/^[A-Z]{3}$/.test(line.currency)) {
        add(line.row, line.sku, 'error', `SKU ${line.sku} is not in the catalog, and its currency "${line.currency}" is not a 3-letter code such as EUR, so it cannot be created.`);
      } else if (rules.createsProducts) {
        newProducts.push({ row: line.row, sku: line.sku, price: line.price, name: line.name, cost: line.cost, currency: line.currency });
        add(line.row, line.sku, 'warning', `SKU ${line.sku} is not in the catalog; it can be created as a new product.`);
      } else add(line.row, line.sku, 'error', `SKU ${line.sku} is not in this connection's catalog, and ${rules.vendorName} cannot create products from PriceDesk.`);
      continue;
    }
    if (conflictingCurrency(line, entry)) {
      add(line.row, line.sku, 'error', `The currency ${line.currency} does not match the product's ${entry.currency}.`);
      continue;
    }
    if (entry.price !== null && compareExact(line.price, entry.price) === 0) {
      unchanged++;
      continue;
    }
    const cost = line.cost ?? entry.cost;
    if (cost !== null && compareExact(line.price, cost) < 0) add(line.row, line.sku, 'warning', `The new price ${line.price} is below the cost ${cost}.`);
    const slip = decimalSlip(entry.price, line.price);
    if (slip) {
      // "1.299" read as 1299 for a 29.99 product: merged, but held until the person confirms it.
      slips++;
      const sheet = line.priceText && line.priceText !== line.price ? `"${line.priceText}" read as ${line.price}` : `The new price ${line.price}`;
      add(line.row, line.sku, 'error', `${sheet} changes the current ${entry.price} by ${signedPercent(slip.percent)}: is a decimal point in the wrong place? It is merged but cannot be sent until you confirm it.`);
    } else if (entry.price !== null && nonPositive(entry.price) === null && beyondPercent(line.price, entry.price, rules.maxChangePercent)) {
      const current = new Big(entry.price);
      const pct = new Big(line.price).minus(current).div(current).times(100).toFixed(1);
      add(line.row, line.sku, 'warning', `The new price ${line.price} changes the current ${entry.price} by ${pct.startsWith('-') ? '' : '+'}${pct} %, more than ±${rules.maxChangePercent} %.`);
    }
    edits.push({ key: entry.key, newPrice: line.price });
  }
  problems.sort((a, b) => a.row - b.row);
  const counts = { error: 0, warning: 0, note: 0 };
  for (const p of problems) counts[p.severity]++;
  return { total, edits, unchanged, blank, newProducts, problems, counts, slips, sample };
}

const conflictingCurrency = (line: ImportLine, entry: CatalogEntry) => line.currency !== null && line.currency !== entry.currency;

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
