import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // cli: the headless `pricedesk` command (package.json bin), plain Node, built alongside main;
      // sheet-reader: the CLI's worker thread for changes spreadsheets (electron/cli/read-changes.ts finds it beside cli.js).
      rolldownOptions: { input: { index: resolve('electron/main/index.ts'), cli: resolve('electron/cli/index.ts'), 'sheet-reader': resolve('electron/cli/sheet-reader.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() packages: bundle everything, as CommonJS.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
