/**
 * What the import reported about a file (an ImportError, a note) in the person's language:
 * shared/import gives sizes and counts as plain numbers next to its English message, so the
 * window writes them the locale's way ("12,3 MB", "250.000") before `say` puts them in words.
 */
import { formatBytes } from '../../../shared/import/errors';
import type { FileFormat, ImportMessage } from '../../../shared/import/types';
import type { PriceFieldKind } from '../../../shared/price-fields';
import { showNumber } from '../../app/locale';
import { t } from '../../i18n';
import { say } from '../../i18n/say';

/** Parameters that are sizes in bytes, and counts or seconds. */
const BYTES = new Set(['size', 'max', 'declared']);
const NUMBERS = new Set(['rows', 'maxRows', 'columns', 'maxColumns', 'seconds']);
/** Parameters that are a file format's code ("xlsx"), named in the window's language. */
const FORMATS = new Set(['claimed', 'real']);

/** "a sale price" for "sale": a kind of price (shared/price-fields.ts) as a note names it. */
const kind = (code: string): string => t(`importing:kind.${code as PriceFieldKind}`);

/** "12.3 MB" with the locale's decimal separator; the unit stays as formatBytes writes it. */
function showBytes(bytes: number): string {
  const [amount = '', unit = ''] = formatBytes(bytes).split(' ');
  return `${showNumber(amount)} ${unit}`;
}

function param(key: string, value: string | number): string | number {
  if (FORMATS.has(key)) return t(`importing:format.${value as FileFormat}`);
  if (key === 'kind') return kind(String(value));
  // Lists: kinds as "tier,sale", field labels one a line; joined by the language's "or".
  if (key === 'kinds') return String(value).split(',').map(kind).join(t('importing:or'));
  if (key === 'fields') return String(value).split('\n').map((label) => `"${label}"`).join(t('importing:or'));
  if (typeof value !== 'number') return value;
  if (BYTES.has(key)) return showBytes(value);
  return NUMBERS.has(key) ? showNumber(value) : value;
}

/** The import's words for a file, a sheet or a note, in the window's language (its English where it has no words). */
export function sayImport({ message, said }: ImportMessage): string {
  if (!said) return message;
  const params = Object.fromEntries(Object.entries(said.params ?? {}).map(([k, v]) => [k, typeof v === 'object' ? v : param(k, v)]));
  return say({ message, said: { id: said.id, params } });
}
