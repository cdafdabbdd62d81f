import { create } from 'zustand';
import { CallError } from '../../api';
import { say } from '../../i18n/say';

export type NoticeKind = 'info' | 'success' | 'warning' | 'error';

export interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
}

interface NotificationsState {
  notices: Notice[];
  notify(kind: NoticeKind, text: string): void;
  dismiss(id: number): void;
}

let nextId = 1;

/** Messages for the user; errors stay until dismissed, the rest fade after a while. */
export const useNotifications = create<NotificationsState>((set, get) => ({
  notices: [],
  notify(kind, text) {
    const id = nextId++;
    set({ notices: [...get().notices.slice(-4), { id, kind, text }] });
    if (kind !== 'error') setTimeout(() => get().dismiss(id), 6000);
  },
  dismiss(id) {
    set({ notices: get().notices.filter((n) => n.id !== id) });
  },
}));

/** A failure in words: a failed call in the person's language (`say`), any other error in its own words. */
export const errorText = (error: unknown): string => (error instanceof CallError ? say(error) : error instanceof Error ? error.message : String(error));

/** Shows an unexpected failure as a notice (see errorText). */
export const notifyError = (error: unknown) => useNotifications.getState().notify('error', errorText(error));
