import type { ImportReport } from '../../../shared/import/types';
import type { PriceField } from '../../../shared/price-fields';
import { showNumber } from '../../app/locale';
import { t } from '../../i18n';
import { sayProblem } from './words';

/** Most problem rows listed; the counts above always cover all of them. */
const MAX_LISTED = 500;

/** A count for a plural message: `count` picks the form, `n` is the number as the locale writes it. */
const counted = (count: number) => ({ count, n: showNumber(count) });

/** A price the sheet gave, in the locale's decimals, ungrouped like a cell ("1299", "12,5"); '' stays ''. */
const read = (price: string) => (price ? showNumber(price, { plain: true }) : '');

/** The validation report: counts, then every problem with its sheet row. */
export function ImportReportView(props: { report: ImportReport; fields: readonly PriceField[]; addNewProducts: boolean; onAddNewProducts(add: boolean): void }) {
  const { report } = props;
  // The other price fields mapped, in the sample's order, named by their labels.
  const sampled = (report.sample[0]?.fields ?? []).map((f) => ({ id: f.field, label: props.fields.find((x) => x.id === f.field)?.label ?? f.field }));
  const primary = props.fields.find((f) => f.primary);
  const listed = report.problems.slice(0, MAX_LISTED);
  return (
    <section className="import-report" data-testid="import-report">
      <p className="import-summary" data-testid="import-summary">
        {t('importing:report.rowsRead', counted(report.total))} <strong data-testid="import-count-changes">{t('importing:report.changes', counted(report.edits.length))}</strong>,{' '}
        <span data-testid="import-count-unchanged">{t('importing:report.unchanged', { n: showNumber(report.unchanged) })}</span>
        {report.blank ? `, ${t('importing:report.blank', { n: showNumber(report.blank) })}` : ''}
        {report.counts.error > report.slips ? <span className="sev-error">, {t('importing:report.leftOut', counted(report.counts.error - report.slips))}</span> : null}
        {report.slips ? (
          <span className="sev-error" data-testid="import-count-slips">
            , {t('importing:report.slips', counted(report.slips))}
          </span>
        ) : null}
        {report.counts.warning ? <span className="sev-warning">, {t('importing:report.warnings', counted(report.counts.warning))}</span> : null}
        {report.counts.note ? `, ${t('importing:report.notes', counted(report.counts.note))}` : ''}.
      </p>
      {report.sample.length > 0 && (
        <table className="import-sample" data-testid="import-sample">
          <caption>{t('importing:report.sampleCaption')}</caption>
          <thead>
            <tr>
              <th>{t('importing:report.row')}</th>
              <th>{t('importing:report.sku')}</th>
              <th>{t('importing:report.inSheet')}</th>
              <th className="num">{sampled.length && primary ? t('importing:report.fieldRead', { label: primary.label }) : t('importing:report.priceRead')}</th>
              {sampled.map((f) => (
                <th key={f.id} className="num">
                  {f.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.sample.map((r) => (
              <tr key={r.row} data-testid="import-sample-row">
                <td>{r.row}</td>
                <td>{r.sku}</td>
                <td>{r.sheet}</td>
                <td className="num">{read(r.price)}</td>
                {sampled.map((f, i) => {
                  const cell = r.fields?.[i];
                  // "8,5 → 8.5" where the sheet's text was read as another number; the price alone where the same.
                  return (
                    <td key={f.id} className="num" data-testid={`import-sample-${f.id}`}>
                      {cell && cell.sheet !== cell.price ? `${cell.sheet} → ${read(cell.price)}` : read(cell?.price ?? '')}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.newProducts.length > 0 && (
        <label className="import-new-products" data-testid="import-new-products">
          <input type="checkbox" data-testid="import-add-new" checked={props.addNewProducts} onChange={(e) => props.onAddNewProducts(e.target.checked)} />
          {t('importing:report.newProducts', counted(report.newProducts.length))}
        </label>
      )}
      {listed.length > 0 && (
        <div className="import-problems-wrap">
          <table className="import-problems" data-testid="import-problems">
            <thead>
              <tr>
                <th>{t('importing:report.row')}</th>
                <th>{t('importing:report.sku')}</th>
                <th>{t('importing:report.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {listed.map((p, i) => (
                <tr key={i} className={`sev-${p.severity}`} data-testid="import-problem">
                  <td>{p.row}</td>
                  <td>{p.sku}</td>
                  <td>
                    {t(`importing:report.${p.severity}`)} {sayProblem(p)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.problems.length > MAX_LISTED && <p>{t('importing:report.more', { n: showNumber(report.problems.length - MAX_LISTED) })}</p>}
        </div>
      )}
    </section>
  );
}
