/**
 * App settings (active connection, window bounds; later connections and layouts). Main
 * opens them with electron-store, plain Node (tests, CLI) with conf, which electron-store
 * is built on: same options, same file, same API.
 */
import { renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import Conf, { type Options } from 'conf';
import { asidePath } from './atomic-file';
import type { Notice } from '../../shared/said';
import type { LastTest } from '../../shared/types';
import type { Logger } from './log';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** A saved connection: non-secret settings only (secrets live in the keychain). */
export interface ConnectionRecord {
  id: string;
  label: string;
  vendor: string;
  settings: Record<string, string>;
  /** The last connection test, so a failing connection can be marked in the sidebar. */
  lastTest: LastTest | null;
}

// A type alias, not an interface: conf wants a Record<string, unknown>.
export type SettingsData = {
  activeConnectionId: string;
  windowBounds: WindowBounds | null;
  connections: ConnectionRecord[];
  /** Import column mappings by "<connection id>\u0000<normalised headers>" (see handlers/mappings.ts). */
  importMappings: Record<string, { mapping: Record<string, unknown>; savedAt: string }>;
  /** Grid layout per connection id (columns, change threshold); see layouts:save. */
  layouts: Record<string, unknown>;
  /** The locale chosen in Settings (a language tag); null: the computer's. */
  locale: string | null;
};

/** The part of electron-store/conf that the Node side uses. */
export interface SettingsStore {
  get<K extends keyof SettingsData>(key: K): SettingsData[K];
  set<K extends keyof SettingsData>(key: K, value: SettingsData[K]): void;
}

export const SETTINGS_VERSION = '1.0.0';

export const settingsOptions = {
  configName: 'settings',
  projectVersion: SETTINGS_VERSION,
  defaults: { activeConnectionId: 'sandbox', windowBounds: null, connections: [], importMappings: {}, layouts: {}, locale: null },
  schema: {
    activeConnectionId: { type: 'string', minLength: 1 },
    windowBounds: {
      type: ['object', 'null'],
      properties: {
        x: { type: 'number' },
        y: { type: 'number' },
        width: { type: 'number', minimum: 400 },
        height: { type: 'number', minimum: 300 },
        maximized: { type: 'boolean' },
      },
      required: ['width', 'height', 'maximized'],
    },
    layouts: { type: 'object' },
    locale: { type: ['string', 'null'] },
    connections: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string', minLength: 1 },
          label: { type: 'string', minLength: 1 },
          vendor: { type: 'string', minLength: 1 },
          settings: { type: 'object', additionalProperties: { type: 'string' } },
          lastTest: { type: ['object', 'null'] },
        },
        required: ['id', 'label', 'vendor', 'settings'],
      },
    },
    importMappings: { type: 'object', additionalProperties: { type: 'object', required: ['mapping', 'savedAt'] } },
  },
  // Later releases add their steps here, keyed by the version that introduced them.
  migrations: {},
} satisfies Partial<Options<SettingsData>>;

/** Opens the settings file in `dataDir` from plain Node. */
export function openSettings(dataDir: string): SettingsStore {
  return new Conf<SettingsData>({ ...settingsOptions, cwd: dataDir, projectName: 'pricedesk' });
}

/** The settings store, and what to tell the user when the file had to be set aside. */
export interface OpenedSettings<S> {
  settings: S;
  /** A plain-words notice for the window (English, and its id for the window's language), or null when the file was fine. */
  notice: Notice | null;
}

/**
 * Opens the settings with `open` (electron-store in main, conf elsewhere). A file that
 * cannot be read (not JSON, or failing the schema) would otherwise stop the app before
 * its window opens: it is renamed aside, never deleted, and the app starts with defaults.
 */
export function openSettingsOrDefaults<S>(dataDir: string, open: () => S, log: Logger, now = new Date()): OpenedSettings<S> {
  try {
    return { settings: open(), notice: null };
  } catch (error) {
    const path = join(dataDir, `${settingsOptions.configName}.json`);
    const aside = asidePath(path, now);
    try {
      renameSync(path, aside);
    } catch (renameError) {
      // Nothing to set aside means the failure was not the file's: report the original.
      log.error(`settings: ${path} could not be set aside`, renameError);
      throw error;
    }
    log.error(`settings: ${path} was unreadable and is set aside as ${aside}`, error);
    return {
      settings: open(),
      notice: {
        message: `Your settings could not be read (the file is damaged), so PriceDesk started with default settings: saved connections, column layouts and import mappings are not restored. Passwords and keys stay in the system keychain. The damaged file was kept as ${basename(aside)} in ${dataDir}.`,
        said: { id: 'notice.settingsDamaged', params: { file: basename(aside), folder: dataDir } },
      },
    };
  }
}
