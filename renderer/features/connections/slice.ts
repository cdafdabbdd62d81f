import { create } from 'zustand';
import type { ConnectionSummary, VendorDescription } from '../../../shared/types';
import { api, call } from '../../api';
import { notifyError } from '../notifications/slice';

interface ConnectionsState {
  connections: ConnectionSummary[];
  vendors: VendorDescription[];
  activeId: string | null;
  refresh(): Promise<void>;
  setActive(id: string): Promise<void>;
}

export const useConnections = create<ConnectionsState>((set) => ({
  connections: [],
  vendors: [],
  activeId: null,
  async refresh() {
    try {
      const [list, vendors] = await Promise.all([call(api().connections.list({})), call(api().vendors.list({}))]);
      set({ connections: list.connections, activeId: list.activeId, vendors });
    } catch (error) {
      notifyError(error);
    }
  },
  async setActive(id) {
    try {
      await call(api().connections.setActive({ id }));
      set({ activeId: id });
    } catch (error) {
      notifyError(error);
    }
  },
}));
