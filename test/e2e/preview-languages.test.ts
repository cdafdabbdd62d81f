/**
 * Issue #16, the way to the vendor in the staff's language: in Chromium with the browser in
 * es-AR and in sv-SE (no saved choice, so the app follows it), at a desktop and a laptop
 * window size, edit three prices of the Demo shop (one a big change), preview, confirm the
 * flagged one a second time, send and open history. The words are asserted as a shop
 * employee reads them, and every number in the locale: prices, percentages, totals,
 * histogram labels, amounts and the date in history; and history's .xlsx export in the same
 * language, its prices numeric cells.
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

/** What each language says, written out here rather than read from the catalogues under test. */
const LANGUAGES = [
  {
    locale: 'es-AR',
    minus: '-',
    heading: 'Revisar cambios: 3 cambios en',
    counts: 'suben: 2, bajan: 1, nuevos: 0, marcados: 1 (1 más de ±30 %, 1 no cuadra con otro precio)',
    flags: ['cambio grande', ', no cuadra con otro precio'],
    buckets: { high: 'de 100 a 900 %', low: '-90 % o menos' },
    totalsHead: ['Moneda', 'Ahora', 'Después', 'Diferencia'],
    send: 'Enviar 3 cambios',
    question: '¿Enviar 1 precio marcado?',
    confirming: 'Estás confirmando 1 precio que no cuadra con otro precio del producto, 1 precio cambia más de ±30 %, junto con 2 cambios más. ¿Enviar los 3 a ',
    yes: 'Sí, enviar 3',
    summary: '3 actualizados, 0 con error o sin enviar, 0 desconocidos',
    historyTitle: 'Historial de envíos',
    historyCounts: '3 ok',
    source: 'Origen: escrito en la tabla',
    note: 'Nota: Liquidación de verano',
    historyHead: ['SKU', 'Campo', 'Nombre', 'Anterior', 'Nuevo', 'Resultado'],
    exported: { sheets: ['Filas', 'Resumen'], oldPrice: 'Precio anterior', first: 'Envío' },
  },
  {
    locale: 'sv-SE',
    minus: '\u2212',
    heading: 'Granska ändringar: 3 ändringar till',
    counts: 'upp: 2, ner: 1, nya: 0, flaggade: 1 (1 över ±30 %, 1 stämmer inte med ett annat pris)',
    flags: ['stor ändring', ', stämmer inte med ett annat pris'],
    buckets: { high: '100 till 900 %', low: '\u221290 % eller mindre' },
    totalsHead: ['Valuta', 'Nu', 'Efter', 'Skillnad'],
    send: 'Skicka 3 ändringar',
    question: 'Skicka 1 flaggat pris?',
    confirming: 'Du bekräftar 1 pris som inte stämmer med ett annat pris för produkten, 1 pris ändrat med mer än ±30 %, plus 2 andra ändringar. Skicka alla 3 till ',
    yes: 'Ja, skicka 3',
    summary: '3 uppdaterade, 0 misslyckade eller ej skickade, 0 okända',
    historyTitle: 'Historik över utskick',
    historyCounts: '3 ok',
    source: 'Källa: inskrivet i tabellen',
    note: 'Anteckning: Liquidación de verano',
    historyHead: ['Art.nr', 'Fält', 'Namn', 'Gammalt', 'Nytt', 'Resultat'],
    exported: { sheets: ['Rader', 'Sammanfattning'], oldPrice: 'Tidigare pris', first: 'Utskick' },
  },
];

// Intl pads with no-break spaces ("1 029,50 €"); the assertions compare words, not space kinds.
const spaced = (text: string | null) => (text ?? '').replace(/\s/g, ' ');
const cents = (price: string) => Math.round(Number(price) * 100);
const fixed = (c: number) => (c / 100).toFixed(2);

