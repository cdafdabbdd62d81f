/**
 * Issue #13, history, in Chromium at a desktop and a laptop window size: a submission
 * keeps where its prices came from (typed, a bulk rule) and the note typed at Send; Undo
 * after a send does not bring sent prices back as drafts; a revert can be limited to
 * ticked rows, the reverted submission is marked with a link to its revert, and a revert
 * is not offered twice.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { sandboxCatalogPath } from '../../electron/vendors/sandbox';
import type { CatalogRow } from '../../shared/types';
import type { AppUnderTest } from '../harness/launch';
import { browserSuite } from '../harness/suite';
import { snap } from '../harness/screens';
import { GridPage } from './pages/grid-page';
import { HistoryPage } from './pages/history-page';

const suite = browserSuite();

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
];

/** A price in cents moved by a few cents (test data only; never a decimal slip). */
const plus = (price: string, cents: number) => ((Math.round(Number(price) * 100) + cents) / 100).toFixed(2);

async function start(viewport: { width: number; height: number }): Promise<{ app: AppUnderTest; ui: GridPage; history: HistoryPage; catalog: CatalogRow[] }> {
  const app = await suite.openApp({ viewport });
  const ui = new GridPage(app.page);
  await ui.waitForRows(500);
  const loaded = (await app.services.registry.invoke('catalog:load', { connectionId: 'sandbox' })) as { ok: true; data: { rows: CatalogRow[] } };
  return { app, ui, history: new HistoryPage(app.page), catalog: loaded.data.rows };
}

const vendorPrice = async (app: AppUnderTest, key: string) =>
  (JSON.parse(await readFile(sandboxCatalogPath(app.dataDir), 'utf8')) as { products: { id: string; price: string | null }[] }).products.find((p) => p.id === key)!.price;

describe.each(SIZES)('history at $width×$height', (viewport) => {
  const size = `${viewport.width}x${viewport.height}`;

  it('records the source and the note of a submission, and Undo after a send does not bring sent prices back', async () => {
    const { app, ui, history, catalog } = await start(viewport);
    const [typed, b, c] = [catalog[1]!, catalog[2]!, catalog[3]!];
    // Typed twice: undoing the second typing after the send would bring the first back as a draft.
    await ui.typePrice(typed.key, plus(typed.price!, 1));
    await ui.typePrice(typed.key, plus(typed.price!, 2));
    await ui.select(b.key, 'sku');
    await ui.shiftSelect(c.key, 'sku');
    await ui.bulk({ scope: 'selection', operation: 'addPercent', value: '5', rounding: '0.99' });
    await expect.poll(() => ui.text('status-changed')).toBe('3 changed');

    await app.page.getByTestId('submit').click();
    const preview = ui.preview;
    await preview.root.getByTestId('preview-note').fill('Spring campaign, approved by Eva');
    await snap(app.page, `preview-note-${size}`);
    await preview.confirm();
    await preview.waitUntilDone();
    await preview.close();
    expect(await vendorPrice(app, typed.key)).toBe(plus(typed.price!, 2));

    // The undo history is cut at the send: Ctrl+Z (twice would undo the bulk rule and the
    // second typing, bringing the first typing back as a draft) finds nothing to undo.
    await ui.select(catalog[5]!.key, 'sku');
    await app.page.keyboard.press('Control+z');
    await ui.menuCommand('undo');
    expect(await ui.text('status-changed')).toBe('0 changed');
    await ui.expectNewPrice(typed.key, '');

    await history.open();
    const source = 'typed in the grid (1 row), bulk rule: +5 % on Price of 2 rows, rounded to .99 (2 rows)';
    expect(await history.text('history-source')).toBe(`Source: ${source}`);
    expect(await history.text('history-note')).toBe('Note: Spring campaign, approved by Eva');
    expect(await history.root.getByTestId('history-item-source').first().textContent()).toBe(source);
    await snap(app.page, `history-source-note-${size}`);
    expect(app.problems).toEqual([]);
  });

  it('reverts only the ticked rows, marks the submission with a link to its revert, and does not revert a row twice', async () => {
    const { app, ui, history, catalog } = await start(viewport);
    const [a, b, c] = [catalog[1]!, catalog[2]!, catalog[3]!];
    for (const row of [a, b, c]) await ui.typePrice(row.key, plus(row.price!, 3));
    await ui.submit();
    const [sent] = (await history.open(), await history.ids());

    await history.pick(a.key);
    await history.pick(c.key);
    const revert = history.root.getByTestId('history-revert');
    expect(await revert.textContent()).toBe('Revert 2 selected…');
    await snap(app.page, `history-revert-ticked-${size}`);
    await revert.click();
    const preview = ui.preview;
    await preview.root.getByTestId('preview-confirm').click();
    const question = (await app.page.getByTestId('confirm-dialog').textContent()) ?? '';
    expect(question).toContain('Revert 2 prices?');
    expect(question).toContain(`${a.sku} back to €${a.price}`);
    expect(question).not.toContain(b.sku);
    await app.page.getByTestId('confirm-ok').click();
    await preview.waitUntilDone();
    await preview.close();
    expect([await vendorPrice(app, a.key), await vendorPrice(app, b.key), await vendorPrice(app, c.key)]).toEqual([a.price, plus(b.price!, 3), c.price]);

    // The original is marked, row by row, with a link to the revert.
    await history.open();
    await expect.poll(() => history.ids().then((ids) => ids.length)).toBe(2);
    const [revertId] = await history.ids();
    expect(revertId).not.toBe(sent);
    await history.item(sent!).click();
    await expect.poll(() => history.text('history-reverted-by')).toBe(`Reverted (2 of 3 rows) by submission ${revertId}.`);
    expect(await history.item(sent!).getByTestId('history-reverted-mark').textContent()).toContain('partly reverted');
    expect(await history.row(a.key).getByTestId('history-row-pick').isDisabled()).toBe(true);
    expect(await history.row(b.key).getByTestId('history-row-pick').isDisabled()).toBe(false);
    await snap(app.page, `history-partly-reverted-${size}`);
    await history.root.getByTestId('history-revert-link').click();
    await expect.poll(() => history.item(revertId!).getAttribute('class')).toContain('highlight');
    await expect.poll(() => history.text('history-source')).toBe(`Source: revert of ${sent}`);
    await history.root.getByTestId('history-reverts-link').click();

    // Revert again: only the row left; then nothing is offered any more.
    await expect.poll(() => revert.textContent()).toBe('Revert…');
    await revert.click();
    await preview.root.getByTestId('preview-confirm').click();
    expect(await app.page.getByTestId('confirm-dialog').textContent()).toContain('Revert 1 price?');
    await app.page.getByTestId('confirm-ok').click();
    await preview.waitUntilDone();
    await preview.close();
    expect(await vendorPrice(app, b.key)).toBe(b.price);
    await history.open();
    await history.item(sent!).click();
    await expect.poll(() => revert.textContent()).toBe('Reverted');
    expect(await revert.isDisabled()).toBe(true);
    expect(await history.item(sent!).getByTestId('history-reverted-mark').textContent()).toBe(' · reverted');
    await snap(app.page, `history-reverted-${size}`);
    expect(app.problems).toEqual([]);
  });
});
