/**
 * The diff preview: what will change, flagged rows, totals, the % histogram, the stale
 * check, the estimate and the dry run; then Confirm, progress with Cancel, and per-row
 * results with Retry failed and Verify unknown. Nothing is sent before Confirm.
 */
import { changeId } from '../../../shared/types';
import { useMemo, useState } from 'react';
import { SendProgress } from './SendProgress';
import { estimateSubmission, effectiveBatchSize } from '../../../shared/estimate';
import { isDecimal, toFixed } from '../../../shared/money';
import { newProductsWords, newProductVisibility } from '../../../shared/new-product-visibility';
import { bucketOf, DEFAULT_THRESHOLD, describeFlagged, describeRestore, FLAG_WORDS, summarisePreview, type PreviewFlag, type PreviewRow } from '../../../shared/preview';
import { changeDirection } from '../../../shared/format/money-format';
import { showMoney, showNewPrice, showNumber, showWhen } from '../../app/locale';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useConnections } from '../connections/slice';
import { useGrid } from '../grid/slice';
import { bucketLabel, DryRun, Histogram, StaleList, Totals } from './PreviewParts';
import { usePreview, type HoldBack } from './slice';

// Thousands of rows render fine as a plain table only up to a point; the totals cover all.
const MAX_SHOWN = 1000;

