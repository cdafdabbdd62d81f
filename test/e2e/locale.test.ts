/**
 * Issue #13, numbers in the person's locale, in Chromium at a desktop and a laptop window
 * size, for en-US, es-ES and sv-SE (Playwright's locale sets navigator.language and Intl's
 * default): grouped thousands and each row's currency symbol in the grid (and the status bar's
 * Sum), the preview (rows, totals) and history, histogram labels and dates in the locale; a
 * copy keeps the exact plain value, and the editor reads the text with the symbol back.
 */
import { readFile } from 'node:fs/promises';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { CatalogRow } from '../../shared/types';
import { browserSuite } from '../harness/suite';
import { snap } from '../harness/screens';
import { GridPage } from './pages/grid-page';
import { HistoryPage } from './pages/history-page';

const suite = browserSuite();

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
];

const nbsp = '\u00a0';

/**
 * What each locale shows, written out from the locale's conventions (not computed by the code
 * under test): separators, whether a four-digit number is grouped (es-ES: no), the euro sign's place.
 */
function conventions(locale: string, decimal: string, group: string, groupsFour: boolean, symbolFirst: boolean, minus: string) {
  const num = (v: string) => {
    const [whole, fraction] = v.split('.') as [string, string];
    const grouped = whole.length > 4 || (whole.length === 4 && groupsFour) ? `${whole.slice(0, -3)}${group}${whole.slice(-3)}` : whole;
    return `${grouped}${decimal}${fraction}`;
  };
  return { locale, num, euros: (v: string) => (symbolFirst ? `€${num(v)}` : `${num(v)}${nbsp}€`), plain: (v: string) => v.replace('.', decimal), minus };
}

// In a spreadsheet the symbol sits where the locale puts it; SheetJS renders the format with "," and ".".
// The sheet is named in the window's language (issue #16).
const SHEET = {
  'en-US': { sheetFormat: '"€"#,##0.00', sheetText: '€12,345.50', changesSheet: 'Changes' },
  'es-ES': { sheetFormat: `#,##0.00"${nbsp}€"`, sheetText: `12,345.50${nbsp}€`, changesSheet: 'Cambios' },
  'sv-SE': { sheetFormat: `#,##0.00"${nbsp}€"`, sheetText: `12,345.50${nbsp}€`, changesSheet: 'Ändringar' },
} as const;

// The histogram's words follow the language too (issue #16).
const OR_LESS = { 'en-US': 'or less', 'es-ES': 'o menos', 'sv-SE': 'eller mindre' } as const;

const LOCALES = [conventions('en-US', '.', ',', true, true, '-'), conventions('es-ES', ',', '.', false, false, '-'), conventions('sv-SE', ',', nbsp, true, false, '\u2212')].map((l) => ({
  ...l,
  ...SHEET[l.locale as keyof typeof SHEET],
  orLess: OR_LESS[l.locale as keyof typeof OR_LESS],
}));

const plus = (price: string, cents: number) => ((Math.round(Number(price) * 100) + cents) / 100).toFixed(2);

