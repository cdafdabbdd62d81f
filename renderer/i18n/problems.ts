/**
 * A pending price's problems (shared/grid/validate.ts, shared/field-rules.ts) in the
 * person's language, amounts and percents in their locale. shared/ keeps its English
 * `message` for the CLI; the window words each problem from its code and params here,
 * and falls back to that message for a problem it has no words for.
 */
import type { FieldWarning } from '../../shared/field-rules';
import type { PriceProblem } from '../../shared/grid/validate';
import { showMoney, showNumber } from '../app/locale';
import { t } from '.';

/** "+9900", "-45" as "+9900 %", "−45 %" in the locale, never grouped (the English rules' own text). */
function percentText(signed: string, minus: string): string {
  const negative = signed.startsWith('-');
  return `${negative ? minus : '+'}${showNumber(negative ? signed.slice(1) : signed, { plain: true })} %`;
}

const text = (value: string | number | undefined): string => String(value ?? '');

/** One problem in the person's language. */
export function wordProblem(problem: PriceProblem): string {
  const p = problem.params ?? {};
  switch (problem.code) {
    case 'not_positive':
      return t('messages:problem.notPositive');
    case 'too_many_decimals':
      return p.decimals === 0 ? t('messages:problem.wholePricesOnly') : t('messages:problem.tooManyDecimals', { count: Number(p.decimals) });
    case 'below_cost':
      return t('messages:problem.belowCost', { cost: showMoney(text(p.cost), null) });
    case 'decimal_slip':
      return t('messages:problem.decimalSlip', { percent: percentText(text(p.percent), '-') });
    case 'beyond_threshold':
      return t('messages:problem.beyondThreshold', { percent: percentText(text(p.percent), '−'), threshold: showNumber(text(p.threshold), { plain: true }) });
    case 'cross_field':
      return crossField(problem);
    default:
      return problem.message;
  }
}

/** A rule between two of a row's prices ("Wholesale 9,999.00 is above Price 12.00."). */
function crossField(problem: PriceProblem): string {
  const p = problem.params;
  if (!p) return problem.message;
  const words = { field: text(p.field), amount: showMoney(text(p.amount), null), against: text(p.against), againstAmount: showMoney(text(p.againstAmount), null) };
  if (p.rule === 'sale_above_price' || p.rule === 'tier_above_price') return t('messages:problem.fieldAbove', words);
  if (p.rule === 'recommended_below_price' || p.rule === 'below_cost') return t('messages:problem.fieldBelow', words);
  return problem.message;
}

/** One message for a cell: the problems worded and joined, most serious first (as describeProblems). */
export function wordProblems(problems: readonly PriceProblem[]): string | null {
  return problems.length ? problems.map(wordProblem).join(' ') : null;
}

/** A rule between a row's prices as the preview notes it, in the person's language. */
export const wordFieldWarning = (w: FieldWarning): string => wordProblem({ code: 'cross_field', message: w.message, params: { ...w.params, rule: w.rule } });
