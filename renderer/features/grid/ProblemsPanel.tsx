import { useState } from 'react';
import { useGridSummary } from './derived';
import { saveLayoutSoon } from './layout';
import { useSelection } from './selection';
import { useGrid } from './slice';
import { useGridView } from './view';

const SHOWN = 300;

/** Every row with a problem; a click takes the grid there. The change threshold is set here. */
export function ProblemsPanel() {
  const { problems } = useGridSummary();
  const threshold = useGrid((s) => s.validation.thresholdPercent);
  const [text, setText] = useState(String(threshold));

  const go = (key: string) => {
    const api = useGridView.getState().api;
    const node = api?.getRowNode(key);
    if (!api || !node || node.rowIndex === null) return;
    api.ensureIndexVisible(node.rowIndex, 'middle');
    api.setFocusedCell(node.rowIndex, 'newPrice');
    useSelection.getState().select({ row: node.rowIndex, col: 'newPrice' });
  };

  const commitThreshold = (value: string) => {
    setText(value);
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1000) return;
    useGrid.getState().setThreshold(n);
    saveLayoutSoon(useGridView.getState().api, useGrid.getState().connectionId);
  };

  return (
    <aside className="side-panel" data-testid="problems-panel" aria-label="Problems">
      <h2>Problems</h2>
      <label className="form-field">
        <span>Flag changes beyond ± (%)</span>
        <input type="number" min={0} max={1000} data-testid="threshold-input" value={text} onChange={(e) => commitThreshold(e.target.value)} />
      </label>
      {problems.length === 0 ? (
        <p className="help" data-testid="problems-empty">
          No problems.
        </p>
      ) : (
        <ul className="problem-list">
          {problems.slice(0, SHOWN).map((p) => (
            <li key={p.key}>
              <button type="button" className="problem-item" data-testid="problem-item" onClick={() => go(p.key)}>
                <strong>{p.sku}</strong> {p.name}
                <span className="problem-message">{p.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {problems.length > SHOWN && <p className="help">…and {problems.length - SHOWN} more. Use “Only problems” to see them all in the grid.</p>}
    </aside>
  );
}
