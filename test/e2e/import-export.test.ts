import { readFile } from 'node:fs/promises';
import * as XLSX from 'xlsx';
import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogRow } from '../../shared/types';
import type { AppUnderTest } from '../harness/launch';
import { browserSuite } from '../harness/suite';
import { snap } from '../harness/screens';
import { hostileZip, sheetXml, workbookParts, zeros } from '../support/hostile-zip';
import { textBytes, workbookBytes } from '../support/import-fixtures';
import { startCin7Fake, type Cin7Fake } from '../fakes/cin7';
import { AppPage } from './pages/app-page';
import { ConnectionDialogPage } from './pages/connection-dialog';
import { ImportDialogPage } from './pages/import-dialog';

const suite = browserSuite();
let app: AppUnderTest | undefined;

let cin7: Cin7Fake | undefined;
afterEach(async () => {
  await cin7?.close();
  cin7 = undefined;
});

async function start(): Promise<{ ui: AppPage; dialog: ImportDialogPage; catalog: CatalogRow[] }> {
  app = await suite.openApp();
  const ui = new AppPage(app.page);
  await ui.waitForRows(500);
  const loaded = (await app.services.registry.invoke('catalog:load', { connectionId: 'sandbox' })) as { ok: true; data: { rows: CatalogRow[] } };
  return { ui, dialog: new ImportDialogPage(app.page), catalog: loaded.data.rows };
}

function bomb(): Uint8Array {
  const parts = workbookParts(sheetXml([['A-1', 12]]));
  parts[4] = { ...parts[4]!, packed: zeros(1536), declared: 0 };
  return hostileZip(parts);
}

/** The columns every export adds for the demo shop's other price fields. */
const DEMO_FIELD_HEADERS = ['Current Price SEK', 'Price SEK', 'Current Wholesale', 'Wholesale', 'Current Recommended price', 'Recommended price', 'Current Cost (cost)', 'Cost (cost)'];

const bump = (price: string, cents: number) => ((Math.round(Number(price) * 100) + cents) / 100).toFixed(2);

