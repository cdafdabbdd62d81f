/**
 * Every price field in the grid (issue #15), in Chromium at two window sizes: on the demo
 * shop (Price, Price SEK, Wholesale, Recommended price, Cost) and on a Cin7 Omni account
 * with price tiers, against its fake. Column groups chosen and kept, typing, paste across
 * field columns, fill, Delete, undo/redo, problems on the cell and in the panel naming the
 * field, filters per field, drafts per field, paste by SKU into several fields and a sent
 * field change.
 */
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { Big } from 'big.js';
import { draftPath } from '../../electron/core/drafts';
import { startCin7Fake, type Cin7Fake } from '../fakes/cin7';
import type { AppUnderTest } from '../harness/launch';
import { browserSuite } from '../harness/suite';
import { snap } from '../harness/screens';
import { ConnectionDialogPage } from './pages/connection-dialog';
import { FieldGridPage } from './pages/field-grid-page';

const suite = browserSuite();
let cin7: Cin7Fake | undefined;
afterEach(async () => {
  await cin7?.close();
  cin7 = undefined;
});

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
];

const plus = (amount: string, delta: string) => new Big(amount).plus(delta).toFixed(2);
const eur = (amount: string) => `€${amount}`;

async function open(viewport: { width: number; height: number }, dataDir?: string): Promise<{ app: AppUnderTest; ui: FieldGridPage }> {
  const app = await suite.openApp({ viewport, ...(dataDir ? { dataDir } : {}) });
  const ui = new FieldGridPage(app.page);
  await ui.waitForRows(500);
  return { app, ui };
}

