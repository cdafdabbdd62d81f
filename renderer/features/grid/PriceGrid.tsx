import {
  AllCommunityModule,
  ModuleRegistry,
  colorSchemeDark,
  colorSchemeLight,
  themeQuartz,
  type CellEditRequestEvent,
  type ColDef,
  type GetRowIdParams,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import { decimalPlaces, isDecimal, toFixed } from '../../../shared/money';
import { useColorScheme } from '../../app/use-color-scheme';
import { useGrid } from './slice';
import { toViewRow, type ViewRow } from './view-rows';

ModuleRegistry.registerModules([AllCommunityModule]);

// Compact rows: staff scan hundreds of prices, so more rows per screen beats whitespace.
const compact = themeQuartz.withParams({ rowHeight: 32, headerHeight: 36, fontSize: 13, spacing: 6 });
const lightTheme = compact.withPart(colorSchemeLight);
const darkTheme = compact.withPart(colorSchemeDark);

// Display only: prices stay decimal strings; this pads them to two decimals.
const money = (value: string | null | undefined) => (value == null ? '' : isDecimal(value) ? toFixed(value, Math.max(2, decimalPlaces(value))) : value);

const STATUS_LABEL: Record<ViewRow['status'], string> = {
  unchanged: '',
  changed: 'Changed',
  problem: 'Problem',
  ok: 'Updated',
  warning: 'Warning',
  error: 'Failed',
  skipped: 'Skipped',
  unknown: 'Check',
};

const columns: ColDef<ViewRow>[] = [
  { field: 'sku', headerName: 'SKU', pinned: 'left', width: 130 },
  { field: 'name', headerName: 'Name', pinned: 'left', width: 230 },
  { field: 'price', headerName: 'Current price', type: 'rightAligned', width: 130, valueFormatter: (p) => money(p.value as string | null) },
  {
    field: 'newPrice',
    headerName: 'New price',
    type: 'rightAligned',
    width: 120,
    editable: true,
    valueFormatter: (p) => money(p.value as string | null),
    cellClassRules: { 'cell-problem': (p) => Boolean(p.data?.problem), 'cell-changed': (p) => p.data?.status === 'changed' },
    tooltipValueGetter: (p) => p.data?.problem ?? undefined,
  },
  { field: 'change', headerName: 'Change', type: 'rightAligned', width: 100, valueFormatter: (p) => money(p.value as string | null) },
  { field: 'changePercent', headerName: 'Change %', type: 'rightAligned', width: 100, valueFormatter: (p) => (p.value == null ? '' : `${p.value as string} %`) },
  {
    field: 'status',
    headerName: 'Status',
    width: 260,
    valueFormatter: (p) => {
      const row = p.data;
      if (!row) return '';
      const label = STATUS_LABEL[row.status];
      return row.statusMessage ? `${label}: ${row.statusMessage}` : label;
    },
    cellClass: (p) => (p.data ? `status status-${p.data.status}` : undefined),
  },
  { field: 'cost', headerName: 'Cost', type: 'rightAligned', width: 100, valueFormatter: (p) => money(p.value as string | null) },
  { field: 'marginPercent', headerName: 'Margin %', type: 'rightAligned', width: 100, valueFormatter: (p) => (p.value == null ? '' : `${p.value as string} %`) },
  { field: 'currency', headerName: 'Currency', width: 95 },
  { field: 'vatIncluded', headerName: 'VAT incl.', width: 95, valueFormatter: (p) => (p.value ? 'Yes' : 'No') },
];

const getRowId = (p: GetRowIdParams<ViewRow>) => p.data.key;

export function PriceGrid() {
  const rows = useGrid((s) => s.rows);
  const edits = useGrid((s) => s.edits);
  const problems = useGrid((s) => s.problems);
  const results = useGrid((s) => s.results);
  const setNewPrice = useGrid((s) => s.setNewPrice);
  const scheme = useColorScheme();

  const viewRows = useMemo(
    () => rows.map((r) => toViewRow(r, edits[r.key], problems[r.key], results[r.key])),
    [rows, edits, problems, results],
  );

  const onCellEditRequest = (event: CellEditRequestEvent<ViewRow>) => {
    if (event.colDef.field !== 'newPrice' || !event.data) return;
    setNewPrice(event.data.key, event.newValue == null ? '' : String(event.newValue));
  };

  return (
    <div className="grid" data-testid="price-grid">
      <AgGridReact<ViewRow>
        theme={scheme === 'dark' ? darkTheme : lightTheme}
        rowData={viewRows}
        columnDefs={columns}
        getRowId={getRowId}
        readOnlyEdit
        onCellEditRequest={onCellEditRequest}
        stopEditingWhenCellsLoseFocus
        enterNavigatesVerticallyAfterEdit
        tooltipShowDelay={300}
      />
    </div>
  );
}
