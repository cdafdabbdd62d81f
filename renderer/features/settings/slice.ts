/**
 * The person's language and region: the saved choice (Settings > Language and region) or,
 * with none, the computer's. Chosen once at start-up before the first render, so the
 * window never shows a flash of English; a change remounts the window in the new language.
 */
import { create } from 'zustand';
import { api, call } from '../../api';
import { applyLocale } from '../../i18n';
import { say } from '../../i18n/say';
import { notifyError } from '../notifications/slice';

interface SettingsState {
  /** The locale the window speaks and formats in. */
  locale: string;
  /** The saved choice; null follows the computer. */
  chosen: string | null;
  /** The computer's locale. */
  system: string;
  /** The Settings dialog is open (kept here: a change of language remounts the window). */
  open: boolean;
  setOpen(open: boolean): void;
  /** Starts in the saved locale or the computer's; returns the notices main has for the window, in its language. */
  start(): Promise<string[]>;
  /** Saves and applies a choice (null: the computer's again). */
  choose(locale: string | null): Promise<void>;
}

const browserLocale = () => (typeof navigator === 'undefined' ? 'en-US' : navigator.language);

export const useSettings = create<SettingsState>((set, get) => ({
  locale: browserLocale(),
  chosen: null,
  system: browserLocale(),
  open: false,
  setOpen: (open) => set({ open }),

  async start() {
    // Without main's answer the window still opens, in the browser's locale.
    const info = await call(api().app.info({})).catch(() => null);
    const system = info?.systemLocale ?? browserLocale();
    const chosen = info?.locale ?? null;
    const locale = chosen ?? system;
    applyLocale(locale);
    set({ locale, chosen, system });
    // Worded after applyLocale: in the language just chosen.
    return (info?.notices ?? []).map(say);
  },

  async choose(chosen) {
    try {
      await call(api().app.setLocale({ locale: chosen }));
    } catch (error) {
      notifyError(error);
      return;
    }
    const locale = chosen ?? get().system;
    applyLocale(locale);
    set({ locale, chosen });
  },
}));
