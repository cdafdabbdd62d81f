/**
 * Opens the bare AG Grid page (bare-grid-page.ts) in Chromium with the rows the app's grid
 * received and the app's own column list stripped to its layout, in a grid box the size of
 * the app's: the floor the app's scrolling is compared with.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ColDef, ColGroupDef } from 'ag-grid-community';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { columnField } from '../../../shared/grid/cells';
import { serveRenderer } from '../../harness/static-server';
import type { BareGridSetup } from './bare-grid-page';

type Column = ColDef | ColGroupDef;

/**
 * A column (or group) with only what places it: id, field, header, width, pinning,
 * visibility. Another field's current price names its field in `context.price` (the
 * page reads `row.prices[id]`: a field id may hold a dot, which AG Grid's `field` reads as a path).
 */
export function bareColumn(col: Column): Column {
  if ('children' in col) return { groupId: col.groupId, headerName: col.headerName, children: col.children.map(bareColumn) };
  const { colId, field, headerName, width, pinned, hide, type } = col;
  const of = colId === undefined ? null : columnField(colId);
  return { colId, field, headerName, width, pinned, hide, type, ...(of?.kind === 'cur' && of.field !== undefined ? { context: { price: of.field } } : {}) };
}

async function bundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    // React's production build, as in the app's bundle (a library build leaves process.env alone).
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { write: false, minify: false, lib: { entry: resolve(import.meta.dirname, 'bare-grid-page.ts'), formats: ['iife'], name: 'BareGrid' } },
  });
  const result = Array.isArray(output) ? output[0]! : output;
  if (!('output' in result)) throw new Error('unexpected vite build output');
  return result.output[0].code;
}

/** The bare grid's page, its first rows on screen; close it with `close()`. */
export async function openBareGrid(browser: Browser, setup: BareGridSetup & { rows: unknown[]; viewport: { width: number; height: number } }): Promise<{ page: Page; close(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'pricedesk-bare-grid-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"><title>Bare AG Grid</title></head><body style="margin:0"><div id="grid" data-testid="price-grid"></div><script src="./bare.js"></script></body></html>');
  await writeFile(join(dir, 'bare.js'), await bundle());
  await writeFile(join(dir, 'rows.json'), JSON.stringify(setup.rows));
  await writeFile(join(dir, 'setup.json'), JSON.stringify({ width: setup.width, height: setup.height, columns: setup.columns } satisfies BareGridSetup));
  const server = await serveRenderer(dir);
  const context = await browser.newContext({ viewport: setup.viewport });
  const page = await context.newPage();
  await page.goto(`${server.url}/index.html`);
  await page.waitForFunction(() => window.__bareGridReady === true, undefined, { timeout: 600_000 });
  return {
    page,
    async close() {
      await context.close();
      await server.close();
    },
  };
}
