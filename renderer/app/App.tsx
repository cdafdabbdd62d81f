import { useEffect } from 'react';
import { api } from '../api';
import { ConnectionDialog } from '../features/connections/ConnectionDialog';
import { ConnectionsSidebar } from '../features/connections/ConnectionsSidebar';
import { useConnections } from '../features/connections/slice';
import { PriceGrid } from '../features/grid/PriceGrid';
import { applyResults, useGrid } from '../features/grid/slice';
import { HistoryPanel, InterruptedBanner } from '../features/history/HistoryPanel';
import { useHistory } from '../features/history/slice';
import { ImportDialog } from '../features/import/ImportDialog';
import { useImport } from '../features/import/slice';
import { useFileDrop } from '../features/import/use-file-drop';
import { Notifications } from '../features/notifications/Notifications';
import { PreviewPanel } from '../features/preview/PreviewPanel';
import { usePreview } from '../features/preview/slice';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';

export function App() {
  const activeId = useConnections((s) => s.activeId);
  const editing = useConnections((s) => s.editing);
  const importing = useImport((s) => s.step !== 'closed');
  const dragging = useFileDrop();

  useEffect(() => {
    void useConnections.getState().refresh();
    void useHistory.getState().checkInterrupted();
    const offs = [
      api().on('catalog:progress', (p) => {
        if (useGrid.getState().loading?.connectionId === p.connectionId) useGrid.setState({ loading: p });
      }),
      api().on('submit:progress', (p) => {
        if (useGrid.getState().submitting?.connectionId === p.connectionId) useGrid.setState({ submitting: p });
        usePreview.getState().onProgress(p);
      }),
      api().on('check:progress', (p) => usePreview.getState().onCheckProgress(p)),
      api().on('submit:results', ({ connectionId, results }) => {
        if (useGrid.getState().connectionId === connectionId) applyResults(results);
        usePreview.getState().onResults(connectionId, results);
      }),
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
          <PriceGrid />
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
