import { create } from 'zustand';
import type { ConnectionTestResult } from '../../../shared/contract';
import type { ConnectionSummary, VendorDescription } from '../../../shared/types';
import { api, call } from '../../api';
import { t } from '../../i18n';
import { notifyError, useNotifications } from '../notifications/slice';

/** What the connection dialog is doing: adding, editing one, or closed. */
export type Editing = { mode: 'add' } | { mode: 'edit'; connection: ConnectionSummary } | null;

export interface SaveInput {
  id?: string;
  label: string;
  vendor: string;
  settings: Record<string, string>;
  /** Secret fields typed in this time; empty ones are left as they are in the keychain. */
  secret: Record<string, string>;
}

export interface ConnectionsState {
  connections: ConnectionSummary[];
  vendors: VendorDescription[];
  activeId: string | null;
  editing: Editing;
  refresh(): Promise<void>;
  setActive(id: string): Promise<void>;
  openDialog(editing: Editing): void;
  /** Saves settings, then the secret (write-only); returns the saved connection. */
  save(input: SaveInput): Promise<ConnectionSummary>;
  test(id: string): Promise<ConnectionTestResult>;
  duplicate(id: string): Promise<void>;
  remove(id: string): Promise<void>;
}

export const useConnections = create<ConnectionsState>((set, get) => ({
  connections: [],
  vendors: [],
  activeId: null,
  editing: null,

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

  openDialog(editing) {
    set({ editing });
  },

  async save({ secret, ...input }) {
    const saved = await call(api().connections.save(input));
    const typed = Object.fromEntries(Object.entries(secret).filter(([, v]) => v.trim() !== ''));
    try {
      if (Object.keys(typed).length) await call(api().connections.setSecret({ id: saved.id, secret: typed }));
    } finally {
      await get().refresh();
    }
    return get().connections.find((c) => c.id === saved.id) ?? saved;
  },

  async test(id) {
    const result = await call(api().connections.test({ id }));
    await get().refresh();
    return result;
  },

  async duplicate(id) {
    try {
      // Named here, so the copy's name is in the person's language, not main's English "(copy)".
      const source = get().connections.find((c) => c.id === id);
      const copy = await call(api().connections.duplicate({ id, label: source && t('connections:copyName', { label: source.label }) }));
      await get().refresh();
      useNotifications.getState().notify('success', t('connections:duplicated', { label: copy.label }));
    } catch (error) {
      notifyError(error);
    }
  },

  async remove(id) {
    try {
      await call(api().connections.remove({ id }));
      await get().refresh();
    } catch (error) {
      notifyError(error);
    }
  },
}));
