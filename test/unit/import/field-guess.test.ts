import { describe, expect, it } from 'vitest';
import { fieldForHeader, fitRemembered, guessColumns } from '../../../shared/import/field-guess';
import { assignColumn, hasPriceColumn } from '../../../shared/import/mapping';
import type { PriceField } from '../../../shared/price-fields';

const field = (id: string, label: string, kind: PriceField['kind'], currency = 'EUR', primary = false): PriceField => ({ id, label, kind, currency, vatIncluded: true, decimals: 2, removable: true, primary });
/** The demo shop's fields (electron/vendors/sandbox/describe.ts). */
const demo = [field('price', 'Price', 'price', 'EUR', true), field('price.SEK', 'Price SEK', 'price', 'SEK'), field('wholesale', 'Wholesale', 'tier'), field('recommended', 'Recommended price', 'recommended'), field('cost', 'Cost', 'cost')];
/** A Cin7 Omni account: PriceColumns keys (electron/vendors/cin7/describe.ts). */
const cin7 = [field('retailNZD', 'Retail NZD', 'price', 'NZD', true), field('wholesalNZD', 'Wholesale NZD', 'tier', 'NZD'), field('costNZD', 'Cost NZD', 'cost', 'NZD'), field('specialNZD', 'Special NZD', 'sale', 'NZD')];
/** xclade: one price per store currency (electron/vendors/xclade/describe.ts). */
const xclade = [field('price.EUR', 'Price EUR', 'price', 'EUR', true), field('price.SEK', 'Price SEK', 'price', 'SEK'), field('price.USD', 'Price USD', 'price', 'USD')];

const fieldOf = (fields: PriceField[], header: string) => {
  const match = fieldForHeader(fields, header);
  return match && 'field' in match ? match.field.id : match && 'none' in match ? 'none' : null;
};

