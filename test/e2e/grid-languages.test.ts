/**
 * Issue #16, the grid in the staff's language, in Chromium at a desktop and a laptop window
 * size on the Demo shop, in es-ES and sv-SE (the browser's locale, no saved choice): column
 * headers and another price field's columns, the grid bar, Status words, the Problems
 * panel, the context menu, a paste by SKU's message with its count, the empty state and
 * AG Grid's column filter menu speak the language; the cells' numbers are the locale's.
 */
import { describe, expect, it } from 'vitest';
import type { CatalogRow } from '../../shared/types';
import { snap } from '../harness/screens';
import { browserSuite } from '../harness/suite';
import { SIZES } from './pages/demo-start';
import { GridPage } from './pages/grid-page';

const suite = browserSuite();
const nbsp = '\u00a0';

/** What each language shows, written out by hand (not taken from the catalogues under test). */
const LANGUAGES = [
  {
    locale: 'es-ES',
    // es-ES writes 1234,50 € (no group below five digits), the euro sign after a no-break space.
    euros: (v: string) => `${v.replace('.', ',')}${nbsp}€`,
    headers: { sku: 'SKU', name: 'Nombre', price: 'Precio actual', newPrice: 'Precio nuevo', status: 'Estado' },
    // The sandbox names its fields in English (the connector's words); the columns under them are ours.
    fieldColumns: { 'cur:wholesale': 'Wholesale: Actual', 'new:wholesale': 'Wholesale: Nuevo' },
    columnsTitle: 'Columnas',
    search: 'Buscar SKU o nombre',
    undo: 'Deshacer',
    undoTitle: 'Deshacer «Editar precio» (Ctrl+Z)',
    redo: 'Rehacer',
    problemsButton: 'Problemas (1)',
    changed: 'Cambiado',
    problem: 'Problema: ',
    problemsTitle: 'Problemas',
    threshold: 'Marcar cambios de más de ± (%)',
    menu: { copy: 'Copiar', paste: 'Pegar', 'fill-down': 'Rellenar hacia abajo', clear: 'Borrar precio nuevo', bulk: 'Ajuste masivo de esta fila…' },
    bySku: 'Pegado por SKU: coinciden 2 de 2 SKU, 2 precios puestos.',
    empty: (text: string) => `Ninguna fila coincide con la búsqueda «${text}». Las 500 filas siguen ahí.`,
    clearOne: 'Borrar el filtro',
    contains: 'Contiene',
    filterOoo: 'Filtrar...',
    demo: 'Esta es una tienda de práctica:',
  },
  {
    locale: 'sv-SE',
    euros: (v: string) => `${v.replace('.', ',')}${nbsp}€`,
    headers: { sku: 'Artikelnr', name: 'Namn', price: 'Nuvarande pris', newPrice: 'Nytt pris', status: 'Status' },
    fieldColumns: { 'cur:wholesale': 'Wholesale: Nu', 'new:wholesale': 'Wholesale: Nytt' },
    columnsTitle: 'Kolumner',
    search: 'Sök artikelnr eller namn',
    undo: 'Ångra',
    undoTitle: 'Ångra ”Ändra pris” (Ctrl+Z)',
    redo: 'Gör om',
    problemsButton: 'Problem (1)',
    changed: 'Ändrad',
    problem: 'Problem: ',
    problemsTitle: 'Problem',
    threshold: 'Flagga ändringar över ± (%)',
    menu: { copy: 'Kopiera', paste: 'Klistra in', 'fill-down': 'Fyll nedåt', clear: 'Rensa nytt pris', bulk: 'Massändra den här raden…' },
    bySku: 'Inklistrat per artikelnr: 2 av 2 artikelnummer matchade, 2 priser satta.',
    empty: (text: string) => `Ingen rad matchar sökningen ”${text}”. Alla 500 rader finns kvar.`,
    clearOne: 'Rensa filtret',
    contains: 'Innehåller',
    filterOoo: 'Filtrera...',
    demo: 'Det här är en övningsbutik:',
  },
];

/** A price a few cents up, written with the decimal comma both languages type. */
const typed = (price: string, cents: number) => ((Math.round(Number(price) * 100) + cents) / 100).toFixed(2).replace('.', ',');

