import { readFile } from 'node:fs/promises';
import * as XLSX from 'xlsx';
import { afterEach, describe, expect, it } from 'vitest';
import type { PriceField } from '../../shared/price-fields';
import type { CatalogRow } from '../../shared/types';
import type { AppUnderTest } from '../harness/launch';
import { browserSuite } from '../harness/suite';
import { snap } from '../harness/screens';
import { textBytes } from '../support/import-fixtures';
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

/** An .xlsx workbook as Excel writes one: numbers as number cells, one sheet. */
function xlsx(aoa: unknown[][]): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Priser');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** A field's column may be off screen (AG Grid renders the columns in view): scroll the grid sideways until it is rendered. */
async function scrollTo(ui: AppPage, colId: string): Promise<void> {
  const header = ui.grid.locator(`.ag-header-cell[col-id="${colId}"]`);
  for (let step = 0; step < 40 && !(await header.count()); step++) {
    await ui.grid.locator('.ag-body-horizontal-scroll-viewport').evaluate((el) => {
      el.scrollLeft += 300;
    });
  }
  await header.scrollIntoViewIfNeeded();
}

const cents = (price: string, add: number) => ((Math.round(Number(price) * 100) + add) / 100).toFixed(2);

describe('importing and exporting several price fields in Chromium', () => {
  it('demo shop: an .xlsx with two price fields lands in both fields’ New columns in one undo step, and its export imports back by itself', async () => {
    app = await suite.openApp();
    const ui = new AppPage(app.page);
    await ui.waitForRows(500);
    const loaded = (await app.services.registry.invoke('catalog:load', { connectionId: 'sandbox' })) as { ok: true; data: { rows: CatalogRow[]; fields: PriceField[] } };
    const [a, b] = loaded.data.rows;
    const wholesaleA = cents(a!.prices!.wholesale!, 25);
    const priceA = cents(a!.price!, 100);
    const wholesaleB = cents(b!.prices!.wholesale!, -10);

    const dialog = new ImportDialogPage(app.page);
    // Swedish headers: "Grossistpris" is the wholesale tier by its words, "Pris SEK" the SEK price by its currency code.
    await dialog.choose(
      'grossist.xlsx',
      xlsx([
        ['Art.nr', 'Nytt pris', 'Grossistpris', 'Pris SEK'],
        [a!.sku, Number(priceA), Number(wholesaleA), null],
        [b!.sku, null, Number(wholesaleB), null],
      ]),
    );
    const summary = await dialog.waitForReport();
    expect(await dialog.selected('import-map-sku')).toBe('0');
    expect(await dialog.selected('import-map-price')).toBe('1');
    expect(await dialog.selected('import-map-field-wholesale')).toBe('2');
    expect(await dialog.selected('import-map-field-price.SEK')).toBe('3');
    // The demo shop has a cost field: the dialog says what a plain "Cost" column does.
    expect(await app.page.getByTestId('import-cost-note').textContent()).toContain('never sent');
    expect(summary).toContain('3 changes');
    expect(await app.page.getByTestId('import-sample-wholesale').allTextContents()).toEqual([Number(wholesaleA).toString(), Number(wholesaleB).toString()]);
    await snap(app.page, 'import-fields');
    await dialog.merge();
    await ui.waitForNotice('success', 'grossist.xlsx');

    await ui.expectCellText(a!.key, 'newPrice', `€${priceA}`);
    await scrollTo(ui, 'new:wholesale');
    await ui.expectCellText(a!.key, 'new:wholesale', `€${wholesaleA}`);
    await ui.expectCellText(b!.key, 'new:wholesale', `€${wholesaleB}`);
    await ui.expectCellText(b!.key, 'newPrice', '');

    // One undo step takes the whole import back, both fields; redo brings it back.
    await app.page.keyboard.press('Control+z');
    await ui.expectCellText(a!.key, 'new:wholesale', '');
    await ui.expectCellText(a!.key, 'newPrice', '');
    await app.page.keyboard.press('Control+Shift+z');
    await ui.expectCellText(a!.key, 'new:wholesale', `€${wholesaleA}`);

    // The remembered mapping includes the fields.
    const remembered = (await app.services.registry.invoke('mappings:get', { connectionId: 'sandbox', headers: ['Art.nr', 'Nytt pris', 'Grossistpris', 'Pris SEK'] })) as { ok: true; data: { mapping: { fields?: Record<string, number> } } };
    expect(remembered.data.mapping.fields).toEqual({ wholesale: 2, 'price.SEK': 3 });

    // The changes export: every field its own numeric column.
    await app.page.getByTestId('export-open').click();
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('export-changes-xlsx').click()]);
    const bytes = new Uint8Array(await readFile((await download.path())!));
    const ws = XLSX.read(bytes).Sheets.Changes!;
    const header = XLSX.utils.sheet_to_json<string[]>(ws, { header: 1 })[0]!;
    expect(header).toEqual(['SKU', 'Name', 'Current price', 'New price', 'Cost', 'Currency', 'Current Price SEK', 'Price SEK', 'Current Wholesale', 'Wholesale', 'Current Recommended price', 'Recommended price', 'Current Cost (cost)', 'Cost (cost)']);
    const row = (sku: string) => XLSX.utils.sheet_to_json<Record<string, unknown>>(ws).find((r) => r.SKU === sku)!;
    expect(row(a!.sku)).toMatchObject({ 'New price': Number(priceA), Wholesale: Number(wholesaleA), 'Current Wholesale': Number(a!.prices!.wholesale) });
    expect(ws.J2).toMatchObject({ t: 'n' });

    // Clear the edits, import the export: both fields come back, mapped by the headers alone.
    await app.page.keyboard.press('Control+z');
    await ui.expectCellText(a!.key, 'new:wholesale', '');
    await dialog.choose('changes.xlsx', bytes);
    expect(await dialog.waitForReport()).toContain('3 changes');
    expect(await dialog.selected('import-map-price')).toBe('3');
    expect(await dialog.selected('import-map-field-wholesale')).toBe('9');
    expect(await dialog.selected('import-map-field-cost')).toBe('13');
    expect(await dialog.selected('import-map-cost')).toBe('4');
    await dialog.merge();
    await ui.expectCellText(a!.key, 'new:wholesale', `€${wholesaleA}`);
    await ui.expectCellText(b!.key, 'new:wholesale', `€${wholesaleB}`);
    await ui.expectCellText(a!.key, 'newPrice', `€${priceA}`);
    expect(app.problems).toEqual([]);
  });

  it('Cin7 Omni: a wholesale column goes to the account’s wholesale tier', async () => {
    cin7 = await startCin7Fake({ optionCount: 6 });
    app = await suite.openApp();
    const ui = new AppPage(app.page);
    await ui.waitForRows(500);
    expect(await new ConnectionDialogPage(app.page).addCin7(cin7)).toContain('Connected to Cin7 Omni');
    await ui.waitForRows(6);
    const [first, second] = cin7.options;
    const tierFirst = cents(first!.priceColumns.wholesalNZD!, 50);
    const tierSecond = cents(second!.priceColumns.wholesalNZD!, -50);

    const dialog = new ImportDialogPage(app.page);
    await dialog.choose('tiers.csv', textBytes(`SKU,New price,Wholesale\n${first!.code},,${tierFirst}\n${second!.code},,${tierSecond}\n`));
    expect(await dialog.waitForReport()).toContain('2 changes');
    // "Wholesale" names no field exactly; its words find the account's one tier, "Wholesale NZD" (wholesalNZD).
    expect(await dialog.selected('import-map-field-wholesalNZD')).toBe('2');
    expect(await dialog.selected('import-map-price')).toBe('1');
    await dialog.merge();
    await scrollTo(ui, 'new:wholesalNZD');
    await ui.expectCellText(String(first!.id), 'new:wholesalNZD', `NZ$${tierFirst}`);
    await ui.expectCellText(String(second!.id), 'new:wholesalNZD', `NZ$${tierSecond}`);

    // Only the tier changed: the retail column has no pending price. (Sending per field is the preview's part of #15.)
    await ui.expectCellText(String(first!.id), 'newPrice', '');
    expect(app.problems).toEqual([]);
  });
});
