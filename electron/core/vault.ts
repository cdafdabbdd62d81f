/**
 * Connection secrets in the OS keychain (keytar: macOS Keychain, Windows Credential Manager,
 * the Secret Service on Linux). Service "PriceDesk", account = the connection id, one JSON
 * value holding every secret field. There is deliberately no fallback: when the keychain
 * cannot be reached the user gets a message saying what to fix, and nothing is written
 * anywhere else.
 */
import { AppError } from './errors';

export const KEYCHAIN_SERVICE = 'PriceDesk';

/** Main-side only: `get` must never be reachable from the renderer. */
export interface SecretVault {
  set(connectionId: string, secret: Record<string, string>): Promise<void>;
  get(connectionId: string): Promise<Record<string, string> | null>;
  has(connectionId: string): Promise<boolean>;
  delete(connectionId: string): Promise<void>;
}

/** The part of keytar the vault uses (keytar's own API). */
export interface KeychainBackend {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

/** What to tell the user when the keychain cannot be reached, for their OS. */
export function keychainHelp(platform: NodeJS.Platform): string {
  if (platform === 'darwin') {
    return 'PriceDesk could not use the macOS Keychain. Open Keychain Access, make sure the "login" keychain is unlocked, and allow PriceDesk when macOS asks.';
  }
  if (platform === 'win32') {
    return 'PriceDesk could not use the Windows Credential Manager. Sign in to Windows with your own account (not a guest or kiosk account) and try again.';
  }
  return 'PriceDesk could not reach the system keychain (Secret Service). Install and start GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring), sign in to a desktop session, and unlock the keyring. PriceDesk never stores API keys in a file instead.';
}

async function loadKeytar(): Promise<KeychainBackend> {
  const mod = (await import('keytar')) as unknown as { default?: KeychainBackend } & KeychainBackend;
  return mod.default ?? mod;
}

export function createKeychainVault(options: { platform?: NodeJS.Platform; backend?: () => Promise<KeychainBackend> } = {}): SecretVault {
  const platform = options.platform ?? process.platform;
  let backend: Promise<KeychainBackend> | undefined;

  async function use<T>(work: (keychain: KeychainBackend) => Promise<T>): Promise<T> {
    try {
      backend ??= (options.backend ?? loadKeytar)();
      return await work(await backend);
    } catch (error) {
      if (error instanceof AppError) throw error;
      // Keep the native error (e.g. "Cannot autolaunch D-Bus without X11 $DISPLAY") for the log.
      throw new AppError('keychain_unavailable', keychainHelp(platform), {
        cause: error,
        detail: String((error as Error)?.message ?? error),
        said: { id: platform === 'darwin' ? 'error.keychainMac' : platform === 'win32' ? 'error.keychainWindows' : 'error.keychainLinux' },
      });
    }
  }

  return {
    set: (id, secret) => use((k) => k.setPassword(KEYCHAIN_SERVICE, id, JSON.stringify(secret))),
    async get(id) {
      const raw = await use((k) => k.getPassword(KEYCHAIN_SERVICE, id));
      if (raw === null) return null;
      try {
        const parsed = JSON.parse(raw) as unknown;
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, string>;
      } catch {
        // fall through: an entry we did not write
      }
      throw new AppError('keychain_unavailable', 'The keychain entry for this connection is not one PriceDesk wrote. Paste the API key again to replace it.', { said: { id: 'error.keychainForeign' } });
    },
    has: async (id) => (await use((k) => k.getPassword(KEYCHAIN_SERVICE, id))) !== null,
    delete: async (id) => {
      await use((k) => k.deletePassword(KEYCHAIN_SERVICE, id));
    },
  };
}
