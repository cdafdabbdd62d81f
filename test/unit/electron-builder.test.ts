import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- YAML of known shape, checked field by field below
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean>; main: string };

describe('electron-builder.yml', () => {
  it('names the app and packages for every OS', () => {
    expect(config.appId).toBe('com.pricedesk.app');
    expect(config.productName).toBe('PriceDesk');
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toContain('nsis');
    expect(config.mac.target).toContain('dmg');
  });

  it('ships an asar archive with the fuses that lock the binary down', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('packages the built bundles the main entry points to', () => {
    expect(config.files).toContain('out/**');
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('approves the install scripts the app needs (keytar builds its native module)', () => {
    expect(pkg.allowScripts?.keytar).toBe(true);
  });
});
