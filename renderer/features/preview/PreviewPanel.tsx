/**
 * The diff preview: what will change, flagged rows, totals, the % histogram, the stale
 * check, the estimate and the dry run; then Confirm, progress with Cancel, and per-row
 * results with Retry failed and Verify unknown. Nothing is sent before Confirm.
 */
import { useMemo, useState } from 'react';
import { SendProgress } from './SendProgress';
import { estimateSubmission, effectiveBatchSize } from '../../../shared/estimate';
import { isDecimal, toFixed } from '../../../shared/money';
import { newProductsWords, newProductVisibility } from '../../../shared/new-product-visibility';
import { DEFAULT_THRESHOLD, FLAG_WORDS, summarisePreview, type PreviewFlag } from '../../../shared/preview';
import { newPriceText } from '../../../shared/grid/edit';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useConnections } from '../connections/slice';
import { DryRun, Histogram, StaleList, Totals } from './PreviewParts';
import { usePreview } from './slice';

// Thousands of rows render fine as a plain table only up to a point; the totals cover all.
const MAX_SHOWN = 1000;

export function PreviewPanel() {
  const state = usePreview();
  const connections = useConnections((s) => s.connections);
  const vendors = useConnections((s) => s.vendors);
  const [threshold, setThreshold] = useState(DEFAULT_THRESHOLD);
  const [confirming, setConfirming] = useState(false);
  const [dryRun, setDryRun] = useState(false);

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
  const confirm = () => (flaggedToSend.length ? setConfirming(true) : void state.send());

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
          <Histogram buckets={summary.histogram} />
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
          <table className="preview-table" data-testid="preview-table">
            <thead>
              <tr>
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
              {summary.rows.slice(0, MAX_SHOWN).map((row) => {
                const result = state.results[row.key];
                const skipped = !sendKeys.has(row.key);
                return (
                  <tr key={row.key} data-testid="preview-row" data-key={row.key} className={skipped ? 'row-skipped' : row.flags.length ? 'row-flagged' : undefined}>
                    <td>{row.sku}</td>
                    <td>{row.name}</td>
                    <td className="num">{row.oldPrice ?? '—'}</td>
                    <td className="num">{newPriceText(row.newPrice)}</td>
                    <td className="num">{row.change === null ? '' : toFixed(row.change, 2)}</td>
                    <td className="num">{row.percent === null ? '' : `${row.percent} %`}</td>
                    <td data-testid="preview-flags">{row.flags.map((f) => FLAG_WORDS[f]).join(', ')}</td>
                    <td className={result ? `status-${result.status}` : undefined} data-testid="preview-result">
                      {result ? `${result.status}${result.message ? `: ${result.message}` : ''}` : skipped ? 'will be skipped' : ''}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {summary.rows.length > MAX_SHOWN && <p className="help">Showing the first {MAX_SHOWN} of {summary.rows.length} rows; the totals and histogram cover all of them.</p>}
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
          title={`Send ${flaggedToSend.length} flagged ${flaggedToSend.length === 1 ? 'row' : 'rows'}?`}
          body={`${flaggedToSend.length} of the ${toSend.length} changes are flagged (${[...new Set(flaggedToSend.flatMap((r) => r.flags.filter((f) => f !== 'stale').map((f) => FLAG_WORDS[f])))].join(', ')}). Check them in the list. Send all ${toSend.length} anyway?`}
          confirmLabel={`Yes, send ${toSend.length}`}
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
