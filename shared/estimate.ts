/**
 * An honest estimate of a submission from what the connector documents: how many write
 * requests its batch size makes, and how long its rate limit makes them take at best.
 * Also the dry run's request plan. Pure, so the preview and the tests share it.
 */
import type { VendorCapabilities } from './types';

export interface SubmissionEstimate {
  requests: number;
  /** The shortest time the documented limit allows, in seconds; null when none is documented. */
  floorSeconds: number | null;
  /** One sentence in English (the CLI's): "about 6 minutes: Cliniko accepts 200 updates a minute". */
  words: string;
  /** What the sentence says, for the window to word it in the person's language. */
  parts: EstimateParts;
}

export interface EstimateParts {
  /** Products per request; 1: the vendor takes one update per request. */
  batch: number;
  /** The documented limit, null when none is. */
  limit: { requests: number; perSeconds: number } | null;
  /** How long a long run takes at the steady pace, in seconds (null without a limit). */
  steadySeconds: number | null;
}

/** The batch size a connection really uses: its own setting when it has one (Geins, Alephee, Cin7). */
export function effectiveBatchSize(capabilities: VendorCapabilities, settings: Record<string, string> = {}): number {
  const own = Number(settings.batchSize);
  return Math.max(1, Number.isInteger(own) && own > 0 ? own : capabilities.batchSize);
}

/** A duration as the estimate rounds it: a few seconds, or about n seconds, minutes or hours (n a decimal string for hours). */
export function roundedDuration(seconds: number): { unit: 'few' } | { unit: 'seconds' | 'minutes' | 'hours'; n: string } {
  if (seconds < 5) return { unit: 'few' };
  if (seconds < 90) return { unit: 'seconds', n: String(Math.round(seconds / 5) * 5 || 5) };
  if (seconds < 90 * 60) return { unit: 'minutes', n: String(Math.round(seconds / 60)) };
  return { unit: 'hours', n: (seconds / 3600).toFixed(1).replace(/\.0$/, '') };
}

/** "40 seconds", "about 6 minutes", "about 2 hours". */
export function durationWords(seconds: number): string {
  const d = roundedDuration(seconds);
  return d.unit === 'few' ? 'a few seconds' : `about ${d.n} ${d.unit}`;
}

function perWords(perSeconds: number): string {
  if (perSeconds === 1) return 'a second';
  if (perSeconds === 60) return 'a minute';
  if (perSeconds === 3600) return 'an hour';
  return `every ${perSeconds} seconds`;
}

/**
 * Products in a set of changes: what a write request is counted in. Several fields of one
 * product (a retail and a wholesale tier, a price per currency) travel in one request for
 * every vendor, so three fields changed on 100 products are 100 products' worth of requests,
 * not 300. New prices and removals are counted apart: removals go in requests of their own.
 */
export function productCounts(changes: readonly { key: string; newPrice: string | null }[]): { updates: number; removals: number } {
  const updates = new Set<string>();
  const removals = new Set<string>();
  for (const change of changes) (change.newPrice === null ? removals : updates).add(change.key);
  return { updates: updates.size, removals: removals.size };
}

/**
 * Requests = products ÷ batch size, rounded up (price removals travel in requests of their
 * own; `productCounts` counts a set of changes in products). With a documented limit of n requests per window, the first n start at once and
 * every further n wait a window: that wait is the floor. Without a documented limit the
 * vendor's speed is unknown, and the words say so.
 */
export function estimateSubmission(products: number, vendorName: string, capabilities: VendorCapabilities, settings: Record<string, string> = {}, removals = 0): SubmissionEstimate {
  const batch = effectiveBatchSize(capabilities, settings);
  const requests = Math.ceil(products / batch) + Math.ceil(removals / batch);
  const unit = batch === 1 ? 'updates' : 'requests';
  const size = batch === 1 ? '' : ` of up to ${batch} products`;
  const count = `${requests} ${requests === 1 ? unit.slice(0, -1) : unit}`;
  const limit = capabilities.rateLimit;
  if (requests === 0) return { requests, floorSeconds: 0, words: 'Nothing to send.', parts: { batch, limit: null, steadySeconds: 0 } };
  if (!limit) {
    return { requests, floorSeconds: null, words: `${count}${size}; ${vendorName} documents no rate limit, so the time depends on how fast it answers.`, parts: { batch, limit: null, steadySeconds: null } };
  }
  const floorSeconds = Math.max(0, Math.ceil(requests / limit.requests) - 1) * limit.perSeconds;
  // The words use the steady pace (what a long run averages); the floor is the strict minimum.
  const steady = (requests / limit.requests) * limit.perSeconds;
  const pace = `${vendorName} accepts ${limit.requests} ${unit} ${perWords(limit.perSeconds)}`;
  return { requests, floorSeconds, words: `${count}${size}, ${durationWords(steady)}: ${pace}.`, parts: { batch, limit: { requests: limit.requests, perSeconds: limit.perSeconds }, steadySeconds: steady } };
}

/**
 * The estimate of a set of changes (the preview's, `pricedesk submit`'s): counted in
 * products, since a request carries all the fields each changes; removals only where the
 * connector makes them (`canRemove`).
 */
export function estimateChanges(changes: readonly { key: string; newPrice: string | null }[], vendorName: string, capabilities: VendorCapabilities, settings: Record<string, string> = {}, canRemove = false): SubmissionEstimate {
  const { updates, removals } = productCounts(changes);
  return estimateSubmission(updates, vendorName, capabilities, settings, canRemove ? removals : 0);
}

/** One request the dry run would send: its products, each with every field change it carries. */
export interface PlannedRequest {
  index: number;
  /** The products' row keys, one per product. */
  keys: string[];
  skus: string[];
  /** The price changes it carries (several per product where several fields change). */
  prices: number;
  /** True for a request that removes prices rather than setting them. */
  removes: boolean;
}

/**
 * The requests in order, as the submission sends them: new prices first, then removals in
 * requests of their own (the connector may split a batch the vendor refuses as too large),
 * `batchSize` products to a request with all the fields each changes. Removals a connector
 * cannot make are refused before sending, so they plan no request.
 */
export function planRequests<T extends { key: string; sku: string; newPrice: string | null }>(rows: T[], batchSize: number, canRemove = false): PlannedRequest[] {
  const size = Math.max(1, batchSize);
  const plan: PlannedRequest[] = [];
  const groups = [rows.filter((r) => r.newPrice !== null), canRemove ? rows.filter((r) => r.newPrice === null) : []];
  groups.forEach((group, g) => {
    const products = new Map<string, { sku: string; prices: number }>();
    for (const row of group) {
      const product = products.get(row.key);
      if (product) product.prices++;
      else products.set(row.key, { sku: row.sku, prices: 1 });
    }
    const entries = [...products];
    for (let start = 0; start < entries.length; start += size) {
      const slice = entries.slice(start, start + size);
      plan.push({ index: plan.length + 1, keys: slice.map(([key]) => key), skus: slice.map(([, p]) => p.sku), prices: slice.reduce((n, [, p]) => n + p.prices, 0), removes: g === 1 });
    }
  });
  return plan;
}
