/**
 * Issue #16, Bulk adjust in the staff's language, in Chromium at a desktop and a laptop window
 * size, on the Demo shop in es-AR and sv-SE: the panel's words, a rule typed with a decimal
 * comma and applied with the Apply button naming the scope and the row count (one row, then
 * several: each plural form), the rule's words in the undo step and in the history's source of
 * the submission, and a refusal, all in that language. The expected words are written out
 * here, not taken from the catalogues; field labels are read from the panel (they are the
 * connection's, whichever language they come in).
 */
import { describe, expect, it } from 'vitest';
import { Big } from '../../shared/money';
import type { CatalogRow } from '../../shared/types';
import { snap } from '../harness/screens';
import { browserSuite } from '../harness/suite';
import { SIZES } from './pages/demo-start';
import { GridPage } from './pages/grid-page';
import { HistoryPage } from './pages/history-page';

const suite = browserSuite();

/** What each language says, with `{price}` / `{sek}` for the field labels. */
const LANGUAGES = [
  {
    locale: 'es-AR',
    title: 'Ajuste masivo',
    scopes: ['Filas seleccionadas', 'Filas visibles (filtradas)', 'Todas las filas'],
    operation: 'Subir un porcentaje',
    ending: 'Termina en ,99',
    enterValue: 'Escriba un valor.',
    applyOne: 'Aplicar +2,5 % a {price} de 1 fila seleccionada',
    countOne: 'Cambian 1 de 1 fila',
    range: 'Precios nuevos de',
    ruleOne: '+2,5 % en {price} de 1 fila, redondeado a 2 decimales',
    applyMany: 'Aplicar × 1,5 a {price} de 3 filas seleccionadas',
    countMany: 'Cambian 3 de 3 filas',
    ruleMany: '× 1,5 en {price} de 3 filas',
    undo: 'Ajuste masivo: ',
    refusal: '{sek} está en SEK y {price} en EUR: PriceDesk no tiene tipos de cambio, así que uno no se puede calcular a partir del otro.',
  },
  {
    locale: 'sv-SE',
    title: 'Massändring',
    scopes: ['Markerade rader', 'Visade rader (filtrerade)', 'Alla rader'],
    operation: 'Höj med procent',
    ending: 'Slutar på ,99',
    enterValue: 'Ange ett värde.',
    applyOne: 'Tillämpa +2,5 % på {price} för 1 markerad rad',
    countOne: '1 av 1 rad ändras',
    range: 'Nya priser från',
    ruleOne: '+2,5 % på {price} för 1 rad, avrundat till 2 decimaler',
    applyMany: 'Tillämpa × 1,5 på {price} för 3 markerade rader',
    countMany: '3 av 3 rader ändras',
    ruleMany: '× 1,5 på {price} för 3 rader',
    undo: 'Massändring: ',
    refusal: '{sek} är i SEK och {price} i EUR: PriceDesk har inga växelkurser, så det ena kan inte räknas fram ur det andra.',
  },
];

