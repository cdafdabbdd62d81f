/**
 * "Remove price" is destructive at the vendor, so it is never one click: the context menu
 * and the grid bar's More menu ask first, naming how many products lose their price.
 */
import type { GridApi } from 'ag-grid-community';
import { create } from 'zustand';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { showNumber } from '../../app/locale';
import { t } from '../../i18n';
import { useConnections } from '../connections/slice';
import { useNotifications } from '../notifications/slice';
import { removablePriceKeys, removePrices } from './interactions';
import { useGrid, vendorCapabilities } from './slice';

const useRemoval = create<{ keys: string[] | null }>(() => ({ keys: null }));

/** Whether the active connection's vendor can remove a price. */
export const useCanRemovePrices = () => {
  const connectionId = useGrid((s) => s.connectionId);
  return useConnections((s) => vendorCapabilities(s, connectionId)?.deletesPrices ?? false);
};

/** Asks to remove the selected rows' prices (rows without a price have none to remove). */
export function askToRemovePrices(api: GridApi): void {
  const keys = removablePriceKeys(api);
  if (keys.length === 0) useNotifications.getState().notify('info', t('grid:remove.nothing'));
  else useRemoval.setState({ keys });
}

/** The confirmation, while one is asked. */
export function RemovePricesConfirm() {
  const keys = useRemoval((s) => s.keys);
  if (!keys) return null;
  const count = keys.length;
  const words = { count, n: showNumber(count) };
  return (
    <ConfirmDialog
      title={t('grid:remove.title', words)}
      body={t('grid:remove.body', words)}
      confirmLabel={t('grid:remove.confirm', words)}
      onCancel={() => useRemoval.setState({ keys: null })}
      onConfirm={() => {
        useRemoval.setState({ keys: null });
        removePrices(keys);
      }}
    />
  );
}
