/** The preview's smaller pieces: totals per field and currency, the % histogram, the stale list, the dry run, a line's flags and a product's checkbox. */
import { planRequests } from '../../../shared/estimate';
import { type CurrencyTotal, type FieldHistogram, type HistogramBucket, type PreviewFlag, type PreviewGroup } from '../../../shared/preview';
import { changeId } from '../../../shared/types';
import { showMoney, showNumber } from '../../app/locale';
import { usePreview, type PreviewItem } from './slice';
import { bucketLabel, counted } from './words';
import { t } from '../../i18n';

/** A total's test id: `total-EUR` for the primary field (as before fields), `total-wholesale-EUR` for another. */
const totalId = (t: CurrencyTotal) => `total-${t.field === undefined ? '' : `${t.field}-`}${t.currency}`;

export function Totals({ totals }: { totals: CurrencyTotal[] }) {
  // Per field once the lines change more than one: a wholesale total is not a retail one. A
  // field has one currency, which its amounts show, so its label names the total (narrow side panel).
  const fields = totals.some((t) => t.field !== undefined);
  return (
    <table className="totals" data-testid="preview-totals">
      <thead>
        <tr>
          <th>{fields ? t('preview:totals.price') : t('preview:totals.currency')}</th>
          <th className="num">{t('preview:totals.now')}</th>
          <th className="num">{t('preview:totals.after')}</th>
          <th className="num">{t('preview:totals.difference')}</th>
        </tr>
      </thead>
      <tbody>
        {totals.map((total) => (
          <tr key={totalId(total)} data-testid={totalId(total)}>
            <td>
              {t('preview:totals.line', { label: fields ? (total.fieldLabel ?? total.field ?? total.currency) : total.currency, n: showNumber(total.rows) })}
            </td>
            <td className="num">{showMoney(total.current, total.currency)}</td>
            <td className="num">{showMoney(total.next, total.currency)}</td>
            <td className="num">{showMoney(total.difference, total.currency, { signed: true })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Bars per % bucket; the outer buckets (a decimal point slipped) are marked when used. A
 * click on a bar shows only its rows in the list; a second click shows all again.
 */
export function Histogram({ buckets, selected, onSelect }: { buckets: HistogramBucket[]; selected: number | null; onSelect(index: number | null): void }) {
  const max = Math.max(1, ...buckets.map((b) => b.count));
  return (
    <figure className="histogram" data-testid="histogram" aria-label={t('preview:histogram.aria')}>
      <figcaption>{t('preview:histogram.caption')}</figcaption>
      {buckets.map((b, i) => (
        <button
          type="button"
          key={b.label}
          className={`bucket${b.suspicious && b.count ? ' suspicious' : ''}${selected === i ? ' selected' : ''}`}
          data-testid="histogram-bucket"
          data-count={b.count}
          aria-pressed={selected === i}
          disabled={b.count === 0 && selected !== i}
          onClick={() => onSelect(selected === i ? null : i)}
        >
          <span className="bucket-label">{bucketLabel(b)}</span>
          <span className="bucket-bar" style={{ width: `${(b.count / max) * 100}%` }} />
          <span className="bucket-count">{showNumber(b.count)}</span>
        </button>
      ))}
    </figure>
  );
}

/** Which field's lines the histogram counts: every field's, or one field's. */
export function HistogramField({ histograms, value, onChange }: { histograms: FieldHistogram[]; value: string | null; onChange(field: string | null): void }) {
  return (
    <label className="histogram-field">
      {t('preview:histogram.of')}{' '}
      <select data-testid="histogram-field" value={value ?? '*'} onChange={(e) => onChange(e.target.value === '*' ? null : e.target.value)}>
        <option value="*">{t('preview:histogram.every')}</option>
        {histograms.map((h) => (
          // The primary field's value is '' (a change naming no field); a field id is never empty.
          <option key={h.field ?? ''} value={h.field ?? ''}>
            {h.fieldLabel ?? h.field ?? t('preview:histogram.price')}
          </option>
        ))}
      </select>
    </label>
  );
}

const price = (value: string | null | undefined) => (value === undefined ? t('preview:stale.gone') : value === null ? t('preview:stale.noPrice') : showMoney(value, null));

/** The stale check's findings, each with overwrite or skip. */
export function StaleList({ vendorName, label }: { vendorName: string; label(field: string): string }) {
  const { check, choices, choose, stage } = usePreview();
  if (stage === 'checking' || !check) return null;
  if (check.failure) {
    return (
      <p className="stale-note" data-testid="stale-failed">
        {t('preview:stale.failed', { vendor: vendorName, reason: check.failure })}{' '}
        <button type="button" onClick={() => void usePreview.getState().runCheck()}>
          {t('preview:stale.checkAgain')}
        </button>
      </p>
    );
  }
  if (!check.supported) return <p className="stale-note" data-testid="stale-unsupported">{t('preview:stale.unsupported', { vendor: vendorName })}</p>;
  if (!check.conflicts.length) return <p className="stale-note" data-testid="stale-ok">{t('preview:stale.none', { vendor: vendorName })}</p>;
  const ids = check.conflicts.map(changeId);
  // Once sent, the choices are history: shown, no longer changeable.
  const locked = stage !== 'review';
  return (
    <div className="stale" data-testid="stale-list">
      <h3>
        {t('preview:stale.title', { ...counted(check.conflicts.length), vendor: vendorName })}
      </h3>
      <div className="stale-all">
        <button type="button" data-testid="stale-overwrite-all" disabled={locked} onClick={() => choose(ids, 'overwrite')}>
          {t('preview:stale.overwriteAll')}
        </button>
        <button type="button" data-testid="stale-skip-all" disabled={locked} onClick={() => choose(ids, 'skip')}>
          {t('preview:stale.skipAll')}
        </button>
      </div>
      <ul>
        {check.conflicts.slice(0, 200).map((c) => {
          const id = changeId(c);
          return (
            <li key={id} data-testid="stale-row" data-key={c.key} data-field={c.field ?? ''}>
              <b>
                {c.sku}
                {c.field === undefined ? '' : ` ${label(c.field)}`}
              </b>
              {t('preview:stale.line', { expected: price(c.expected), remote: price(c.remote), vendor: vendorName })}{' '}
              <label>
                <input type="radio" name={`stale-${id}`} checked={choices[id] === 'overwrite'} disabled={locked || c.remote === undefined} onChange={() => choose([id], 'overwrite')} /> {t('preview:stale.overwrite')}
              </label>{' '}
              <label>
                <input type="radio" name={`stale-${id}`} checked={choices[id] !== 'overwrite'} disabled={locked} onChange={() => choose([id], 'skip')} /> {t('preview:stale.skip')}
              </label>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The requests a submission would send, from the connector's batch size; nothing is sent. */
export function DryRun({ rows, batchSize, vendorName, writesWith, canRemove }: { rows: PreviewItem[]; batchSize: number; vendorName: string; writesWith: string; canRemove: boolean }) {
  const plan = planRequests(rows, batchSize, canRemove);
  const refused = canRemove ? 0 : rows.filter((r) => r.newPrice === null).length;
  return (
    <div className="dry-run" data-testid="dry-run">
      <h3>
        {t('preview:dryRun.title', { ...counted(plan.length), vendor: vendorName })}
      </h3>
      <p className="help">
        {t('preview:dryRun.help', { ...counted(batchSize), writesWith })}
      </p>
      <ol>
        {plan.slice(0, 100).map((req) => (
          <li key={req.index} data-testid="dry-run-request">
            {t(req.removes ? 'preview:dryRun.remove' : 'preview:dryRun.request', {
              ...counted(req.skus.length),
              skus: `${req.skus.slice(0, 8).join(', ')}${req.skus.length > 8 ? `, … ${req.skus.at(-1)}` : ''}`,
            })}
          </li>
        ))}
      </ol>
      {plan.length > 100 && <p className="help">{t('preview:dryRun.more', { n: showNumber(plan.length - 100) })}</p>}
      {refused > 0 && (
        <p className="help" data-testid="dry-run-refused">
          {t('preview:dryRun.refused', { ...counted(refused), vendor: vendorName })}
        </p>
      )}
    </div>
  );
}

/** Ticks or unticks every line of one product at once; half-ticked when some are. */
export function ProductCheckbox({ group, enabled }: { group: PreviewGroup; enabled: boolean }) {
  const { excluded, include } = usePreview();
  const ids = group.rows.map(changeId);
  const sent = ids.filter((id) => !excluded[id]).length;
  return (
    <input
      type="checkbox"
      aria-label={t('preview:table.sendProduct', { sku: group.sku })}
      data-testid="preview-include-product"
      data-key={group.key}
      checked={sent === ids.length}
      ref={(el) => {
        if (el) el.indeterminate = sent > 0 && sent < ids.length;
      }}
      disabled={!enabled}
      onChange={(e) => include(ids, e.target.checked)}
    />
  );
}

/** A line's flags, a decimal slip in red ahead of the others; the rules between fields it breaks in words. */
export function Flags({ flags, notes }: { flags: PreviewFlag[]; notes: string[] | undefined }) {
  return (
    <>
      {flags.map((f, i) => (
        <span key={f} className={`flag flag-${f}`} data-testid={`flag-${f}`} title={f === 'field_rule' ? notes?.join(' ') : undefined}>
          {i > 0 ? ', ' : ''}
          {t(`preview:flag.${f}`)}
        </span>
      ))}
      {notes?.map((note) => (
        <span key={note} className="flag-note" data-testid="flag-note">
          {note}
        </span>
      ))}
    </>
  );
}
