import { useMemo, useState } from 'react';
import { t } from '../../i18n';
import { say } from '../../i18n/say';
import { showNumber } from '../../app/locale';
import { fieldColumn } from '../../../shared/grid/cells';
import { changeId } from '../../../shared/types';
import { statusLabel } from './columns';
import { useGridSummary } from './derived';
import { saveLayoutSoon } from './layout';
import { useSelection } from './selection';
import { useGrid } from './slice';
import { useGridView } from './view';

const SHOWN = 300;

/**
 * Every row with a problem; a click takes the grid there. The change threshold is set here,
 * and a price that looks like a decimal slip is confirmed here (or in the preview), row by row.
 */
export function ProblemsPanel() {
  const { problems } = useGridSummary();
  const slips = problems.filter((p) => p.slip).length;
  const threshold = useGrid((s) => s.validation.thresholdPercent);
  const [text, setText] = useState(String(threshold));
  // The platform's answers that need a look (failed, warnings, unknown, not sent), in full:
  // the Status column cuts long messages.
  const results = useGrid((s) => s.results);
  const rows = useGrid((s) => s.rows);
  const fields = useGrid((s) => s.fields);
  const answers = useMemo(() => {
    const byKey = new Map(rows.map((r) => [r.key, r]));
    const labels = new Map(fields.map((f) => [f.id, f.label]));
    return Object.values(results)
      .filter((r) => r.status !== 'ok' && r.message && byKey.has(r.key))
      .map((r) => ({ ...r, name: byKey.get(r.key)!.name, fieldLabel: r.field === undefined ? undefined : (labels.get(r.field) ?? r.field) }));
  }, [results, rows, fields]);

  /** Takes the grid to a row's New price cell of the field (the primary's when none, or when the field's columns are not shown). */
  const go = (key: string, field?: string) => {
    const api = useGridView.getState().api;
    const node = api?.getRowNode(key);
    if (!api || !node || node.rowIndex === null) return;
    const wanted = fieldColumn('new', field);
    const col = api.getColumn(wanted)?.isVisible() ? wanted : fieldColumn('new');
    api.ensureIndexVisible(node.rowIndex, 'middle');
    api.ensureColumnVisible(col);
    api.setFocusedCell(node.rowIndex, col);
    useSelection.getState().select({ row: node.rowIndex, col });
  };

  const commitThreshold = (value: string) => {
    setText(value);
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1000) return;
    useGrid.getState().setThreshold(n);
    saveLayoutSoon(useGridView.getState().api, useGrid.getState().connectionId);
  };

  return (
    <aside className="side-panel" data-testid="problems-panel" aria-label={t('grid:problems.title')}>
      <h2>{t('grid:problems.title')}</h2>
      <label className="form-field">
        <span>{t('grid:problems.threshold')}</span>
        <input type="number" min={0} max={1000} data-testid="threshold-input" value={text} onChange={(e) => commitThreshold(e.target.value)} />
      </label>
      {slips > 0 && (
        <p className="help slip-note" data-testid="slip-note">
          {t('grid:problems.slips', { count: slips, n: showNumber(slips) })}
        </p>
      )}
      {problems.length === 0 ? (
        <p className="help" data-testid="problems-empty">
          {t('grid:problems.none')}
        </p>
      ) : (
        <ul className="problem-list">
          {problems.slice(0, SHOWN).map((p) => (
            <li key={p.id} className={p.slip ? 'problem-slip' : undefined}>
              <button type="button" className="problem-item" data-testid="problem-item" data-key={p.key} data-field={p.field} onClick={() => go(p.key, p.field)}>
                <strong>{p.sku}</strong> {p.name}
                <span className="problem-message">
                  {p.fieldLabel && <span className="problem-field">{p.fieldLabel}: </span>}
                  {p.message}
                </span>
              </button>
              {p.slip && (
                <button type="button" className="slip-confirm" data-testid="slip-confirm" data-key={p.key} onClick={() => useGrid.getState().confirmSlips([p.id])}>
                  {t('grid:problems.confirmSlip')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {problems.length > SHOWN && <p className="help">{t('grid:problems.more', { n: showNumber(problems.length - SHOWN) })}</p>}
      {answers.length > 0 && (
        <>
          <h3 className="problem-answers-title">{t('grid:problems.answers')}</h3>
          <ul className="problem-list" data-testid="problem-answers">
            {answers.slice(0, SHOWN).map((r) => (
              <li key={changeId(r)}>
                <button type="button" className="problem-item" data-testid="problem-answer" data-key={r.key} onClick={() => go(r.key, r.field)}>
                  <strong>{r.sku}</strong> {r.name}
                  <span className={`problem-message status-${r.status}`}>
                    {statusLabel(r.status)}: {r.fieldLabel && `${r.fieldLabel}: `}
                    {say(r)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
