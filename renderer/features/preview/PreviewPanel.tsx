/**
 * The diff preview: what will change, one line per (row, price field) grouped by product,
 * flagged lines, totals per field and currency, the % histogram per field, the stale
 * check, the estimate and the dry run; then Confirm, progress with Cancel, and per-row
 * results with Retry failed and Verify unknown. Nothing is sent before Confirm.
 */
import { changeId, type RowResult } from '../../../shared/types';
import { useMemo, useState } from 'react';
import { SendProgress } from './SendProgress';
import { estimateChanges, effectiveBatchSize } from '../../../shared/estimate';
import { toFixed } from '../../../shared/money';
import { newProductVisibility } from '../../../shared/new-product-visibility';
import { bucketOf, DEFAULT_THRESHOLD, FLAG_ORDER, summarisePreview, type PreviewGroup, type PreviewRow } from '../../../shared/preview';
import { changeDirection } from '../../../shared/format/money-format';
import { showMoney, showNewPrice, showNumber, showWhen } from '../../app/locale';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useConnections } from '../connections/slice';
import { useGrid } from '../grid/slice';
import { DryRun, Flags, Histogram, HistogramField, ProductCheckbox, StaleList, Totals } from './PreviewParts';
import { usePreview, type HoldBack } from './slice';
import { vendorName as localVendorName } from '../connections/field-words';
import { bucketLabel, counted, describeFlagged, describeRestore, estimateWords, newProductsWords, showPercent } from './words';
import { say } from '../../i18n/say';
import { defaultThresholdText, readThreshold } from './threshold';
import { t } from '../../i18n';

// Thousands of rows render fine as a plain table only up to a point; the totals cover all.
const MAX_SHOWN = 1000;

