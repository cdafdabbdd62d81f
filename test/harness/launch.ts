/**
 * Opens PriceDesk in Debian's Chromium with the app's real Node-side handlers bridged in:
 * the production renderer bundle (out/renderer) served with the app's CSP, `window.priceDesk`
 * built by the preload's own function, and every call going through the real registry,
 * contract validation and sandbox connector in this process. Only Electron's transport is
 * replaced. Used by the e2e suite, `npm run e2e:screens`, `npm run demo:browser` and the bench.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import type { Host } from '../../electron/core/host';
import { createFileLogger } from '../../electron/core/log';
import { Redactor } from '../../electron/core/redact';
import { createServices, type ServiceOptions, type Services } from '../../electron/core/services';
import { openSettings } from '../../electron/core/settings';
import { createKeychainVault } from '../../electron/core/vault';
import { serveRenderer } from './static-server';

const ROOT = resolve(import.meta.dirname, '../..');
export const RENDERER_DIR = join(ROOT, 'out/renderer');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for Chromium on a closed network, as root, without a GPU. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function launchBrowser(options: { headless?: boolean; args?: string[] } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium or set CHROMIUM_PATH.`);
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('The renderer bundle is missing: run `npm run build` first.');
  // Playwright gives every launch a fresh, temporary --user-data-dir of its own.
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}

let bridgeBundle: Promise<string> | undefined;

/** The harness preload bundled for the page, built once per process with Vite. */
function pageBridgeScript(): Promise<string> {
  bridgeBundle ??= build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: join(ROOT, 'test/harness/page-bridge.ts'), formats: ['iife'], name: 'PriceDeskHarness' },
    },
  }).then((output) => {
    const result = Array.isArray(output) ? output[0]! : output;
    if (!('output' in result)) throw new Error('unexpected vite build output');
    return result.output[0].code;
  });
  return bridgeBundle;
}

export interface AppUnderTest {
  page: Page;
  context: BrowserContext;
  dataDir: string;
  services: Services;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
  /** Every answer window.priceDesk received, and every event pushed to the page. */
  traffic: unknown[];
  close(): Promise<void>;
}

export interface OpenAppOptions extends ServiceOptions {
  dataDir?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** The browser's locale (navigator.language, Intl defaults), e.g. 'de-DE'; Playwright's default otherwise. */
  locale?: string;
}

export async function openApp(browser: Browser, options: OpenAppOptions = {}): Promise<AppUnderTest> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'pricedesk-data-')));
  await mkdir(dataDir, { recursive: true });
  const server = await serveRenderer(RENDERER_DIR);
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 }, colorScheme: options.colorScheme ?? 'light', ...(options.locale ? { locale: options.locale } : {}) });
  const page = await context.newPage();
  const redactor = new Redactor();
  const traffic: unknown[] = [];
  const host: Host = {
    dataDir,
    appVersion: '0.1.0-harness',
    platform: process.platform,
    settings: openSettings(dataDir),
    vault: createKeychainVault(),
    log: createFileLogger(dataDir, redactor),
    redactor,
    events: (event, payload) => {
      traffic.push({ event, payload });
      if (page.isClosed()) return;
      page.evaluate(([e, p]) => window.__pdEmit(e, p), [event, payload] as const).catch(() => undefined);
    },
    openExternal: async () => undefined,
  };
  const services = createServices(host, { sandboxSettings: options.sandboxSettings ?? { latencyMs: '20', requestsPerSecond: '50' } });

  // Like registerIpc in main: only the app's own page may call in.
  await context.exposeBinding('__pdInvoke', async (source, channel: unknown, payload: unknown) => {
    if (!source.frame.url().startsWith(server.url)) return { ok: false, error: { code: 'invalid_request', message: 'This request did not come from PriceDesk itself.' } };
    const answer = await services.registry.invoke(channel, payload);
    traffic.push(answer);
    // One string, parsed in the page (page-bridge.ts): Playwright's serialisation of a
    // 100,000-row answer as values held the page's main thread for ~20 s, Electron's IPC does not.
    return JSON.stringify(answer);
  });
  await context.addInitScript({ content: await pageBridgeScript() });

  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

  await page.goto(`${server.url}/index.html`);
  return {
    page,
    context,
    dataDir,
    services,
    problems,
    traffic,
    async close() {
      await context.close();
      await server.close();
    },
  };
}
