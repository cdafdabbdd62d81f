/**
 * The bare AG Grid page (runs in Chromium, bundled by bare-grid.ts): the app's rows and
 * column layout in AG Grid with the app's theme, and nothing of the app. No store, no value
 * getters, formatters, class rules or tooltips: cells show AG Grid's default text for their
 * field. What the app's scrolling costs beyond this page is what the app adds.
 *
 * The grid is drawn by AG Grid's React component, as the app's is: ag-grid-react renders
 * rows and cells as React components, which costs more per frame than plain AG Grid
 * (createGrid), and that cost comes with the app's choice of React, not with its logic.
 */
import { AllCommunityModule, ModuleRegistry, type ColDef, type ColGroupDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { lightTheme } from '../../../renderer/features/grid/theme';

/** What the bench serves next to this page (setup.json); rows come as rows.json. */
export interface BareGridSetup {
  /** The app's grid box, so as many rows and columns are on screen. */
  width: number;
  height: number;
  columns: (ColDef | ColGroupDef)[];
}

declare global {
  interface Window {
    __bareGridReady?: boolean;
  }
}

ModuleRegistry.registerModules([AllCommunityModule]);

async function start(): Promise<void> {
  const [setup, rows] = await Promise.all([
    fetch('./setup.json').then((r) => r.json() as Promise<BareGridSetup>),
    fetch('./rows.json').then((r) => r.json() as Promise<{ key: string }[]>),
  ]);
  const box = document.getElementById('grid')!;
  box.style.width = `${setup.width}px`;
  box.style.height = `${setup.height}px`;
  createRoot(box).render(
    createElement(AgGridReact<{ key: string }>, {
      theme: lightTheme,
      rowData: rows,
      columnDefs: setup.columns,
      // The app's header: sortable, resizable, a filter per column (no effect on the rows' cost).
      defaultColDef: { sortable: true, resizable: true, filter: 'agTextColumnFilter' },
      getRowId: (p) => p.data.key,
      animateRows: false,
      onFirstDataRendered: () => {
        window.__bareGridReady = true;
      },
    }),
  );
}

void start();
