import type { EventName, EventPayload } from '../../shared/contract';
import type { Notice } from '../../shared/said';
import type { Logger } from './log';
import type { Redactor } from './redact';
import type { SettingsStore } from './settings';
import type { SecretVault } from './vault';

/** Pushes an event to the renderer (Electron: webContents.send; tests: the page). */
export type EventSink = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/**
 * What the Node-side handlers need from their host. Electron's main fills it from `app`
 * and the window; tests, the CLI and the browser harness fill it with plain Node.
 */
export interface Host {
  dataDir: string;
  appVersion: string;
  platform: string;
  /** The computer's locale (Electron: app.getLocale()); absent where only the window can tell. */
  systemLocale?: string;
  settings: SettingsStore;
  /**
   * Told after Settings saves another language (null: the computer's again), for what main
   * draws itself in that language: the menu bar. Tests, the CLI and the harness have none.
   */
  localeChanged?(locale: string | null): void;
  /** What the window should say once it opens (e.g. settings set aside as damaged). */
  startupNotices?: Notice[];
  /** The OS keychain; main-side only. */
  vault: SecretVault;
  events: EventSink;
  log: Logger;
  redactor: Redactor;
  /** Opens an already-checked https URL in the OS browser. */
  openExternal(url: string): Promise<void>;
  /** Asks where to save a file (Electron: the save dialog); null when the user cancels. */
  chooseSavePath(options: SavePathOptions): Promise<string | null>;
}

export interface SavePathOptions {
  title: string;
  defaultName: string;
  /** Allowed extensions without the dot, e.g. ["xlsx"]. */
  extensions: string[];
}