describe('which price field a header names', () => {
  it.each([
    // English
    ['Wholesale', 'wholesale'], ['Wholesale price', 'wholesale'], ['Trade price', 'wholesale'], ['RRP', 'recommended'], ['MSRP', 'recommended'], ['Recommended retail price', 'recommended'],
    // Spanish
    ['Precio mayorista', 'wholesale'], ['Mayorista', 'wholesale'], ['PVP recomendado', 'recommended'], ['Precio sugerido', 'recommended'], ['PVPR', 'recommended'],
    // Swedish
    ['Grossist', 'wholesale'], ['Grossistpris', 'wholesale'], ['Rekommenderat pris', 'recommended'], ['Riktpris', 'recommended'],
    // German
    ['Großhandel', 'wholesale'], ['Großhandelspreis', 'wholesale'], ['Händlerpreis', 'wholesale'], ['UVP', 'recommended'], ['Unverbindliche Preisempfehlung', 'recommended'],
    // By its id or label, as the CLI's changes file heads it; the cost field as "<label> (<id>)"
    ['recommended', 'recommended'], ['PRICE SEK', 'price.SEK'], ['price.SEK', 'price.SEK'], ['Cost (cost)', 'cost'],
    // Currency codes
    ['Precio SEK', 'price.SEK'], ['Pris (SEK)', 'price.SEK'], ['Price EUR', 'price'], ['Preis EUR', 'price'],
  ])('demo shop: "%s" is %s', (header, id) => {
    expect(fieldOf(demo, header)).toBe(id);
  });

  it.each([
    // Today's words stay today's: the primary new price, the rails' cost, the price as it is.
    'SKU', 'Price', 'New price', 'Nuevo precio', 'PVP', 'Cost', 'Costo', 'Inköpspris', 'Einkaufspreis', 'Current price', 'Wholesale (current)', 'Precio mayorista actual', 'Name',
  ])('demo shop: "%s" is left to today’s rules', (header) => {
    // "Price" is the primary's label and named it; every other one is no field of its own.
    expect([null, 'price']).toContain(fieldOf(demo, header));
    if (header !== 'Price') expect(fieldOf(demo, header)).toBeNull();
  });

  it('reads cost words with a currency, and Cin7 Omni’s columns by kind and currency', () => {
    expect(fieldOf(cin7, 'Cost NZD')).toBe('costNZD');
    expect(fieldOf(cin7, 'costNZD')).toBe('costNZD');
    expect(fieldOf(cin7, 'Inköpspris NZD')).toBe('costNZD');
    expect(fieldOf(cin7, 'Costo NZD')).toBe('costNZD');
    expect(fieldOf(cin7, 'Einkaufspreis NZD')).toBe('costNZD');
    // Exactly a cost word keeps the rails' meaning (as `pricedesk submit` reads it).
    expect(fieldOf(cin7, 'Cost')).toBeNull();
    expect(fieldOf(cin7, 'Wholesale')).toBe('wholesalNZD');
    expect(fieldOf(cin7, 'Grossist NZD')).toBe('wholesalNZD');
    expect(fieldOf(cin7, 'Oferta')).toBe('specialNZD');
    expect(fieldOf(cin7, 'Angebot')).toBe('specialNZD');
    expect(fieldOf(cin7, 'Rea-pris')).toBe('specialNZD');
    expect(fieldOf(cin7, 'Sale price')).toBe('specialNZD');
    expect(fieldOf(cin7, 'Price NZD')).toBe('retailNZD');
  });

  it('finds the price in a currency named in the header', () => {
    expect(fieldOf(xclade, 'Price EUR')).toBe('price.EUR');
    expect(fieldOf(xclade, 'Precio USD')).toBe('price.USD');
    expect(fieldOf(xclade, 'Pris (SEK)')).toBe('price.SEK');
    expect(fieldOf(xclade, 'Preis in USD')).toBe('price.USD');
    // A plain price header is the primary field, as it always was.
    expect(fieldOf(xclade, 'Precio')).toBeNull();
  });

  it('guesses none where a header could be two fields, or a field the connection lacks, and says why', () => {
    const twoTiers = [...cin7, field('wholesaleAUD', 'Wholesale AUD', 'tier', 'AUD')];
    expect(fieldForHeader(twoTiers, 'Wholesale')).toMatchObject({ none: '"Wholesale" could be "Wholesale NZD" or "Wholesale AUD"; choose its field.' });
    expect(fieldOf(twoTiers, 'Wholesale AUD')).toBe('wholesaleAUD');
    expect(fieldForHeader(xclade, 'Precio GBP')).toMatchObject({ none: '"Precio GBP" looks like a price in GBP, which this connection does not have; choose its field or leave it out.' });
    expect(fieldOf(xclade, 'RRP')).toBe('none');
    expect(fieldOf(demo, 'Wholesale cost')).toBe('none');
    // "Sale price" was always the new price, and stays it where the connection has no sale price.
    expect(fieldOf(demo, 'Sale price')).toBeNull();
  });
});

