import type { PriceUpdate, RowResult } from '../../shared/types';
import type { OperationProgress, VendorClient } from '../../electron/vendors/types';

/**
 * Submits through a connector and records what it reported: every result batch and every
 * progress event. `abortWhen` can cancel from inside onResults, i.e. between requests.
 */
export async function recordSubmit(client: VendorClient, changes: PriceUpdate[], abortWhen?: (batches: RowResult[][], controller: AbortController) => void) {
  const controller = new AbortController();
  const batches: RowResult[][] = [];
  const progress: OperationProgress[] = [];
  const results = await client.submit(changes, {
    signal: controller.signal,
    onProgress: (p) => progress.push(p),
    onResults: (r) => {
      batches.push(r);
      abortWhen?.(batches, controller);
    },
  });
  return { results, batches, progress };
}
