import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { guessMapping, headerScore, headersKey } from '../../../shared/import/guess';
import { detectHeaderRow, headerLabels } from '../../../shared/import/header';
import type { Cell, SheetGrid } from '../../../shared/import/types';

const rowsOf = (aoa: unknown[][]): Cell[][] => (XLSX.utils.aoa_to_sheet(aoa, { dense: true }) as unknown as { '!data': Cell[][] })['!data'];

describe('header guessing in each language', () => {
  it.each([
    // English
    ['SKU', 'sku'], ['Item code', 'sku'], ['Item no.', 'sku'], ['Price', 'price'], ['New price', 'price'], ['Cost', 'cost'], ['Product name', 'name'], ['Currency', 'currency'],
    // Spanish
    ['Código', 'sku'], ['Referencia', 'sku'], ['Precio', 'price'], ['Precio nuevo', 'price'], ['Costo', 'cost'], ['Coste', 'cost'], ['Descripción', 'name'], ['Moneda', 'currency'],
    // Swedish
    ['Art.nr', 'sku'], ['Artikelnummer', 'sku'], ['Pris', 'price'], ['Nytt pris', 'price'], ['Kostnad', 'cost'], ['Inköpspris', 'cost'], ['Benämning', 'name'], ['Valuta', 'currency'],
    // German
    ['Artikelnummer', 'sku'], ['Art.-Nr.', 'sku'], ['Preis', 'price'], ['Neuer Preis', 'price'], ['Einkaufspreis', 'cost'], ['Bezeichnung', 'name'], ['Währung', 'currency'],
    // French
    ['Référence', 'sku'], ['Code article', 'sku'], ['Prix', 'price'], ['Nouveau prix', 'price'], ['Coût', 'cost'], ["Prix d'achat", 'cost'], ['Désignation', 'name'], ['Devise', 'currency'],
    // Portuguese
    ['Código do produto', 'sku'], ['Preço', 'price'], ['Novo preço', 'price'], ['Custo', 'cost'], ['Descrição', 'name'], ['Moeda', 'currency'],
    // Case, accents and punctuation do not matter
    ['PREÇO', 'price'], ['  sku  ', 'sku'], ['ART NR', 'sku'], ['Price (EUR)', 'price'],
  ])('"%s" is the %s column', (header, field) => {
    expect(headerScore(header).field).toBe(field);
  });

  it.each(['Current price', 'Precio actual', 'Prix actuel', 'Preço atual', 'Aktueller Preis', 'Nuvarande pris', 'Old price'])('"%s" is the price as it is, not the new one', (header) => {
    expect(headerScore(header).field).toBeNull();
  });

  it('prefers "New price" over "Current price" and fills the optional fields', () => {
    const mapping = guessMapping(['SKU', 'Name', 'Current price', 'New price', 'Cost', 'Currency'], [], new Set());
    expect(mapping).toEqual({ sku: 0, name: 1, price: 3, cost: 4, currency: 5, fields: {} });
  });

  it('finds the SKU column from the values when no header names it', () => {
    const rows = rowsOf([['A-1', 'x', 10], ['A-2', 'y', 11], ['A-3', 'z', 12]]);
    const mapping = guessMapping(['Column A', 'Column B', 'Pris'], rows, new Set(['A-1', 'A-2', 'A-3']));
    expect(mapping.sku).toBe(0);
    expect(mapping.price).toBe(2);
  });

  it('lets the values overrule a header that only looks like the SKU column', () => {
    const rows = rowsOf([['x', '0001'], ['y', '0002']]);
    const mapping = guessMapping(['Ref', 'Nummer'], rows, new Set(['0001', '0002']));
    expect(mapping.sku).toBe(1);
  });

  it('keys remembered mappings by the normalised headers', () => {
    expect(headersKey(['Art.nr', 'Pris'])).toBe(headersKey(['ART NR', 'pris']));
    expect(headersKey(['Art.nr', 'Pris'])).not.toBe(headersKey(['Art.nr', 'Preis']));
  });
});

describe('header row detection', () => {
  it('skips title rows and blank rows above the table', () => {
    const rows = rowsOf([['Price list spring 2026'], ['Valid from 1 March'], [], ['Art.nr', 'Benämning', 'Pris'], ['A1', 'Kaffe', '12,50']]);
    expect(detectHeaderRow(rows)).toBe(3);
  });

  it('falls back to the first all-text row as wide as the table when no header word is known', () => {
    const rows = rowsOf([['Lista'], ['Foo', 'Bar', 'Baz'], ['a', 1, 2]]);
    expect(detectHeaderRow(rows)).toBe(1);
  });

  it('spreads merged header cells over their columns and says so', () => {
    const ws = XLSX.utils.aoa_to_sheet([['SKU', 'Price', null, 'Name'], ['', 'EUR', 'SEK', ''], ['A1', 10, 100, 'x']], { dense: true });
    const sheet: SheetGrid = { name: 'S', rows: (ws as unknown as { '!data': Cell[][] })['!data'], rowCount: 3, tooManyRows: false, columnCount: 4, merges: [{ s: { r: 0, c: 1 }, e: { r: 0, c: 2 } }], droppedColumns: 0 };
    const { labels, notes } = headerLabels(sheet, 0);
    expect(labels).toEqual(['SKU', 'Price', 'Price (2)', 'Name']);
    expect(notes[0]?.message).toContain('Header cells B1:C1 are merged');
  });

  it('names blank header cells by their column letter', () => {
    const sheet: SheetGrid = { name: 'S', rows: rowsOf([['SKU', null, 'Price'], ['a', 'b', 1]]), rowCount: 2, tooManyRows: false, columnCount: 3, merges: [], droppedColumns: 0 };
    expect(headerLabels(sheet, 0).labels).toEqual(['SKU', 'Column B', 'Price']);
  });
});
