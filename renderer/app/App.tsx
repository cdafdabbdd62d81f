import { useEffect } from 'react';
import { api, call } from '../api';
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
import { useNotifications } from '../features/notifications/slice';
import { PreviewPanel } from '../features/preview/PreviewPanel';
import { usePreview } from '../features/preview/slice';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';

export function App() {
  const activeId = useConnections((s) => s.activeId);
  const editing = useConnections((s) => s.editing);
  const importing = useImport((s) => s.step !== 'closed');
  const dragging = useFileDrop();
  const panel = useGridView((s) => s.panel);

  useEffect(() => {
    void useConnections.getState().refresh();
    void useHistory.getState().checkInterrupted();
    void call(api().app.info({}))
      .then(({ notices }) => notices.forEach((text) => useNotifications.getState().notify('warning', text)))
      .catch(() => undefined); // the notices are a courtesy; the app works without them
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
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay">
          Drop a spreadsheet to import its prices
        </div>
      )}
      <Notifications />
    </div>
  );
}
