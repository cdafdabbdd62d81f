import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

/**
 * The one test that uses Electron's own transport (preload + ipcMain). The Electron binary
 * cannot be downloaded on the CI machine, so elsewhere this is skipped with the reason printed.
 */
function electronBinary(): string | null {
  const pkgDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) console.info('[electron-smoke] skipped: no Electron binary installed (ELECTRON_SKIP_BINARY_DOWNLOAD); the Chromium harness covers everything but the transport.');

describe.skipIf(!binary)('the packaged-style app in real Electron', () => {
  it('opens the window, loads the sandbox catalog over IPC and refuses navigation', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'pricedesk-electron-'));
    const app = await electron.launch({ executablePath: binary!, args: ['.', `--user-data-dir=${userData}`, '--no-sandbox'], cwd: process.cwd() });
    try {
      const page = await app.firstWindow();
      await page.getByTestId('status-rows').filter({ hasText: '500 rows' }).waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await page.waitForTimeout(500);
      expect(page.url()).toMatch(/^app:\/\/pricedesk\//);
    } finally {
      await app.close();
    }
  });
});
