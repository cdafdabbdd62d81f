/**
 * Bulk adjust: one rule over the selection, the filtered rows or all rows, with a live
 * preview (rows changing, lowest and highest result) before it is applied as one undo step.
 * The rule names the price field it changes (or every tier, every price) and what it starts
 * from: the field's own price or another field's ("Wholesale = Price × 0.6").
 * The scope starts as what the person sees (a selection of several rows, else the rows the
 * filters show) and the Apply button names it with its row count. After Apply the panel is
 * disarmed until the rule, the scope or the rows in it change, so a second click cannot
 * apply the same rule on top of itself.
 */
import type { GridApi } from 'ag-grid-community';
import { useEffect, useMemo, useState } from 'react';
import { isRefusal, planBulk, ruleParts, type BulkOperation, type BulkRule, type BulkTarget, type RoundMode, type Rounding } from '../../../shared/grid/bulk';
import { splitCellId } from '../../../shared/grid/cells';
import { readPrice } from '../../../shared/grid/read-price';
import type { PriceField } from '../../../shared/price-fields';
import { currentLocale } from '../../app/locale';
import { t } from '../../i18n';
import { applyText, countText, endingText, refusalText, ruleText, skippedText, slipsText, stepText, type Scope } from './bulk-words';
import { money } from './cell-text';
import { useAfterPaint } from './derived';
import { filteredRowKeys, selectedRowKeys } from './interactions';
import { useSelection } from './selection';
import { useGrid } from './slice';
import { useGridView } from './view';

/** The target picker's choices besides single fields (field ids start with a letter). */
const EVERY_TIER = '*tiers';
const EVERY_PRICE = '*prices';
/** The base picker's "its own price". */
const OWN = '';

/** The rule's target from the picker (undefined: the primary field). */
function toTarget(choice: string, fields: readonly PriceField[]): BulkTarget | undefined {
  if (choice === EVERY_TIER && fields.some((f) => f.kind === 'tier')) return { kind: 'tiers' };
  if (choice === EVERY_PRICE) return { kind: 'prices' };
  const field = fields.find((f) => f.id === choice);
  return field && !field.primary ? { kind: 'field', field: field.id } : undefined;
}
type OpKind = BulkOperation['kind'];
type RoundChoice = 'none' | 'decimals' | '0.99' | '0.95' | '0.90' | '0.05' | '0.10' | '1';

/** The operations in the picker's order, with the unit their value is in. */
const OPERATIONS: { kind: OpKind; unit: string }[] = [
  { kind: 'addPercent', unit: '%' },
  { kind: 'subtractPercent', unit: '%' },
  { kind: 'add', unit: '' },
  { kind: 'subtract', unit: '' },
  { kind: 'multiply', unit: '×' },
  { kind: 'set', unit: '' },
  { kind: 'margin', unit: '%' },
  { kind: 'none', unit: '' },
];

const ROUNDINGS: RoundChoice[] = ['none', 'decimals', '0.99', '0.95', '0.90', '0.05', '0.10', '1'];

/** A rounding choice by name, at render time (the language may have changed): "Ending ,99", "Nearest 0,05". */
function roundingLabel(choice: RoundChoice): string {
  if (choice === 'none' || choice === 'decimals') return t(`bulk:rounding.${choice}`);
  if (choice === '0.99' || choice === '0.95' || choice === '0.90') return t('bulk:rounding.ending', { ending: endingText(choice) });
  return t('bulk:rounding.step', { step: stepText(choice) });
}

function toRounding(choice: RoundChoice, mode: RoundMode): Rounding {
  if (choice === 'none') return { kind: 'none' };
  if (choice === 'decimals') return { kind: 'decimals', decimals: 2, mode };
  if (choice === '0.99' || choice === '0.95' || choice === '0.90') return { kind: 'ending', ending: choice, mode };
  return { kind: 'step', step: choice, mode };
}

/** The rule from the form, or the reason it is not complete yet. */
function toRule(kind: OpKind, text: string, rounding: Rounding, fields: Pick<BulkRule, 'target' | 'base'>): BulkRule | string {
  if (kind === 'none') return rounding.kind === 'none' ? t('bulk:hint.chooseRounding') : { operation: { kind }, rounding, ...fields };
  const cleaned = text.replace(/%\s*$/, '');
  const parsed = readPrice(cleaned, currentLocale());
  if (!parsed.ok) return text.trim() === '' ? t('bulk:hint.enterValue') : parsed.error;
  if (parsed.value.startsWith('-')) return t('bulk:hint.positive');
  const v = parsed.value;
  const operation: BulkOperation =
    kind === 'set' ? { kind, value: v }
    : kind === 'add' || kind === 'subtract' ? { kind, amount: v }
    : kind === 'multiply' ? { kind, factor: v }
    : { kind, percent: v };
  return { operation, rounding, ...fields };
}

