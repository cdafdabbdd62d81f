/**
 * Bulk adjust in the person's language: the rule's description (Apply button, undo step,
 * history source), refusals and the preview's counts, from the parts shared/grid/bulk.ts
 * works out. shared/ keeps its English twins for tests; numbers in a rule are shown in the
 * locale without grouping ("× 0,6", "+1000 %"), as the person typed them.
 */
import { ROW_COST, ROW_PRICE, sayRule, type BulkOperation, type BulkPlan, type BulkRefusal, type RuleParts, type RuleVocabulary, type TargetName } from '../../../shared/grid/bulk';
import { showNumber } from '../../app/locale';
import { t } from '../../i18n';

export type Scope = 'selection' | 'filtered' | 'all';

/** A number of a rule as the locale writes it, ungrouped: "0,6". */
const num = (value: string | number) => showNumber(value, { plain: true });

/** The operation in a few words: "+5 %", "× 0,6", "set to 9,90" ('' for round only). */
export function operationText(op: BulkOperation): string {
  switch (op.kind) {
    case 'none':
      return '';
    case 'set':
      return t('bulk:rule.set', { value: num(op.value) });
    case 'add':
    case 'subtract':
      return t(`bulk:rule.${op.kind}`, { value: num(op.amount) });
    case 'multiply':
      return t('bulk:rule.multiply', { value: num(op.factor) });
    default:
      return t(`bulk:rule.${op.kind}`, { value: num(op.percent) });
  }
}

/** A rounding as the picker and the description name its result: ",99", "0,05". */
export const endingText = (ending: string) => num(ending).slice(1);
export const stepText = (step: string) => num(step);

const ROUNDED = { nearest: 'bulk:rule.roundedNearest', up: 'bulk:rule.roundedUp', down: 'bulk:rule.roundedDown' } as const;

/** The words of the language shown now, looked up at each call (the language can change). */
const WINDOW_RULE: RuleVocabulary = {
  operation: operationText,
  target: (target) => (target.kind === 'field' ? target.label : target.kind === 'tiers' ? t('bulk:rule.everyTier') : t('bulk:rule.everyPrice')),
  on: (rows, target) => (target ? t('bulk:rule.onTarget', { count: rows, n: showNumber(rows), target }) : t('bulk:rule.on', { count: rows, n: showNumber(rows) })),
  rounded: (r) => t(ROUNDED[r.mode], { to: r.kind === 'decimals' ? t('bulk:rule.toDecimals', { n: num(r.decimals) }) : r.kind === 'ending' ? endingText(r.ending) : t('bulk:rule.toStep', { step: stepText(r.step) }) }),
  sentence: (what, on, rounded) => (rounded ? t('bulk:rule.describedRounded', { what, on, rounded }) : t('bulk:rule.described', { what, on })),
  roundOnly: (rounded, on) => t('bulk:rule.roundOnly', { rounded, on }),
};

/** "Wholesale", "every tier", "every price"; null for a connection whose fields are not known. */
export const targetText = (target: TargetName): string | null => (target === null ? null : WINDOW_RULE.target(target));

/**
 * The rule in a few words, as describeRule says it in English: "Wholesale = Price × 0,6 en
 * 84 filas", "+3 % på alla prisnivåer för 12 rader, avrundat till ,99".
 */
export const ruleText = (parts: RuleParts): string => sayRule(parts, WINDOW_RULE);

/**
 * "Apply +5 % to Wholesale of 84 filtered rows", "Apply Price × 0.6 to Wholesale of 12 selected
 * rows", "Apply to all 500 rows" (a connection whose fields are not known, a rule not complete).
 * `parts` null: the rule is not complete; the primary field's label is named if known.
 */
export function applyText(scope: Scope, count: number, parts: RuleParts | null, primary: string | undefined): string {
  const rows = t(`bulk:apply.${scope}`, { count, n: showNumber(count) });
  const target = parts ? targetText(parts.target) : (primary ?? null);
  // The Apply button names a set price by its value alone: "Apply 9,90 to Price of 3 rows".
  const op = !parts ? '' : parts.operation.kind === 'set' ? num(parts.operation.value) : operationText(parts.operation);
  const what = [parts?.base, op].filter(Boolean).join(' ');
  if (what && target) return t('bulk:apply.full', { what, target, rows });
  if (what) return t('bulk:apply.noTarget', { what, rows });
  return target ? t('bulk:apply.noWhat', { target, rows }) : t('bulk:apply.bare', { rows });
}

/** Why a rule cannot run at this connection. */
export function refusalText(r: BulkRefusal): string {
  switch (r.refused) {
    case 'noField':
      return t('bulk:refusal.noField', { field: r.field });
    case 'currencies':
      return t('bulk:refusal.currencies', { target: r.target, targetCurrency: r.targetCurrency, base: r.base, baseCurrency: r.baseCurrency });
    default:
      return t(`bulk:refusal.${r.refused}`);
  }
}

/** "12 products have no Cost: left unchanged." (prices, where the rule changes several fields); null when none is skipped. */
export function skippedText(plan: BulkPlan): string | null {
  const count = plan.preview.skipped;
  if (count === 0) return null;
  const labels = plan.preview.missing.map((m) => (m === ROW_COST ? t('bulk:preview.rowCost') : m === ROW_PRICE ? t('bulk:preview.rowPrice') : m));
  const missing = labels.reduce((first, next) => t('bulk:preview.or', { first, next }));
  const params = { count, n: showNumber(count), missing };
  return plan.fieldCount === 1 ? t('bulk:preview.skippedProducts', params) : t('bulk:preview.skippedPrices', params);
}

/** "3 of 84 rows change" (one field: products), "5 prices change in 3 rows" (several fields). */
export function countText(plan: BulkPlan, inputs: number): string {
  const changing = showNumber(plan.preview.changing);
  if (plan.fieldCount === 1) return t('bulk:preview.rows', { count: inputs, n: showNumber(inputs), changing });
  return t('bulk:preview.prices', { count: plan.preview.changing, changing, rows: t('bulk:preview.inRows', { count: inputs, n: showNumber(inputs) }) });
}

/** Rows or prices past the decimal-slip rails, each to be confirmed before it is sent. */
export function slipsText(plan: BulkPlan): string {
  const count = plan.preview.slips;
  const params = { count, n: showNumber(count) };
  return plan.fieldCount > 1 ? t('bulk:preview.slipPrices', params) : t('bulk:preview.slipRows', params);
}
