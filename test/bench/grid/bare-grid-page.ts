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

type Row = { key: string; prices?: Record<string, string | null> };

/** Another field's current price: a property read, as cheap as AG Grid's own `field`. */
function withPrices(col: ColDef | ColGroupDef): ColDef | ColGroupDef {
  if ('children' in col) return { ...col, children: col.children.map(withPrices) };
  const id = (col.context as { price?: string } | undefined)?.price;
  return id === undefined ? col : { ...col, valueGetter: (p) => (p.data as Row | undefined)?.prices?.[id] ?? null };
}

async function start(): Promise<void> {
  const [setup, rows] = await Promise.all([
    fetch('./setup.json').then((r) => r.json() as Promise<BareGridSetup>),
    fetch('./rows.json').then((r) => r.json() as Promise<Row[]>),
  ]);
  const box = document.getElementById('grid')!;
  box.style.width = `${setup.width}px`;
  box.style.height = `${setup.height}px`;
  createRoot(box).render(
    createElement(AgGridReact<Row>, {
      theme: lightTheme,
      rowData: rows,
      columnDefs: setup.columns.map(withPrices),
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
