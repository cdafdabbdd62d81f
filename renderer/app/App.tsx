import { useEffect } from 'react';
import { api } from '../api';
import { ConnectionDialog } from '../features/connections/ConnectionDialog';
import { ConnectionsSidebar } from '../features/connections/ConnectionsSidebar';
import { useConnections } from '../features/connections/slice';
import { BulkPanel } from '../features/grid/BulkPanel';
import { ColumnsPanel } from '../features/grid/ColumnsPanel';
import { ColumnFilterChips } from '../features/grid/ColumnFilterChips';
import { DemoGuide } from '../features/grid/DemoGuide';
import { GridBar } from '../features/grid/GridBar';
import { PriceGrid } from '../features/grid/PriceGrid';
import { ProblemsPanel } from '../features/grid/ProblemsPanel';
import { runEditCommand } from '../features/grid/edit-commands';
import { useGridView } from '../features/grid/view';
import { applyResults, useGrid } from '../features/grid/slice';
import { HistoryPanel, InterruptedBanner } from '../features/history/HistoryPanel';
import { useHistory } from '../features/history/slice';
import { ImportDialog } from '../features/import/ImportDialog';
import { useImport } from '../features/import/slice';
import { useFileDrop } from '../features/import/use-file-drop';
import { Notifications } from '../features/notifications/Notifications';
import { PreviewPanel } from '../features/preview/PreviewPanel';
import { usePreview } from '../features/preview/slice';
import { t } from '../i18n';
import { SettingsDialog } from '../features/settings/SettingsDialog';
import { useSettings } from '../features/settings/slice';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';

/**
 * The app: what runs once (events from main, the active connection's load) and the window,
 * rendered afresh in the new words when the person changes language, without reloading
 * the catalog or losing a pending edit (those live in the stores).
 */
export function App() {
  const activeId = useConnections((s) => s.activeId);
  const locale = useSettings((s) => s.locale);

  useEffect(() => {
    void useConnections.getState().refresh();
    void useHistory.getState().checkInterrupted();
    const offs = [
      api().on('catalog:progress', (p) => {
        if (useGrid.getState().loading?.connectionId === p.connectionId) useGrid.setState({ loading: p });
      }),
      api().on('submit:progress', (p) => {
        usePreview.getState().onProgress(p);
      }),
      api().on('check:progress', (p) => usePreview.getState().onCheckProgress(p)),
      api().on('submit:results', ({ connectionId, results }) => {
        if (useGrid.getState().connectionId === connectionId) applyResults(results);
        usePreview.getState().onResults(connectionId, results);
      }),
      api().on('menu:command', ({ command }) => runEditCommand(command)),
    ];
    return () => offs.forEach((off) => off());
  }, []);

  useEffect(() => {
    if (activeId) void useGrid.getState().load(activeId);
  }, [activeId]);

  return <Window key={locale} />;
}

function Window() {
  const editing = useConnections((s) => s.editing);
  const importing = useImport((s) => s.step !== 'closed');
  const dragging = useFileDrop();
  const panel = useGridView((s) => s.panel);
  const settingsOpen = useSettings((s) => s.open);

  return (
    <div className="app">
      <Toolbar />
      <InterruptedBanner />
      <div className="workspace">
        <ConnectionsSidebar />
        <main className="main">
          <DemoGuide />
          <GridBar />
          <ColumnFilterChips />
          <div className="grid-area">
            <PriceGrid />
            {panel === 'bulk' && <BulkPanel />}
            {panel === 'problems' && <ProblemsPanel />}
            {panel === 'columns' && <ColumnsPanel />}
          </div>
        </main>
      </div>
      <StatusBar />
      {editing && <ConnectionDialog key={editing.mode === 'edit' ? editing.connection.id : 'new'} />}
      <PreviewPanel />
      <HistoryPanel />
      {importing && <ImportDialog />}
      {settingsOpen && <SettingsDialog />}
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay">
          {t('app:dropOverlay')}
        </div>
      )}
      <Notifications />
    </div>
  );
}