describe.each(SIZES)('numbers in the locale at $width×$height', (viewport) => {
  const size = `${viewport.width}x${viewport.height}`;

  it.each(LOCALES)('$locale: grid, preview, totals, histogram and history', async (l) => {
    const app = await suite.openApp({ viewport, locale: l.locale });
    const ui = new GridPage(app.page);
    await ui.waitForRows(500);
    const { rows: catalog } = ((await app.services.registry.invoke('catalog:load', { connectionId: 'sandbox' })) as { ok: true; data: { rows: CatalogRow[] } }).data;
    const [big, small] = [catalog[1]!, catalog[2]!];
    expect(Number(big.price)).toBeLessThan(1000);
    expect(big.cost).not.toBeNull();

    // Grouped with the row's currency symbol in the grid, exact, ungrouped and bare on the clipboard.
    await ui.typePrice(big.key, l.plain('12345.5'));
    await ui.expectNewPrice(big.key, l.euros('12345.50'));
    expect(await ui.cell(big.key, 'price').textContent()).toBe(l.euros(big.price!));
    const rise = ((1234550 - Math.round(Number(big.price) * 100)) / 100).toFixed(2);
    expect(await ui.cell(big.key, 'change').textContent()).toBe(`+${l.euros(rise)}`);
    await ui.select(big.key);
    expect(await ui.copy()).toBe(l.plain('12345.50'));
    // F2 then Enter: the editor starts from the text with the symbol, which reads back as the same price.
    await app.page.keyboard.press('F2');
    const editor = ui.grid.locator('.ag-cell-inline-editing input');
    await expect.poll(() => editor.inputValue()).toBe(l.euros('12345.50'));
    await app.page.keyboard.press('Enter');
    await ui.expectNewPrice(big.key, l.euros('12345.50'));
    expect(await ui.cell(big.key, 'status').textContent()).not.toMatch(/not a price/);
    // Two rows' current prices, both in euros: Sum in euros.
    await ui.select(big.key, 'price');
    await ui.shiftSelect(small.key, 'price');
    const sum = ((Math.round(Number(big.price) * 100) + Math.round(Number(small.price) * 100)) / 100).toFixed(2);
    // The label in the window's language (the app follows the browser's), the amount in its format.
    const sumWord = ({ es: 'Suma', sv: 'Summa' } as Record<string, string>)[l.locale.slice(0, 2)] ?? 'Sum';
    await expect.poll(() => ui.text('status-sum')).toBe(`${sumWord}: ${l.euros(sum)}`);
    await snap(app.page, `locale-grid-symbols-${l.locale}-${size}`);
    // Cost, scrolled into view (at 1024 px it is past the visible columns).
    await ui.grid.locator('.ag-body-horizontal-scroll-viewport').evaluate((el) => (el.scrollLeft = el.scrollWidth));
    await expect.poll(() => ui.cell(big.key, 'cost').textContent()).toBe(l.euros(big.cost!));
    await ui.grid.locator('.ag-body-horizontal-scroll-viewport').evaluate((el) => (el.scrollLeft = 0));
    const next = plus(small.price!, 1);
    await ui.typePrice(small.key, l.plain(next));

    // The changes as .xlsx: exact numeric prices whose format shows the symbol where the locale
    // puts it (SheetJS's `w` is that format applied); as .csv: plain numbers, no symbol.
    const exported = async (format: 'xlsx' | 'csv') => {
      await app.page.getByTestId('export-open').click();
      const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId(`export-changes-${format}`).click()]);
      return readFile((await download.path())!);
    };
    const sheet = XLSX.read(await exported('xlsx'), { cellNF: true }).Sheets[l.changesSheet]!;
    const bigRow = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 }).findIndex((r) => r[0] === big.sku) + 1;
    expect(sheet[`D${bigRow}`]).toMatchObject({ t: 'n', v: 12345.5, z: l.sheetFormat, w: l.sheetText });
    expect(sheet[`C${bigRow}`]).toMatchObject({ t: 'n', v: Number(big.price), z: l.sheetFormat });
    // The stored value as typed ("12345.5"): exact, no symbol, no grouping.
    const csvLine = (await exported('csv')).toString('utf8').split('\r\n').find((line) => line.startsWith(`${big.sku},`));
    expect(csvLine).toContain(`,${big.price},12345.5,${big.cost},EUR`);

    await app.page.getByTestId('submit').click();
    const preview = ui.preview;
    await preview.root.getByTestId('preview-confirm').waitFor();
    // Cells: product tick, SKU, Name, field (with the line's tick), Current, New.
    expect(await preview.row(big.key).locator('td').nth(5).textContent()).toBe(l.euros('12345.50'));
    expect(await preview.row(small.key).locator('td').nth(4).textContent()).toBe(l.euros(small.price!));
    expect(await preview.row(small.key).getByTestId('preview-change').textContent()).toBe(`+${l.euros('0.01')}`);
    // The total after: 12345.50 plus the other row's new price, grouped, with the symbol.
    const after = ((1234550 + Math.round(Number(next) * 100)) / 100).toFixed(2);
    expect(await preview.root.getByTestId('preview-totals').textContent()).toContain(l.euros(after));
    expect(await preview.root.getByTestId('histogram').textContent()).toContain(`${l.minus}90 % ${l.orLess}`);
    await snap(app.page, `locale-preview-${l.locale}-${size}`);

    // Send only the ordinary change; history shows it with the symbol and the date in the locale.
    await preview.include(big.key, false);
    await preview.confirm();
    await preview.waitUntilDone();
    await preview.close();
    const history = new HistoryPage(app.page);
    await history.open();
    const cells = await history.row(small.key).locator('td').allTextContents();
    // Cells: tick, SKU, Field, Name, Old, New.
    expect(cells.slice(4, 6)).toEqual([l.euros(small.price!), l.euros(next)]);
    const [id] = await history.ids();
    const at = ((await app.services.registry.invoke('history:get', { id })) as { ok: true; data: { startedAt: string } }).data.startedAt;
    const when = await app.page.evaluate(([iso, locale]) => new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso)), [at, l.locale] as const);
    expect(await history.item(id!).textContent()).toContain(when);
    await snap(app.page, `locale-history-${l.locale}-${size}`);
    expect(app.problems).toEqual([]);
  });
});

