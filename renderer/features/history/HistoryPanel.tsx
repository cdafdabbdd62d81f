/**
 * The history view: every submission (when, connection, OS user, counts) and the chosen
 * one's rows with old and new prices and results, with export, verify, retry and revert.
 */
import { showMoney, showNewPrice, showWhen } from '../../app/locale';
import { describeOrigins, fieldName, isRevertable, retryableRows, type SubmissionSummary } from '../../../shared/submission';
import { changeId } from '../../../shared/types';
import { useHistory } from './slice';

const rows = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;
const when = showWhen;

function counts(s: SubmissionSummary): string {
  return Object.entries(s.counts)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`)
    .join(', ');
}

export function HistoryPanel() {
  const { open, submissions, selected, busy, picked, highlighted, close, select, jump, pick, verify, exportXlsx, retry, revert } = useHistory();
  if (!open) return null;
  const retryable = selected ? retryableRows(selected).length : 0;
  const revertable = selected ? selected.rows.filter(isRevertable) : [];
  const pickedCount = Object.keys(picked).length;
  // A Field column where the journal knows the connection's fields or a line names one (older journals: neither).
  const fields = selected !== null && (selected.fields.length > 0 || selected.rows.some((r) => r.field !== undefined));
  // Another process holds its journal: acting on it now could resend rows still in flight.
  const idle = selected !== null && selected.state !== 'running' && selected.busyElsewhere === null;
  return (
    <div className="history" role="dialog" aria-labelledby="history-title" data-testid="history">
      <header className="preview-head">
        <h2 id="history-title">Submission history</h2>
        <button type="button" data-testid="history-close" onClick={close}>
          Close
        </button>
      </header>
      <div className="history-body">
        <ul className="history-list" data-testid="history-list">
          {submissions.length === 0 && <li className="help">Nothing has been sent yet.</li>}
          {submissions.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                data-testid="history-item"
                data-id={s.id}
                className={[selected?.id === s.id ? 'active' : '', highlighted === s.id ? 'highlight' : ''].join(' ').trim() || undefined}
                ref={(el) => {
                  if (el && highlighted === s.id) el.scrollIntoView({ block: 'nearest' });
                }}
                onClick={() => void select(s.id)}
              >
                <span>
                  {when(s.startedAt)} · {s.connectionLabel}
                  {s.revertedBy.length > 0 && (
                    <b className="reverted-mark" data-testid="history-reverted-mark">
                      {' '}
                      · {s.revertedRows < s.counts.ok + s.counts.warning ? 'partly reverted' : 'reverted'}
                    </b>
                  )}
                </span>
                <span className="help" data-testid="history-item-source">{describeOrigins(s.origins)}</span>
                <span className="help">
                  {s.user} · {s.revertOf ? 'revert · ' : s.retryOf ? 'retry · ' : ''}
                  {s.state === 'interrupted' ? <b className="status-unknown">interrupted · </b> : s.state === 'running' ? 'sending · ' : ''}
                  {s.busyElsewhere ? 'in another process · ' : ''}
                  {counts(s)}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {selected && (
          <section className="history-detail" data-testid="history-detail">
            <p>
              {when(selected.startedAt)} to <b>{selected.connectionLabel}</b> by {selected.user} ({selected.source === 'cli' ? 'command line' : 'app'}):{' '}
              <span data-testid="history-counts">{counts(selected)}</span>
            </p>
            <p data-testid="history-source">Source: {describeOrigins(selected.origins)}</p>
            {selected.note && <p data-testid="history-note">Note: {selected.note}</p>}
            {selected.revertOf && (
              <p>
                Reverts{' '}
                <button type="button" className="link-button" data-testid="history-reverts-link" onClick={() => void jump(selected.revertOf!)}>
                  submission {selected.revertOf}
                </button>
              </p>
            )}
            {selected.revertedBy.length > 0 && (
              <p className="stale-note" data-testid="history-reverted-by">
                Reverted ({selected.revertedRows} of {selected.total} {selected.total === 1 ? 'row' : 'rows'}) by{' '}
                {selected.revertedBy.map((id, i) => (
                  <span key={id}>
                    {i > 0 ? ', ' : ''}
                    <button type="button" className="link-button" data-testid="history-revert-link" onClick={() => void jump(id)}>
                      submission {id}
                    </button>
                  </span>
                ))}
                .
              </p>
            )}
            {selected.state === 'interrupted' && (
              <p className="stale-note" data-testid="history-interrupted">
                PriceDesk stopped while sending this. Rows marked unknown were sent without a recorded answer: verify them before sending again. Rows marked skipped were never sent.
              </p>
            )}
            {selected.failure && <p className="stale-note">Stopped early: {selected.failure}</p>}
            {selected.busyElsewhere && (
              <p className="stale-note" data-testid="history-busy">
                {selected.busyElsewhere}. Verify, retry and revert wait until it ends.
              </p>
            )}
            <div className="history-actions">
              <button type="button" data-testid="history-export" onClick={() => void exportXlsx()}>
                Export .xlsx
              </button>
              {selected.counts.unknown > 0 && idle && (
                <button type="button" data-testid="history-verify" disabled={busy} onClick={() => void verify()}>
                  Verify {selected.counts.unknown} unknown
                </button>
              )}
              {retryable > 0 && idle && (
                <button type="button" data-testid="history-retry" onClick={() => void retry()}>
                  Retry {retryable} failed
                </button>
              )}
              {selected.counts.ok + selected.counts.warning > 0 && idle && (
                <button
                  type="button"
                  data-testid="history-revert"
                  disabled={busy || revertable.length === 0}
                  title={revertable.length === 0 ? 'Already reverted: a submission is reverted once.' : 'Tick rows to revert only those.'}
                  onClick={() => void revert()}
                >
                  {revertable.length === 0 ? 'Reverted' : pickedCount ? `Revert ${pickedCount} selected…` : 'Revert…'}
                </button>
              )}
            </div>
            <table className="preview-table" data-testid="history-rows">
              <thead>
                <tr>
                  <th>
                    <input
                      type="checkbox"
                      aria-label="Choose all rows to revert"
                      data-testid="history-pick-all"
                      disabled={!idle || revertable.length === 0}
                      checked={revertable.length > 0 && revertable.every((r) => picked[changeId(r)])}
                      onChange={(e) => pick(revertable.map(changeId), e.target.checked)}
                    />
                  </th>
                  <th>SKU</th>
                  {fields && <th>Field</th>}
                  <th>Name</th>
                  <th className="num">Old</th>
                  <th className="num">New</th>
                  <th>Result</th>
                </tr>
              </thead>
              <tbody>
                {selected.rows.slice(0, 1000).map((r) => {
                  const label = fieldName(selected, r.field);
                  return (
                    <tr key={changeId(r)} data-testid="history-row" data-key={r.key} data-field={r.field ?? ''}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`Revert ${r.sku}${r.field !== undefined && label ? ` ${label}` : ''}`}
                          data-testid="history-row-pick"
                          disabled={!idle || !isRevertable(r)}
                          checked={picked[changeId(r)] === true}
                          onChange={(e) => pick([changeId(r)], e.target.checked)}
                        />
                      </td>
                      <td>{r.sku}</td>
                      {fields && <td data-testid="history-row-field">{label ?? 'primary'}</td>}
                      <td>{r.name}</td>
                      <td className="num">{r.oldPrice === null ? '—' : showMoney(r.oldPrice, r.currency)}</td>
                      <td className="num">{showNewPrice(r.newPrice, r.currency)}</td>
                      <td className={`status-${r.status}`}>
                        {r.status}
                        {r.message ? `: ${r.message}` : ''}
                        {r.revertedBy && (
                          <>
                            {' '}
                            <button type="button" className="link-button" data-testid="history-row-reverted" onClick={() => void jump(r.revertedBy!)}>
                              reverted
                            </button>
                          </>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        )}
      </div>
    </div>
  );
}

/** Shown at start when a submission was cut short, so unknown rows are not forgotten. */
export function InterruptedBanner() {
  const { interrupted, show, select, dismissInterrupted } = useHistory();
  if (!interrupted.length) return null;
  const first = interrupted[0]!;
  return (
    <div className="banner" role="alert" data-testid="interrupted-banner">
      <span>
        A submission to {first.connectionLabel} ({when(first.startedAt)}) was interrupted: {rows(first.counts.unknown)} {first.counts.unknown === 1 ? 'needs' : 'need'} verifying,{' '}
        {rows(first.counts.skipped)} not sent.
      </span>
      <button type="button" data-testid="open-history-interrupted" onClick={() => void show().then(() => select(first.id))}>
        Open history
      </button>
      <button type="button" data-testid="dismiss-interrupted" onClick={dismissInterrupted}>
        Later
      </button>
    </div>
  );
}
