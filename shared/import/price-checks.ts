/**
 * The rules one new price of the import meets, whichever price field it is for: above zero,
 * no more decimals than the vendor takes, and no likely decimal slip or change beyond the
 * usual. The primary field's messages are the import's words of always ("The new price 0 is
 * zero..."); another field's name it first ("Wholesale: the new price 0 is zero...").
 */
import { Big, decimalPlaces, nonPositive, nonPositiveMessage } from '../money';
import { decimalSlip, signedPercent } from '../price-rails';
import { beyondPercent } from '../exact';
import type { ImportRules, ProblemSeverity } from './types';

/** What a message says before the sentence: nothing for the primary field, "Wholesale: " for another. */
const said = (label: string | undefined, sentence: string) => (label ? `${label}: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}` : sentence);

/** Why the new price cannot be sent at all (zero, negative, too many decimals), or null. */
export function unsendable(newPrice: string, decimals: number, rules: ImportRules, label?: string): string | null {
  const notSendable = nonPositive(newPrice);
  if (notSendable) return said(label, nonPositiveMessage(newPrice, notSendable));
  if (decimalPlaces(newPrice) > decimals) return said(label, `The new price ${newPrice} has ${decimalPlaces(newPrice)} decimals; ${rules.vendorName} accepts at most ${decimals}.`);
  return null;
}

/**
 * How far the new price moves from the current one, when that is worth a word: a likely
 * decimal slip (an error that is merged all the same and waits in the grid for the person's
 * confirmation, shared/price-rails) or a change beyond the usual (a warning).
 */
export function movement(current: string | null, newPrice: string, priceText: string | null | undefined, rules: ImportRules, label?: string): { severity: ProblemSeverity; message: string; slip: boolean } | null {
  const slip = decimalSlip(current, newPrice);
  if (slip) {
    // "1.299" read as 1299 for a 29.99 product: merged, but held until the person confirms it.
    const sheet = priceText && priceText !== newPrice ? `"${priceText}" read as ${newPrice}` : `The new price ${newPrice}`;
    return { severity: 'error', slip: true, message: said(label, `${sheet} changes the current ${current} by ${signedPercent(slip.percent)}: is a decimal point in the wrong place? It is merged but cannot be sent until you confirm it.`) };
  }
  if (current !== null && nonPositive(current) === null && beyondPercent(newPrice, current, rules.maxChangePercent)) {
    const now = new Big(current);
    const pct = new Big(newPrice).minus(now).div(now).times(100).toFixed(1);
    return { severity: 'warning', slip: false, message: said(label, `The new price ${newPrice} changes the current ${current} by ${pct.startsWith('-') ? '' : '+'}${pct} %, more than ±${rules.maxChangePercent} %.`) };
  }
  return null;
}