export function BulkPanel() {
  const rows = useGrid((s) => s.rows);
  const edits = useGrid((s) => s.edits);
  const fields = useGrid((s) => s.fields);
  const api = useGridView((s) => s.api);
  // The rows in scope follow the selection and the filters while the panel is open.
  const anchor = useSelection((s) => s.anchor);
  const focus = useSelection((s) => s.focus);
  const filters = useGridView((s) => `${s.search}|${s.onlyChanged}|${s.onlyProblems}|${s.filterField}|${JSON.stringify(s.columnFilters)}`);
  // null: follow what the person sees; a radio click makes the choice explicit.
  const [chosenScope, setScope] = useState<Scope | null>(null);
  // "Bulk adjust on selection" from the context menu: that scope, even for one row.
  const requested = useGridView((s) => s.bulkScope);
  if (requested && chosenScope !== requested) setScope(requested);
  useEffect(() => {
    if (requested) useGridView.getState().set({ bulkScope: null });
  }, [requested]);
  // What was applied last (rule, scope and rows): the same again needs a new action.
  const [applied, setApplied] = useState<string | null>(null);
  const [kind, setKind] = useState<OpKind>('addPercent');
  const [text, setText] = useState('');
  const [roundChoice, setRoundChoice] = useState<RoundChoice>('none');
  const [mode, setMode] = useState<RoundMode>('nearest');
  // The field changed and the one it starts from, by id; a field the connection no longer has reads as the default.
  const [targetChoice, setTarget] = useState('');
  const [baseChoice, setBase] = useState(OWN);
  const target = useMemo(() => toTarget(targetChoice, fields), [targetChoice, fields]);
  const targetId = target ? (target.kind === 'field' ? target.field : targetChoice) : (fields.find((f) => f.primary)?.id ?? '');
  const baseId = fields.some((f) => f.id === baseChoice) ? baseChoice : OWN;
  const usesBase = kind !== 'set' && kind !== 'margin';

  const rule = useMemo(
    () => toRule(kind, text, toRounding(roundChoice, mode), { ...(target ? { target } : {}), ...(baseId !== OWN ? { base: { kind: 'field' as const, field: baseId } } : {}) }),
    [kind, text, roundChoice, mode, target, baseId],
  );
  // The preview follows the rule, the rows in scope, the selection and the filters; with a
  // large catalog it is worked out after the grid paints, so applying shows at once.
  const planned = useAfterPaint(
    () => {
      const scope = chosenScope ?? seenScope(api, rows.length);
      const keys = scope === 'all' || !api ? null : scope === 'selection' ? selectedRowKeys(api) : filteredRowKeys(api);
      const source = keys ? rowsByKeys(rows, keys) : rows;
      // A pending removal leaves no price to scale: only "set" and margin rules reach it.
      // Results beyond the decimal-slip rails (a rule typed 1000 for 10) wait for confirmation.
      const plan = typeof rule === 'string' ? null : planBulk(source, edits, fields, rule);
      return { rule, scope, inputs: source.length, plan };
    },
    [rule, chosenScope, api, rows, edits, fields, anchor, focus, filters],
    rows.length <= 5000,
  );
  const current = planned !== null && planned.rule === rule ? planned : null;
  // A rule this connection cannot run (a base in another currency) says why instead of a preview.
  const refusal = current?.plan && isRefusal(current.plan) ? refusalText(current.plan) : null;
  const plan = current?.plan && !isRefusal(current.plan) ? current.plan : null;
  const scope = current?.scope ?? chosenScope ?? 'all';
  // The action Apply would take; edits are left out, or applying would re-arm it at once.
  // Any change to it after Apply re-arms the panel, even back to the rule just applied.
  const action = JSON.stringify([kind, text, roundChoice, mode, targetId, baseId, scope, anchor, focus, filters]);
  if (applied !== null && applied !== action) setApplied(null);
  const armed = applied === null;

  const apply = () => {
    if (!plan || plan.ids.length === 0 || !armed || typeof rule === 'string') return;
    // The rows changed: each cell is one where the rule changes one field, else count the products.
    const rowCount = plan.fieldCount === 1 ? plan.ids.length : new Set(plan.ids.map((id) => splitCellId(id).key)).size;
    // In the language shown now: the history's source keeps the words the person saw.
    const words = ruleText(ruleParts(rule, rowCount, fields));
    // One applyEdits call: one undo step, the cell ids and values as the plan holds them.
    useGrid.getState().applyEdits(
      plan.ids.map((key, i) => ({ key, newPrice: plan.values[i]! })),
      t('bulk:rule.undo', { rule: words }),
      { source: { kind: 'bulk', detail: words } },
    );
    setApplied(action);
  };

  const unit = OPERATIONS.find((o) => o.kind === kind)!.unit;
  return (
    <aside className="side-panel" data-testid="bulk-panel" aria-label={t('bulk:title')}>
      <h2>{t('bulk:title')}</h2>
      <fieldset className="scope">
        <legend>{t('bulk:scope.legend')}</legend>
        {(['selection', 'filtered', 'all'] as const).map((s) => (
          <label key={s} className="check">
            <input type="radio" name="bulk-scope" data-testid={`bulk-scope-${s}`} checked={scope === s} onChange={() => setScope(s)} />
            {t(`bulk:scope.${s}`)}
          </label>
        ))}
      </fieldset>
      {fields.length > 1 && (
        <>
          <label className="form-field">
            <span>{t('bulk:field.target')}</span>
            <select data-testid="bulk-target" value={targetId} onChange={(e) => setTarget(e.target.value)}>
              {fields.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.label}
                </option>
              ))}
              {fields.some((f) => f.kind === 'tier') && <option value={EVERY_TIER}>{t('bulk:field.everyTier')}</option>}
              <option value={EVERY_PRICE}>{t('bulk:field.everyPrice')}</option>
            </select>
          </label>
          <label className="form-field">
            <span>{t('bulk:field.base')}</span>
            <select data-testid="bulk-base" value={baseId} disabled={!usesBase} onChange={(e) => setBase(e.target.value)}>
              <option value={OWN}>{t('bulk:field.own')}</option>
              {fields.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <label className="form-field">
        <span>{t('bulk:operation.label')}</span>
        <select data-testid="bulk-operation" value={kind} onChange={(e) => setKind(e.target.value as OpKind)}>
          {OPERATIONS.map((o) => (
            <option key={o.kind} value={o.kind}>
              {t(`bulk:operation.${o.kind}`)}
            </option>
          ))}
        </select>
      </label>
      {kind !== 'none' && (
        <label className="form-field">
          <span>{unit ? t('bulk:valueIn', { unit }) : t('bulk:value')}</span>
          <input data-testid="bulk-value" inputMode="decimal" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
      )}
      <div className="bulk-rounding">
        <label className="form-field">
          <span>{t('bulk:rounding.label')}</span>
          <select data-testid="bulk-rounding" value={roundChoice} onChange={(e) => setRoundChoice(e.target.value as RoundChoice)}>
            {ROUNDINGS.map((r) => (
              <option key={r} value={r}>
                {roundingLabel(r)}
              </option>
            ))}
          </select>
        </label>
        <label className="form-field">
          <span>{t('bulk:direction.label')}</span>
          <select data-testid="bulk-mode" value={mode} disabled={roundChoice === 'none'} onChange={(e) => setMode(e.target.value as RoundMode)}>
            {(['nearest', 'up', 'down'] as const).map((m) => (
              <option key={m} value={m}>
                {t(`bulk:direction.${m}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="bulk-preview" data-testid="bulk-preview" aria-live="polite">
        {typeof rule === 'string' || refusal ? (
          <span className="help" data-testid="bulk-refusal">
            {typeof rule === 'string' ? rule : refusal}
          </span>
        ) : !plan || !current ? (
          <span className="help">{t('bulk:preview.calculating')}</span>
        ) : (
          <>
            <strong data-testid="bulk-preview-count">
              {countText(plan, current.inputs)}
            </strong>
            {plan.preview.lowest !== null && (
              <span data-testid="bulk-preview-range">
                {t('bulk:preview.range', { lowest: money(plan.preview.lowest), highest: money(plan.preview.highest) })}
              </span>
            )}
            {plan.preview.slips > 0 && (
              <span className="bulk-slips" data-testid="bulk-preview-slips">
                {slipsText(plan)}
              </span>
            )}
            {plan.preview.skipped > 0 && (
              <span className="help" data-testid="bulk-preview-skipped">
                {skippedText(plan)}
              </span>
            )}
          </>
        )}
      </div>
      {!armed && (
        <p className="help" data-testid="bulk-applied">
          {t('bulk:applied')}
        </p>
      )}
      <button type="button" className="primary" data-testid="bulk-apply" disabled={!plan || plan.ids.length === 0 || !armed} onClick={apply}>
        {current ? applyText(scope, current.inputs, typeof rule === 'string' ? null : ruleParts(rule, 0, fields), fields.find((f) => f.primary)?.label) : t('bulk:apply.plain')}
      </button>
    </aside>
  );
}

/**
 * The scope that matches what the person sees: a selection of several rows, else the rows
 * the search and filters leave (all rows when nothing is filtered). One selected cell is
 * where the cursor is, not a choice of rows.
 */
function seenScope(api: GridApi | null, total: number): Scope {
  if (!api) return 'all';
  if (selectedRowKeys(api).length > 1) return 'selection';
  return api.getDisplayedRowCount() < total ? 'filtered' : 'all';
}

function rowsByKeys<T extends { key: string }>(rows: T[], keys: string[]): T[] {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return keys.map((k) => byKey.get(k)).filter((r): r is T => r !== undefined);
}
