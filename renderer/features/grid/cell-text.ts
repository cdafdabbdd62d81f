/**
 * The numbers the grid shows, in the person's locale with thousands grouping, and the same
 * values as plain text for the clipboard: no grouping, so a copy keeps the exact value and
 * pastes back (into PriceDesk or a spreadsheet) as the same number. The grid's Currency
 * column names the currency, so cells carry no symbol.
 */
import { showMoney, showNumber } from '../../app/locale';

/** A price, two decimals at least ("1,234.50", "1 234,50"). */
export const money = (value: string | null | undefined, plain = false): string => showMoney(value, null, { plain });

/** A change in amount with its sign ("+1,234.50", "-3.10"). */
export const changeText = (value: string | null | undefined, plain = false): string => (value == null ? '' : showNumber(value, { signed: true, minDecimals: 2, plain }));

/** A percent, with its sign for changes ("+40.0 %"). */
export const percentText = (value: string | null | undefined, signed: boolean, plain = false): string => (value == null ? '' : `${showNumber(value, { signed, plain })} %`);

/** Clipboard text of numeric columns by column id; other columns copy what they show. */
export const PLAIN_TEXT: Partial<Record<string, (value: string) => string>> = {
  price: (v) => money(v, true),
  newPrice: (v) => money(v, true),
  cost: (v) => money(v, true),
  change: (v) => changeText(v, true),
  changePercent: (v) => percentText(v, true, true),
  marginPercent: (v) => percentText(v, false, true),
};