describe.each(SIZES)('the preview, sending and history in Spanish and Swedish at $width×$height', (viewport) => {
  const size = `${viewport.width}x${viewport.height}`;

  it.each(LANGUAGES)('$locale', async (l) => {
    const app = await suite.openApp({ viewport, locale: l.locale });
    const ui = new GridPage(app.page);
    // The status bar's words are the grid's to translate: wait for the rows by their count alone.
    await app.page.getByTestId('status-rows').filter({ hasText: /\b500\b/ }).waitFor();
    const { rows: catalog } = ((await app.services.registry.invoke('catalog:load', { connectionId: 'sandbox' })) as { ok: true; data: { rows: CatalogRow[] } }).data;
    // A price past 200 € five times over: +400 %, a big change (not a decimal slip) to more than 1000 €,
    // and above the product's recommended price.
    const big = catalog.find((r) => Number(r.price) >= 200 && r.currency === 'EUR')!;
    const [up, down] = catalog.filter((r) => r !== big && r.currency === 'EUR' && Number(r.price) > 10 && r.cost !== null && Number(r.cost) < Number(r.price) - 2);
    const news = { big: fixed(cents(big.price!) * 5), up: fixed(cents(up!.price!) + 1), down: fixed(cents(down!.price!) - 100) };
    // In the locale's own notation, as the person types it.
    const typed = (price: string) => price.replace('.', ',');
    const money = (price: string) => app.page.evaluate(([v, locale]) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(Number(v)), [price, l.locale] as const);
    await ui.typePrice(big.key, typed(news.big));
    await ui.typePrice(up!.key, typed(news.up));
    await ui.typePrice(down!.key, typed(news.down));
    await ui.expectNewPrice(down!.key, await money(news.down));

    await app.page.getByTestId('submit').click();
    const preview = ui.preview;
    await preview.root.getByTestId('stale-ok').waitFor();
    expect(spaced(await preview.root.locator('#preview-title').textContent())).toContain(l.heading);
    expect(spaced(await preview.root.getByTestId('preview-counts').textContent())).toBe(l.counts);
    // Five times the price is above the recommended price too (the Demo shop has one for every product).
    expect(await preview.row(big.key).locator('.flag').allTextContents()).toEqual(l.flags);
    // Cells: product tick, SKU, Name, field, Current, New, Change, %.
    const cells = await preview.row(big.key).locator('td').allTextContents();
    expect(cells.slice(4, 8).map(spaced)).toEqual([await money(big.price!), await money(news.big), spaced(`+${await money(fixed(cents(news.big) - cents(big.price!)))}`), '+400,0 %'].map(spaced));
    // A fall of 1 €: the locale's minus sign and decimal comma.
    expect(await preview.row(down!.key).locator('td').nth(7).textContent()).toMatch(new RegExp(`^${l.minus}\\d+,\\d %$`));
    // Totals per currency: the three new prices together are past 1000 €, grouped.
    const after = fixed(cents(news.big) + cents(news.up) + cents(news.down));
    expect(Number(after)).toBeGreaterThan(1000);
    expect(await preview.root.getByTestId('preview-totals').locator('th').allTextContents()).toEqual(l.totalsHead);
    expect(spaced(await preview.root.getByTestId('total-EUR').textContent())).toContain(spaced(await money(after)));
    const histogram = await preview.histogram();
    expect(histogram[l.buckets.high]).toBe(1);
    expect(histogram[l.buckets.low]).toBe(0);
    const confirm = preview.root.getByTestId('preview-confirm');
    expect(await confirm.textContent()).toBe(l.send);
    // Longer words must not push the button out of the window.
    const box = (await confirm.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    await preview.root.getByTestId('preview-note').fill('Liquidación de verano');
    await snap(app.page, `preview-languages-${l.locale}-${size}`);

    // The big change asks a second time, naming what it confirms.
    await confirm.click();
    const dialog = app.page.getByTestId('confirm-dialog');
    await dialog.waitFor();
    expect(spaced(await dialog.textContent())).toContain(l.question);
    expect(spaced(await dialog.textContent())).toContain(l.confirming);
    expect(await app.page.getByTestId('confirm-ok').textContent()).toBe(l.yes);
    await app.page.getByTestId('confirm-ok').click();
    await preview.waitUntilDone();
    expect(spaced(await preview.root.getByTestId('preview-summary').textContent())).toBe(l.summary);
    expect(await preview.resultOf(big.key)).toMatch(/^ok\b/);
    await preview.close();

    const history = new HistoryPage(app.page);
    await history.open();
    expect(await history.root.locator('#history-title').textContent()).toBe(l.historyTitle);
    expect(await history.text('history-counts')).toBe(l.historyCounts);
    expect(await history.text('history-source')).toBe(l.source);
    expect(await history.text('history-note')).toBe(l.note);
    expect((await history.root.getByTestId('history-rows').locator('th').allTextContents()).filter((h) => h !== '')).toEqual(l.historyHead);
    // Cells: tick, SKU, Field, Name, Old, New.
    const row = await history.row(big.key).locator('td').allTextContents();
    expect(row.slice(4, 6).map(spaced)).toEqual([spaced(await money(big.price!)), spaced(await money(news.big))]);
    const [id] = await history.ids();
    const at = ((await app.services.registry.invoke('history:get', { id })) as { ok: true; data: { startedAt: string } }).data.startedAt;
    const when = await app.page.evaluate(([iso, locale]) => new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso)), [at, l.locale] as const);
    expect(spaced(await history.item(id!).textContent())).toContain(spaced(when));
    await snap(app.page, `history-languages-${l.locale}-${size}`);

    // The export in the same words: its sheets, headers, results and summary; prices stay numbers.
    const [file] = await Promise.all([app.page.waitForEvent('download'), history.root.getByTestId('history-export').click()]);
    const book = XLSX.read(await readFile((await file.path())!));
    expect(book.SheetNames).toEqual(l.exported.sheets);
    const lines = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets[l.exported.sheets[0]!]!);
    expect(lines.map((line) => line[l.historyHead[5]!])).toEqual(['ok', 'ok', 'ok']);
    expect(lines.map((line) => typeof line[l.exported.oldPrice])).toEqual(['number', 'number', 'number']);
    expect(XLSX.utils.sheet_to_json<string[]>(book.Sheets[l.exported.sheets[1]!]!, { header: 1 })[0]).toEqual([l.exported.first, id]);
    expect(app.problems).toEqual([]);
  });
});
