/** Splitting a submission into requests within a vendor's limits. */

/** Consecutive slices of at most `size` items. */
export function chunks<T>(list: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, i * size + size));
}

/**
 * Requests of at most `size` entries, never with the same key twice in one request (a
 * repeated key starts a new request), so each item of a vendor's per-item answer maps
 * back to exactly one row.
 */
export function planBatches<T>(entries: T[], size: number, keyOf: (entry: T) => string): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let keys = new Set<string>();
  for (const entry of entries) {
    const key = keyOf(entry);
    if (current.length >= size || keys.has(key)) {
      batches.push(current);
      current = [];
      keys = new Set();
    }
    current.push(entry);
    keys.add(key);
  }
  if (current.length) batches.push(current);
  return batches;
}
