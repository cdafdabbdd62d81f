/**
 * The import and the Export menu in Spanish and Swedish (issue #16), in Chromium with the
 * browser's locale set and no saved language, so the app follows it: an .xlsx with bad rows
 * goes through the dialog, the guessed columns, the report with its row-numbered problems and
 * the sample, all in that language with decimal commas; then the Export menu, whose "CSV for
 * Excel" writes semicolons and decimal commas. A file that is no spreadsheet is refused in the
 * language, and the grid keeps what was pending.
 */
import { readFile } from 'node:fs/promises';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { CatalogRow } from '../../shared/types';
import { browserSuite } from '../harness/suite';
import { workbookBytes } from '../support/import-fixtures';
import { AppPage } from './pages/app-page';
import { ImportDialogPage } from './pages/import-dialog';

const suite = browserSuite();

/** What each language shows, written out here rather than read from the catalogues. */
const LANGUAGES = [
  {
    locale: 'es-ES',
    title: 'Importar precios.xlsx',
    legend: 'Columnas (deducidas; revísalas)',
    skuTarget: 'SKU *',
    summary: ['5 filas leídas:', '1 cambio,', '1 sin cambios', '3 errores (se omiten)'],
    problems: ['Error: Precio nuevo: "abc" no es un precio.', 'Error: El precio nuevo 0 es cero; los precios deben ser mayores que cero.', 'Error: Falta el SKU.'],
    sampleCaption: 'Cómo se leyeron las primeras filas',
    merge: 'Agregar 1 cambio a la tabla',
    merged: '1 cambio de precios.xlsx queda pendiente',
    exportMenu: 'Exportar',
    exportItems: ['Todas las filas (.xlsx)', 'Todas las filas (.csv)', 'Todas las filas (CSV para Excel, punto y coma)', 'Plantilla de importación (.xlsx)'],
    binary: 'datos.txt no es una hoja de cálculo ni un archivo de texto: contiene datos binarios que PriceDesk no puede leer.',
    zip: 'lista.xlsx es un archivo zip, pero no un libro de cálculo (no contiene datos de Excel ni de OpenDocument).',
  },
  {
    locale: 'sv-SE',
    title: 'Importera precios.xlsx',
    legend: 'Kolumner (gissade; kontrollera dem)',
    skuTarget: 'SKU *',
    summary: ['5 rader inlästa:', '1 ändring,', '1 oförändrade', '3 fel (utelämnas)'],
    problems: ['Fel: Nytt pris: "abc" är inget pris.', 'Fel: Det nya priset 0 är noll; priser måste vara större än noll.', 'Fel: Artikelnummer saknas.'],
    sampleCaption: 'Så lästes de första raderna',
    merge: 'Lägg till 1 ändring i tabellen',
    merged: '1 ändring från precios.xlsx väntar nu på att skickas',
    exportMenu: 'Exportera',
    exportItems: ['Alla rader (.xlsx)', 'Alla rader (.csv)', 'Alla rader (CSV för Excel, semikolon)', 'Importmall (.xlsx)'],
    binary: 'datos.txt är varken ett kalkylblad eller en textfil: innehållet är binära data som PriceDesk inte kan läsa.',
    zip: 'lista.xlsx är ett zip-arkiv men ingen arbetsbok (det innehåller inget från Excel eller OpenDocument).',
  },
];

/** A price 5 cents higher, as the import reads it back from a number cell ("12.35" -> "12.4"): well inside the ±30 % flag. */
const bump = (price: string) => String((Math.round(Number(price) * 100) + 5) / 100);
const comma = (price: string) => price.replace('.', ',');