describe.each(SIZES)('the grid in the staff’s language at $width×$height', (viewport) => {
  const size = `${viewport.width}x${viewport.height}`;

  it.each(LANGUAGES)('$locale: headers, bar, Status, Problems, context menu, paste by SKU, empty state and filter menu', async (l) => {
    const app = await suite.openApp({ viewport, locale: l.locale });
    const ui = new GridPage(app.page);
    // The status bar's row count is another part's words: wait for the grid's own rows.
    await ui.grid.locator('.ag-row[row-id]').first().waitFor();
    const { rows: catalog } = ((await app.services.registry.invoke('catalog:load', { connectionId: 'sandbox' })) as { ok: true; data: { rows: CatalogRow[] } }).data;
    const [top, a, b, c] = catalog as [CatalogRow, CatalogRow, CatalogRow, CatalogRow];
    expect(Number(a.price)).toBeLessThan(1000);

    // Headers, the Demo shop's guide and the grid bar.
    for (const [colId, name] of Object.entries(l.headers)) {
      expect(await app.page.locator(`.ag-header-cell[col-id="${colId}"] .ag-header-cell-text`).textContent(), colId).toBe(name);
    }
    expect(await app.page.getByTestId('demo-guide').locator('strong').textContent()).toBe(l.demo);
    // Another field's columns (scrolled out of the grid's view), named in the Columns panel.
    await ui.clickBarButton('columns-open');
    const columns = app.page.getByTestId('columns-panel');
    expect(await columns.locator('h2').textContent()).toBe(l.columnsTitle);
    for (const [colId, name] of Object.entries(l.fieldColumns)) {
      expect(await columns.locator('li').filter({ has: app.page.getByTestId(`column-visible-${colId}`) }).locator('label').textContent(), colId).toBe(name);
    }
    await ui.clickBarButton('columns-open');
    expect(await app.page.getByTestId('grid-search').getAttribute('placeholder')).toBe(l.search);
    expect(await app.page.getByTestId('undo').textContent()).toBe(l.undo);
    expect(await app.page.getByTestId('redo').textContent()).toBe(l.redo);

    // Numbers in the cells the locale's way.
    expect(await ui.cell(a.key, 'price').textContent()).toBe(l.euros(a.price!));

    // Status words: a change, and a value that is not a price.
    await ui.typePrice(a.key, typed(a.price!, 10));
    await ui.expectNewPrice(a.key, l.euros(typed(a.price!, 10).replace(',', '.')));
    await ui.expectCellText(a.key, 'status', l.changed);
    expect(await app.page.getByTestId('undo').getAttribute('title')).toBe(l.undoTitle);
    await ui.typePrice(b.key, 'abc');
    await ui.expectCellText(b.key, 'status', new RegExp(`^${l.problem}`));

    // The Problems panel.
    await ui.clickBarButton('problems-open');
    const panel = app.page.getByTestId('problems-panel');
    expect(await panel.locator('h2').textContent()).toBe(l.problemsTitle);
    expect(await panel.locator('.form-field > span').first().textContent()).toBe(l.threshold);
    await expect.poll(() => app.page.getByTestId('problems-open').textContent()).toBe(l.problemsButton);
    await snap(app.page, `grid-${l.locale}-problems-${size}`);
    await ui.clickBarButton('problems-open');

    // The context menu on one row.
    const menu = await ui.contextMenu(c.key);
    for (const [id, label] of Object.entries(l.menu)) expect(await menu.getByTestId(`menu-${id}`).locator('span').first().textContent(), id).toBe(label);
    await snap(app.page, `grid-${l.locale}-menu-${size}`);
    await app.page.keyboard.press('Escape');

    // A paste by SKU names its count in words of the language.
    await ui.select(top.key);
    await ui.paste(`${c.sku}\t${typed(c.price!, 20)}\r\n${top.sku}\t${typed(top.price!, 30)}\r\n`);
    expect(await ui.waitForNotice('success', l.bySku)).toContain(l.bySku);

    // AG Grid's own filter menu.
    const popup = await ui.openColumnFilter('name');
    expect(await popup.locator('.ag-picker-field-display').first().textContent()).toBe(l.contains);
    expect(await popup.locator('input.ag-input-field-input[type="text"]').first().getAttribute('placeholder')).toBe(l.filterOoo);
    await snap(app.page, `grid-${l.locale}-filter-menu-${size}`);
    await app.page.keyboard.press('Escape');

    // The empty state names the search and offers to clear it.
    await app.page.getByTestId('grid-search').fill('zzz-nada');
    const empty = app.page.getByTestId('grid-empty');
    await expect.poll(() => empty.locator('p').textContent()).toBe(l.empty('zzz-nada'));
    expect(await app.page.getByTestId('empty-clear-filters').textContent()).toBe(l.clearOne);
    await snap(app.page, `grid-${l.locale}-empty-${size}`);
    expect(app.problems).toEqual([]);
  });
});
