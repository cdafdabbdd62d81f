import { useEffect } from 'react';
import { api } from '../api';
import { ConnectionDialog } from '../features/connections/ConnectionDialog';
import { ConnectionsSidebar } from '../features/connections/ConnectionsSidebar';
import { useConnections } from '../features/connections/slice';
import { BulkPanel } from '../features/grid/BulkPanel';
import { ColumnsPanel } from '../features/grid/ColumnsPanel';
import { GridBar } from '../features/grid/GridBar';
import { PriceGrid } from '../features/grid/PriceGrid';
import { ProblemsPanel } from '../features/grid/ProblemsPanel';
import { useGridView } from '../features/grid/view';
import { applyResults, useGrid } from '../features/grid/slice';
import { Notifications } from '../features/notifications/Notifications';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';

export function App() {
  const activeId = useConnections((s) => s.activeId);
  const editing = useConnections((s) => s.editing);
  const panel = useGridView((s) => s.panel);

  useEffect(() => {
    void useConnections.getState().refresh();
    const offs = [
      api().on('catalog:progress', (p) => {
        if (useGrid.getState().loading?.connectionId === p.connectionId) useGrid.setState({ loading: p });
      }),
      api().on('submit:progress', (p) => {
        if (useGrid.getState().submitting?.connectionId === p.connectionId) useGrid.setState({ submitting: p });
      }),
      api().on('submit:results', ({ connectionId, results }) => {
        if (useGrid.getState().connectionId === connectionId) applyResults(results);
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
      <div className="workspace">
        <ConnectionsSidebar />
        <main className="main">
          <GridBar />
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
      <Notifications />
    </div>
  );
}
