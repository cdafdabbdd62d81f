import { localeDecimalSeparator } from '../../../shared/parse-price';

/** The decimal separator of the locale the renderer runs in ("," in Germany); "." where there is no navigator (unit tests). */
export function userDecimalSeparator(): '.' | ',' {
  return typeof navigator === 'undefined' ? '.' : localeDecimalSeparator(navigator.language);
}
