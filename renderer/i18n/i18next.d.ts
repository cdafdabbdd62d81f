// Types every t() key against the English catalogue: a key it lacks fails the typecheck.
import 'i18next';
import type { en } from './catalogues/en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en;
  }
}
