/**
 * The app's data directory, so the CLI sees the connections staff saved in the app.
 * Electron keeps them in `app.getPath('userData')`, which is `<appData>/<productName>`.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The product name Electron uses for the userData folder (package.json `productName`). */
export const PRODUCT_NAME = 'PriceDesk';

/** `<appData>/PriceDesk` as Electron computes it on each OS. */
export function appDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), PRODUCT_NAME);
}
