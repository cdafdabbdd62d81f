/**
 * The preview's sentences in the person's language, from the codes and numbers
 * shared/preview gives (the CLI keeps its English ones there). Numbers are formatted in
 * the locale before they go into a sentence; `count` only picks the plural form.
 */
import { DEFAULT_SLIP_LIMITS } from '../../../shared/price-rails';
import { flaggedParts, lineName, type FlaggedPart, type HistogramBucket, type PreviewInput, type PreviewRow } from '../../../shared/preview';
import type { NewProductVisibility } from '../../../shared/new-product-visibility';
import { roundedDuration, type SubmissionEstimate } from '../../../shared/estimate';
import { showNumber } from '../../app/locale';
import { t } from '../../i18n';

/** A count for a sentence: `count` picks the plural, `n` is what is shown ("1.234"). */
export const counted = (count: number) => ({ count, n: showNumber(count) });

/** A % in the locale, signed where asked ("+40,0 %"). */
export const showPercent = (value: string, signed = false) => t('preview:percent', { n: showNumber(value, { signed }) });

/** A bucket's label with its bounds in the locale ("−90 % or less" in Sweden). */
export function bucketLabel(b: HistogramBucket): string {
  if (b.from === null) return t('preview:histogram.atMost', { to: showNumber(b.to!) });
  if (b.to === null) return t('preview:histogram.atLeast', { from: showNumber(b.from) });
  return t('preview:histogram.between', { from: showNumber(b.from), to: showNumber(b.to) });
}

function flaggedWords(part: FlaggedPart, threshold: string): string {
  switch (part.kind) {
    case 'slip':
      // Ungrouped, as the CLI and the editor's rails write a slip ("+9900 %").
      return t(part.up ? 'preview:flagged.slipUp' : 'preview:flagged.slipDown', { percent: showNumber(part.percent, { plain: true }), line: part.line });
    case 'slips':
      return t('preview:flagged.slips', {
        n: showNumber(part.count),
        up: showNumber(DEFAULT_SLIP_LIMITS.maxUpPercent, { signed: true }),
        down: showNumber(DEFAULT_SLIP_LIMITS.maxDownPercent, { signed: true }),
      });
    case 'threshold':
      return t('preview:flagged.threshold', { ...counted(part.count), threshold: showNumber(threshold) });
    default:
      return t(`preview:flagged.${part.kind}`, counted(part.count));
  }
}

/** What a confirmation of flagged lines confirms: "3 precios bajo el costo, 1 precio sube 4231 %". */
export const describeFlagged = (rows: readonly PreviewRow[], threshold: string): string =>
  flaggedParts(rows)
    .map((part) => flaggedWords(part, threshold))
    .join(', ');

/** What a revert puts back, up to five lines named: "2 prices back to what they were before (A back to 19,99 €, …)". */
export function describeRestore<R extends PreviewInput & { fieldLabel?: string | null }>(rows: readonly R[], price: (row: R) => string): string {
  const named = rows
    .slice(0, 5)
    .map((r) => t('preview:restore.line', { line: lineName(r), price: price(r) }))
    .join(', ');
  const lines = rows.length > 5 ? t('preview:restore.more', { lines: named, n: showNumber(rows.length - 5) }) : named;
  return t('preview:restore.all', { ...counted(rows.length), lines });
}

/** The preview's line about the products a submission creates, hidden or live (the connection's setting). */
export const newProductsWords = (count: number, visibility: NewProductVisibility, vendor: string): string =>
  t(visibility === 'live' ? 'preview:newProducts.live' : 'preview:newProducts.hidden', { ...counted(count), vendor });

/** How long a run takes, rounded as shared/estimate.ts rounds it for the CLI's English. */
function durationText(seconds: number): string {
  const d = roundedDuration(seconds);
  return d.unit === 'few' ? t('preview:estimate.fewSeconds') : t(`preview:estimate.${d.unit}`, { n: showNumber(d.n) });
}

/** The estimate's sentence (shared/estimate.ts `words`) in the person's language. */
export function estimateWords(estimate: SubmissionEstimate, vendor: string): string {
  const { requests, parts } = estimate;
  if (requests === 0) return t('preview:estimate.nothing');
  const units = (count: number) => (parts.batch === 1 ? t('preview:estimate.updates', counted(count)) : t('preview:estimate.requests', counted(count)));
  const count = parts.batch === 1 ? units(requests) : t('preview:estimate.ofUpTo', { what: units(requests), batch: showNumber(parts.batch) });
  if (!parts.limit || parts.steadySeconds === null) return t('preview:estimate.noLimit', { what: count, vendor });
  const { requests: allowed, perSeconds } = parts.limit;
  const per = { what: units(allowed) };
  const pace =
    perSeconds === 1 ? t('preview:estimate.paceSecond', per) : perSeconds === 60 ? t('preview:estimate.paceMinute', per) : perSeconds === 3600 ? t('preview:estimate.paceHour', per) : t('preview:estimate.paceEvery', { ...per, n: showNumber(perSeconds) });
  return t('preview:estimate.limited', { what: count, duration: durationText(parts.steadySeconds), vendor, pace });
}
