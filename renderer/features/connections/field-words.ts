/**
 * A connector's fields in the person's language. The fields come from main (`vendors:list`,
 * written in English in electron/vendors/<vendor>); their words are looked up here by vendor
 * id and setting key in the `connections` catalogue. Anything the catalogue lacks keeps the
 * connector's English: a new connector, or a field added to one before it is translated,
 * must show its own words, never a blank or a key.
 */
import i18next from 'i18next';
import { t } from '../../i18n';
import type { FieldProblem } from '../../../shared/validate-fields';
import type { VendorField } from '../../../shared/types';

/** The catalogue's words at `key`, or `english` where it has none. */
function wordsOr(key: string, english: string): string {
  // The key is built from data (vendor id, setting key): `exists` checks what typed keys cannot.
  return i18next.exists(key) ? String(i18next.t(key as never)) : english;
}

/** The field with its label, help, placeholder and choices in the window's language. */
export function localField(vendorId: string, field: VendorField): VendorField {
  const base = `connections:vendors.${vendorId}.${field.key}`;
  return {
    ...field,
    label: wordsOr(`${base}.label`, field.label),
    help: wordsOr(`${base}.help`, field.help),
    placeholder: field.placeholder === undefined ? undefined : wordsOr(`${base}.placeholder`, field.placeholder),
    options: field.options?.map((o) => ({ ...o, label: wordsOr(`${base}.options.${o.value}`, o.label) })),
  };
}

/** A connector's name as people know it; only the built-in demo shop's is our own words. */
export function vendorName(vendorId: string, displayName: string): string {
  return wordsOr(`connections:vendorNames.${vendorId}`, displayName);
}

/** What is wrong with a field's value, for validateFields, in the window's language. */
export function problemWords(problem: FieldProblem, field: VendorField): string {
  return t(`connections:problems.${problem}`, { label: field.label, help: field.help });
}
