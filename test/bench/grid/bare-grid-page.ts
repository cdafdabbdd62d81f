/**
 * The bare AG Grid page (runs in Chromium, bundled by bare-grid.ts): the app's rows and
 * column layout in AG Grid with the app's theme, and nothing of the app. No store, no value
 * getters, formatters, class rules or tooltips: cells show AG Grid's default text for their
 * field. What the app's scrolling costs beyond this page is what the app adds.
 */
import { AllCommunityModule, ModuleRegistry, createGrid, type ColDef, type ColGroupDef } from 'ag-grid-community';
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
  createGrid(box, {
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
  });
}

void start();
