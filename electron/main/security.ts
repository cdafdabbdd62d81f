/**
 * The security policy of the shell, in one place so tests can assert it from the code that
 * applies it. Only types come from electron here; main/index.ts passes the real objects.
 */
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

/** The renderer is served from the app bundle under this origin, never from the network. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'pricedesk';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/**
 * Strict CSP. style-src allows inline styles because AG Grid's theming API injects its
 * stylesheet at run time and React sets style attributes; scripts stay 'self' only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
].join('; ');

/** `development` is `!app.isPackaged`: developer tools exist only there, whatever the menu says. */
export function secureWebPreferences(preloadPath: string, development: boolean): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    devTools: development,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/** True for a URL of the app's own page (what IPC senders and navigations must be). */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Only plain https links to a named host may leave the app, and only to the OS browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname.length > 0 && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

/**
 * The one permission the app's own page gets: reading the clipboard, for the grid menu's
 * Paste (the keyboard's paste needs none). The page runs only the app's code under the CSP
 * above, and reads the clipboard only when the person picks Paste.
 */
const grantable = (permission: string, url: string | undefined | null) => permission === 'clipboard-read' && isAppUrl(url);

/** Denies every other permission request and check (camera, notifications, geolocation, ...). */
export function hardenSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(grantable(permission, details?.requestingUrl)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => grantable(permission, requestingOrigin));
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Blocks navigation and redirects away from the app, refuses new windows (an https link
 * goes to the OS browser after the URL check), and prevents <webview> attachment.
 */
export function hardenWebContents(contents: GuardedContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}
