import { useEffect, useRef, useState } from 'react';
import type { MappingTarget } from '../../../shared/import/mapping';
import { PREVIEW_ROWS, type Separator } from '../../../shared/import/types';
import type { PriceField } from '../../../shared/price-fields';
import { showNumber } from '../../app/locale';
import { t } from '../../i18n';
import { ImportReportView } from './ImportReportView';
import { sayImport } from './say-import';
import { useGrid } from '../grid/slice';
import { useImport } from './slice';
import { columnLabel, separatorText } from './words';

/** One row of the mapping step: what a column can be chosen for. */
interface Target {
  target: MappingTarget;
  testId: string;
  label: string;
  /** A few words on what the column does, where its name alone could mislead. */
  hint?: string;
}

/**
 * The mapping step's targets: the SKU, every price field of the connection (the primary one
 * first: its column is the "New price" of always), then the cost the new prices are checked
 * against (never sent), the name and the currency. Without known fields, today's list.
 */
function mappingTargets(fields: readonly PriceField[]): Target[] {
  const primary = fields.find((f) => f.primary);
  const others = fields.filter((f) => !f.primary);
  const hasCostField = others.some((f) => f.kind === 'cost');
  return [
    { target: 'sku', testId: 'sku', label: t('importing:target.sku') },
    { target: 'price', testId: 'price', label: primary && others.length ? t('importing:target.newPriceOf', { label: primary.label }) : t('importing:target.newPrice') },
    ...others.map((f) => ({
      target: { field: f.id },
      testId: `field-${f.id}`,
      label: t('importing:target.newPriceOf', { label: f.label }),
      ...(f.kind === 'cost' ? { hint: t('importing:target.sentHint') } : {}),
    })),
    { target: 'cost', testId: 'cost', label: hasCostField ? t('importing:target.costToCheck') : t('importing:target.cost'), ...(hasCostField ? { hint: t('importing:target.notSent') } : {}) },
    { target: 'name', testId: 'name', label: t('importing:target.name') },
    { target: 'currency', testId: 'currency', label: t('importing:target.currency') },
  ];
}

