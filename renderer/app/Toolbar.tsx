import { ExportMenu } from '../features/export/ExportMenu';
import { useGridSummary } from '../features/grid/derived';
import { useGrid } from '../features/grid/slice';
import { useHistory } from '../features/history/slice';
import { ImportButton } from '../features/import/ImportButton';
import { itemsFromGrid, usePreview } from '../features/preview/slice';
import { useSettings } from '../features/settings/slice';
import { t } from '../i18n';
import { showNumber } from './locale';
import { OverflowBar, type BarItem } from './OverflowBar';

export function Toolbar() {
  // Only what the toolbar shows: the whole store changes on every edit and selection.
  const loading = useGrid((s) => s.loading !== null);
  const connectionId = useGrid((s) => s.connectionId);
  const changed = useGridSummary().changed;
  const sending = usePreview((s) => s.stage === 'sending');
  const busy = loading || sending;
  // Send never moves; on a narrow window the others go to "More ▾", Reload first.
  const items: BarItem[] = [
    {
      id: 'settings',
      // The first to move under "More ▾": changed once, not while editing prices.
      priority: 0,
      node: (
        <button type="button" data-testid="open-settings" onClick={() => useSettings.getState().setOpen(true)}>
          {t('app:settings.open')}
        </button>
      ),
    },
    {
      id: 'history',
      priority: 4,
      node: (
        <button type="button" data-testid="open-history" onClick={() => void useHistory.getState().show()}>
          {t('app:toolbar.history')}
        </button>
      ),
    },
    { id: 'import', priority: 3, node: <ImportButton /> },
    { id: 'export', priority: 2, node: <ExportMenu /> },
    {
      id: 'reload',
      priority: 1,
      node: (
        <button type="button" data-testid="reload" disabled={busy || !connectionId} onClick={() => connectionId && void useGrid.getState().load(connectionId)}>
          {t('app:toolbar.reload')}
        </button>
      ),
    },
    {
      id: 'send',
      node: (
        <button type="button" className="primary" data-testid="submit" disabled={busy || changed === 0} onClick={() => connectionId && void usePreview.getState().show(connectionId, itemsFromGrid(), { kind: 'edits' })}>
          {t('app:toolbar.send', { count: changed, n: showNumber(changed) })}
        </button>
      ),
    },
  ];
  return (
    <header className="toolbar" data-testid="toolbar">
      <h1>PriceDesk</h1>
      <OverflowBar className="toolbar-actions" testId="toolbar-actions" moreTestId="toolbar-more" items={items} />
    </header>
  );
}