describe('importing a spreadsheet in Chromium', () => {
  it('reads a workbook in the worker: sheet picker, detected header, guessed columns, report, merge as pending changes', async () => {
    const { ui, dialog, catalog } = await start();
    const workers: string[] = [];
    app!.page.on('worker', (worker) => workers.push(worker.url()));
    const [a, b, c, d] = catalog;
    const changed = bump(a!.price!, 150);
    const file = workbookBytes({
      Notes: [['These prices apply from Monday']],
      Priser: [
        ['Prislista från leverantören'],
        [],
        ['Art.nr', 'Benämning', 'Nytt pris', 'Kostnad'],
        [a!.sku, a!.name, Number(changed), null],
        [b!.sku, b!.name, Number(b!.price), null],
        ['NOT-IN-CATALOG', 'Ny vara', 12.5, null],
        [c!.sku, c!.name, 10, null],
        [c!.sku, c!.name, 11, null],
        [d!.sku, d!.name, 0, null],
      ],
    });
    await dialog.choose('leverantor.xlsx', file);
    // The production bundle's worker parsed the file, from 'self' under the app's CSP.
    await expect.poll(() => workers).toEqual([expect.stringMatching(/\/assets\/import\.worker-[\w-]+\.js$/)]);
    await dialog.page.getByTestId('import-sheet').selectOption({ label: 'Priser (9 rows)' });
    const summary = await dialog.waitForReport();
    expect(await dialog.selected('import-header-row')).toBe('2');
    expect(await dialog.selected('import-map-sku')).toBe('0');
    expect(await dialog.selected('import-map-price')).toBe('2');
    expect(await dialog.selected('import-map-name')).toBe('1');
    expect(await dialog.selected('import-map-cost')).toBe('3');
    expect(summary).toContain('1 change,');
    expect(summary).toContain('1 unchanged');
    const problems = await dialog.problems();
    expect(problems.find((p) => p.startsWith('6'))).toContain("NOT-IN-CATALOG is not in this connection's catalog");
    expect(problems.find((p) => p.startsWith('8'))).toContain('different price');
    expect(problems.find((p) => p.startsWith('9'))).toContain('zero');
    await snap(app!.page, 'import-report');

    // The header row can be overridden: row 1 names no column, so the price must be chosen; back to row 3.
    await dialog.page.getByTestId('import-header-row').selectOption('0');
    expect(await dialog.waitForError()).toContain('Choose the column with the');
    await dialog.page.getByTestId('import-header-row').selectOption('2');
    await expect.poll(() => dialog.page.getByTestId('import-summary').textContent()).toContain('1 change,');

    await dialog.merge();
    await expect.poll(() => ui.text('status-changed')).toBe('1 changed');
    await ui.expectCellText(a!.key, 'newPrice', `€${changed}`);
    expect(await ui.waitForNotice('warning')).toContain('1 change from leverantor.xlsx');
    expect(app!.problems).toEqual([]);
  });

  it('takes a dropped semicolon CSV with decimal commas and shows the separator it read', async () => {
    const { ui, dialog, catalog } = await start();
    const [a, b, c] = catalog;
    // A typed edit first, so undoing the import can be seen to take exactly one step.
    await ui.typePrice(c!.key, bump(c!.price!, 5));
    await expect.poll(() => ui.text('status-changed')).toBe('1 changed');
    const csv = `Referencia;Descripción;Precio nuevo\n${a!.sku};x;"${bump(a!.price!, 100).replace('.', ',')}"\n${b!.sku};y;"${bump(b!.price!, -100).replace('.', ',')}"\n`;
    await dialog.drop('precios.csv', textBytes(csv));
    const summary = await dialog.waitForReport();
    expect(summary).toContain('2 changes');
    expect(await dialog.page.getByTestId('import-sep-price-text').textContent()).toContain('Decimal comma');
    await dialog.merge();
    await expect.poll(() => ui.text('status-changed')).toBe('3 changed');
    await ui.expectCellText(b!.key, 'newPrice', `€${bump(b!.price!, -100)}`);

    // The grid's undo takes the whole import back in one step; the typed edit stays. Redo brings it back.
    await dialog.page.keyboard.press('Control+z');
    await expect.poll(() => ui.text('status-changed')).toBe('1 changed');
    await ui.expectCellText(a!.key, 'newPrice', /^$/);
    await ui.expectCellText(b!.key, 'newPrice', /^$/);
    await ui.expectCellText(c!.key, 'newPrice', `€${bump(c!.price!, 5)}`);
    await dialog.page.keyboard.press('Control+Shift+z');
    await expect.poll(() => ui.text('status-changed')).toBe('3 changed');
    await ui.expectCellText(a!.key, 'newPrice', `€${bump(a!.price!, 100)}`);
    await ui.expectCellText(b!.key, 'newPrice', `€${bump(b!.price!, -100)}`);
  });

  it('flags an ambiguous "1,234" until the user says which separator is decimal', async () => {
    const { dialog, catalog } = await start();
    const [a] = catalog;
    await dialog.choose('ambiguous.csv', textBytes(`SKU,Price\n${a!.sku},"1,234"\n`));
    await dialog.waitForReport();
    expect((await dialog.problems())[0]).toContain('could be read two ways');
    await dialog.page.getByTestId('import-sep-price').locator('select').selectOption('.');
    // 1234 for a 28.95 product: read as the user chose, and held as a likely decimal slip.
    await expect.poll(async () => (await dialog.problems()).join()).toContain('"1,234" read as 1234 changes the current 28.95 by +4162.5 %: is a decimal point in the wrong place?');
    expect(await dialog.page.getByTestId('import-sep-price-text').textContent()).toContain('as you chose');
  });

  it('remembers a mapping the user chose for the same headers and connection', async () => {
    const { dialog, catalog } = await start();
    const [a] = catalog;
    const file = () => workbookBytes({ S: [['Foo', 'Bar', 'Baz'], ['x', a!.sku, Number(bump(a!.price!, 10))]] });
    await dialog.choose('odd.xlsx', file());
    // No header names a known field: the SKU column is found from its values, the price is asked for.
    expect(await dialog.waitForError()).toContain('Choose the column with the new price');
    expect(await dialog.selected('import-map-sku')).toBe('1');
    await dialog.page.getByTestId('import-map-price').selectOption('2');
    await expect.poll(() => dialog.page.getByTestId('import-summary').textContent()).toContain('1 change,');
    await dialog.merge();
    await dialog.choose('odd-again.xlsx', file());
    await dialog.waitForReport();
    expect(await dialog.selected('import-map-price')).toBe('2');
    expect(await dialog.page.getByTestId('import-mapping').textContent()).toContain('as you chose last time');
  });

  it.each([
    ['a damaged workbook', 'broken.xlsx', () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), /damaged/],
    ['a picture named .xlsx', 'photo.xlsx', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /is not a spreadsheet: it is a PNG image/],
    ['an empty sheet', 'empty.xlsx', () => workbookBytes({ Empty: [] }), /Sheet "Empty" is empty/],
    ['a PDF', 'prices.pdf', () => textBytes('%PDF-1.4'), /not a spreadsheet type PriceDesk reads/],
    // Chromium's DecompressionStream in the worker stops after the 0 bytes the sheet declares.
    ['a zip bomb (a sheet declaring 0 bytes that inflates to 1.5 GB)', 'bomb.xlsx', () => bomb(), /its part "xl\/worksheets\/sheet1\.xml" is not the size the file says \(it holds more than the 0 bytes it declares\)/],
  ])('refuses %s with a specific message and leaves the grid untouched', async (_what, name, bytes, message) => {
    const { ui, dialog } = await start();
    await dialog.choose(name, bytes());
    expect(await dialog.waitForError()).toMatch(message);
    await dialog.close();
    expect(await ui.text('status-changed')).toBe('0 changed');
    expect(app!.problems).toEqual([]);
  });

  it('stops the worker past the time limit and refuses files past the size limit, naming each limit', async () => {
    const { ui, dialog, catalog } = await start();
    await dialog.page.evaluate(() => sessionStorage.setItem('pricedesk.importLimits', JSON.stringify({ timeoutMs: 20 })));
    const rows: unknown[][] = [['SKU', 'Price']];
    for (let i = 0; i < 30_000; i++) rows.push([catalog[i % catalog.length]!.sku, 10 + (i % 50)]);
    await dialog.choose('slow.xlsx', workbookBytes({ S: rows }));
    expect(await dialog.waitForError()).toContain('took longer than 0.02 seconds, the time limit');
    // The page stayed responsive and the grid is untouched.
    await dialog.close();
    expect(await ui.text('status-changed')).toBe('0 changed');

    await dialog.page.evaluate(() => sessionStorage.setItem('pricedesk.importLimits', JSON.stringify({ maxBytes: 1024 })));
    await dialog.choose('big.csv', textBytes(`SKU,Price\n${'X,1\n'.repeat(600)}`));
    expect(await dialog.waitForError()).toMatch(/is 3 KB; PriceDesk imports files up to 1 KB/);
  });
});