describe.each(LANGUAGES)('importing and exporting in $locale', (l) => {
  it('shows the dialog, columns, report, problems and sample in the language, with decimal commas', async () => {
    const app = await suite.openApp({ locale: l.locale });
    const ui = new AppPage(app.page);
    await ui.waitForRows(500);
    const loaded = (await app.services.registry.invoke('catalog:load', { connectionId: 'sandbox' })) as { ok: true; data: { rows: CatalogRow[] } };
    const [a, b, c, d] = loaded.data.rows;
    const changed = bump(a!.price!);
    const file = workbookBytes({
      Precios: [
        ['SKU', 'Name', 'New price'],
        [a!.sku, a!.name, Number(changed)],
        [b!.sku, b!.name, Number(b!.price)],
        [c!.sku, c!.name, 'abc'],
        [d!.sku, d!.name, 0],
        ['', 'Sin SKU', 5],
      ],
    });
    const dialog = new ImportDialogPage(app.page);
    const page = app.page;
    await dialog.choose('precios.xlsx', file);
    const summary = await dialog.waitForReport();
    expect(await page.locator('#import-title').textContent()).toBe(l.title);
    for (const part of l.summary) expect(summary).toContain(part);
    expect(await page.getByTestId('import-mapping').locator('legend').textContent()).toBe(l.legend);
    expect(await page.getByTestId('import-mapping').locator('label').first().textContent()).toContain(l.skuTarget);

    // Every problem names its sheet row first, then says what is wrong in the language.
    const problems = await dialog.problems();
    expect(problems).toEqual([`4${c!.sku}${l.problems[0]}`, `5${d!.sku}${l.problems[1]}`, `6${l.problems[2]}`]);

    // The sample shows the price read with the locale's decimal comma.
    expect(await page.getByTestId('import-sample').locator('caption').textContent()).toBe(l.sampleCaption);
    const first = page.getByTestId('import-sample-row').first().locator('td');
    expect(await first.nth(0).textContent()).toBe('2');
    expect(await first.nth(3).textContent()).toBe(comma(changed));

    expect(await page.getByTestId('import-merge').textContent()).toBe(l.merge);
    await dialog.merge();
    expect(await ui.waitForNotice('warning', 'precios.xlsx')).toContain(l.merged);

    // The Export menu in the language; CSV for Excel: semicolons and the decimal comma, the prices exact.
    await page.getByTestId('export-open').click();
    expect(await page.getByTestId('export-open').textContent()).toBe(l.exportMenu);
    const items = ['export-grid-xlsx', 'export-grid-csv', 'export-grid-excel-csv', 'export-template-xlsx'];
    expect(await Promise.all(items.map((id) => page.getByTestId(id).textContent()))).toEqual(l.exportItems);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-changes-excel-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const lines = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]!.startsWith('SKU;Name;Current price;New price;Cost;Currency')).toBe(true);
    expect(lines[1]!.split(';').slice(2, 4)).toEqual([comma(a!.price!), comma(changed)]);
  });

  it('says why a file that is no spreadsheet cannot be imported, and the grid keeps its pending change', async () => {
    const app = await suite.openApp({ locale: l.locale });
    const ui = new AppPage(app.page);
    await ui.waitForRows(500);
    const loaded = (await app.services.registry.invoke('catalog:load', { connectionId: 'sandbox' })) as { ok: true; data: { rows: CatalogRow[] } };
    const row = loaded.data.rows[0]!;
    await ui.typePrice(row.key, comma(bump(row.price!)));
    await expect.poll(() => ui.text('status-changed')).toMatch(/^1 /);
    const changed = await ui.text('status-changed');
    const cell = (await ui.cell(row.key, 'newPrice').textContent()) ?? '';

    // A .txt that is binary data, and a zip renamed to .xlsx with no workbook inside.
    const zip = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(zip, 'readme.txt', new TextEncoder().encode('hola'));
    const files: [string, Uint8Array, string][] = [
      ['datos.txt', new Uint8Array([0x53, 0x4b, 0x55, 0, 1, 2, 0, 0xff]), l.binary],
      ['lista.xlsx', new Uint8Array(XLSX.CFB.write(zip, { fileType: 'zip', type: 'array' }) as ArrayBuffer), l.zip],
    ];
    const dialog = new ImportDialogPage(app.page);
    for (const [name, bytes, said] of files) {
      await dialog.choose(name, bytes);
      expect(await dialog.waitForError()).toBe(said);
      await dialog.close();
    }
    expect(await ui.text('status-changed')).toBe(changed);
    await ui.expectCellText(row.key, 'newPrice', cell);
  });
});
