import type { ImportReport } from '../../../shared/import/types';
import type { PriceField } from '../../../shared/price-fields';

/** Most problem rows listed; the counts above always cover all of them. */
const MAX_LISTED = 500;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

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
        {report.total} rows read: <strong data-testid="import-count-changes">{plural(report.edits.length, 'change')}</strong>, <span data-testid="import-count-unchanged">{report.unchanged} unchanged</span>
        {report.blank ? `, ${report.blank} without a new price` : ''}
        {report.counts.error > report.slips ? <span className="sev-error">, {plural(report.counts.error - report.slips, 'error')} (left out)</span> : null}
        {report.slips ? (
          <span className="sev-error" data-testid="import-count-slips">
            , {report.slips} possible decimal {report.slips === 1 ? 'slip' : 'slips'} (merged, each needs your confirmation before sending)
          </span>
        ) : null}
        {report.counts.warning ? <span className="sev-warning">, {plural(report.counts.warning, 'warning')}</span> : null}
        {report.counts.note ? `, ${plural(report.counts.note, 'note')}` : ''}.
      </p>
      {report.sample.length > 0 && (
        <table className="import-sample" data-testid="import-sample">
          <caption>How the first rows were read</caption>
          <thead>
            <tr>
              <th>Row</th>
              <th>SKU</th>
              <th>In the sheet</th>
              <th className="num">{sampled.length && primary ? `${primary.label} read` : 'Price read'}</th>
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
                <td className="num">{r.price}</td>
                {sampled.map((f, i) => {
                  const cell = r.fields?.[i];
                  // "8,5 → 8.5" where the sheet's text was read as another number; the price alone where the same.
                  return (
                    <td key={f.id} className="num" data-testid={`import-sample-${f.id}`}>
                      {cell && cell.sheet !== cell.price ? `${cell.sheet} → ${cell.price}` : (cell?.price ?? '')}
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
          Add {plural(report.newProducts.length, 'new product')}: {report.newProducts.length === 1 ? 'this SKU is' : 'these SKUs are'} not in the catalog and will be created
          when you send the changes.
        </label>
      )}
      {listed.length > 0 && (
        <div className="import-problems-wrap">
          <table className="import-problems" data-testid="import-problems">
            <thead>
              <tr>
                <th>Row</th>
                <th>SKU</th>
                <th>Problem</th>
              </tr>
            </thead>
            <tbody>
              {listed.map((p, i) => (
                <tr key={i} className={`sev-${p.severity}`} data-testid="import-problem">
                  <td>{p.row}</td>
                  <td>{p.sku}</td>
                  <td>
                    {p.severity === 'error' ? 'Error: ' : p.severity === 'warning' ? 'Warning: ' : 'Note: '}
                    {p.message}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.problems.length > MAX_LISTED && <p>…and {report.problems.length - MAX_LISTED} more.</p>}
        </div>
      )}
    </section>
  );
}