export function PreviewPanel() {
  const state = usePreview();
  const connections = useConnections((s) => s.connections);
  const vendors = useConnections((s) => s.vendors);
  const [threshold, setThreshold] = useState(defaultThresholdText);
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
  const vendorName = vendor ? localVendorName(vendor.id, vendor.displayName) : t('preview:theVendor');
  const staleKeys = useMemo(() => new Set((state.check?.conflicts ?? []).map(changeId)), [state.check]);
  // What the flags were judged by: the typed threshold once it is a number ("2,5" in Sweden).
  const thresholdPercent = readThreshold(threshold) ?? DEFAULT_THRESHOLD;
  const summary = useMemo(() => summarisePreview(state.items, { thresholdPercent, staleKeys, fields: gridFields }), [state.items, thresholdPercent, staleKeys, gridFields]);
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
  const title = t(`preview:title.${state.origin.kind}`);

  // "2 price removals", "2 new products"; the other flags read as adjectives.
  const flagWords = FLAG_ORDER.filter((f) => summary.counts[f] > 0).map((f) => t(`preview:flagCount.${f}`, { ...counted(summary.counts[f]), threshold: showNumber(thresholdPercent) }));
  const counts = t('preview:counts', { up: showNumber(summary.counts.up), down: showNumber(summary.counts.down), new: showNumber(summary.counts.newProducts), flagged: showNumber(summary.counts.flagged) });
  // A revert always asks once, naming what it restores; other sends ask when rows are flagged.
  const confirm = () => (flaggedToSend.length || state.origin.kind === 'revert' ? setConfirming(true) : void state.send());
  const sendRows = summary.rows.filter((r) => sendIds.has(changeId(r)));
  const question = state.origin.kind === 'revert' ? revertQuestion() : sendQuestion();
  function revertQuestion() {
    const restore = describeRestore(sendRows, (r) => (r.newPrice === null ? t('preview:restore.noPrice') : showMoney(r.newPrice, r.currency)));
    const revertedAt = state.origin.revertedAt;
    const body = revertedAt ? t('preview:confirm.revertBodyWhen', { when: showWhen(revertedAt), vendor: vendorName, restore }) : t('preview:confirm.revertBody', { vendor: vendorName, restore });
    return {
      title: t('preview:confirm.revertTitle', counted(toSend.length)),
      body: flaggedToSend.length ? t('preview:confirm.amongThem', { body, flagged: describeFlagged(flaggedToSend, thresholdPercent) }) : body,
      ok: t('preview:confirm.revertOk', { n: showNumber(toSend.length) }),
    };
  }
  function sendQuestion() {
    const others = toSend.length - flaggedToSend.length;
    const words = { flagged: describeFlagged(flaggedToSend, thresholdPercent), n: showNumber(toSend.length), vendor: vendorName };
    return {
      title: t('preview:confirm.sendTitle', counted(flaggedToSend.length)),
      body: others > 0 ? t('preview:confirm.sendBodyOthers', { ...words, count: others, others: showNumber(others) }) : t('preview:confirm.sendBody', words),
      ok: t('preview:confirm.sendOk', { n: showNumber(toSend.length) }),
    };
  }

  return (
    <div className="preview" role="dialog" aria-labelledby="preview-title" data-testid="preview">
      <header className="preview-head">
        <h2 id="preview-title">
          {t('preview:heading', { ...counted(summary.counts.total), title, connection: connection?.label ?? t('preview:thisConnection') })}
        </h2>
        <p className="preview-counts" data-testid="preview-counts">
          {flagWords.length ? t('preview:countsFlags', { counts, flags: flagWords.join(', ') }) : counts}
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
            {t('preview:thresholdBefore')}
            <input data-testid="threshold" value={threshold} onChange={(e) => setThreshold(e.target.value)} size={4} inputMode="decimal" /> {t('preview:thresholdAfter')}
          </label>
          {estimate && (
            <p className="estimate" data-testid="estimate">
              {estimateWords(estimate, vendorName)}
            </p>
          )}
          {newProducts && (
            <p className="new-products" data-testid="new-products-visibility">
              {newProducts}
            </p>
          )}
          {state.origin.flagged && state.origin.flagged.length > 0 && (
            <div className="revert-flagged" data-testid="revert-flagged">
              <h3>{t('preview:leftAsTheyAre', { n: showNumber(state.origin.flagged.length) })}</h3>
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
              {histogramField?.fieldLabel
                ? t('preview:bucketFilterField', { ...counted(listed.length), field: histogramField.fieldLabel, bucket: bucketLabel(buckets[bucket]!) })
                : t('preview:bucketFilter', { ...counted(listed.length), bucket: bucketLabel(buckets[bucket]!) })}{' '}
              <button type="button" data-testid="bucket-filter-clear" onClick={() => setBucket(null)}>
                {t('preview:showAll')}
              </button>
            </p>
          )}
          <table className="preview-table" data-testid="preview-table">
            <thead>
              <tr>
                <th>
                  <input
                    type="checkbox"
                    aria-label={t('preview:table.sendAll')}
                    data-testid="preview-include-all"
                    checked={allIncluded}
                    disabled={!reviewing}
                    onChange={(e) => state.include(summary.rows.map(changeId), e.target.checked)}
                  />
                </th>
                <th>{t('preview:table.sku')}</th>
                <th>{t('preview:table.name')}</th>
                <th>{t('preview:table.price')}</th>
                <th className="num">{t('preview:table.current')}</th>
                <th className="num">{t('preview:table.new')}</th>
                <th className="num">{t('preview:table.change')}</th>
                <th className="num">{t('preview:table.percent')}</th>
                <th>{t('preview:flags')}</th>
                <th>{t('preview:result')}</th>
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
                            aria-label={t('preview:table.sendLine', { line: row.fieldLabel ? `${row.sku} ${row.fieldLabel}` : row.sku })}
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
                      <td className={`num pct${row.percent === null ? '' : ` change-${changeDirection(row.percent) ?? 'none'}`}`}>{row.percent === null ? '' : showPercent(row.percent, true)}</td>
                      <td data-testid="preview-flags">
                        <Flags flags={row.flags} notes={row.fieldNotes} />
                      </td>
                      <td className={result ? `status-${result.status}` : undefined} data-testid="preview-result">
                        {result ? <RowResultWords result={result} /> : <HeldBack row={row} held={held} enabled={reviewing} />}
                      </td>
                    </tr>
                  );
                }),
              )}
            </tbody>
          </table>
          {listed.length > MAX_SHOWN && <p className="help">{t('preview:showingFirst', { max: showNumber(MAX_SHOWN), n: showNumber(listed.length) })}</p>}
        </section>
      </div>

      <footer className="preview-foot">
        {state.stage === 'checking' && (
          <>
            <span data-testid="preview-checking">
              {state.checkProgress?.total
                ? t('preview:checkingProgress', { vendor: vendorName, done: showNumber(state.checkProgress.done), total: showNumber(state.checkProgress.total) })
                : t('preview:checking', { vendor: vendorName })}
            </span>
            <button type="button" data-testid="preview-close" onClick={state.close}>
              {t('preview:backToGrid')}
            </button>
          </>
        )}
        {state.stage === 'sending' && state.progress && (
          <SendProgress progress={state.progress} testId="preview-progress" cancelTestId="preview-cancel-send" onCancel={() => void state.cancel()} />
        )}
        {state.stage === 'review' && (
          <>
            <button type="button" data-testid="preview-close" onClick={state.close}>
              {t('preview:backToGrid')}
            </button>
            <button type="button" data-testid="preview-dry-run" onClick={() => setDryRun(!dryRun)}>
              {dryRun ? t('preview:dryRunHide') : t('preview:dryRunShow')}
            </button>
            {slipsWaiting > 0 && (
              <span className="preview-held" data-testid="preview-held">
                {t('preview:slipsWaiting', counted(slipsWaiting))}
              </span>
            )}
            <input
              className="preview-note"
              data-testid="preview-note"
              aria-label={t('preview:note')}
              placeholder={t('preview:note')}
              maxLength={500}
              value={state.note}
              onChange={(e) => state.setNote(e.target.value)}
            />
            <button type="button" className="primary" data-testid="preview-confirm" disabled={toSend.length === 0} onClick={confirm}>
              {t('preview:send', counted(toSend.length))}
            </button>
          </>
        )}
        {state.stage === 'done' && (
          <>
            <span data-testid="preview-summary">
              {t('preview:summary', { ok: showNumber(results.filter((r) => r.status === 'ok' || r.status === 'warning').length), failed: showNumber(failed), unknown: showNumber(unknown) })}
            </span>
            {unknown > 0 && (
              <button type="button" data-testid="preview-verify" onClick={() => void state.verifyUnknown()}>
                {t('preview:verify', { n: showNumber(unknown) })}
              </button>
            )}
            {failed > 0 && (
              <button type="button" data-testid="preview-retry" onClick={() => void state.retryFailed()}>
                {t('preview:retry', { n: showNumber(failed) })}
              </button>
            )}
            <button type="button" className="primary" data-testid="preview-close" onClick={state.close}>
              {t('common:close')}
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
  if (held === 'excluded') return t('preview:held.excluded');
  if (held === 'stale') return t('preview:held.stale');
  if (held !== 'unconfirmed_slip') return '';
  return (
    <button type="button" className="slip-confirm" data-testid="preview-slip-confirm" disabled={!enabled} onClick={() => useGrid.getState().confirmSlips([changeId(row)])}>
      {t('preview:held.slipConfirm')}
    </button>
  );
}

/** A row's result: its status in words, then what was said about it (ours translated, the vendor's quoted). */
function RowResultWords({ result }: { result: RowResult }) {
  const status = t(`preview:status.${result.status}`);
  const said = say(result);
  return said ? t('preview:statusSaid', { status, said }) : status;
}
