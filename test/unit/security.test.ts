import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { resolveAppPath } from '../../electron/main/app-path';
import {
  APP_ENTRY,
  CONTENT_SECURITY_POLICY,
  hardenSession,
  hardenWebContents,
  isAppUrl,
  isSafeExternalUrl,
  secureWebPreferences,
} from '../../electron/main/security';

type Listener = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  };
  const fire = (name: string, url: string) => {
    const event = { prevented: false, preventDefault: () => (event.prevented = true) };
    listeners.get(name)!(event, url);
    return event.prevented;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }) };
}

describe('window options', () => {
  it('isolate the page: context isolation, sandbox, no Node, web security, no webview', () => {
    const prefs = secureWebPreferences('/app/preload.cjs', false);
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
      devTools: false,
    });
    expect(secureWebPreferences('/app/preload.cjs', true).devTools).toBe(true);
  });
});

describe('content security policy', () => {
  it('allows scripts from the bundle only and never eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('is also in index.html as a meta tag with the same script rules', () => {
    const html = readFileSync(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(meta).toContain("script-src 'self'");
    expect(meta).not.toContain('unsafe-eval');
  });
});

describe('session guards', () => {
  it('deny every permission request and check, and add the CSP header', () => {
    let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void, d?: { requestingUrl?: string }) => void) | undefined;
    let checkHandler: ((c: unknown, p: string, origin: string) => boolean) | undefined;
    let headersHandler: ((d: { responseHeaders?: Record<string, string[]> }, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void) | undefined;
    hardenSession({
      setPermissionRequestHandler: (h: never) => (requestHandler = h),
      setPermissionCheckHandler: (h: never) => (checkHandler = h),
      webRequest: { onHeadersReceived: (h: never) => (headersHandler = h) },
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-sanitized-write']) {
      const callback = vi.fn();
      requestHandler!({}, permission, callback, { requestingUrl: APP_ENTRY });
      expect(callback).toHaveBeenCalledWith(false);
      expect(checkHandler!({}, permission, 'app://pricedesk')).toBe(false);
    }
    // Clipboard reading, for the grid menu's Paste: the app's own page only.
    const pages = [
      [APP_ENTRY, 'app://pricedesk', true],
      ['https://evil.example/', 'https://evil.example', false],
      ['app://pricedesk.evil.example/index.html', 'app://pricedesk.evil.example', false],
      ['file:///tmp/x.html', 'file://', false],
      [undefined, '', false],
    ] as const;
    for (const [url, origin, granted] of pages) {
      const callback = vi.fn();
      requestHandler!({}, 'clipboard-read', callback, { requestingUrl: url });
      expect(callback).toHaveBeenCalledWith(granted);
      expect(checkHandler!({}, 'clipboard-read', origin)).toBe(granted);
    }
    const done = vi.fn();
    headersHandler!({ responseHeaders: { 'X-Other': ['1'] } }, done);
    expect(done).toHaveBeenCalledWith({ responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
});

describe('web contents guards', () => {
  it('block navigation and redirects away from the app', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents as never, () => undefined);
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(fire('will-navigate', APP_ENTRY)).toBe(false);
  });

  it('prevent webview attachment', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents as never, () => undefined);
    expect(fire('will-attach-webview', 'app://pricedesk/x')).toBe(true);
  });

  it('deny new windows and open only checked https links in the OS browser', () => {
    const { contents, open } = fakeContents();
    const opened: string[] = [];
    hardenWebContents(contents as never, (url) => opened.push(url));
    for (const url of ['https://help.cliniko.com/', 'http://insecure.example/', 'javascript:alert(1)', 'file:///etc/passwd', 'https://user:pw@x.example/']) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://help.cliniko.com/']);
  });

  it('recognise the app origin and safe external links', () => {
    expect(isAppUrl('app://pricedesk/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://pricedesk/')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
    expect(isSafeExternalUrl('https://docs.geins.io/')).toBe(true);
    expect(isSafeExternalUrl('ftp://x/')).toBe(false);
  });
});

describe('the app:// path guard', () => {
  const root = mkdtempSync(join(tmpdir(), 'pricedesk-bundle-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<html></html>');

  it('serves files inside the bundle', () => {
    expect(resolveAppPath(root, 'app://pricedesk/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://pricedesk/assets/index.js')).toBe(join(root, 'assets/index.js'));
  });

  it('never resolves outside the bundle, even for plain ../ that URL parsing folds', () => {
    expect(resolveAppPath(root, 'app://pricedesk/../../etc/passwd')).toBe(join(root, 'etc/passwd'));
    expect(resolveAppPath(root, 'app://pricedesk/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc/passwd'));
  });

  it.each([
    'app://pricedesk/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://pricedesk/..%5c..%5cwindows',
    'app://pricedesk/index.html%00.png',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});
