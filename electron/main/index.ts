/**
 * The Electron shell: app lifecycle, the window, the app:// protocol and IPC wiring.
 * Everything it runs lives in plain-Node modules (electron/core, electron/vendors) that
 * the tests, the CLI and the browser harness use unchanged.
 */
import { app, BrowserWindow, net, protocol, screen, session, shell } from 'electron';
import ElectronStore from 'electron-store';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createFileLogger } from '../core/log';
import { Redactor } from '../core/redact';
import { createServices } from '../core/services';
import { openSettingsOrDefaults, settingsOptions, type SettingsData, type SettingsStore } from '../core/settings';
import type { Host } from '../core/host';
import { createKeychainVault } from '../core/vault';
import { resolveAppPath } from './app-path';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { APP_ENTRY, APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY, hardenSession, hardenWebContents, isSafeExternalUrl, secureWebPreferences } from './security';
import { restoreBounds } from './window-bounds';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  // No webview, no remote content, ever, for any contents the app might create.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));

  function openExternal(url: string): void {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
  }

  void app.whenReady().then(() => {
    const dataDir = app.getPath('userData');
    const redactor = new Redactor();
    const log = createFileLogger(dataDir, redactor);
    const { settings, notice } = openSettingsOrDefaults<SettingsStore>(dataDir, () => new ElectronStore<SettingsData>({ ...settingsOptions, cwd: dataDir }), log);

    const rendererDir = join(import.meta.dirname, '../renderer');
    protocol.handle(APP_SCHEME, async (request) => {
      const file = new URL(request.url).host === APP_HOST ? resolveAppPath(rendererDir, request.url) : null;
      if (!file) return new Response('Not found', { status: 404 });
      const response = await net.fetch(pathToFileURL(file).toString());
      const headers = new Headers(response.headers);
      headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      headers.set('X-Content-Type-Options', 'nosniff');
      return new Response(response.body, { status: response.status, headers });
    });
    hardenSession(session.defaultSession);

    const host: Host = {
      dataDir,
      appVersion: app.getVersion(),
      platform: process.platform,
      systemLocale: app.getLocale(),
      settings,
      localeChanged: (locale) => installMenu(locale),
      startupNotices: notice ? [notice] : [],
      vault: createKeychainVault(),
      log,
      redactor,
      events: (event, payload) => window?.webContents.send(event, payload),
      openExternal: async (url) => openExternal(url),
    };
    registerIpc(createServices(host).registry, log);
    installMenu(settings.get('locale'));

    const bounds = restoreBounds(settings.get('windowBounds'), screen.getAllDisplays().map((d) => d.workArea));
    window = new BrowserWindow({
      ...bounds,
      minWidth: 800,
      minHeight: 500,
      show: false,
      title: 'PriceDesk',
      webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs'), !app.isPackaged),
    });
    if (bounds.maximized) window.maximize();
    window.once('ready-to-show', () => window?.show());
    window.on('close', () => {
      if (!window) return;
      settings.set('windowBounds', { ...window.getNormalBounds(), maximized: window.isMaximized() });
    });
    window.on('closed', () => (window = null));
    void window.loadURL(APP_ENTRY);
    log.info(`PriceDesk ${app.getVersion()} started`);
  });

  app.on('window-all-closed', () => app.quit());
}