describe('exports and the change threshold in the language (issue #16)', () => {
  const loadCatalog = async (app: Awaited<ReturnType<typeof suite.openApp>>) =>
    ((await app.services.registry.invoke('catalog:load', { connectionId: 'sandbox' })) as { ok: true; data: { rows: CatalogRow[] } }).data.rows;

  it('es-ES: exported changes and results have Spanish words, numeric prices and a Spanish file name', async () => {
    const app = await suite.openApp({ locale: 'es-ES' });
    const ui = new GridPage(app.page);
    await ui.waitForRows(500);
    const catalog = await loadCatalog(app);
    const up = catalog[1]!;
    // A price just below cost: the demo shop accepts it with a warning in its own words.
    const low = catalog.find((r) => r.key !== up.key && r.cost && r.price && Number(r.cost) > Number(r.price) * 0.6)!;
    const belowCost = (Number(low.cost) - 0.01).toFixed(2);
    await ui.typePrice(up.key, plus(up.price!, 1).replace('.', ','));
    await ui.typePrice(low.key, belowCost.replace('.', ','));
    const exported = async (what: 'changes' | 'results') => {
      await app.page.getByTestId('export-open').click();
      const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId(`export-${what}-xlsx`).click()]);
      return { name: download.suggestedFilename(), book: XLSX.read(await readFile((await download.path())!)) };
    };
    const rowOf = (sheet: XLSX.WorkSheet, sku: string) => XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 }).findIndex((r) => r[0] === sku) + 1;

    const changes = await exported('changes');
    expect(changes.name).toMatch(/-cambios-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(changes.book.SheetNames).toEqual(['Cambios']);
    const changed = changes.book.Sheets.Cambios!;
    // Headers stay the import's own, so the file reads back as the same columns.
    expect([changed.C1?.v, changed.D1?.v]).toEqual(['Current price', 'New price']);
    expect(changed[`D${rowOf(changed, up.sku)}`]).toMatchObject({ t: 'n', v: Number(plus(up.price!, 1)) });

    await app.page.getByTestId('submit').click();
    await ui.preview.confirm();
    await ui.preview.waitUntilDone();
    await ui.preview.close();
    const results = await exported('results');
    expect(results.name).toMatch(/-resultados-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheet = results.book.Sheets.Resultados!;
    // Columns: SKU, Name, Current price, New price, Currency, Result, Message, Code.
    const ok = rowOf(sheet, up.sku);
    expect(sheet[`C${ok}`]).toMatchObject({ t: 'n' });
    expect(sheet[`F${ok}`]?.v).toBe('Actualizado');
    const warned = rowOf(sheet, low.sku);
    expect(sheet[`F${warned}`]?.v).toBe('Actualizado con aviso');
    expect(sheet[`G${warned}`]?.v).toBe(`Aceptado, pero el precio está por debajo del costo (${low.cost}).`);
    expect(app.problems).toEqual([]);
  });

  it('sv-SE: the preview’s threshold box takes a decimal comma', async () => {
    const app = await suite.openApp({ locale: 'sv-SE' });
    const ui = new GridPage(app.page);
    await ui.waitForRows(500);
    const row = (await loadCatalog(app))[1]!;
    // +5 %: within the default ±30 %, beyond ±2,5 %.
    await ui.typePrice(row.key, (Math.round(Number(row.price) * 105) / 100).toFixed(2).replace('.', ','));
    await app.page.getByTestId('submit').click();
    const box = ui.preview.root.getByTestId('threshold');
    expect(await box.inputValue()).toBe('30');
    expect(await ui.preview.root.getByTestId('preview-counts').textContent()).not.toContain('över ±');
    await box.fill('2,5');
    await expect.poll(() => ui.preview.root.getByTestId('preview-counts').textContent()).toContain('1 över ±2,5 %');
    expect(await ui.preview.flagsOf(row.key)).toContain('stor ändring');
    expect(app.problems).toEqual([]);
  });
});
