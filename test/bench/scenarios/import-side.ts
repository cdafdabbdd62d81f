/**
 * One side of the import bench in its own worker thread, so each side has its own V8
 * isolate: the lean read and the pipeline share SheetJS's functions, and run in one isolate
 * they leave each other's call sites polymorphic, slowing both by an amount that depends on
 * the order they ran in. In the app the import worker runs only the pipeline.
 */
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import * as XLSX from 'xlsx';
import { zlibInflate } from '../../../electron/core/zlib-inflate';
import { runImport } from '../../../shared/import/pipeline';
import { DEFAULT_LIMITS, type CatalogEntry } from '../../../shared/import/types';

export interface SideData {
  side: 'lean' | 'pipeline';
  bytes: Uint8Array;
  catalog: CatalogEntry[];
}

const rules = { maxDecimals: 2, createsProducts: false, maxChangePercent: 30, vendorName: 'Bench' };

/** The bare SheetJS read: dense, no formatted text, HTML, number formats or styles, raw values. */
function leanRead(bytes: Uint8Array): number {
  const wb = XLSX.read(bytes, { type: 'array', dense: true, cellText: false, cellHTML: false, cellNF: false, cellStyles: false });
  return XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, raw: true }).length;
}

// Node's zlib inflater, as the CLI's reader uses; the app's worker uses the browser's.
const pipeline = async (bytes: Uint8Array, catalog: CatalogEntry[]) => (await runImport(bytes, 'bench.xlsx', { limits: DEFAULT_LIMITS, catalog, rules, inflate: zlibInflate })).report.edits.length;

const { side, bytes, catalog } = workerData as SideData;
/** A full collection where the bench runs with --expose-gc (workers inherit it). */
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

// Each message is one timed run; the answer is its time and what it produced.
parentPort!.on('message', (message: 'run' | 'stop') => {
  if (message === 'stop') return process.exit(0);
  void (async () => {
    collectGarbage();
    const start = performance.now();
    const count = side === 'lean' ? leanRead(bytes) : await pipeline(bytes, catalog);
    parentPort!.postMessage({ ms: performance.now() - start, count });
  })();
});
