/**
 * An import problem in the person's language: shared/import gives each its words (an id of
 * the `importing` catalogue's `problem` group and parameters, ProblemWords) next to the
 * English message the CLI prints. Prices and percents in the parameters are canonical
 * decimals, written here with the locale's decimal separator; a parameter that is words itself is said first.
 */
import i18next from 'i18next';
import { unnamedColumn } from '../../../shared/import/header';
import type { ProblemWords, SeparatorInfo } from '../../../shared/import/types';
import { showNumber } from '../../app/locale';
import { t } from '../../i18n';

/** Parameters that are prices (formatted in the locale); `percent` is a signed change. */
const PRICES = new Set(['price', 'first', 'current', 'cost', 'amount', 'againstAmount']);

/** Parameters that are a sentence inside another ("Wholesale: the new price…"): they start lower case. */
const INNER = new Set(['sentence', 'reason']);

function param(key: string, value: string | number | ProblemWords): string {
  if (typeof value === 'object') {
    const inner = words(value) ?? '';
    return INNER.has(key) ? inner.charAt(0).toLowerCase() + inner.slice(1) : inner;
  }
  // Ungrouped, as a cell shows them ("1299" read as 1299): only the decimal separator is the locale's.
  if (key === 'percent') return showNumber(value, { signed: true, plain: true });
  return PRICES.has(key) ? showNumber(value, { plain: true }) : String(value);
}

/** The words in the window's language, or null where the catalogue has none for the id. */
export function words(said: ProblemWords): string | null {
  const key = `importing:problem.${said.id}`;
  if (!i18next.exists(key)) return null;
  const params = Object.fromEntries(Object.entries(said.params ?? {}).map(([k, v]) => [k, param(k, v)]));
  // The id is data from the import worker, not a literal: typed keys cannot check it, `exists` did.
  return String(i18next.t(key as never, params as never));
}

/** A sheet column as the dialog lists it: one without a header cell by its letter in the window's language ("Columna C"). */
export function columnLabel(label: string): string {
  const unnamed = unnamedColumn(label);
  return unnamed ? t('importing:dialog.columnLetter', { letter: unnamed.letter }) + unnamed.suffix : label;
}

/** A problem as the window shows it: its words where the catalogue has them, else its English message. */
export const sayProblem = (problem: { message: string; said?: ProblemWords }): string => (problem.said && words(problem.said)) || problem.message;

/** How a price column's decimal separator was decided, in the window's language. */
export function separatorText(info: SeparatorInfo): string {
  const comma = info.separator === ',';
  if (info.source === 'numbers') return t('importing:separatorText.numbers');
  if (info.source === 'none') return t('importing:separatorText.none');
  if (info.source === 'user') return comma ? t('importing:separatorText.userComma') : t('importing:separatorText.userPoint');
  // An answer from before `example` existed (not expected: the worker and page ship together) keeps its English.
  if (info.example === undefined) return info.text;
  const params = { example: info.example, against: String(info.against ?? 0) };
  if (info.against) return comma ? t('importing:separatorText.valuesCommaMixed', params) : t('importing:separatorText.valuesPointMixed', params);
  return comma ? t('importing:separatorText.valuesComma', params) : t('importing:separatorText.valuesPoint', params);
}
