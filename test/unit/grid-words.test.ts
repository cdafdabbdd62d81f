/** The grid's own words follow the window's language (issue #16); English stays as it was. */
import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../../renderer/i18n';
import { describeColumnFilter } from '../../renderer/features/grid/filters';
import { fieldColumnGroup, gridColumns, statusLabel } from '../../renderer/features/grid/columns';
import { refusalInWords } from '../../renderer/features/grid/interactions';
import { isRemovalWords, removalWords } from '../../renderer/features/grid/removal';
import { gridLocaleText } from '../../renderer/features/grid/grid-locale';
import type { PriceField } from '../../shared/price-fields';

afterEach(() => applyLocale('en-US'));

const wholesale: PriceField = { id: 'wholesale', label: 'Wholesale', kind: 'tier', currency: 'EUR', vatIncluded: false, decimals: 2, removable: false, primary: false };
const headers = () => gridColumns([wholesale], ['wholesale']).map((c) => c.headerName);

describe('the grid’s words', () => {
  it('keeps the English words', () => {
    expect(headers().slice(0, 8)).toEqual(['SKU', 'Name', 'Current price', 'New price', 'Status', 'Change', 'Change %', 'Wholesale']);
    expect(statusLabel('error')).toBe('Failed');
    expect(statusLabel('unchanged')).toBe('');
    expect(describeColumnFilter('Name', { filterType: 'text', type: 'contains', filter: 'kenya' })).toBe('Name contains "kenya"');
    expect(describeColumnFilter('Name', { filterType: 'text', type: 'blank' })).toBe('Name is empty');
    expect(describeColumnFilter('Cost', { filterType: 'decimalRange', from: '1000', to: null })).toBe('Cost 1,000 or more');
    expect(describeColumnFilter('Cost', { filterType: 'decimalRange', from: '10', to: '20' })).toBe('Cost from 10 to 20');
    expect(describeColumnFilter('Cost', { filterType: 'decimalRange', from: null, to: '20.5' })).toBe('Cost up to 20.5');
    expect(refusalInWords({ code: 'sameFieldTwice', field: 'Wholesale' })).toBe('Nothing was pasted: two columns are for Wholesale; keep one.');
    expect(refusalInWords({ code: 'readOnly', field: 'Campaign', reason: 'never written' })).toBe('Nothing was pasted: Campaign cannot be changed through PriceDesk: never written');
    expect(removalWords()).toBe('remove price');
    expect(gridLocaleText()).toMatchObject({ contains: 'Contains', filterOoo: 'Filter...' });
  });

  it('speaks Spanish in es-ES, numbers in its style', () => {
    applyLocale('es-ES');
    expect(headers().slice(0, 7)).toEqual(['SKU', 'Nombre', 'Precio actual', 'Precio nuevo', 'Estado', 'Cambio', 'Cambio %']);
    expect(statusLabel('ok')).toBe('Actualizado');
    expect(fieldColumnGroup({ ...wholesale, readOnly: 'never written' })).toMatchObject({ headerName: 'Wholesale (solo lectura)', headerTooltip: 'Wholesale no se puede cambiar desde PriceDesk: never written' });
    expect(gridLocaleText()).toMatchObject({ contains: 'Contiene', equals: 'Es igual a', filterOoo: 'Filtrar...' });
    expect(describeColumnFilter('Costo', { filterType: 'decimalRange', from: '10', to: '1234.5' })).toBe('Costo de 10 a 1234,5');
    expect(refusalInWords({ code: 'noHeader', priceColumns: 2, fields: ['Precio', 'Mayorista'] })).toMatch(/^No se pegó nada: el bloque tiene SKU y 2 columnas de precio.*Precio, Mayorista/);
  });

  it('speaks Swedish in sv-SE, and reads "remove price" back in either language', () => {
    applyLocale('sv-SE');
    expect(headers().slice(0, 4)).toEqual(['Artikelnr', 'Namn', 'Nuvarande pris', 'Nytt pris']);
    expect(describeColumnFilter('Namn', { filterType: 'text', type: 'notContains', filter: 'te' })).toBe('Namn innehåller inte ”te”');
    expect(removalWords()).toBe('ta bort pris');
    expect(isRemovalWords(' Ta bort pris ')).toBe(true);
    expect(isRemovalWords('remove price')).toBe(true);
    expect(isRemovalWords('12,50')).toBe(false);
  });
});