describe.each(SIZES)('Bulk adjust in the staff language at $width×$height', (viewport) => {
  const size = `${viewport.width}x${viewport.height}`;

  it.each(LANGUAGES)('$locale: the panel, a rule on one row and on several, its words in undo and history, a refusal', async (l) => {
    const app = await suite.openApp({ viewport, locale: l.locale });
    const ui = new GridPage(app.page);
    await ui.waitForRows(500);
    const { rows: catalog } = ((await app.services.registry.invoke('catalog:load', { connectionId: 'sandbox' })) as { ok: true; data: { rows: CatalogRow[] } }).data;
    // Rows with a price under 1000 (no thousands separator to write out), side by side in the grid's order.
    const keys = await ui.shownRowKeys();
    const byKey = new Map(catalog.map((r) => [r.key, r]));
    const priced = (k: string | undefined) => k !== undefined && byKey.get(k)?.price != null && new Big(byKey.get(k)!.price!).lt(1000);
    const start = keys.findIndex((k, i) => [0, 2, 3, 4].every((d) => priced(keys[i + d])));
    expect(start).toBeGreaterThanOrEqual(0);
    const [one, , first, , last] = keys.slice(start, start + 5).map((k) => byKey.get(k)!) as [CatalogRow, CatalogRow, CatalogRow, CatalogRow, CatalogRow];

    // The panel's words.
    const apply = await ui.openBulk();
    const panel = app.page.getByTestId('bulk-panel');
    expect(await panel.locator('h2').textContent()).toBe(l.title);
    expect(await panel.locator('.scope label').allTextContents()).toEqual(l.scopes);
    expect(await app.page.getByTestId('bulk-operation').locator('option[value="addPercent"]').textContent()).toBe(l.operation);
    expect(await app.page.getByTestId('bulk-rounding').locator('option[value="0.99"]').textContent()).toBe(l.ending);
    const label = async (id: string) => (await app.page.getByTestId('bulk-target').locator(`option[value="${id}"]`).textContent()) ?? '';
    const words = (text: string) => text.replaceAll('{price}', price).replaceAll('{sek}', sek);
    const [price, sek] = [await label('price'), await label('price.SEK')];
    await expect.poll(() => ui.text('bulk-refusal')).toBe(l.enterValue);

    // +2,5 % on one selected row, to 2 decimals: the comma is a decimal comma (2.5 %, not 25 %).
    await ui.select(one.key, 'sku');
    await app.page.getByTestId('bulk-scope-selection').check();
    await app.page.getByTestId('bulk-operation').selectOption('addPercent');
    await app.page.getByTestId('bulk-value').fill('2,5');
    await app.page.getByTestId('bulk-rounding').selectOption('decimals');
    await expect.poll(() => apply.textContent()).toBe(words(l.applyOne));
    expect(await ui.text('bulk-preview-count')).toBe(l.countOne);
    const oneNew = new Big(one.price!).times('1.025').round(2, 1).toFixed(2).replace('.', ',');
    expect(await ui.text('bulk-preview-range')).toMatch(new RegExp(`^${l.range} .*${oneNew}.* .*${oneNew}`));
    // The panel fits the laptop window: nothing cut off sideways.
    expect(await panel.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await snap(app.page, `bulk-languages-${l.locale}-one-${size}`);
    await apply.click();
    await expect.poll(() => ui.text('status-changed')).toMatch(/^1\D/);
    expect(await app.page.getByTestId('undo').getAttribute('title')).toContain(`${l.undo}${words(l.ruleOne)}`);

    // × 1,5 on three selected rows: the plural forms.
    await ui.select(first.key, 'sku');
    await ui.shiftSelect(last.key, 'sku');
    await app.page.getByTestId('bulk-operation').selectOption('multiply');
    await app.page.getByTestId('bulk-value').fill('1,5');
    await app.page.getByTestId('bulk-rounding').selectOption('none');
    await expect.poll(() => apply.textContent()).toBe(words(l.applyMany));
    expect(await ui.text('bulk-preview-count')).toBe(l.countMany);
    await apply.click();
    await expect.poll(() => ui.text('status-changed')).toMatch(/^4\D/);
    expect(await app.page.getByTestId('undo').getAttribute('title')).toContain(`${l.undo}${words(l.ruleMany)}`);

    // A rule this connection cannot run says why, in the language.
    await app.page.getByTestId('bulk-target').selectOption('price.SEK');
    await app.page.getByTestId('bulk-base').selectOption('price');
    await app.page.getByTestId('bulk-value').fill('11');
    await expect.poll(() => ui.text('bulk-refusal')).toBe(words(l.refusal));
    expect(await apply.isDisabled()).toBe(true);
    await snap(app.page, `bulk-languages-${l.locale}-refusal-${size}`);

    // Sent: the history's source keeps each rule's words as the person saw them.
    await app.page.getByTestId('submit').click();
    await ui.preview.confirm();
    await ui.preview.waitUntilDone();
    await ui.preview.close();
    const history = new HistoryPage(app.page);
    await history.open();
    const source = await history.text('history-source');
    expect(source).toContain(words(l.ruleOne));
    expect(source).toContain(words(l.ruleMany));
    expect(app.problems).toEqual([]);
  }, 180_000);
});
