/**
 * The window's own arrangement that is not the grid's: whether the connections sidebar is
 * folded away. The renderer has no persisted UI settings, so it is kept for the session
 * (sessionStorage survives View → Reload, not a restart).
 */
import { create } from 'zustand';

const KEY = 'pricedesk.sidebarCollapsed';

export interface ShellState {
  sidebarCollapsed: boolean;
  toggleSidebar(): void;
}

export const useShell = create<ShellState>((set, get) => ({
  sidebarCollapsed: sessionStorage.getItem(KEY) === 'true',
  toggleSidebar() {
    const sidebarCollapsed = !get().sidebarCollapsed;
    sessionStorage.setItem(KEY, String(sidebarCollapsed));
    set({ sidebarCollapsed });
  },
}));
