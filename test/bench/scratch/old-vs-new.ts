// Scratch (not committed): the grid at 100k rows, the commit before #13 (678b656) vs now, in one run.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { scrollPass } from '../grid/scroll';

const ROWS = 100_000;
const WAIT = { timeout: 600_000 };
type Tree = { launch: any; sandbox: any; demo: any };
const load = async (root: string): Promise<Tree> => ({
  launch: await import(`${root}/test/harness/launch.ts`),
  sandbox: await import(`${root}/electron/vendors/sandbox/index.ts`),
  demo: await import(`${root}/electron/vendors/sandbox/demo-catalog.ts`),
});
const trees = { old: await load('/work/wt-old'), now: await load('/work/main') };
const browser = await trees.now.launch.launchBrowser({});
const pages: Record<string, any> = {};
for (const [name, t] of Object.entries(trees)) {
  const dataDir = await mkdtemp(join(tmpdir(), `pd-${name}-`));
  const path = t.sandbox.sandboxCatalogPath(dataDir);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify({ version: 1, products: t.demo.generateDemoCatalog(ROWS) }));
  const app = await t.launch.openApp(browser, { dataDir, viewport: { width: 1280, height: 800 }, sandboxSettings: { latencyMs: '0', requestsPerSecond: '100000' } });
  await app.page.getByTestId('status-rows').filter({ hasText: `${ROWS} rows` }).waitFor(WAIT);
  await app.page.locator('.ag-row').first().waitFor();
  await app.page.waitForTimeout(2000);
  pages[name] = app.page;
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const px of [400, 100]) {
  const r: Record<string, { p95: number[]; cpu: number[] }> = { old: { p95: [], cpu: [] }, now: { p95: [], cpu: [] } };
  for (const n of ['old', 'now']) await scrollPass(pages[n], px, 60);
  for (let i = 0; i < 5; i++) for (const n of ['old', 'now']) { const f = await scrollPass(pages[n], px, 180); r[n]!.p95.push(f.p95); r[n]!.cpu.push(f.cpu); }
  console.log(`${px}px/frame  p95 old ${med(r.old!.p95).toFixed(1)} now ${med(r.now!.p95).toFixed(1)} ratio ${(med(r.now!.p95) / med(r.old!.p95)).toFixed(2)}   cpu/frame old ${med(r.old!.cpu).toFixed(1)} now ${med(r.now!.cpu).toFixed(1)} ratio ${(med(r.now!.cpu) / med(r.old!.cpu)).toFixed(2)}`);
}
for (const n of ['old', 'now']) {
  const page = pages[n];
  try {
    await page.getByTestId('bulk-open').click();
    const all = page.getByTestId('bulk-scope-all');
    if (await all.count()) await all.check();
    await page.getByTestId('bulk-operation').selectOption('addPercent');
    await page.getByTestId('bulk-value').fill('10');
    await page.waitForTimeout(4000);
    const ms = await page.evaluate(async () => {
      const t0 = performance.now();
      (document.querySelector('[data-testid="bulk-apply"]') as HTMLButtonElement).click();
      for (;;) { await new Promise((r) => requestAnimationFrame(r)); if (document.querySelector('.ag-row[row-index="0"] .ag-cell[col-id="newPrice"]')?.textContent?.trim()) return performance.now() - t0; }
    });
    console.log(`${n}: bulk +10 % until visible ${ms.toFixed(0)} ms`);
  } catch (e) { console.log(`${n}: bulk failed ${String(e).slice(0, 200)}`); }
}
await browser.close();
process.exit(0);
