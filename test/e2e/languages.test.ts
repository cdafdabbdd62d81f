/**
 * Issue #16, the window in the staff's language, in Chromium at a desktop and a laptop size:
 * opened with the browser in es-AR or sv-SE (and no saved choice) the toolbar, the status
 * bar and Settings speak that language and show counts and prices in its formats; choosing
 * another language in Settings changes words and formats at once and keeps a pending edit
 * and its undo step; the choice survives a restart, and "As the computer" goes back.
 */
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../harness/suite';
import { snap } from '../harness/screens';
import { GridPage } from './pages/grid-page';
import { SettingsPage } from './pages/settings-page';

const suite = browserSuite();

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
];

/** What each language says, written out (not read from the catalogues under test). */
const WORDS = {
  en: { rows: '500 rows', send0: 'Send 0 changes', send1: 'Send 1 change', changed0: '0 changed', changed1: '1 changed', history: 'History', settings: 'Settings', more: 'More ▾', count: 'Count', sum: 'Sum', decimal: '.', problems: /^\d+ problems?$/ },
  es: { rows: '500 filas', send0: 'Enviar 0 cambios', send1: 'Enviar 1 cambio', changed0: '0 modificados', changed1: '1 modificado', history: 'Historial', settings: 'Ajustes', more: 'Más ▾', count: 'Recuento', sum: 'Suma', decimal: ',', problems: /^\d+ problemas?$/ },
  sv: { rows: '500 rader', send0: 'Skicka 0 ändringar', send1: 'Skicka 1 ändring', changed0: '0 ändrade', changed1: '1 ändrad', history: 'Historik', settings: 'Inställningar', more: 'Mer ▾', count: 'Antal', sum: 'Summa', decimal: ',', problems: /^\d+ problem$/ },
} as const;

type Words = (typeof WORDS)[keyof typeof WORDS];

/** Each browser locale, the other language the test switches to, and the price as typed there. */
const CASES = [
  { locale: 'es-AR', words: WORDS.es, other: 'sv-SE', otherWords: WORDS.sv },
  { locale: 'sv-SE', words: WORDS.sv, other: 'es-ES', otherWords: WORDS.es },
];

/** The toolbar and status bar say it in `w`, with nothing left in another language. */
async function expectShell(ui: GridPage, w: Words, changed: 0 | 1): Promise<void> {
  await expect.poll(() => ui.text('status-rows')).toBe(w.rows);
  await expect.poll(() => ui.text('submit')).toBe(changed ? w.send1 : w.send0);
  expect(await ui.text('status-changed')).toBe(changed ? w.changed1 : w.changed0);
  expect(await ui.text('open-history')).toBe(w.history);
  expect(await ui.text('open-settings')).toBe(w.settings);
  expect(await ui.text('toolbar-more')).toBe(w.more);
  expect(await ui.text('status-problems')).toMatch(w.problems);
}

/** Every numeric cell selected: Count is a four-digit number grouped the locale's way, Sum has its decimal separator. */
async function expectSelectionFormats(ui: GridPage, w: Words, locale: string): Promise<void> {
  await ui.select('100001', 'price');
  await ui.menuCommand('selectAll');
  const count = await ui.page.getByTestId('status-count').textContent({ timeout: 30_000 });
  const digits = Number((count ?? '').replace(/\D/g, ''));
  expect(digits).toBeGreaterThan(999);
  expect(count).toBe(`${w.count}: ${new Intl.NumberFormat(locale).format(digits)}`);
  await expect.poll(() => ui.text('status-sum'), { timeout: 30_000 }).toMatch(new RegExp(`^${w.sum}: .*\\d\\${w.decimal}\\d{2}\\D*$`));
}

describe.each(SIZES)('the window in the staff’s language at $width×$height', (viewport) => {
  const size = `${viewport.width}x${viewport.height}`;

  it.each(CASES)('browser in $locale: its words and formats; another language at once, keeping the edit and its undo; kept after a restart', async ({ locale, words, other, otherWords }) => {
    const app = await suite.openApp({ viewport, locale });
    const ui = new GridPage(app.page);
    const settings = new SettingsPage(app.page);
    await expectShell(ui, words, 0);

    await ui.typePrice('100002', '12,50');
    await expectShell(ui, words, 1);
    await expect.poll(() => ui.newPrice('100002')).toMatch(/^\D*12,50\D*$/);
    await expectSelectionFormats(ui, words, locale);
    await snap(app.page, `languages-${locale}-${size}`);

    await settings.open();
    expect(await settings.title()).toBe(words.settings);
    await snap(app.page, `languages-${locale}-settings-${size}`);

    // English now: words and formats switch at once, the dialog stays open, the edit stays pending.
    await settings.choose('en-US');
    await expect.poll(() => settings.title()).toBe(WORDS.en.settings);
    await expectShell(ui, WORDS.en, 1);
    await ui.expectNewPrice('100002', '€12.50');

    await settings.choose(other);
    await expect.poll(() => settings.title()).toBe(otherWords.settings);
    await expectShell(ui, otherWords, 1);
    await settings.close();
    await expectSelectionFormats(ui, otherWords, other);

    // The undo step survived both changes of language.
    await ui.menuCommand('undo');
    await expectShell(ui, otherWords, 0);
    await ui.expectNewPrice('100002', '');
    // The draft is saved a moment after the last change: closing before would bring the edit back.
    const draftEdits = async () => ((await app.services.registry.invoke('drafts:load', { connectionId: 'sandbox' })) as { ok: true; data: { edits: unknown[] } }).data.edits.length;
    await expect.poll(draftEdits, { timeout: 10_000 }).toBe(0);
    expect(app.problems).toEqual([]);
    await app.close();

    // A restart opens in the chosen language, though the browser still says otherwise.
    const again = await suite.openApp({ viewport, locale, dataDir: app.dataDir });
    const ui2 = new GridPage(again.page);
    const settings2 = new SettingsPage(again.page);
    await expectShell(ui2, otherWords, 0);

    // "As the computer" goes back to the browser's language, and stays there after a restart.
    await settings2.open();
    await settings2.choose(null);
    await expect.poll(() => settings2.title()).toBe(words.settings);
    await settings2.close();
    await expectShell(ui2, words, 0);
    expect(again.problems).toEqual([]);
    await again.close();

    const third = await suite.openApp({ viewport, locale, dataDir: app.dataDir });
    await expectShell(new GridPage(third.page), words, 0);
    expect(third.problems).toEqual([]);
  });
});
