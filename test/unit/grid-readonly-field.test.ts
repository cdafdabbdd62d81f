/** A price field PriceDesk cannot write (`PriceField.readOnly`) in the grid: shown, never edited or sent. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fieldColumnGroup } from '../../renderer/features/grid/columns';
import { pendingChanges, useGrid } from '../../renderer/features/grid/slice';
import { useNotifications } from '../../renderer/features/notifications/slice';
import { cellId } from '../../shared/grid/cells';
import type { PriceField } from '../../shared/price-fields';
import type { CatalogRow } from '../../shared/types';
import { applyLocale } from '../../renderer/i18n';
import { geinsPriceFields } from '../../electron/vendors/geins/describe';

const field = (id: string, label: string, extra: Partial<PriceField> = {}): PriceField => ({ id, label, kind: 'price', currency: 'SEK', vatIncluded: true, decimals: 2, removable: false, primary: false, ...extra });
const campaign = field('list1000002', 'Sweden campaign', { readOnly: 'Geins ignores price changes on campaign lists.' });
const fields = [field('list1000000', 'Sweden', { primary: true }), field('list1000001', 'Sweden sale', { kind: 'sale' }), campaign];
const row: CatalogRow = { key: 'a', sku: 'A-1', name: 'A', price: '100.00', cost: null, currency: 'SEK', vatIncluded: true, prices: { list1000000: '100.00', list1000001: '90.00', list1000002: '80.00' }, vendorIds: { id: '1' } };

beforeEach(() => {
  useGrid.setState({ connectionId: 'geins', rows: [row], fields, shownFields: ['list1000001', 'list1000002'], edits: {}, problems: {}, results: {}, confirmedSlips: {}, history: { past: [], future: [] } });
  useNotifications.setState({ notices: [] });
});

describe('a read-only price field in the grid', () => {
  it('shows its current prices only, headed as read only with the reason', () => {
    const group = fieldColumnGroup(campaign);
    expect(group.headerName).toBe('Sweden campaign (read only)');
    expect(group.headerTooltip).toBe('Sweden campaign cannot be changed through PriceDesk: Geins ignores price changes on campaign lists.');
    expect(group.children.map((c) => ('colId' in c ? c.colId : null))).toEqual(['cur:list1000002']);
    expect(fieldColumnGroup(fields[1]!).children.map((c) => ('colId' in c ? c.colId : null))).toEqual(['cur:list1000001', 'new:list1000001', 'chg:list1000001', 'chgp:list1000001']);
  });

  it("says why in the window's language where the connector gives our words for the reason (Geins' campaign list)", () => {
    const [, fromGeins] = geinsPriceFields([{ Id: 1000000, Name: 'Sweden', Currency: 'SEK' }, { Id: 1000002, Name: 'Sweden campaign', Currency: 'SEK' }], { priceListId: 1000000, vatMode: 'included' });
    expect(fromGeins!.readOnly).toBe('Geins ignores price changes on campaign lists.');
    try {
      applyLocale('sv-SE');
      expect(fieldColumnGroup(fromGeins!).headerTooltip).toBe('Sweden campaign kan inte ändras via PriceDesk: Geins ignorerar prisändringar på kampanjlistor.');
      applyLocale('es-ES');
      expect(fieldColumnGroup(fromGeins!).headerTooltip).toContain('Geins ignora los cambios de precio en las listas de campaña.');
    } finally {
      applyLocale('en-US');
    }
  });

  it('leaves out an edit of it (a bulk rule, an import), says why, and keeps the others', () => {
    const applied = useGrid.getState().applyEdits([{ key: cellId('a', 'list1000001'), newPrice: '85.00' }, { key: cellId('a', 'list1000002'), newPrice: '70.00' }], 'Bulk');
    expect(applied).toBe(true);
    expect(useGrid.getState().edits).toEqual({ [cellId('a', 'list1000001')]: '85.00' });
    expect(pendingChanges(useGrid.getState()).map((c) => c.field)).toEqual(['list1000001']);
    expect(useNotifications.getState().notices.map((n) => [n.kind, n.text])).toEqual([['warning', '1 price was left out: Sweden campaign cannot be changed through PriceDesk: Geins ignores price changes on campaign lists.']]);
  });

  it('never becomes a pending change, even from an edit already in the store', () => {
    useGrid.setState({ edits: { [cellId('a', 'list1000002')]: '70.00' } });
    expect(pendingChanges(useGrid.getState())).toEqual([]);
  });
});