describe('guessing the columns of a file with several price fields', () => {
  it('maps a Swedish file: SKU, primary price, tier, recommended price, the rails’ cost and the price in SEK', () => {
    const { mapping, notes } = guessColumns(['Art.nr', 'Benämning', 'Nytt pris', 'Grossistpris', 'Rekommenderat pris', 'Inköpspris', 'Pris SEK'], [], new Set(), demo);
    expect(mapping).toEqual({ sku: 0, name: 1, price: 2, cost: 5, currency: null, fields: { 'price.SEK': 6, wholesale: 3, recommended: 4 } });
    expect(notes).toEqual([]);
  });

  it('maps a German and a Spanish file', () => {
    expect(guessColumns(['Artikelnummer', 'Neuer Preis', 'Händlerpreis', 'UVP', 'Einkaufspreis (cost)'], [], new Set(), [...demo.slice(0, 4), field('cost', 'Einkaufspreis', 'cost')]).mapping).toEqual({
      sku: 0, price: 1, cost: null, name: null, currency: null, fields: { wholesale: 2, recommended: 3, cost: 4 },
    });
    expect(guessColumns(['Código', 'PVP', 'Precio mayorista', 'PVP recomendado', 'Costo'], [], new Set(), demo).mapping).toEqual({
      sku: 0, price: 1, cost: 4, name: null, currency: null, fields: { wholesale: 2, recommended: 3 },
    });
  });

  it('takes the primary by its own name or currency, and keeps "Price" beside "New price" the price as it is', () => {
    expect(guessColumns(['SKU', 'Retail NZD', 'Wholesale NZD'], [], new Set(), cin7).mapping).toMatchObject({ price: 1, fields: { wholesalNZD: 2 } });
    expect(guessColumns(['SKU', 'Precio EUR', 'Precio USD'], [], new Set(), xclade).mapping).toMatchObject({ price: 1, fields: { 'price.USD': 2 } });
    expect(guessColumns(['SKU', 'Price', 'New price', 'Price SEK'], [], new Set(), demo).mapping).toMatchObject({ price: 2, fields: { 'price.SEK': 3 } });
  });

  it('never makes a header it could not place the primary price, and notes it', () => {
    const { mapping, notes } = guessColumns(['SKU', 'Wholesale price'], [], new Set(), [...cin7, field('wholesaleAUD', 'Wholesale AUD', 'tier', 'AUD')]);
    expect(mapping).toMatchObject({ sku: 0, price: null, fields: {} });
    expect(notes.map((n) => n.message)).toEqual(['"Wholesale price" could be "Wholesale NZD" or "Wholesale AUD"; choose its field.']);
  });

  it('gives a field one column: the one naming it beats the one with its words, with a note', () => {
    const { mapping, notes } = guessColumns(['SKU', 'Price', 'Grossist', 'Wholesale'], [], new Set(), demo);
    expect(mapping.fields).toEqual({ wholesale: 3 });
    expect(notes.map((n) => n.message)).toEqual(['"Grossist" and "Wholesale" could both be Wholesale; the second is used. Check it.']);
  });

  it('without price fields guesses exactly as before', () => {
    expect(guessColumns(['SKU', 'Name', 'Current price', 'New price', 'Cost', 'Currency'], [], new Set(), []).mapping).toEqual({ sku: 0, name: 1, price: 3, cost: 4, currency: 5, fields: {} });
  });
});

describe('a remembered mapping', () => {
  const labels = ['SKU', 'Price', 'Grossist', 'Pris SEK'];
  const guessed = guessColumns(labels, [], new Set(), demo).mapping;

  it('saved before price fields keeps its columns and takes the guessed field columns it leaves free', () => {
    expect(fitRemembered({ sku: 0, price: 1, cost: null, name: null, currency: 2 }, labels, demo, guessed)).toEqual({ sku: 0, price: 1, cost: null, name: null, currency: 2, fields: { 'price.SEK': 3 } });
  });

  it('with fields is kept as chosen, without fields the connection no longer has; past the file’s width it is none', () => {
    expect(fitRemembered({ sku: 0, price: 1, cost: null, name: null, currency: null, fields: { wholesale: 2, gone: 3 } }, labels, demo, guessed)?.fields).toEqual({ wholesale: 2 });
    expect(fitRemembered({ sku: 0, price: 1, cost: null, name: null, currency: null, fields: { wholesale: 9 } }, labels, demo, guessed)?.fields).toEqual({});
    expect(fitRemembered({ sku: 0, price: 7, cost: null, name: null, currency: null }, labels, demo, guessed)).toBeNull();
  });
});

describe('choosing a column by hand', () => {
  const mapping = { sku: 0, price: 1, cost: 2, name: null, currency: null, fields: { wholesale: 3 } };

  it('gives a column to a field and takes it from whatever had it', () => {
    expect(assignColumn(mapping, { field: 'cost' }, 2)).toEqual({ ...mapping, cost: null, fields: { wholesale: 3, cost: 2 } });
    expect(assignColumn(mapping, 'price', 3)).toEqual({ ...mapping, price: 3, fields: {} });
    expect(assignColumn(mapping, { field: 'wholesale' }, null)).toEqual({ ...mapping, fields: {} });
    expect(hasPriceColumn({ ...mapping, price: null })).toBe(true);
    expect(hasPriceColumn({ ...mapping, price: null, fields: {} })).toBe(false);
  });
});
