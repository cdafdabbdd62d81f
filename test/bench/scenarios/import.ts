/**
 * Import speed: generated workbooks of 10,000 and 100,000 rows through the whole import
 * pipeline (read, detect, map, parse, validate, diff: the same pure code the worker runs)
 * against a lean bare SheetJS read of the same bytes (dense, no formatted text, HTML,
 * number formats or styles, then sheet_to_json with raw values). Target: ≤ 1.3×.
 */
import { performance } from 'node:perf_hooks';
import * as XLSX from 'xlsx';
import { zlibInflate } from '../../../electron/core/zlib-inflate';
import { runImport } from '../../../shared/import/pipeline';
import { DEFAULT_LIMITS } from '../../../shared/import/types';
import { generatedPriceList, workbookBytes } from '../../support/import-fixtures';
import { median, type Figure, type Scenario } from '../types';

const rules = { maxDecimals: 2, createsProducts: false, maxChangePercent: 30, vendorName: 'Bench' };

function leanRead(bytes: Uint8Array): number {
  const wb = XLSX.read(bytes, { type: 'array', dense: true, cellText: false, cellHTML: false, cellNF: false, cellStyles: false });
  const rows = XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, raw: true });
  return rows.length;
}

/** A full collection where the bench runs with --expose-gc (npm run bench does). */
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

export const importScenario: Scenario = {
  name: 'import pipeline',
  async run() {
    const figures: Figure[] = [];
    for (const size of [10_000, 100_000]) {
      const { aoa, catalog } = generatedPriceList(size);
      const bytes = workbookBytes({ Prices: aoa });
      const runs = size > 50_000 ? 5 : 7;
      const lean: number[] = [];
      const pipeline: number[] = [];
      let edits = 0;
      // Node's zlib inflater, as the CLI's reader uses; the app's worker uses the browser's.
      const pipelineRun = async () => (await runImport(bytes, 'bench.xlsx', { limits: DEFAULT_LIMITS, catalog, rules, inflate: zlibInflate })).report.edits.length;
      // One untimed run of each warms the JIT; a collection before every timed run keeps one
      // side's garbage from being collected on the other side's clock.
      leanRead(bytes);
      await pipelineRun();
      // Alternate the two so machine noise hits both alike.
      for (let i = 0; i < runs; i++) {
        collectGarbage();
        let start = performance.now();
        leanRead(bytes);
        lean.push(performance.now() - start);
        collectGarbage();
        start = performance.now();
        edits = await pipelineRun();
        pipeline.push(performance.now() - start);
      }
      if (edits !== size / 2) throw new Error(`import bench: expected ${size / 2} edits, got ${edits}`);
      const rows = size.toLocaleString('en');
      figures.push(
        { scenario: this.name, name: `${rows} rows: lean SheetJS read (median of ${runs})`, value: median(lean), unit: 'ms' },
        { scenario: this.name, name: `${rows} rows: whole import pipeline (median of ${runs})`, value: median(pipeline), unit: 'ms' },
        { scenario: this.name, name: `${rows} rows: pipeline / lean read`, value: median(pipeline) / median(lean), unit: 'ratio', target: '≤ 1.3' },
      );
    }
    return figures;
  },
};
