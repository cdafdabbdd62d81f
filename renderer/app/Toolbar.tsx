import { ExportMenu } from '../features/export/ExportMenu';
import { useGridSummary } from '../features/grid/derived';
import { useGrid } from '../features/grid/slice';
import { useHistory } from '../features/history/slice';
import { ImportButton } from '../features/import/ImportButton';
import { itemsFromGrid, usePreview } from '../features/preview/slice';

export function Toolbar() {
  const state = useGrid();
  const changed = useGridSummary().changed;
  const sending = usePreview((s) => s.stage === 'sending');
  const busy = state.loading !== null || sending;
  return (
    <header className="toolbar" data-testid="toolbar">
      <h1>PriceDesk</h1>
      <div className="toolbar-actions">
        <button type="button" data-testid="open-history" onClick={() => void useHistory.getState().show()}>
          History
        </button>
        <ImportButton />
        <ExportMenu />
        <button type="button" data-testid="reload" disabled={busy || !state.connectionId} onClick={() => state.connectionId && void state.load(state.connectionId)}>
          Reload prices
        </button>
        <button type="button" className="primary" data-testid="submit" disabled={busy || changed === 0} onClick={() => state.connectionId && void usePreview.getState().show(state.connectionId, itemsFromGrid(), { kind: 'edits' })}>
          Send {changed} {changed === 1 ? 'change' : 'changes'}
        </button>
      </div>
    </header>
  );
}
