import { useRef } from 'react';
import { currentLocale, showNumber, userDecimalSeparator } from '../../app/locale';
import { excelCsv, toCsv } from '../../../shared/export/csv';
import { t } from '../../i18n';
import { changesTable, gridTable, resultsTable, templateTable, type ExportTable } from '../../../shared/export/table';
import { useConnections } from '../connections/slice';
import { editCount } from '../grid/derived';
import { useGrid } from '../grid/slice';
import { notifyError, useNotifications } from '../notifications/slice';
import { download, exportName } from './download';
import { useVisibleRows } from './visible-rows';
import { exportWords } from './words';

type What = 'grid' | 'filtered' | 'changes' | 'results' | 'template';
/** `excel-csv`: "CSV for Excel (semicolon)", semicolons and the locale's decimal separator (shared/export/csv.ts). */
type Format = 'xlsx' | 'csv' | 'excel-csv';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function tableFor(what: What): ExportTable {
  // Every price field of the connection is in each export, its own columns (shared/export/table.ts).
  const { rows, edits, results, fields } = useGrid.getState();
  const words = exportWords();
  switch (what) {
    case 'grid':
      return gridTable(rows, edits, fields, words);
    case 'filtered': {
      // The rows the grid shows, in its order (sorted as the user sorted them).
      const byKey = new Map(rows.map((r) => [r.key, r]));
      const shown = (useVisibleRows.getState().provider?.() ?? []).flatMap((key) => byKey.get(key) ?? []);
      return gridTable(shown, edits, fields, words);
    }
    case 'changes':
      return changesTable(rows, edits, fields, words);
    case 'results':
      return resultsTable(rows, results, edits, fields, words);
    case 'template':
      return templateTable(rows, fields, words);
  }
}

/** Writes the chosen export as .xlsx or .csv and downloads it. */
export async function exportAs(what: What, format: Format): Promise<void> {
  const table = tableFor(what);
  const { connections } = useConnections.getState();
  const label = connections.find((c) => c.id === useGrid.getState().connectionId)?.label ?? 'PriceDesk';
  const name = `${exportName(label, t(`exporting:fileName.${what}`))}.${format === 'xlsx' ? 'xlsx' : 'csv'}`;
  if (format === 'xlsx') {
    // SheetJS is large: loaded on first export so it does not slow the app's start.
    const { toXlsx } = await import('../../../shared/export/sheet');
    download(toXlsx(table, currentLocale()), name, XLSX_TYPE);
  }
  else download(toCsv(table, format === 'excel-csv' ? excelCsv(userDecimalSeparator()) : undefined), name, 'text/csv;charset=utf-8');
  useNotifications.getState().notify('success', t('exporting:saved', { count: table.rows.length, n: showNumber(table.rows.length), file: name }));
}

/** "Export" in the toolbar: the grid, the changes, the last results or the import template. */
export function ExportMenu() {
  const ref = useRef<HTMLDetailsElement>(null);
  const hasRows = useGrid((s) => s.rows.length > 0);
  const hasChanges = useGrid((s) => editCount(s.edits) > 0);
  const hasResults = useGrid((s) => Object.keys(s.results).length > 0);
  const canFilter = useVisibleRows((s) => s.provider !== null);
  const item = (what: What, format: Format, enabled: boolean) => (
    <button
      type="button"
      role="menuitem"
      data-testid={`export-${what}-${format}`}
      disabled={!enabled}
      onClick={() => {
        ref.current?.removeAttribute('open');
        exportAs(what, format).catch(notifyError);
      }}
    >
      {t(`exporting:format.${format}`, { what: t(`exporting:what.${what}`) })}
    </button>
  );
  return (
    <details className="menu" ref={ref} data-testid="export-menu">
      <summary data-testid="export-open">{t('exporting:menu')}</summary>
      <div className="menu-items" role="menu">
        {item('grid', 'xlsx', hasRows)}
        {item('grid', 'csv', hasRows)}
        {item('grid', 'excel-csv', hasRows)}
        {item('filtered', 'xlsx', hasRows && canFilter)}
        {item('filtered', 'csv', hasRows && canFilter)}
        {item('filtered', 'excel-csv', hasRows && canFilter)}
        {item('changes', 'xlsx', hasChanges)}
        {item('changes', 'csv', hasChanges)}
        {item('changes', 'excel-csv', hasChanges)}
        {item('results', 'xlsx', hasResults)}
        {item('results', 'csv', hasResults)}
        {item('results', 'excel-csv', hasResults)}
        {item('template', 'xlsx', hasRows)}
      </div>
    </details>
  );
}
