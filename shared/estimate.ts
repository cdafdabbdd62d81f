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
  /** One sentence for the preview: "about 6 minutes: Cliniko accepts 200 updates a minute". */
  words: string;
}

/** The batch size a connection really uses: its own setting when it has one (Geins, Alephee, Cin7). */
export function effectiveBatchSize(capabilities: VendorCapabilities, settings: Record<string, string> = {}): number {
  const own = Number(settings.batchSize);
  return Math.max(1, Number.isInteger(own) && own > 0 ? own : capabilities.batchSize);
}

/** "40 seconds", "about 6 minutes", "about 2 hours". */
export function durationWords(seconds: number): string {
  if (seconds < 5) return 'a few seconds';
  if (seconds < 90) return `about ${Math.round(seconds / 5) * 5 || 5} seconds`;
  if (seconds < 90 * 60) return `about ${Math.round(seconds / 60)} minutes`;
  return `about ${(seconds / 3600).toFixed(1).replace(/\.0$/, '')} hours`;
}

function perWords(perSeconds: number): string {
  if (perSeconds === 1) return 'a second';
  if (perSeconds === 60) return 'a minute';
  if (perSeconds === 3600) return 'an hour';
  return `every ${perSeconds} seconds`;
}

/**
 * Requests = rows ÷ batch size, rounded up (price removals travel in requests of their
 * own). With a documented limit of n requests per window, the first n start at once and
 * every further n wait a window: that wait is the floor. Without a documented limit the
 * vendor's speed is unknown, and the words say so.
 */
export function estimateSubmission(rows: number, vendorName: string, capabilities: VendorCapabilities, settings: Record<string, string> = {}, removals = 0): SubmissionEstimate {
  const batch = effectiveBatchSize(capabilities, settings);
  const requests = Math.ceil(rows / batch) + Math.ceil(removals / batch);
  const unit = batch === 1 ? 'updates' : 'requests';
  const size = batch === 1 ? '' : ` of up to ${batch} prices`;
  const count = `${requests} ${requests === 1 ? unit.slice(0, -1) : unit}`;
  const limit = capabilities.rateLimit;
  if (requests === 0) return { requests, floorSeconds: 0, words: 'Nothing to send.' };
  if (!limit) {
    return { requests, floorSeconds: null, words: `${count}${size}; ${vendorName} documents no rate limit, so the time depends on how fast it answers.` };
  }
  const floorSeconds = Math.max(0, Math.ceil(requests / limit.requests) - 1) * limit.perSeconds;
  // The words use the steady pace (what a long run averages); the floor is the strict minimum.
  const steady = (requests / limit.requests) * limit.perSeconds;
  const pace = `${vendorName} accepts ${limit.requests} ${unit} ${perWords(limit.perSeconds)}`;
  return { requests, floorSeconds, words: `${count}${size}, ${durationWords(steady)}: ${pace}.` };
}

/** One request the dry run would send. */
export interface PlannedRequest {
  index: number;
  keys: string[];
  skus: string[];
  /** True for a request that removes prices rather than setting them. */
  removes: boolean;
}

/**
 * The requests in order, as the submission sends them: new prices first, then removals in
 * requests of their own (the connector may split a batch the vendor refuses as too large).
 * Removals a connector cannot make are refused before sending, so they plan no request.
 */
export function planRequests<T extends { key: string; sku: string; newPrice: string | null }>(rows: T[], batchSize: number, canRemove = false): PlannedRequest[] {
  const size = Math.max(1, batchSize);
  const plan: PlannedRequest[] = [];
  const groups = [rows.filter((r) => r.newPrice !== null), canRemove ? rows.filter((r) => r.newPrice === null) : []];
  groups.forEach((group, g) => {
    for (let start = 0; start < group.length; start += size) {
      const slice = group.slice(start, start + size);
      plan.push({ index: plan.length + 1, keys: slice.map((r) => r.key), skus: slice.map((r) => r.sku), removes: g === 1 });
    }
  });
  return plan;
}
