/**
 * What Cin7 Omni's failures mean in plain words; what they mean for rows is in common/results.
 */
import type { HttpError } from '../../core/http';
import { words, wordsOf, type Words } from '../common/words';

/** What Cin7 Omni said in an error answer, if anything. */
function vendorSaid(error: HttpError): string | undefined {
  const json = error.json as { Message?: unknown; message?: unknown } | undefined;
  const said = json && typeof json === 'object' ? (json.Message ?? json.message) : undefined;
  return typeof said === 'string' && said ? said : undefined;
}

/** Plain words for a failed connection test, Cin7 Omni's own quoted after them. */
export function explainConnectionFailure(error: HttpError): Words {
  const theirs = vendorSaid(error);
  const suffix = theirs ? ` Cin7 Omni said: "${theirs}"` : '';
  if (error.status === 401) {
    return words(`Cin7 Omni did not accept the API username and key. Check both in Cin7 Omni under Settings > Integrations & API.${suffix}`, 'vendor.cin7.keyRefused', undefined, theirs);
  }
  if (error.status === 403) {
    return words(
      `This API connection may not use the Products module. In Cin7 Omni, Settings > Integrations & API, allow it to read and write products.${suffix}`,
      'vendor.cin7.forbidden',
      undefined,
      theirs,
    );
  }
  if (error.status === 404) return words(`Cin7 Omni does not know this address. Check the API address (normally https://api.cin7.com/api/).${suffix}`, 'vendor.cin7.notFound', undefined, theirs);
  return wordsOf(error);
}

/** A 413, or a 400 that complains about the size of the request: worth retrying in halves. */
export function isTooLarge(error: HttpError): boolean {
  if (error.status === 413) return true;
  return error.status === 400 && /too (many|large)|maximum|max(imum)? (records|items)|size/i.test(vendorSaid(error) ?? '');
}