describe('new products from an import', () => {
  it('adds an unknown SKU as a new product when ticked, previews it as new and creates it on Cin7 Omni', async () => {
    cin7 = await startCin7Fake({ optionCount: 6 });
    app = await suite.openApp();
    let ui = new AppPage(app.page);
    await ui.waitForRows(500);
    expect(await new ConnectionDialogPage(app.page).addCin7(cin7)).toContain('Connected to Cin7 Omni');
    await ui.waitForRows(6);
    const first = cin7.options[0]!;

    const dialog = new ImportDialogPage(app.page);
    await dialog.choose('supplier.csv', textBytes(`SKU,Name,New price\n${first.code},Mug,21.90\nMUG-NEW-1,Blue enamel mug,14.50\n`));
    expect(await dialog.waitForReport()).toContain('1 change,');
    const offer = dialog.page.getByTestId('import-new-products');
    expect(await offer.textContent()).toContain('Add 1 new product');
    // Off by default: merging now would add only the known SKU's price.
    expect(await dialog.page.getByTestId('import-add-new').isChecked()).toBe(false);
    expect(await dialog.page.getByTestId('import-merge').textContent()).toContain('Add 1 change to the grid');
    await dialog.page.getByTestId('import-add-new').check();
    expect(await dialog.page.getByTestId('import-merge').textContent()).toContain('Add 2 changes to the grid');
    await snap(app.page, 'import-new-products');
    await dialog.merge();
    expect(await ui.waitForNotice('success', 'supplier.csv')).toContain('1 new product added');
    await ui.waitForRows(7);
    await ui.expectCellText('new:MUG-NEW-1', 'sku', 'MUG-NEW-1');
    await ui.expectCellText('new:MUG-NEW-1', 'newPrice', 'NZ$14.50');
    await expect.poll(() => ui.text('status-changed')).toBe('2 changed');

    // Undo takes the new row away with the prices; redo brings both back.
    await app.page.keyboard.press('Control+z');
    await ui.waitForRows(6);
    await expect.poll(() => ui.text('status-changed')).toBe('0 changed');
    await app.page.keyboard.press('Control+Shift+z');
    await ui.waitForRows(7);

    // The draft keeps the new product: after a restart its row and price are back.
    const list = (await app.services.registry.invoke('connections:list', {})) as { ok: true; data: { connections: { id: string; label: string }[] } };
    const connectionId = list.data.connections.find((c) => c.label === 'Omni')!.id;
    const draftKeys = async () => ((await app!.services.registry.invoke('drafts:load', { connectionId })) as { ok: true; data: { edits: { key: string }[] } }).data.edits.map((e) => e.key).sort();
    await expect.poll(draftKeys).toEqual([String(first.id), 'new:MUG-NEW-1'].sort());
    const { dataDir } = app;
    await app.close();
    app = await suite.openApp({ dataDir });
    ui = new AppPage(app.page);
    await ui.waitForRows(7);
    await ui.expectCellText('new:MUG-NEW-1', 'newPrice', 'NZ$14.50');
    await ui.expectCellText('new:MUG-NEW-1', 'name', 'Blue enamel mug');
    await expect.poll(() => ui.text('status-changed')).toBe('2 changed');

    await app.page.getByTestId('submit').click();
    await ui.preview.row('new:MUG-NEW-1').waitFor();
    expect(await ui.preview.flagsOf('new:MUG-NEW-1')).toContain('new product');
    // The connection leaves the new-products setting at its default: created hidden, and the preview says so.
    expect(await app.page.getByTestId('new-products-visibility').textContent()).toBe(
      '1 new product will be created hidden at Cin7 Omni: not on sale until published there (connection setting).',
    );
    await ui.preview.confirm();
    await ui.preview.waitUntilDone();
    expect(await ui.preview.resultOf('new:MUG-NEW-1')).toMatch(/^ok/);
    await ui.preview.close();
    expect(cin7.option('MUG-NEW-1')?.retailPrice).toBe('14.50');
    // Created with the name from the file, which the draft kept across the restart.
    expect(cin7.requests.find((r) => r.method === 'POST')?.body).toEqual([{ name: 'Blue enamel mug', status: 'Inactive', productOptions: [{ productOptionCode: 'MUG-NEW-1', retailPrice: 14.5 }] }]);
    expect(cin7.option('MUG-NEW-1')?.status).toBe('Inactive');
    expect(cin7.option(first.code)?.priceColumns.retailNZD).toBe('21.90');
    await ui.expectCellText('new:MUG-NEW-1', 'price', 'NZ$14.50');

    // Edited again without a reload, the created product is updated, not created twice.
    const optionCount = cin7.options.length;
    await ui.typePrice('new:MUG-NEW-1', '15.25');
    await ui.submit();
    expect(cin7.option('MUG-NEW-1')?.priceColumns.retailNZD).toBe('15.25');
    expect(cin7.options.length).toBe(optionCount);
    await ui.expectCellText('new:MUG-NEW-1', 'price', 'NZ$15.25');
    expect(app.problems).toEqual([]);
  });
});

