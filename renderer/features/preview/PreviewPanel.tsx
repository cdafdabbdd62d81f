/**
 * The diff preview: what will change, one line per (row, price field) grouped by product,
 * flagged lines, totals per field and currency, the % histogram per field, the stale
 * check, the estimate and the dry run; then Confirm, progress with Cancel, and per-row
 * results with Retry failed and Verify unknown. Nothing is sent before Confirm.
 */
import { changeId } from '../../../shared/types';
import { useMemo, useState } from 'react';
import { SendProgress } from './SendProgress';
import { estimateChanges, effectiveBatchSize } from '../../../shared/estimate';
import { isDecimal, toFixed } from '../../../shared/money';
import { newProductsWords, newProductVisibility } from '../../../shared/new-product-visibility';
import { bucketOf, DEFAULT_THRESHOLD, describeFlagged, describeRestore, FLAG_WORDS, summarisePreview, type PreviewFlag, type PreviewGroup, type PreviewRow } from '../../../shared/preview';
import { changeDirection } from '../../../shared/format/money-format';
import { showMoney, showNewPrice, showNumber, showWhen } from '../../app/locale';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useConnections } from '../connections/slice';
import { useGrid } from '../grid/slice';
import { bucketLabel, DryRun, Flags, Histogram, HistogramField, ProductCheckbox, StaleList, Totals } from './PreviewParts';
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
  // The histogram bar whose lines the list shows, or null for all lines; of the field picked (null: every field).
  const [bucket, setBucket] = useState<number | null>(null);
  const [histField, setHistField] = useState<string | null>(null);
  // Confirming a slip here or in the problems panel changes what may be sent.
  useGrid((s) => s.confirmedSlips);
  const gridFields = useGrid((s) => (s.connectionId === state.connectionId ? s.fields : NO_FIELDS));

  const connection = connections.find((c) => c.id === state.connectionId);
  const vendor = vendors.find((v) => v.id === connection?.vendor);
  const vendorName = vendor?.displayName ?? 'the vendor';
  const staleKeys = useMemo(() => new Set((state.check?.conflicts ?? []).map(changeId)), [state.check]);
  const summary = useMemo(
    () => summarisePreview(state.items, { thresholdPercent: isDecimal(threshold) ? threshold : DEFAULT_THRESHOLD, staleKeys, fields: gridFields }),
    [state.items, threshold, staleKeys, gridFields],
  );
  if (!state.open) return null;

  const toSend = state.toSend();
  const sendIds = new Set(toSend.map(changeId));
  // Lines, not products: "3 prices below cost" counts a product's wholesale and retail apart.
  const flaggedToSend = summary.rows.filter((r) => sendIds.has(changeId(r)) && r.flags.some((f) => f !== 'stale'));
  const histogramField = histField === null ? undefined : summary.histograms.find((h) => (h.field ?? '') === histField);
  const buckets = histogramField?.buckets ?? summary.histogram;
  const inBucket = (r: PreviewRow) => bucket === null || (r.percent !== null && bucketOf(r.percent) === bucket && (histogramField === undefined || r.field === histogramField.field));
  const listed = bucket === null ? summary.rows : summary.rows.filter(inBucket);
  const shownGroups = shownLines(summary.groups, inBucket);
  const reviewing = state.stage === 'review';
  const allIncluded = summary.rows.every((r) => !state.excluded[changeId(r)]);
  const slipsWaiting = summary.rows.filter((r) => state.holdBack(r) === 'unconfirmed_slip').length;
  const canRemove = vendor?.capabilities.deletesPrices ?? false;
  const estimate = vendor ? estimateChanges(toSend, vendorName, vendor.capabilities, connection?.settings, canRemove) : null;
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
  const sendRows = summary.rows.filter((r) => sendIds.has(changeId(r)));
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
          {summary.histograms.length > 1 && (
            <HistogramField
              histograms={summary.histograms}
              value={histField}
              onChange={(field) => {
                setHistField(field);
                setBucket(null);
              }}
            />
          )}
          <Histogram buckets={buckets} selected={bucket} onSelect={setBucket} />
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
                  <li key={changeId(f)}>
                    <b>{f.sku}</b>
                    {f.field !== undefined ? ` ${fieldLabel(gridFields, f.field)}` : ''} {f.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>

        <section className="preview-main">
          <StaleList vendorName={vendorName} label={(field) => fieldLabel(gridFields, field)} />
          {dryRun && <DryRun rows={toSend} batchSize={batchSize} vendorName={vendorName} writesWith={vendor?.capabilities.writesWith ?? ''} canRemove={canRemove} />}
          {bucket !== null && (
            <p className="bucket-filter" data-testid="bucket-filter">
              Showing the {listed.length} {listed.length === 1 ? 'price' : 'prices'}
              {histogramField?.fieldLabel ? ` of ${histogramField.fieldLabel}` : ''} changing {bucketLabel(buckets[bucket]!)}; the others are still sent.{' '}
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
                    onChange={(e) => state.include(summary.rows.map(changeId), e.target.checked)}
                  />
                </th>
                <th>SKU</th>
                <th>Name</th>
                <th>Price</th>
                <th className="num">Current</th>
                <th className="num">New</th>
                <th className="num">Change</th>
                <th className="num">%</th>
                <th>Flags</th>
                <th>Result</th>
              </tr>
            </thead>
            <tbody>
              {shownGroups.map(({ group, lines }) =>
                lines.map((row, i) => {
                  const id = changeId(row);
                  const result = state.results[id];
                  const held = state.holdBack(row);
                  return (
                    <tr
                      key={id}
                      data-testid="preview-row"
                      data-key={row.key}
                      data-field={row.field ?? ''}
                      className={[held ? 'row-skipped' : row.flags.length ? 'row-flagged' : '', i === 0 ? 'group-first' : 'group-more'].join(' ').trim()}
                    >
                      {i === 0 && (
                        <>
                          <td rowSpan={lines.length}>
                            {group.rows.length > 1 && <ProductCheckbox group={group} enabled={reviewing} />}
                          </td>
                          <td rowSpan={lines.length}>{group.sku}</td>
                          <td rowSpan={lines.length}>{group.name}</td>
                        </>
                      )}
                      <td data-testid="preview-field">
                        <label>
                          <input
                            type="checkbox"
                            aria-label={`Send ${row.sku}${row.fieldLabel ? ` ${row.fieldLabel}` : ''}`}
                            data-testid="preview-include"
                            checked={!state.excluded[id]}
                            disabled={!reviewing}
                            onChange={(e) => state.include([id], e.target.checked)}
                          />{' '}
                          {row.fieldLabel ?? ''}
                        </label>
                      </td>
                      <td className="num">{row.oldPrice === null ? '—' : showMoney(row.oldPrice, row.currency)}</td>
                      <td className="num">{showNewPrice(row.newPrice, row.currency)}</td>
                      <td className={`num${row.change === null ? '' : ` change-${changeDirection(row.change) ?? 'none'}`}`} data-testid="preview-change">
                        {row.change === null ? '' : showMoney(toFixed(row.change, 2), row.currency, { signed: true })}
                      </td>
                      <td className={`num pct${row.percent === null ? '' : ` change-${changeDirection(row.percent) ?? 'none'}`}`}>{row.percent === null ? '' : `${showNumber(row.percent, { signed: true })} %`}</td>
                      <td data-testid="preview-flags">
                        <Flags flags={row.flags} notes={row.fieldNotes} />
                      </td>
                      <td className={result ? `status-${result.status}` : undefined} data-testid="preview-result">
                        {result ? `${result.status}${result.message ? `: ${result.message}` : ''}` : <HeldBack row={row} held={held} enabled={reviewing} />}
                      </td>
                    </tr>
                  );
                }),
              )}
            </tbody>
          </table>
          {listed.length > MAX_SHOWN && <p className="help">Showing the first {MAX_SHOWN} of {listed.length} prices; the totals and histogram cover all of them.</p>}
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

const NO_FIELDS: never[] = [];

/** A field's label among the grid's fields, else its id. */
const fieldLabel = (fields: readonly { id: string; label: string }[], field: string) => fields.find((f) => f.id === field)?.label ?? field;

/** The groups with the lines the list shows (a histogram bar may filter them), up to MAX_SHOWN lines in all. */
function shownLines(groups: readonly PreviewGroup[], shown: (row: PreviewRow) => boolean): { group: PreviewGroup; lines: PreviewRow[] }[] {
  const out: { group: PreviewGroup; lines: PreviewRow[] }[] = [];
  let left = MAX_SHOWN;
  for (const group of groups) {
    if (left <= 0) break;
    const lines = group.rows.filter(shown).slice(0, left);
    if (!lines.length) continue;
    out.push({ group, lines });
    left -= lines.length;
  }
  return out;
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
