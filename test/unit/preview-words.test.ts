/**
 * The preview's sentences in each language (renderer/features/preview/words.ts): plurals by
 * count, numbers and prices in the locale, what a confirmation confirms and a revert restores.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale, t } from '../../renderer/i18n';
import { showMoney } from '../../renderer/app/locale';
import { bucketLabel, describeFlagged, describeRestore, estimateWords, newProductsWords } from '../../renderer/features/preview/words';
import { estimateSubmission } from '../../shared/estimate';
import type { VendorCapabilities } from '../../shared/types';
import { histogram, summarisePreview, type PreviewInput } from '../../shared/preview';

const input = (over: Partial<PreviewInput> & { key: string }): PreviewInput => ({ sku: `S-${over.key}`, name: 'Thing', oldPrice: '10.00', newPrice: '11.00', currency: 'EUR', vendorIds: {}, cost: null, ...over });
// Intl puts no-break spaces in "1 234,50 kr"; compare with plain ones.
const spaced = (text: string) => text.replace(/\s/g, ' ');

const flagged = summarisePreview([
  input({ key: 'a', sku: 'A', oldPrice: '10', newPrice: '9', cost: '9.50' }),
  input({ key: 'b', sku: 'B', oldPrice: '10', newPrice: '8', cost: '9.50' }),
  input({ key: 'c', sku: 'C', oldPrice: '29.99', newPrice: '1299' }),
  input({ key: 'd', sku: 'D', oldPrice: '10', newPrice: '20' }),
  input({ key: 'e', sku: 'E', oldPrice: '10', newPrice: '7', cost: '8' }),
]).rows;
const restored = [input({ key: 'a', sku: 'A', oldPrice: '12', newPrice: '1234.50' }), input({ key: 'b', sku: 'B', oldPrice: '3', newPrice: null })];
const price = (r: PreviewInput) => (r.newPrice === null ? t('preview:restore.noPrice') : showMoney(r.newPrice, r.currency));

afterEach(() => applyLocale('en-US'));

describe('the preview in English', () => {
  it('says the confirmation, the revert and new products as before, numbers in en-US', () => {
    applyLocale('en-US');
    expect(describeFlagged(flagged, '30')).toBe('1 price up 4231 % (C), 3 prices below cost, 1 price changed by more than ±30 %');
    expect(describeRestore(restored, price)).toBe('2 prices back to what they were before (A back to €1,234.50, B back to no price)');
    expect(newProductsWords(1, 'hidden', 'Cin7 Omni')).toBe('1 new product will be created hidden at Cin7 Omni: not on sale until published there (connection setting).');
    expect(newProductsWords(3, 'live', 'Cin7 Omni')).toBe('3 new products will be created live at Cin7 Omni: on sale as soon as they are created (connection setting).');
  });
});

describe('the preview in Spanish and Swedish', () => {
  it('names what a confirmation confirms, with plurals and the locale’s numbers', () => {
    applyLocale('es-AR');
    expect(describeFlagged(flagged, '12.5')).toBe('1 precio sube 4231 % (C), 3 precios bajo el costo, 1 precio cambia más de ±12,5 %');
    applyLocale('sv-SE');
    expect(spaced(describeFlagged(flagged, '12.5'))).toBe('1 pris upp 4231 % (C), 3 priser under inköpspris, 1 pris ändrat med mer än ±12,5 %');
  });

  it('counts more than three decimal slips instead of naming them', () => {
    const slips = summarisePreview(['a', 'b', 'c', 'd'].map((key) => input({ key, oldPrice: '10', newPrice: '100' }))).rows;
    applyLocale('es-ES');
    expect(describeFlagged(slips, '30')).toBe('4 precios cambian más de +500 % o -80 %');
    applyLocale('sv-SE');
    expect(spaced(describeFlagged(slips, '30'))).toBe('4 priser ändrade med mer än +500 % eller −80 %');
  });

  it('names what a revert restores, prices in the locale', () => {
    applyLocale('es-ES');
    expect(spaced(describeRestore(restored, price))).toBe('2 precios vuelven a lo que eran (A vuelve a 1234,50 €, B vuelve a sin precio)');
    applyLocale('sv-SE');
    expect(spaced(describeRestore(restored.slice(0, 1), price))).toBe('1 pris tillbaka till vad det var förut (A tillbaka till 1 234,50 €)');
    const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((key) => input({ key, sku: key.toUpperCase() }));
    expect(spaced(describeRestore(many, price))).toMatch(/\(A tillbaka till 11,00 €, .* E tillbaka till 11,00 € och 2 till\)$/);
  });

  it('labels the histogram’s buckets with the locale’s numbers', () => {
    const buckets = histogram([]);
    applyLocale('es-AR');
    expect([bucketLabel(buckets[0]!), bucketLabel(buckets[5]!), bucketLabel(buckets.at(-1)!)]).toEqual(['-90 % o menos', 'de 0 a 10 %', '900 % o más']);
    applyLocale('sv-SE');
    expect([bucketLabel(buckets[0]!), bucketLabel(buckets[5]!)]).toEqual(['−90 % eller mindre', '0 till 10 %']);
  });

  it('words new products hidden or live, one or several', () => {
    applyLocale('es-AR');
    expect(newProductsWords(1, 'hidden', 'Alephee')).toBe('Se creará 1 producto nuevo oculto en Alephee: no estará a la venta hasta publicarlo allí (ajuste de la conexión).');
    applyLocale('sv-SE');
    expect(spaced(newProductsWords(1200, 'live', 'Geins'))).toBe('1 200 nya produkter skapas synliga hos Geins: till salu så fort de skapas (inställning för anslutningen).');
  });
});

describe('the estimate in the person\'s language', () => {
  const cliniko = { batchSize: 1, rateLimit: { requests: 200, perSeconds: 60 } } as unknown as VendorCapabilities;
  const cin7 = { batchSize: 100, rateLimit: { requests: 3, perSeconds: 1 } } as unknown as VendorCapabilities;
  const geins = { batchSize: 200, rateLimit: null } as unknown as VendorCapabilities;

  it('says in English what the CLI says, counts grouped as the locale writes them', () => {
    applyLocale('en-US');
    for (const [n, name, caps] of [[1200, 'Cliniko', cliniko], [1000, 'Cin7 Omni', cin7], [500, 'Geins', geins], [0, 'Geins', geins]] as const) {
      const e = estimateSubmission(n, name, caps);
      expect(estimateWords(e, name).replace(/(\d),(\d{3})/g, '$1$2')).toBe(e.words);
    }
  });

  it('in Spanish and Swedish, numbers in the locale', () => {
    applyLocale('es-AR');
    expect(estimateWords(estimateSubmission(1200, 'Cliniko', cliniko), 'Cliniko')).toBe('1.200 actualizaciones, unos 6 minutos: Cliniko acepta 200 actualizaciones por minuto.');
    applyLocale('sv-SE');
    expect(estimateWords(estimateSubmission(1000, 'Cin7 Omni', cin7), 'Cin7 Omni')).toBe('10 anrop med upp till 100 produkter, några sekunder: Cin7 Omni tar emot 3 anrop per sekund.');
  });
});
