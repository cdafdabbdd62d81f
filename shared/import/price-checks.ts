/**
 * The rules one new price of the import meets, whichever price field it is for: above zero,
 * no more decimals than the vendor takes, and no likely decimal slip or change beyond the
 * usual. The primary field's messages are the import's words of always ("The new price 0 is
 * zero..."); another field's name it first ("Wholesale: the new price 0 is zero...").
 */
import { Big, decimalPlaces, nonPositive, nonPositiveMessage } from '../money';
import { decimalSlip, signedPercent } from '../price-rails';
import { beyondPercent } from '../exact';
import type { ImportRules, ProblemSeverity, ProblemWords } from './types';

/** A problem in English (the CLI's) and as words for the window. */
export interface Worded {
  message: string;
  said: ProblemWords;
}

/** What a problem says before the sentence: nothing for the primary field, "Wholesale: " for another. */
function forField(label: string | undefined, sentence: string, words: ProblemWords): Worded {
  if (!label) return { message: sentence, said: words };
  return { message: `${label}: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`, said: { id: 'forField', params: { field: label, sentence: words } } };
}

/** Why the new price cannot be sent at all (zero, negative, too many decimals), or null. */
export function unsendable(newPrice: string, decimals: number, rules: ImportRules, label?: string): Worded | null {
  const notSendable = nonPositive(newPrice);
  if (notSendable) {
    const id = notSendable === 'zero' ? 'priceZero' : notSendable === 'negative' ? 'priceNegative' : 'priceNotNumber';
    return forField(label, nonPositiveMessage(newPrice, notSendable), { id, params: { price: newPrice } });
  }
  const places = decimalPlaces(newPrice);
  if (places > decimals) {
    return forField(label, `The new price ${newPrice} has ${places} decimals; ${rules.vendorName} accepts at most ${decimals}.`, {
      id: 'tooManyDecimals',
      params: { price: newPrice, decimals: places, vendor: rules.vendorName, max: decimals },
    });
  }
  return null;
}

/**
 * How far the new price moves from the current one, when that is worth a word: a likely
 * decimal slip (an error that is merged all the same and waits in the grid for the person's
 * confirmation, shared/price-rails) or a change beyond the usual (a warning).
 */
export function movement(current: string | null, newPrice: string, priceText: string | null | undefined, rules: ImportRules, label?: string): (Worded & { severity: ProblemSeverity; slip: boolean }) | null {
  const slip = decimalSlip(current, newPrice);
  if (slip) {
    // "1.299" read as 1299 for a 29.99 product: merged, but held until the person confirms it.
    const read = priceText && priceText !== newPrice;
    const sheet = read ? `"${priceText}" read as ${newPrice}` : `The new price ${newPrice}`;
    const message = `${sheet} changes the current ${current} by ${signedPercent(slip.percent)}: is a decimal point in the wrong place? It is merged but cannot be sent until you confirm it.`;
    const words = { id: read ? 'slipRead' : 'slip', params: { price: newPrice, current: current!, percent: slip.percent, ...(read ? { text: priceText } : {}) } };
    return { severity: 'error', slip: true, ...forField(label, message, words) };
  }
  if (current !== null && nonPositive(current) === null && beyondPercent(newPrice, current, rules.maxChangePercent)) {
    const now = new Big(current);
    const pct = new Big(newPrice).minus(now).div(now).times(100).toFixed(1);
    const message = `The new price ${newPrice} changes the current ${current} by ${pct.startsWith('-') ? '' : '+'}${pct} %, more than ±${rules.maxChangePercent} %.`;
    return { severity: 'warning', slip: false, ...forField(label, message, { id: 'bigChange', params: { price: newPrice, current, percent: pct, max: rules.maxChangePercent } }) };
  }
  return null;
}