/** The import dialog: sheet, header row, column mapping, separators, then the report and Merge. */
export function ImportDialog() {
  const s = useImport();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (!ref.current?.open) ref.current?.showModal();
  }, []);
  const sheet = s.sheets[s.sheetIndex];
  const adding = s.addNewProducts && s.report ? s.report.newProducts.length : 0;
  const mergeCount = (s.report?.edits.length ?? 0) + adding;
  const canMerge = s.report !== null && mergeCount > 0 && !s.busy;
  const fields = useGrid((g) => g.fields);
  const columnOf = (target: MappingTarget) => (typeof target === 'string' ? s.mapping![target] : (s.mapping!.fields?.[target.field] ?? null));

  return (
    <dialog ref={ref} className="dialog import-dialog" data-testid="import-dialog" aria-labelledby="import-title" onCancel={(e) => (e.preventDefault(), s.close())}>
      <h3 id="import-title">{t('importing:dialog.title', { file: s.fileName })}</h3>
      {s.busy && <Busy label={t(`importing:busy.${s.busy}`)} since={s.busySince} onCancel={s.close} />}
      {s.error && (
        <p className="import-error" role="alert" data-testid="import-error">
          {sayImport(s.error)}
        </p>
      )}
      {s.notes.length > 0 && (
        <ul className="import-notes" data-testid="import-notes">
          {s.notes.map((n) => (
            <li key={n.message}>{sayImport(n)}</li>
          ))}
        </ul>
      )}
      {s.step !== 'failed' && s.sheets.length > 0 && (
        <div className="import-body">
          <div className="import-controls">
            {s.sheets.length > 1 && (
              <label>
                {t('importing:dialog.sheet')}
                <select data-testid="import-sheet" value={s.sheetIndex} onChange={(e) => void s.chooseSheet(Number(e.target.value))}>
                  {s.sheets.map((sh, i) => (
                    <option key={sh.name} value={i}>
                      {sh.problem ? t('importing:dialog.sheetUnreadable', { name: sh.name }) : t('importing:dialog.sheetRows', { name: sh.name, count: sh.rowCount, n: showNumber(sh.rowCount) })}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {sheet && !sheet.problem && (
              <label>
                {t('importing:dialog.headerRow')}
                <select data-testid="import-header-row" value={s.headerRow} onChange={(e) => void s.setHeaderRow(Number(e.target.value))}>
                  {sheet.preview.slice(0, PREVIEW_ROWS).map((cells, r) => (
                    <option key={r} value={r}>
                      {t('importing:dialog.headerOption', { row: String(r + 1), cells: cells.filter(Boolean).slice(0, 4).join(' · ').slice(0, 60) || t('importing:dialog.blank') })}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
          {s.proposal && s.mapping && (
            <fieldset className="import-mapping" data-testid="import-mapping">
              <legend>{s.proposal.remembered ? t('importing:dialog.columnsRemembered') : t('importing:dialog.columnsGuessed')}</legend>
              {mappingTargets(fields).map(({ target, testId, label, hint }) => (
                <label key={testId}>
                  {label}
                  {hint && <small className="import-map-hint"> ({hint})</small>}
                  <select
                    data-testid={`import-map-${testId}`}
                    value={columnOf(target) ?? ''}
                    onChange={(e) => void s.setColumn(target, e.target.value === '' ? null : Number(e.target.value))}
                  >
                    <option value="">{t('importing:dialog.notInFile')}</option>
                    {s.proposal!.labels.map((label, c) => (
                      <option key={c} value={c}>
                        {columnLabel(label)}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
              <p className="import-note">{t('importing:dialog.required')}</p>
              {fields.some((f) => !f.primary && f.kind === 'cost') && (
                <p className="import-note" data-testid="import-cost-note">
                  {t('importing:dialog.costNote', { label: fields.find((f) => !f.primary && f.kind === 'cost')!.label })}
                </p>
              )}
              {s.proposal.notes.map((n) => (
                <p key={n.message} className="import-note">
                  {sayImport(n)}
                </p>
              ))}
            </fieldset>
          )}
          {s.report && (
            <div className="import-separators">
              {(['price', 'cost'] as const).map((field) => {
                const info = s.report!.separators[field];
                if (!info) return null;
                return (
                  <SeparatorChoice key={field} testId={`import-sep-${field}`} label={field === 'price' ? t('importing:target.newPrice') : t('importing:target.cost')} text={separatorText(info)} chosen={s.separators[field]} onChoose={(sep) => void s.setSeparator(field, sep)} />
                );
              })}
              {fields
                .filter((f) => s.report!.fieldSeparators?.[f.id])
                .map((f) => (
                  <SeparatorChoice
                    key={f.id}
                    testId={`import-sep-field-${f.id}`}
                    label={f.label}
                    text={separatorText(s.report!.fieldSeparators![f.id]!)}
                    chosen={s.fieldSeparators[f.id]}
                    onChoose={(sep) => void s.setFieldSeparator(f.id, sep)}
                  />
                ))}
            </div>
          )}
          {s.report && <ImportReportView report={s.report} fields={fields} addNewProducts={s.addNewProducts} onAddNewProducts={s.setAddNewProducts} />}
        </div>
      )}
      <div className="dialog-buttons">
        <button type="button" data-testid="import-cancel" onClick={s.close}>
          {s.step === 'failed' ? t('common:close') : t('common:cancel')}
        </button>
        {s.step !== 'failed' && (
          <button type="button" className="primary" data-testid="import-merge" disabled={!canMerge} onClick={() => void s.merge()}>
            {t('importing:dialog.merge', { count: mergeCount, n: showNumber(mergeCount) })}
          </button>
        )}
      </div>
    </dialog>
  );
}

/** A price column's decimal separator: what was read, and the person's choice. */
function SeparatorChoice(props: { testId: string; label: string; text: string; chosen: Separator | null | undefined; onChoose(separator: Separator | null): void }) {
  return (
    <label data-testid={props.testId}>
      {t('importing:separator.label', { label: props.label })} <span data-testid={`${props.testId}-text`}>{props.text}</span>
      <select value={props.chosen ?? ''} onChange={(e) => props.onChoose((e.target.value || null) as Separator | null)}>
        <option value="">{t('importing:separator.fromValues')}</option>
        <option value=".">{t('importing:separator.point')}</option>
        <option value=",">{t('importing:separator.comma')}</option>
      </select>
    </label>
  );
}

/** The progress line while the worker reads or checks: the UI stays usable, Cancel ends it. */
function Busy(props: { label: string; since: number; onCancel(): void }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - props.since) / 1000));
  return (
    <div className="import-busy" data-testid="import-busy">
      <progress />
      <span>
        {props.label} {seconds >= 2 ? t('importing:busy.seconds', { n: showNumber(seconds) }) : ''}
      </span>
      <button type="button" data-testid="import-stop" onClick={props.onCancel}>
        {t('importing:busy.stop')}
      </button>
    </div>
  );
}
