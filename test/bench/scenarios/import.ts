/**
 * Import speed: generated workbooks of 10,000 and 100,000 rows through the whole import
 * pipeline (read, detect, map, parse, validate, diff: the same pure code the worker runs)
 * against a lean bare SheetJS read of the same bytes (dense, no formatted text, HTML,
 * number formats or styles, then sheet_to_json with raw values). Target: ≤ 1.3×.
 * Each side runs in its own worker thread (import-side.ts says why); runs alternate.
 */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { tsxWorkerScript } from '../../../electron/cli/read-changes';
import { generatedPriceList, workbookBytes } from '../../support/import-fixtures';
import { median, type Figure, type Scenario } from '../types';
import type { SideData } from './import-side';

/** A side's worker; `run` times one run inside it, so messaging is not on the clock. */
function startSide(data: SideData) {
  const worker = new Worker(tsxWorkerScript(new URL('./import-side.ts', import.meta.url).href), { eval: true, workerData: data });
  return {
    async run(): Promise<{ ms: number; count: number }> {
      worker.postMessage('run');
      const [answer] = (await once(worker, 'message')) as [{ ms: number; count: number }];
      return answer;
    },
    stop: () => worker.terminate(),
  };
}

export const importScenario: Scenario = {
  name: 'import pipeline',
  async run() {
    const figures: Figure[] = [];
    for (const size of [10_000, 100_000]) {
      const { aoa, catalog } = generatedPriceList(size);
      const bytes = workbookBytes({ Prices: aoa });
      const runs = size > 50_000 ? 5 : 7;
      const lean = startSide({ side: 'lean', bytes, catalog });
      const pipeline = startSide({ side: 'pipeline', bytes, catalog });
      try {
        // One untimed run of each warms its JIT.
        await lean.run();
        await pipeline.run();
        const leanMs: number[] = [];
        const pipelineMs: number[] = [];
        let edits = 0;
        // Alternate the two so machine noise hits both alike.
        for (let i = 0; i < runs; i++) {
          leanMs.push((await lean.run()).ms);
          const answer = await pipeline.run();
          pipelineMs.push(answer.ms);
          edits = answer.count;
        }
        if (edits !== size / 2) throw new Error(`import bench: expected ${size / 2} edits, got ${edits}`);
        const rows = size.toLocaleString('en');
        figures.push(
          { scenario: this.name, name: `${rows} rows: lean SheetJS read (median of ${runs})`, value: median(leanMs), unit: 'ms' },
          { scenario: this.name, name: `${rows} rows: whole import pipeline (median of ${runs})`, value: median(pipelineMs), unit: 'ms' },
          { scenario: this.name, name: `${rows} rows: pipeline / lean read`, value: median(pipelineMs) / median(leanMs), unit: 'ratio', target: '≤ 1.3' },
        );
      } finally {
        await lean.stop();
        await pipeline.stop();
      }
    }
    return figures;
  },
};
