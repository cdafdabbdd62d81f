/**
 * The way to the vendor in Chromium: the preview with its flags and histogram, the stale
 * check, a dry run, sending to the sandbox with progress, results in the grid, retrying
 * failed rows, reverting from history, and an interrupted submission found at start.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../shared/submission';
import { draftPath } from '../../electron/core/drafts';
import { journalDir } from '../../electron/core/submission/journal';
import { sandboxCatalogPath } from '../../electron/vendors/sandbox';
import { generateDemoCatalog } from '../../electron/vendors/sandbox/demo-catalog';
import type { AppUnderTest } from '../harness/launch';
import { browserSuite } from '../harness/suite';
import { snap } from '../harness/screens';
import { AppPage } from './pages/app-page';
import { GridPage } from './pages/grid-page';

const suite = browserSuite();
let app: AppUnderTest | undefined;


type Product = { id: string; sku: string; price: string; cost: string | null };
const catalogOf = async (dataDir: string) => (JSON.parse(await readFile(sandboxCatalogPath(dataDir), 'utf8')) as { products: Product[] }).products;
async function setRemote(dataDir: string, id: string, price: string) {
  const file = JSON.parse(await readFile(sandboxCatalogPath(dataDir), 'utf8')) as { products: Product[] };
  file.products.find((p) => p.id === id)!.price = price;
  await writeFile(sandboxCatalogPath(dataDir), JSON.stringify(file));
}
const tenfold = (price: string) => (Number(price.replace('.', '')) / 10).toFixed(2); // "12.34" -> "123.40"

describe('preview, submission and history in Chromium', () => {
  it('previews flags and the histogram, checks for stale prices, sends with progress, retries failed rows and reverts', async () => {
    app = await suite.openApp({ sandboxSettings: { latencyMs: '600', requestsPerSecond: '50' } });
    const ui = new AppPage(app.page);
    await ui.waitForRows(500);
    const products = await catalogOf(app.dataDir);
    const [big, cheap, fine, bad, moved] = [products[1]!, products.find((p, i) => i > 5 && p.cost !== null)!, products[2]!, products[3]!, products[4]!];

    await ui.typePrice(big.id, tenfold(big.price)); // a slipped decimal point: +900 %
    await ui.typePrice(cheap.id, (Number(cheap.cost) - 0.01).toFixed(2)); // below cost
    await ui.typePrice(fine.id, (Number(fine.price) + 1).toFixed(2));
    await ui.typePrice(bad.id, '0'); // the submission engine refuses it before any request
    await ui.typePrice(moved.id, (Number(moved.price) + 2).toFixed(2));
    await ui.expectCellText(moved.id, 'newPrice', `€${(Number(moved.price) + 2).toFixed(2)}`);
    // Someone changes this price in the shop after it was loaded.
    await setRemote(app.dataDir, moved.id, '77.70');

    await app.page.getByTestId('submit').click();
    const preview = ui.preview;
    await preview.root.getByTestId('stale-list').waitFor();
    expect(await preview.flagsOf(big.id)).toContain('decimal slip?');
    expect(await preview.flagsOf(cheap.id)).toContain('below cost');
    expect(await preview.flagsOf(fine.id)).toBe('');
    expect(await preview.flagsOf(moved.id)).toContain('changed at the vendor');
    const histogram = await preview.histogram();
    expect(histogram['900 % or more']).toBe(1);
    expect(histogram['-90 % or less']).toBe(1); // the zero price
    expect(await preview.root.locator('.bucket.suspicious').count()).toBe(2);
    expect(await preview.root.getByTestId('stale-row').textContent()).toContain('now has 77.70');
    expect(await preview.root.getByTestId('total-EUR').textContent()).toMatch(/EUR \(5\)/);
    expect(await preview.root.getByTestId('estimate').textContent()).toBe('1 request of up to 50 products, a few seconds: Demo shop (sandbox) accepts 5 requests a second.');
    // The stale row is skipped unless the user says overwrite; the slip waits for its confirmation.
    expect(await preview.root.getByTestId('preview-confirm').textContent()).toBe('Send 3 changes');
    await preview.confirmSlip(big.id);
    expect(await preview.root.getByTestId('preview-confirm').textContent()).toBe('Send 4 changes');
    await preview.root.getByTestId('preview-dry-run').click();
    expect(await preview.root.getByTestId('dry-run-request').count()).toBe(1);
    expect(await preview.root.getByTestId('dry-run-request').textContent()).toContain(big.sku);
    await snap(app.page, 'preview-flags-histogram-stale');

    // Flagged rows ask a second time; cancelling that sends nothing.
    await preview.root.getByTestId('preview-confirm').click();
    await app.page.getByTestId('confirm-dialog').waitFor();
    await app.page.getByTestId('confirm-cancel').click();
    expect((await catalogOf(app.dataDir)).find((p) => p.id === fine.id)!.price).toBe(fine.price);

    await preview.root.getByTestId('preview-confirm').click();
    await app.page.getByTestId('confirm-ok').click();
    await preview.root.getByTestId('preview-progress').waitFor();
    // The zero price is refused before the first request, so it may already count as done.
    expect(await preview.root.getByTestId('preview-progress-text').textContent()).toMatch(/[01] of 4 sent|Waiting/);
    await snap(app.page, 'preview-sending');
    await preview.waitUntilDone();
    expect(await preview.resultOf(fine.id)).toBe('ok');
    expect(await preview.resultOf(bad.id)).toMatch(/^error: Not sent\. The new price 0(\.0+)? is zero; prices must be above zero\.$/);
    expect(await preview.resultOf(moved.id)).toBe('will be skipped');
    await snap(app.page, 'preview-results');

    // Retry resubmits only the failed row, through the preview again.
    await preview.root.getByTestId('preview-retry').click();
    await preview.root.getByTestId('preview-confirm').waitFor();
    expect(await preview.root.getByTestId('preview-row').count()).toBe(1);
    await preview.confirm();
    await preview.waitUntilDone();
    expect(await preview.resultOf(bad.id)).toMatch(/^error: Not sent\. The new price 0(\.0+)? is zero; prices must be above zero\.$/);
    await preview.close();
    await ui.expectCellText(fine.id, 'price', `€${(Number(fine.price) + 1).toFixed(2)}`);
    await ui.expectCellText(bad.id, 'status', /Failed/);

    // History: the retry and the first submission, then revert the first.
    await app.page.getByTestId('open-history').click();
    await expect.poll(() => app!.page.getByTestId('history-item').count()).toBe(2);
    await app.page.getByTestId('history-item').nth(1).click();
    await expect.poll(() => app!.page.getByTestId('history-counts').textContent()).toMatch(/2 ok, 1 warning, 1 error/);
    expect(await app.page.getByTestId('history-row').count()).toBe(4);
    const [exported] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('history-export').click()]);
    expect(exported.suggestedFilename()).toMatch(/^Demo-shop-submission-\d{8}T\d{6}-[0-9a-f]{8}-\d{4}-\d\d-\d\d\.xlsx$/);
    await snap(app.page, 'history');
    await app.page.getByTestId('history-revert').click();
    await preview.root.getByTestId('revert-flagged').waitFor();
    expect(await preview.root.getByTestId('preview-row').count()).toBe(3);
    expect(await preview.root.getByTestId('revert-flagged').textContent()).toContain(bad.sku);
    await preview.confirm();
    await preview.waitUntilDone();
    await preview.close();
    const after = await catalogOf(app.dataDir);
    for (const p of [big, cheap, fine]) expect(after.find((a) => a.id === p.id)!.price).toBe(p.price);
    await ui.expectCellText(fine.id, 'price', `€${fine.price}`);
    expect(app.problems).toEqual([]);
  });

  it('removes prices: the command, a draft that survives a restart, the preview flag, sending, history and revert', async () => {
    app = await suite.openApp({ sandboxSettings: { latencyMs: '50', requestsPerSecond: '50' } });
    let grid = new GridPage(app.page);
    await grid.waitForRows(500);
    const products = await catalogOf(app.dataDir);
    const [a, b, c] = [products[10]!, products[11]!, products[12]!];

    // Any cells of the rows will do: the command removes the selected rows' prices.
    await grid.select(a.id, 'name');
    await grid.shiftSelect(b.id, 'sku');
    expect(await grid.removePrices()).toBe('Remove the price of 2 products?');
    await grid.expectNewPrice(a.id, 'remove price');
    await grid.expectNewPrice(b.id, 'remove price');
    expect(await grid.cell(a.id, 'newPrice').getAttribute('class')).toContain('cell-removal');
    await grid.expectCellText(a.id, 'status', 'Changed');
    await app.page.getByTestId('undo').click();
    await grid.expectNewPrice(a.id, '');
    await app.page.getByTestId('redo').click();
    await grid.expectNewPrice(b.id, 'remove price');
    // A copied removal pastes as a removal; undo takes the paste back.
    const d = products[13]!;
    await grid.select(a.id);
    const copied = await grid.copy();
    expect(copied.trim()).toBe('remove price');
    await grid.select(d.id);
    await grid.paste(copied);
    await grid.expectNewPrice(d.id, 'remove price');
    await app.page.getByTestId('undo').click();
    await grid.expectNewPrice(d.id, '');
    await grid.typePrice(c.id, (Number(c.price) + 1).toFixed(2));
    await snap(app.page, 'grid-price-removal');

    // The pending removals are in the draft: a restart (or a crash) keeps them.
    const { dataDir } = app;
    // Wait for the draft of the last edit (c's price, d's removal undone), not an earlier save.
    const cPrice = (Number(c.price) + 1).toFixed(2);
    const saved = async () => (await readFile(draftPath(dataDir, 'sandbox'), 'utf8').catch(() => ''));
    await expect.poll(async () => { const d2 = await saved(); return d2.includes(`"${b.id}":null`) && d2.includes(`"${c.id}":"${cPrice}"`) && !d2.includes(`"${d.id}":null`); }, { timeout: 5000 }).toBe(true);
    await app.close();
    app = await suite.openApp({ dataDir, sandboxSettings: { latencyMs: '50', requestsPerSecond: '50' } });
    grid = new GridPage(app.page);
    await grid.waitForRows(500);
    await grid.expectNewPrice(a.id, 'remove price');

    await app.page.getByTestId('submit').click();
    const preview = grid.preview;
    await preview.root.getByTestId('preview-confirm').waitFor();
    expect(await preview.flagsOf(a.id)).toContain('price removal');
    expect(await preview.root.getByTestId('preview-counts').textContent()).toContain('2 flagged: 2 price removals');
    expect(await preview.flagsOf(c.id)).toBe('');
    expect(await preview.row(b.id).textContent()).toContain('remove price');
    await preview.root.getByTestId('preview-dry-run').click();
    const requests = await preview.root.getByTestId('dry-run-request').allTextContents();
    expect(requests).toHaveLength(2);
    expect(requests[1]).toMatch(/^remove 2 prices/);
    await snap(app.page, 'preview-price-removal');
    // Removals are flagged, so sending asks a second time.
    await preview.root.getByTestId('preview-confirm').click();
    await app.page.getByTestId('confirm-dialog').waitFor();
    await app.page.getByTestId('confirm-ok').click();
    await preview.waitUntilDone();
    expect(await preview.resultOf(a.id)).toBe('ok');
    await preview.close();
    await grid.expectCellText(a.id, 'price', '');
    await grid.expectNewPrice(a.id, '');
    const removed = await catalogOf(app.dataDir);
    expect([a, b, c].map((p) => removed.find((r) => r.id === p.id)!.price)).toEqual([null, null, (Number(c.price) + 1).toFixed(2)]);

    // History shows the removal, and revert puts the old prices back.
    await app.page.getByTestId('open-history').click();
    await app.page.getByTestId('history-item').first().click();
    await expect.poll(() => app!.page.locator(`[data-testid="history-row"][data-key="${a.id}"]`).textContent()).toContain('remove price');
    await app.page.getByTestId('history-revert').click();
    await preview.root.getByTestId('preview-confirm').waitFor();
    expect(await preview.root.getByTestId('preview-row').count()).toBe(3);
    await preview.confirm();
    await preview.waitUntilDone();
    await preview.close();
    const back = await catalogOf(app.dataDir);
    expect([a, b, c].map((p) => back.find((r) => r.id === p.id)!.price)).toEqual([a.price, b.price, c.price]);
    await grid.expectCellText(a.id, 'price', `€${a.price}`);
    expect(app.problems).toEqual([]);
  });

  it('shows a submission interrupted by a crash at start and verifies its unknown rows', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pricedesk-e2e-crash-'));
    const [a, b] = generateDemoCatalog();
    const id = '20260101T120000-00c0ffee';
    const row = (p: typeof a) => ({ key: p!.id, sku: p!.sku, name: p!.name, oldPrice: p!.price, newPrice: '99.00', currency: p!.currency, vendorIds: { productId: p!.id } });
    const entries: JournalEntry[] = [
      { t: 'start', id, at: '2026-01-01T12:00:00.000Z', connectionId: 'sandbox', connectionLabel: 'Demo shop', vendor: 'sandbox', user: 'ana', source: 'app', rows: [row(a), row(b)], retryOf: null, revertOf: null },
      { t: 'intent', req: `${id}/1`, keys: [a!.id], at: '2026-01-01T12:00:01.000Z' },
    ];
    await mkdir(journalDir(dataDir), { recursive: true });
    await writeFile(join(journalDir(dataDir), `${id}.jsonl`), entries.map((e) => JSON.stringify(e)).join('\n') + '\n');

    app = await suite.openApp({ dataDir });
    const ui = new AppPage(app.page);
    await ui.waitForRows(500);
    const banner = app.page.getByTestId('interrupted-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('1 row needs verifying, 1 row not sent.');
    await snap(app.page, 'interrupted-banner');
    await app.page.getByTestId('open-history-interrupted').click();
    await app.page.getByTestId('history-interrupted').waitFor();
    await app.page.getByTestId('history-verify').click();
    await expect.poll(() => app!.page.locator(`[data-testid="history-row"][data-key="${a!.id}"]`).textContent()).toContain('Verified: the vendor still has the old price');
    expect(await app.page.getByTestId('history-retry').textContent()).toBe('Retry 2 failed');
    expect(app.problems).toEqual([]);
  });
});
