/**
 * A block copied from a supplier's sheet is usually two columns, SKU and price. Pasted
 * cell by cell it would put SKUs where prices go and drop the prices; Excel users expect
 * it to work like a lookup instead: each price goes to the row with that SKU, wherever
 * that row is. Pure, so the rule is tested without a grid.
 */
import type { ReadPrice } from './read-price';

/** What a lookup paste would do, before anything is applied. */
export interface LookupPlan {
  /** New prices for the rows whose SKU matched and whose price could be read. */
  edits: { key: string; newPrice: string }[];
  /** Matched rows whose pasted price could not be used, by row key: the reason. */
  problems: Record<string, string>;
  /** First-column values that match no SKU, in the order pasted. */
  unmatched: string[];
  /** Lines whose SKU matched (each counted once however many rows carry the SKU). */
  matched: number;
  /** True when the first line was a header ("SKU", "Price") and was skipped. */
  header: boolean;
}

/**
 * The lookup plan for pasted cells, or null when the block is not SKU + price: fewer than
 * two columns, or fewer than half of the first column's values are SKUs of the catalog.
 * `rowsBySku` lists the row keys per SKU (a SKU may be on several rows).
 */
export function planLookupPaste(cells: readonly (readonly string[])[], rowsBySku: ReadonlyMap<string, readonly string[]>, read: (text: string) => ReadPrice): LookupPlan | null {
  if (!cells.some((line) => line.length >= 2)) return null;
  const lines = cells.filter((line) => (line[0] ?? '').trim() !== '' || (line[1] ?? '').trim() !== '');
  if (lines.length === 0) return null;
  const first = lines[0]!;
  // A header names its columns: its first cell is no SKU and its second no price.
  const header = !rowsBySku.has(first[0]!.trim()) && !read(first[1] ?? '').ok;
  const body = header ? lines.slice(1) : lines;
  const skus = body.map((line) => (line[0] ?? '').trim()).filter((sku) => sku !== '');
  const matchedSkus = skus.filter((sku) => rowsBySku.has(sku));
  if (matchedSkus.length === 0 || matchedSkus.length * 2 < skus.length) return null;

  const plan: LookupPlan = { edits: [], problems: {}, unmatched: [], matched: 0, header };
  const priceBySku = new Map<string, string>();
  const conflicting = new Set<string>();
  for (const line of body) {
    const sku = (line[0] ?? '').trim();
    const keys = rowsBySku.get(sku);
    if (!keys) {
      if (sku !== '') plan.unmatched.push(sku);
      continue;
    }
    plan.matched++;
    const parsed = read(line[1] ?? '');
    if (!parsed.ok) {
      for (const key of keys) plan.problems[key] = parsed.error;
      continue;
    }
    const earlier = priceBySku.get(sku);
    // The same SKU twice with different prices: neither is right for sure, so neither is used.
    if (earlier !== undefined && earlier !== parsed.value) conflicting.add(sku);
    priceBySku.set(sku, parsed.value);
  }
  for (const [sku, price] of priceBySku) {
    const keys = rowsBySku.get(sku)!;
    if (conflicting.has(sku)) {
      for (const key of keys) plan.problems[key] = `SKU ${sku} was pasted more than once with different prices; none was used.`;
      continue;
    }
    for (const key of keys) plan.edits.push({ key, newPrice: price });
  }
  return plan;
}

/** Row keys per SKU, for `planLookupPaste`. */
export function rowsBySku(rows: readonly { key: string; sku: string }[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const row of rows) {
    const keys = index.get(row.sku);
    if (keys) keys.push(row.key);
    else index.set(row.sku, [row.key]);
  }
  return index;
}
