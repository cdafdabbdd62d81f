/**
 * What Cin7 Omni's failures mean in plain words; what they mean for rows is in common/results.
 */
import type { HttpError } from '../../core/http';

function vendorSaid(error: HttpError): string {
  const json = error.json as { Message?: unknown; message?: unknown } | undefined;
  const said = json && typeof json === 'object' ? (json.Message ?? json.message) : undefined;
  return typeof said === 'string' && said ? ` Cin7 Omni said: "${said}"` : '';
}

/** Plain words for a failed connection test. */
export function explainConnectionFailure(error: HttpError): string {
  if (error.status === 401) {
    return `Cin7 Omni did not accept the API username and key. Check both in Cin7 Omni under Settings > Integrations & API.${vendorSaid(error)}`;
  }
  if (error.status === 403) {
    return `This API connection may not use the Products module. In Cin7 Omni, Settings > Integrations & API, allow it to read and write products.${vendorSaid(error)}`;
  }
  if (error.status === 404) return `Cin7 Omni does not know this address. Check the API address (normally https://api.cin7.com/api/).${vendorSaid(error)}`;
  return error.message;
}

/** A 413, or a 400 that complains about the size of the request: worth retrying in halves. */
export function isTooLarge(error: HttpError): boolean {
  if (error.status === 413) return true;
  return error.status === 400 && /too (many|large)|maximum|max(imum)? (records|items)|size/i.test(vendorSaid(error));
}