describe('exporting in Chromium', () => {
  it('exports exactly the rows the quick search shows as CSV, in the grid\'s order', async () => {
    const { ui, catalog } = await start();
    const page = app!.page;
    // A SKU without its last digit: a handful of rows, far fewer than the 500.
    const needle = catalog[0]!.sku.slice(0, -1).toLowerCase();
    const expected = catalog.filter((r) => r.sku.toLowerCase().includes(needle) || r.name.toLowerCase().includes(needle)).map((r) => r.sku);
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThan(catalog.length);
    await ui.typePrice(catalog[0]!.key, bump(catalog[0]!.price!, 20));
    await page.getByTestId('grid-search').fill(needle);
    await expect.poll(() => ui.grid.locator('.ag-row').count()).toBe(expected.length);

    await page.getByTestId('export-open').click();
    expect(await page.getByTestId('export-filtered-csv').isDisabled()).toBe(false);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-filtered-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^Demo-shop-filtered-prices-\d{4}-\d{2}-\d{2}\.csv$/);
    const wb = XLSX.read(await readFile((await download.path())!), { raw: true });
    const lines = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, raw: false });
    // The demo shop's other price fields follow, current and new (see fields-export.test.ts).
    expect(lines[0]).toEqual(['SKU', 'Name', 'Current price', 'New price', 'Cost', 'Currency', ...DEMO_FIELD_HEADERS]);
    expect(lines.slice(1).map((l) => l[0])).toEqual(expected);
    expect(lines[1]![3]).toBe(bump(catalog[0]!.price!, 20));
    expect(await ui.waitForNotice('success', 'filtered-prices')).toContain(`Saved ${expected.length} rows`);
  });

  it('downloads the grid as .xlsx with typed cells, widths and a frozen header, and the same changes come back on import', async () => {
    const { ui, dialog, catalog } = await start();
    const [a] = catalog;
    await ui.typePrice(a!.key, bump(a!.price!, 75));
    await ui.expectCellText(a!.key, 'newPrice', `€${bump(a!.price!, 75)}`);

    await dialog.page.getByTestId('export-open').click();
    const [download] = await Promise.all([dialog.page.waitForEvent('download'), dialog.page.getByTestId('export-changes-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/^Demo-shop-changes-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const bytes = await readFile((await download.path())!);
    const wb = XLSX.read(bytes, { cellNF: true, cellStyles: true });
    const ws = wb.Sheets.Changes!;
    expect(ws.A1).toMatchObject({ t: 's', v: 'SKU' });
    expect(ws.A2).toMatchObject({ t: 's', v: a!.sku });
    expect(ws.D2).toMatchObject({ t: 'n', v: Number(bump(a!.price!, 75)), z: '"€"#,##0.00' });
    expect(ws['!cols']?.length).toBe(6 + DEMO_FIELD_HEADERS.length);
    const zip = XLSX.CFB.read(bytes, { type: 'buffer' }) as { FullPaths: string[]; FileIndex: { content: Uint8Array }[] };
    const sheetXml = new TextDecoder().decode(zip.FileIndex[zip.FullPaths.findIndex((p) => p.endsWith('xl/worksheets/sheet1.xml'))]!.content);
    expect(sheetXml).toContain('state="frozen"');

    // Clear the draft, then import the exported file: the same change comes back.
    await ui.typePrice(a!.key, '');
    await expect.poll(() => ui.text('status-changed')).toBe('0 changed');
    await dialog.choose('changes.xlsx', new Uint8Array(bytes));
    expect(await dialog.waitForReport()).toContain('1 change,');
    expect(await dialog.selected('import-map-price')).toBe('3'); // "New price", not "Current price"
    await dialog.merge();
    await ui.expectCellText(a!.key, 'newPrice', `€${bump(a!.price!, 75)}`);
  });
});