describe.each(SIZES)('every price field in the grid at $width×$height', (viewport) => {
  const size = `${viewport.width}x${viewport.height}`;

  it('on the demo shop: groups chosen and kept, typing, paste across fields, fill, Delete, undo/redo, problems, filters and drafts per field', async () => {
    let { app, ui } = await open(viewport);

    // Every field but cost is shown by default; the Columns panel chooses, and the choice outlives a restart.
    await ui.clickBarButton('columns-open');
    expect(await ui.shownFields()).toEqual({ 'price.SEK': true, wholesale: true, recommended: true, cost: false });
    await app.page.getByTestId('field-shown-cost').check();
    await app.page.getByTestId('field-shown-recommended').uncheck();
    await expect.poll(() => app.page.getByTestId('column-visible-cur:cost').count()).toBe(1);
    expect(await app.page.getByTestId('column-visible-new:recommended').count()).toBe(0);
    await expect.poll(async () => ((await app.services.registry.invoke('layouts:get', { connectionId: 'sandbox' })) as { data: { fields?: string[] } | null }).data?.fields).toEqual(['price.SEK', 'wholesale', 'cost']);
    const dataDir = app.dataDir;
    await app.close();
    ({ app, ui } = await open(viewport, dataDir));
    await ui.clickBarButton('columns-open');
    expect(await ui.shownFields()).toEqual({ 'price.SEK': true, wholesale: true, recommended: false, cost: true });
    await ui.showCell('100001', 'new:cost');
    await snap(app.page, `grid-fields-columns-${size}`);
    await ui.clickBarButton('columns-open');

    // Type into Wholesale.
    const wholesale1 = plus(await ui.amount('100001', 'cur:wholesale'), '-0.01');
    await ui.typeIn('100001', 'new:wholesale', wholesale1);
    await ui.expectCell('100001', 'new:wholesale', eur(wholesale1));
    expect(await ui.cellText('100001', 'newPrice')).toBe('');

    // A 2 × 2 block from a spreadsheet pasted on Price SEK's New: its second column goes to Wholesale's New, past Wholesale's Current.
    const sek = [plus(await ui.amount('100002', 'cur:price.SEK'), '1'), plus(await ui.amount('100003', 'cur:price.SEK'), '1')];
    const whole = [plus(await ui.amount('100002', 'cur:wholesale'), '-0.01'), plus(await ui.amount('100003', 'cur:wholesale'), '-0.01')];
    const wholesale3Before = await ui.cellText('100003', 'cur:wholesale');
    await ui.selectCell('100002', 'new:price.SEK');
    await ui.paste(`${sek[0]}\t${whole[0]}\r\n${sek[1]}\t${whole[1]}\r\n`);
    await ui.expectCell('100002', 'new:wholesale', eur(whole[0]!));
    await ui.expectCell('100003', 'new:wholesale', eur(whole[1]!));
    expect(await ui.amount('100002', 'new:price.SEK')).toBe(sek[0]);
    expect(await ui.amount('100003', 'new:price.SEK')).toBe(sek[1]);
    expect(await ui.cellText('100003', 'cur:wholesale')).toBe(wholesale3Before);
    await snap(app.page, `grid-fields-pasted-${size}`);

    // Fill down (Ctrl+D) and the fill handle on Wholesale's New column.
    await ui.selectCell('100002', 'new:wholesale');
    await ui.selectCell('100005', 'new:wholesale', true);
    await app.page.keyboard.press('Control+d');
    await ui.expectCell('100004', 'new:wholesale', eur(whole[0]!));
    await ui.expectCell('100005', 'new:wholesale', eur(whole[0]!));
    expect(await ui.amount('100003', 'new:price.SEK')).toBe(sek[1]);
    await ui.dragFillTo('100005', '100007', 'new:wholesale');
    await ui.expectCell('100006', 'new:wholesale', eur(whole[0]!));
    await ui.expectCell('100007', 'new:wholesale', eur(whole[0]!));

    // Delete, then undo and redo each step.
    await ui.selectCell('100007', 'new:wholesale');
    await app.page.keyboard.press('Delete');
    await ui.expectCell('100007', 'new:wholesale', '');
    await app.page.keyboard.press('Control+z');
    await ui.expectCell('100007', 'new:wholesale', eur(whole[0]!));
    await app.page.keyboard.press('Control+z');
    await ui.expectCell('100006', 'new:wholesale', '');
    await ui.expectCell('100007', 'new:wholesale', '');
    await app.page.keyboard.press('Control+z');
    await ui.expectCell('100004', 'new:wholesale', '');
    await ui.expectCell('100003', 'new:wholesale', eur(whole[1]!));
    await app.page.keyboard.press('Control+Shift+z');
    await ui.expectCell('100004', 'new:wholesale', eur(whole[0]!));
    await app.page.keyboard.press('Control+y');
    await ui.expectCell('100007', 'new:wholesale', eur(whole[0]!));
    await app.page.keyboard.press('Control+y');
    await ui.expectCell('100007', 'new:wholesale', '');

    // Problems on the cell (with its tooltip) and in the panel, naming the field: a tier above the price, too many decimals.
    await ui.typeIn('100010', 'new:wholesale', '9999');
    const sekDecimals = `${await ui.amount('100011', 'cur:price.SEK')}5`;
    await ui.typeIn('100011', 'new:price.SEK', sekDecimals);
    const tier = await ui.showCell('100010', 'new:wholesale');
    await expect.poll(async () => (await tier.getAttribute('class')) ?? '').toContain('cell-problem');
    await tier.hover();
    const tooltip = app.page.locator('.ag-tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toMatch(/Wholesale 9,999\.00 is above Price [\d,.]+\./);
    expect(await (await ui.showCell('100011', 'new:price.SEK')).getAttribute('class')).toContain('cell-problem');
    const problems = await ui.problemItems();
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^wholesale\|Wholesale: .*Wholesale 9,999\.00 is above Price/), 'price.SEK|Price SEK: This platform accepts at most 2 decimals.']));
    await snap(app.page, `grid-fields-problems-${size}`);
    await app.page.getByTestId('problems-open').click();

    // Filters per field or across all; the status bar counts the chosen field's cells.
    await ui.filter({ changed: true, field: 'price.SEK' });
    await expect.poll(() => ui.shownRowKeys()).toEqual(['100002', '100003', '100011']);
    expect(await ui.text('status-changed')).toBe('3 changed in Price SEK');
    await ui.filter({ changed: false, problems: true });
    await expect.poll(() => ui.shownRowKeys()).toEqual(['100011']);
    expect(await ui.text('status-problems')).toBe('1 problem in Price SEK');
    await ui.filter({ field: 'wholesale' });
    await expect.poll(async () => (await ui.shownRowKeys()).includes('100010')).toBe(true);
    expect(await ui.shownRowKeys()).not.toContain('100011');
    await ui.filter({ problems: false, changed: true, field: 'price' });
    await expect.poll(() => ui.text('status-rows')).toBe('0 of 500 rows');
    await ui.filter({ field: '' });
    await expect.poll(() => ui.shownRowKeys()).toEqual(['100001', '100002', '100003', '100004', '100005', '100006', '100010', '100011']);
    expect(await ui.text('status-changed')).toMatch(/^\d+ changed$/);
    await snap(app.page, `grid-fields-filtered-${size}`);
    await ui.filter({ changed: false });

    // The draft keeps every field; a restart restores each.
    const draft = draftPath(dataDir, 'sandbox');
    await expect.poll(async () => (await readFile(draft, 'utf8').catch(() => '')).includes(sekDecimals), { timeout: 5000 }).toBe(true);
    await app.close();
    ({ app, ui } = await open(viewport, dataDir));
    await ui.waitForNotice('info', 'Restored your unsent draft');
    await ui.expectCell('100001', 'new:wholesale', eur(wholesale1));
    await ui.expectCell('100006', 'new:wholesale', eur(whole[0]!));
    await ui.expectCell('100007', 'new:wholesale', '');
    expect(await ui.amount('100002', 'new:price.SEK')).toBe(sek[0]);
    expect(await ui.amount('100011', 'new:price.SEK')).toBe(sekDecimals);

    // SKUs with two fields' prices pasted by SKU: the header row names the fields; without one nothing is pasted.
    await ui.selectCell('100020', 'new:wholesale');
    await ui.paste('STA-01012\t300\t30.00\r\n');
    await ui.waitForNotice('warning', 'no header row naming their price fields');
    expect(await ui.cellText('100012', 'new:wholesale')).toBe('');
    await ui.paste('SKU\tPrice SEK\tWholesale\r\nSTA-01012\t300\t30.00\r\n');
    await ui.waitForNotice('success', 'Pasted by SKU: 1 of 1 SKUs matched, 2 prices set.');
    await ui.expectCell('100012', 'new:wholesale', eur('30.00'));
    expect(await ui.amount('100012', 'new:price.SEK')).toBe('300.00');
    expect(app.problems).toEqual([]);
  }, 300_000);

  it('on a Cin7 Omni account: tier problems named, a filter on the tier, and a sent tier change leaves the pending prices', async () => {
    cin7 = await startCin7Fake({ optionCount: 6, windowScale: 0.001 });
    const { app, ui } = await open(viewport);
    const connection = new ConnectionDialogPage(app.page);
    await connection.open();
    await connection.fill({ vendor: 'cin7' });
    await connection.fill({ label: 'Omni', baseUrl: `${cin7.url}/api/`, username: cin7.username, apiKey: cin7.apiKey, vatMode: 'included' });
    expect(await connection.saveAndTest()).toContain('Connected to Cin7 Omni');
    await connection.close();
    await ui.waitForRows(6);
    const [first, second, third] = cin7.options.map((o) => String(o.id));

    // Wholesale NZD is shown; cost is not (the Cost column holds it).
    await ui.clickBarButton('columns-open');
    expect(await ui.shownFields()).toEqual({ wholesalNZD: true, costNZD: false });
    await ui.clickBarButton('columns-open');
    await ui.expectCell(first!, 'cur:wholesalNZD', 'NZ$16.72');

    // A tier above the retail price, and a tier with three decimals.
    await ui.typeIn(first!, 'new:wholesalNZD', '25');
    await ui.typeIn(second!, 'new:wholesalNZD', '17.555');
    expect(await ui.problemItems()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^wholesalNZD\|Wholesale NZD: .*Wholesale NZD 25\.00 is above Retail NZD 20\.90\./), 'wholesalNZD|Wholesale NZD: This platform accepts at most 2 decimals.']),
    );
    await app.page.getByTestId('problems-open').click();
    await ui.filter({ problems: true, field: 'wholesalNZD' });
    await expect.poll(() => ui.shownRowKeys()).toEqual([first, second]);
    await ui.filter({ field: 'retailNZD' });
    await expect.poll(() => ui.text('status-rows')).toBe('0 of 6 rows');
    await snap(app.page, `grid-fields-cin7-${size}`);
    await ui.filter({ problems: false, field: '' });

    // Clear both, change the third option's tier, and send it.
    await ui.selectCell(first!, 'new:wholesalNZD');
    await ui.selectCell(second!, 'new:wholesalNZD', true);
    await app.page.keyboard.press('Delete');
    await ui.expectCell(first!, 'new:wholesalNZD', '');
    const tierPrice = plus(cin7.options[2]!.priceColumns.wholesalNZD!, '-0.50');
    await ui.typeIn(third!, 'new:wholesalNZD', tierPrice);
    await expect.poll(() => ui.text('status-changed')).toBe('1 changed');
    await ui.submit();
    await ui.expectCell(third!, 'cur:wholesalNZD', `NZ$${tierPrice}`);
    await ui.expectCell(third!, 'new:wholesalNZD', '');
    await expect.poll(() => ui.text('status-changed')).toBe('0 changed');
    expect(cin7.options[2]!.priceColumns.wholesalNZD).toBe(tierPrice);
    expect(cin7.options[2]!.priceColumns.retailNZD).toBe(cin7.options[2]!.retailPrice);
    expect(app.problems).toEqual([]);
  }, 180_000);
});
