/**
 * The history view: every submission (when, connection, OS user, counts) and the chosen
 * one's rows with old and new prices and results, with export, verify, retry and revert.
 */
import { showMoney, showNewPrice, showNumber, showWhen } from '../../app/locale';
import { fieldName, isRevertable, retryableRows } from '../../../shared/submission';
import { changeId } from '../../../shared/types';
import { t } from '../../i18n';
import { say } from '../../i18n/say';
import { useHistory } from './slice';
import { describeCounts as counts, describeOrigins } from './words';

const when = showWhen;
const counted = (count: number) => ({ count, n: showNumber(count) });

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
        <h2 id="history-title">{t('history:title')}</h2>
        <button type="button" data-testid="history-close" onClick={close}>
          {t('common:close')}
        </button>
      </header>
      <div className="history-body">
        <ul className="history-list" data-testid="history-list">
          {submissions.length === 0 && <li className="help">{t('history:empty')}</li>}
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
                  {t('history:item', { when: when(s.startedAt), connection: s.connectionLabel })}
                  {s.revertedBy.length > 0 && (
                    <b className="reverted-mark" data-testid="history-reverted-mark">
                      {' '}
                      · {s.revertedRows < s.counts.ok + s.counts.warning ? t('history:partlyReverted') : t('history:reverted')}
                    </b>
                  )}
                </span>
                <span className="help" data-testid="history-item-source">{describeOrigins(s.origins)}</span>
                <span className="help">
                  {s.user} · {s.revertOf ? t('history:tag.revert') : s.retryOf ? t('history:tag.retry') : ''}
                  {s.state === 'interrupted' ? <b className="status-unknown">{t('history:tag.interrupted')}</b> : s.state === 'running' ? t('history:tag.running') : ''}
                  {s.busyElsewhere ? t('history:tag.elsewhere') : ''}
                  {counts(s)}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {selected && (
          <section className="history-detail" data-testid="history-detail">
            <p>
              {t('history:detailWhen', { when: when(selected.startedAt) })} <b>{selected.connectionLabel}</b>{' '}
              {t('history:detailBy', { user: selected.user, source: selected.source === 'cli' ? t('history:fromCli') : t('history:fromApp') })}{' '}
              <span data-testid="history-counts">{counts(selected)}</span>
            </p>
            <p data-testid="history-source">{t('history:source', { origins: describeOrigins(selected.origins) })}</p>
            {selected.note && <p data-testid="history-note">{t('history:note', { note: selected.note })}</p>}
            {selected.revertOf && (
              <p>
                {t('history:reverts')}{' '}
                <button type="button" className="link-button" data-testid="history-reverts-link" onClick={() => void jump(selected.revertOf!)}>
                  {t('history:submission', { id: selected.revertOf })}
                </button>
              </p>
            )}
            {selected.revertedBy.length > 0 && (
              <p className="stale-note" data-testid="history-reverted-by">
                {t('history:revertedBy', { ...counted(selected.total), n: showNumber(selected.revertedRows), total: showNumber(selected.total) })}{' '}
                {selected.revertedBy.map((id, i) => (
                  <span key={id}>
                    {i > 0 ? ', ' : ''}
                    <button type="button" className="link-button" data-testid="history-revert-link" onClick={() => void jump(id)}>
                      {t('history:submission', { id })}
                    </button>
                  </span>
                ))}
                .
              </p>
            )}
            {selected.state === 'interrupted' && (
              <p className="stale-note" data-testid="history-interrupted">
                {t('history:interrupted')}
              </p>
            )}
            {selected.failure && <p className="stale-note">{t('history:stoppedEarly', { reason: say({ message: selected.failure, ...selected.failureWords }) })}</p>}
            {selected.busyElsewhere && (
              <p className="stale-note" data-testid="history-busy">
                {t('history:busy', { who: selected.busyElsewhere })}
              </p>
            )}
            <div className="history-actions">
              <button type="button" data-testid="history-export" onClick={() => void exportXlsx()}>
                {t('history:export')}
              </button>
              {selected.counts.unknown > 0 && idle && (
                <button type="button" data-testid="history-verify" disabled={busy} onClick={() => void verify()}>
                  {t('history:verify', { n: showNumber(selected.counts.unknown) })}
                </button>
              )}
              {retryable > 0 && idle && (
                <button type="button" data-testid="history-retry" onClick={() => void retry()}>
                  {t('history:retry', { n: showNumber(retryable) })}
                </button>
              )}
              {selected.counts.ok + selected.counts.warning > 0 && idle && (
                <button
                  type="button"
                  data-testid="history-revert"
                  disabled={busy || revertable.length === 0}
                  title={revertable.length === 0 ? t('history:revertDoneHint') : t('history:revertHint')}
                  onClick={() => void revert()}
                >
                  {revertable.length === 0 ? t('history:revertDone') : pickedCount ? t('history:revertPicked', { n: showNumber(pickedCount) }) : t('history:revert')}
                </button>
              )}
            </div>
            <table className="preview-table" data-testid="history-rows">
              <thead>
                <tr>
                  <th>
                    <input
                      type="checkbox"
                      aria-label={t('history:pickAll')}
                      data-testid="history-pick-all"
                      disabled={!idle || revertable.length === 0}
                      checked={revertable.length > 0 && revertable.every((r) => picked[changeId(r)])}
                      onChange={(e) => pick(revertable.map(changeId), e.target.checked)}
                    />
                  </th>
                  <th>{t('history:table.sku')}</th>
                  {fields && <th>{t('history:table.field')}</th>}
                  <th>{t('history:table.name')}</th>
                  <th className="num">{t('history:table.old')}</th>
                  <th className="num">{t('history:table.new')}</th>
                  <th>{t('history:table.result')}</th>
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
                          aria-label={t('history:pickRow', { line: r.field !== undefined && label ? `${r.sku} ${label}` : r.sku })}
                          data-testid="history-row-pick"
                          disabled={!idle || !isRevertable(r)}
                          checked={picked[changeId(r)] === true}
                          onChange={(e) => pick([changeId(r)], e.target.checked)}
                        />
                      </td>
                      <td>{r.sku}</td>
                      {fields && <td data-testid="history-row-field">{label ?? t('history:primary')}</td>}
                      <td>{r.name}</td>
                      <td className="num">{r.oldPrice === null ? '—' : showMoney(r.oldPrice, r.currency)}</td>
                      <td className="num">{showNewPrice(r.newPrice, r.currency)}</td>
                      <td className={`status-${r.status}`}>
                        {t(`history:status.${r.status}`)}
                        {r.message ? `: ${say(r)}` : ''}
                        {r.revertedBy && (
                          <>
                            {' '}
                            <button type="button" className="link-button" data-testid="history-row-reverted" onClick={() => void jump(r.revertedBy!)}>
                              {t('history:rowReverted')}
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
        {t('history:banner.text', {
          connection: first.connectionLabel,
          when: when(first.startedAt),
          unknown: t('history:banner.unknown', counted(first.counts.unknown)),
          skipped: t('history:banner.skipped', counted(first.counts.skipped)),
        })}
      </span>
      <button type="button" data-testid="open-history-interrupted" onClick={() => void show().then(() => select(first.id))}>
        {t('history:banner.open')}
      </button>
      <button type="button" data-testid="dismiss-interrupted" onClick={dismissInterrupted}>
        {t('history:banner.later')}
      </button>
    </div>
  );
}