export function PreviewPanel() {
  const state = usePreview();
  const connections = useConnections((s) => s.connections);
  const vendors = useConnections((s) => s.vendors);
  const [threshold, setThreshold] = useState(DEFAULT_THRESHOLD);
  const [confirming, setConfirming] = useState(false);
  const [dryRun, setDryRun] = useState(false);
  // The histogram bar whose rows the list shows, or null for all rows.
  const [bucket, setBucket] = useState<number | null>(null);
  // Confirming a slip here or in the problems panel changes what may be sent.
  useGrid((s) => s.confirmedSlips);

  const connection = connections.find((c) => c.id === state.connectionId);
  const vendor = vendors.find((v) => v.id === connection?.vendor);
  const vendorName = vendor?.displayName ?? 'the vendor';
  const staleKeys = useMemo(() => new Set((state.check?.conflicts ?? []).map((c) => c.key)), [state.check]);
  const summary = useMemo(
    () => summarisePreview(state.items, { thresholdPercent: isDecimal(threshold) ? threshold : DEFAULT_THRESHOLD, staleKeys }),
    [state.items, threshold, staleKeys],
  );
  if (!state.open) return null;

  const toSend = state.toSend();
  const sendKeys = new Set(toSend.map((r) => r.key));
  const flaggedToSend = summary.rows.filter((r) => sendKeys.has(r.key) && r.flags.some((f) => f !== 'stale'));
  const listed = bucket === null ? summary.rows : summary.rows.filter((r) => r.percent !== null && bucketOf(r.percent) === bucket);
  const shownRows = listed.slice(0, MAX_SHOWN);
  const reviewing = state.stage === 'review';
  const allIncluded = summary.rows.every((r) => !state.excluded[r.key]);
  const slipsWaiting = summary.rows.filter((r) => state.holdBack(r) === 'unconfirmed_slip').length;
  const canRemove = vendor?.capabilities.deletesPrices ?? false;
  const removals = toSend.filter((r) => r.newPrice === null).length;
  const estimate = vendor ? estimateSubmission(toSend.length - removals, vendorName, vendor.capabilities, connection?.settings, canRemove ? removals : 0) : null;
  const batchSize = vendor ? effectiveBatchSize(vendor.capabilities, connection?.settings) : 1;
  // Created hidden or live: the connection's setting, which the connector reads too.
  const newProducts = vendor?.capabilities.createsProducts && summary.counts.newProducts > 0 ? newProductsWords(summary.counts.newProducts, newProductVisibility(connection?.settings), vendorName) : null;
  const results = Object.values(state.results);
  const failed = results.filter((r) => r.status === 'error' || r.status === 'skipped').length;
  const unknown = results.filter((r) => r.status === 'unknown').length;
  const title = state.origin.kind === 'revert' ? 'Revert a submission' : state.origin.kind === 'retry' ? 'Retry failed rows' : 'Review changes';

  const flagWords = (Object.keys(FLAG_WORDS) as PreviewFlag[])
    .filter((f) => summary.counts[f] > 0)
    .map((f) => {
      const n = summary.counts[f];
      // "2 price removals", "2 new products"; the other flags read as adjectives.
      const words = f === 'threshold' ? `beyond ±${threshold} %` : `${FLAG_WORDS[f]}${n > 1 && (f === 'new_product' || f === 'price_removal') ? 's' : ''}`;
      return `${n} ${words}`;
    });
  // A revert always asks once, naming what it restores; other sends ask when rows are flagged.
  const confirm = () => (flaggedToSend.length || state.origin.kind === 'revert' ? setConfirming(true) : void state.send());
  const sendRows = summary.rows.filter((r) => sendKeys.has(r.key));
  const when = state.origin.revertedAt ? ` of ${showWhen(state.origin.revertedAt)}` : '';
  const question =
    state.origin.kind === 'revert'
      ? {
          title: `Revert ${toSend.length} ${toSend.length === 1 ? 'price' : 'prices'}?`,
          body: `This undoes the submission${when} at ${vendorName}: ${describeRestore(sendRows, (r) => (r.newPrice === null ? 'no price' : showMoney(r.newPrice, r.currency)))}.${flaggedToSend.length ? ` Among them: ${describeFlagged(flaggedToSend, threshold)}.` : ''}`,
          ok: `Yes, revert ${toSend.length}`,
        }
      : {
          title: `Send ${flaggedToSend.length} flagged ${flaggedToSend.length === 1 ? 'price' : 'prices'}?`,
          body: `You are confirming ${describeFlagged(flaggedToSend, threshold)}${toSend.length > flaggedToSend.length ? `, with ${toSend.length - flaggedToSend.length} other ${toSend.length - flaggedToSend.length === 1 ? 'change' : 'changes'}` : ''}. Send all ${toSend.length} to ${vendorName}?`,
          ok: `Yes, send ${toSend.length}`,
        };

  return (
    <div className="preview" role="dialog" aria-labelledby="preview-title" data-testid="preview">
      <header className="preview-head">
        <h2 id="preview-title">
          {title}: {summary.counts.total} {summary.counts.total === 1 ? 'change' : 'changes'} to {connection?.label ?? 'this connection'}
        </h2>
        <p className="preview-counts" data-testid="preview-counts">
          {summary.counts.up} up, {summary.counts.down} down, {summary.counts.newProducts} new, {summary.counts.flagged} flagged
          {flagWords.length ? `: ${flagWords.join(', ')}` : ''}
        </p>
      </header>

      <div className="preview-body">
        <section className="preview-side">
          <Totals totals={summary.totals} />
          <Histogram buckets={summary.histogram} selected={bucket} onSelect={setBucket} />
          <label className="threshold">
            Flag changes beyond ±
            <input data-testid="threshold" value={threshold} onChange={(e) => setThreshold(e.target.value)} size={4} inputMode="decimal" /> %
          </label>
          {estimate && (
            <p className="estimate" data-testid="estimate">
              {estimate.words}
            </p>
          )}
          {newProducts && (
            <p className="new-products" data-testid="new-products-visibility">
              {newProducts}
            </p>
          )}
          {state.origin.flagged && state.origin.flagged.length > 0 && (
            <div className="revert-flagged" data-testid="revert-flagged">
              <h3>Left as they are ({state.origin.flagged.length})</h3>
              <ul>
                {state.origin.flagged.slice(0, 50).map((f) => (
                  <li key={f.key}>
                    <b>{f.sku}</b> {f.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>

        <section className="preview-main">
          <StaleList vendorName={vendorName} />
          {dryRun && <DryRun rows={toSend} batchSize={batchSize} vendorName={vendorName} writesWith={vendor?.capabilities.writesWith ?? ''} canRemove={canRemove} />}
          {bucket !== null && (
            <p className="bucket-filter" data-testid="bucket-filter">
              Showing the {listed.length} {listed.length === 1 ? 'row' : 'rows'} changing {bucketLabel(summary.histogram[bucket]!)}; the others are still sent.{' '}
              <button type="button" data-testid="bucket-filter-clear" onClick={() => setBucket(null)}>
                Show all
              </button>
            </p>
          )}
          <table className="preview-table" data-testid="preview-table">
            <thead>
              <tr>
                <th>
                  <input
                    type="checkbox"
                    aria-label="Send all rows"
                    data-testid="preview-include-all"
                    checked={allIncluded}
                    disabled={!reviewing}
                    onChange={(e) => state.include(summary.rows.map((r) => r.key), e.target.checked)}
                  />
                </th>
                <th>SKU</th>
                <th>Name</th>
                <th className="num">Current</th>
                <th className="num">New</th>
                <th className="num">Change</th>
                <th className="num">%</th>
                <th>Flags</th>
                <th>Result</th>
              </tr>
            </thead>
            <tbody>
              {shownRows.map((row) => {
                const result = state.results[row.key];
                const held = state.holdBack(row);
                return (
                  <tr key={row.key} data-testid="preview-row" data-key={row.key} className={held ? 'row-skipped' : row.flags.length ? 'row-flagged' : undefined}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Send ${row.sku}`}
                        data-testid="preview-include"
                        checked={!state.excluded[row.key]}
                        disabled={!reviewing}
                        onChange={(e) => state.include([row.key], e.target.checked)}
                      />
                    </td>
                    <td>{row.sku}</td>
                    <td>{row.name}</td>
                    <td className="num">{row.oldPrice === null ? '—' : showMoney(row.oldPrice, row.currency)}</td>
                    <td className="num">{showNewPrice(row.newPrice, row.currency)}</td>
                    <td className={`num${row.change === null ? '' : ` change-${changeDirection(row.change) ?? 'none'}`}`} data-testid="preview-change">
                      {row.change === null ? '' : showMoney(toFixed(row.change, 2), row.currency, { signed: true })}
                    </td>
                    <td className={`num${row.percent === null ? '' : ` change-${changeDirection(row.percent) ?? 'none'}`}`}>{row.percent === null ? '' : `${showNumber(row.percent, { signed: true })} %`}</td>
                    <td data-testid="preview-flags">
                      <Flags flags={row.flags} />
                    </td>
                    <td className={result ? `status-${result.status}` : undefined} data-testid="preview-result">
                      {result ? `${result.status}${result.message ? `: ${result.message}` : ''}` : <HeldBack row={row} held={held} enabled={reviewing} />}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {listed.length > MAX_SHOWN && <p className="help">Showing the first {MAX_SHOWN} of {listed.length} rows; the totals and histogram cover all of them.</p>}
        </section>
      </div>

      <footer className="preview-foot">
        {state.stage === 'checking' && (
          <>
            <span data-testid="preview-checking">
              Checking current prices at {vendorName}…{state.checkProgress?.total ? ` ${state.checkProgress.done} of ${state.checkProgress.total}` : ''}
            </span>
            <button type="button" data-testid="preview-close" onClick={state.close}>
              Back to the grid
            </button>
          </>
        )}
        {state.stage === 'sending' && state.progress && (
          <SendProgress progress={state.progress} testId="preview-progress" cancelTestId="preview-cancel-send" onCancel={() => void state.cancel()} />
        )}
        {state.stage === 'review' && (
          <>
            <button type="button" data-testid="preview-close" onClick={state.close}>
              Back to the grid
            </button>
            <button type="button" data-testid="preview-dry-run" onClick={() => setDryRun(!dryRun)}>
              {dryRun ? 'Hide requests' : 'Dry run: show requests'}
            </button>
            {slipsWaiting > 0 && (
              <span className="preview-held" data-testid="preview-held">
                {slipsWaiting} {slipsWaiting === 1 ? 'price waits' : 'prices wait'} for your confirmation (decimal slip?)
              </span>
            )}
            <input
              className="preview-note"
              data-testid="preview-note"
              aria-label="Note for history (optional)"
              placeholder="Note for history (optional)"
              maxLength={500}
              value={state.note}
              onChange={(e) => state.setNote(e.target.value)}
            />
            <button type="button" className="primary" data-testid="preview-confirm" disabled={toSend.length === 0} onClick={confirm}>
              Send {toSend.length} {toSend.length === 1 ? 'change' : 'changes'}
            </button>
          </>
        )}
        {state.stage === 'done' && (
          <>
            <span data-testid="preview-summary">
              {results.filter((r) => r.status === 'ok' || r.status === 'warning').length} updated, {failed} failed or not sent, {unknown} unknown
            </span>
            {unknown > 0 && (
              <button type="button" data-testid="preview-verify" onClick={() => void state.verifyUnknown()}>
                Verify {unknown} unknown
              </button>
            )}
            {failed > 0 && (
              <button type="button" data-testid="preview-retry" onClick={() => void state.retryFailed()}>
                Retry {failed} failed
              </button>
            )}
            <button type="button" className="primary" data-testid="preview-close" onClick={state.close}>
              Close
            </button>
          </>
        )}
      </footer>

      {confirming && (
        <ConfirmDialog
          title={question.title}
          body={question.body}
          confirmLabel={question.ok}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void state.send();
          }}
        />
      )}
    </div>
  );
}

/** A row's flags, a decimal slip in red ahead of the others. */
function Flags({ flags }: { flags: PreviewFlag[] }) {
  return flags.map((f, i) => (
    <span key={f} className={`flag flag-${f}`} data-testid={`flag-${f}`}>
      {i > 0 ? ', ' : ''}
      {FLAG_WORDS[f]}
    </span>
  ));
}

/** Why a row will not be sent; a decimal slip can be confirmed right here. */
function HeldBack({ row, held, enabled }: { row: PreviewRow; held: HoldBack | null; enabled: boolean }) {
  if (held === 'excluded') return 'not sent: stays pending in the grid';
  if (held === 'stale') return 'will be skipped';
  if (held !== 'unconfirmed_slip') return '';
  return (
    <button type="button" className="slip-confirm" data-testid="preview-slip-confirm" disabled={!enabled} onClick={() => useGrid.getState().confirmSlips([changeId(row)])}>
      This price is right
    </button>
  );
}
