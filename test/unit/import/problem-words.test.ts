/**
 * The import's row problems in the person's language (issue #16): shared/import gives each
 * problem its words (an id and parameters) next to the English message the CLI prints; the
 * window says them from the `importing` catalogue, prices with the locale's decimal comma.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { extractLines } from '../../../shared/import/extract';
import type { Cell, ImportProblem } from '../../../shared/import/types';
import { validateLines } from '../../../shared/import/validate';
import { applyLocale } from '../../../renderer/i18n';
import { columnLabel, sayProblem, separatorText } from '../../../renderer/features/import/words';
import { headerLabels } from '../../../shared/import/header';
import { inferSeparator, userSeparator } from '../../../shared/import/numbers';
import { entry, rules } from './helpers';

const s = (v: string): Cell => ({ t: 's', v });
const n = (v: number): Cell => ({ t: 'n', v });
const catalog = [entry('a', 'A', '10.00'), entry('b', 'B', '20.00'), entry('c', 'C', '30.00'), entry('e', 'E', '10.00', '9.00'), entry('f', 'F', '20.00'), entry('g', 'G', '30.00')];

/** Sheets with one problem of each kind, read and checked as the import worker does. */
function problems(): ImportProblem[] {
  const rows: Cell[][] = [
    [s('SKU'), s('New price')],
    [s('A'), n(11)],
    [s(''), s('abc')],
    [s('B'), { t: 'n', v: 45352, z: 'yyyy-mm-dd' }],
    [s('B'), n(0)],
    [s('A'), n(12)],
    [s('E'), n(5)],
    [s('F'), s('1.999,5')],
    [s('ZZ'), n(5)],
    [s('G'), n(31.123)],
    [s('C'), s('31')],
    [s('C'), s('31')],
  ];
  const mapping = { sku: 0, price: 1, cost: null, name: null, currency: null };
  const lines = extractLines(rows, { headerRow: 0, mapping, separators: {} });
  // A column of another price field, named by its header in the problem.
  const withField = extractLines([[s('SKU'), s('New price'), s('Grossist')], [s('B'), undefined, s('abc')]], {
    headerRow: 0,
    mapping: { ...mapping, fields: { wholesale: 2 } },
    separators: {},
    labels: ['SKU', 'New price', 'Grossist'],
  });
  return [...validateLines(lines, catalog, rules).problems, ...validateLines(withField, catalog, rules).problems];
}

afterEach(() => applyLocale('en-US'));

describe('the import problems in the window', () => {
  it('says every problem in English exactly as the CLI does, from the catalogue', () => {
    applyLocale('en-US');
    const all = problems();
    expect(all.length).toBeGreaterThanOrEqual(12);
    // Every problem has words, and the English catalogue says them word for word.
    expect(all.filter((p) => !p.said).map((p) => p.message)).toEqual([]);
    expect(all.map(sayProblem)).toEqual(all.map((p) => p.message));
  });

  it('says them in Spanish with the decimal comma', () => {
    applyLocale('es-ES');
    const said = problems().map(sayProblem);
    expect(said).toContain('Mismo SKU y precio que la fila 11; se cuenta una vez.');
    expect(said).toContain('El SKU A también está en la fila 2 con otro precio (11, aquí 12); no se importa ninguna de las dos.');
    expect(said).toContain('Falta el SKU y precio nuevo: "abc" no es un precio.');
    expect(said).toContain('Precio nuevo: es una fecha (2024-03-01), no un precio.');
    expect(said).toContain('El precio nuevo 0 es cero; los precios deben ser mayores que cero.');
    expect(said).toContain('El precio nuevo 5 está por debajo del costo 9,00.');
    expect(said).toContain('El precio nuevo 5 cambia el actual 10,00 en -50,0 %, más de ±30 %.');
    expect(said.find((m) => m.startsWith('"1.999,5", leído como 1999,5, cambia el actual 20,00 en +9897,5 %'))).toBeDefined();
    expect(said).toContain('El precio nuevo 31,123 tiene 3 decimales; Demo shop acepta como máximo 2.');
    expect(said).toContain('Columna "Grossist": "abc" no es un precio.');
  });

  it('says them in Swedish, none left in English', () => {
    applyLocale('sv-SE');
    const all = problems();
    const said = all.map(sayProblem);
    expect(said.filter((m, i) => m === all[i]!.message)).toEqual([]);
    expect(said).toContain('Artikelnummer ZZ finns inte i anslutningens katalog, och Demo shop kan inte skapa produkter från PriceDesk.');
    expect(said).toContain('Det nya priset 5 är lägre än inköpspriset 9,00.');
  });

  it('says how the decimal separator of a column was read, in English as the CLI and in Swedish', () => {
    const column = (...values: Cell[]) => inferSeparator([[s('Price')], ...values.map((v) => [v])], 0, 1);
    const infos = [column(n(12.5)), column(s('12')), column(s('1.234,50'), s('8,5')), column(s('1.234,50'), s('8.50'), s('9,5')), userSeparator(','), userSeparator('.')];
    expect(infos.map(separatorText)).toEqual(infos.map((i) => i.text));
    applyLocale('sv-SE');
    expect(separatorText(infos[2]!)).toBe('Decimalkomma, enligt värden som "1.234,50".');
  });

  it('names a column without a header cell by its letter in the window\'s language; the English name stays the mapping key', () => {
    const sheet = { name: 'Sheet1', rows: [[s('SKU'), s(''), s('Price'), s('')], [s('A'), n(1), n(2), n(3)]], rowCount: 2, columnCount: 4, droppedColumns: 0, tooManyRows: false, merges: [] };
    const { labels } = headerLabels(sheet, 0);
    expect(labels).toEqual(['SKU', 'Column B', 'Price', 'Column D']);
    const shown = (locale: string) => (applyLocale(locale), labels.map(columnLabel));
    expect(shown('en-US')).toEqual(labels);
    expect(shown('es-AR')).toEqual(['SKU', 'Columna B', 'Price', 'Columna D']);
    expect(shown('sv-SE')).toEqual(['SKU', 'Kolumn B', 'Price', 'Kolumn D']);
    // The second of two columns with the same name keeps its number.
    expect(columnLabel('Column B (2)')).toBe('Kolumn B (2)');
  });
});
