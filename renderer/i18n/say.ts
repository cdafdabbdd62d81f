/**
 * What the Node side reported, in the person's language: our words for its `said` id
 * where the catalogue has them, the vendor's own words quoted after them; the English
 * `message` where it has no id (or one this window does not know yet).
 */
import i18next from 'i18next';
import type { Reported, Said, SaidParam } from '../../shared/said';

export function say(reported: Reported): string {
  const { said, message, vendorMessage } = reported;
  const ours = said && words(said);
  if (ours === undefined || ours === null) return message ?? '';
  return vendorMessage ? `${ours} “${vendorMessage}”` : ours;
}

/** Our words for `said`, its parameters said first; null where the catalogue has no such id. */
function words(said: Said): string | null {
  const key = `messages:${said.id}`;
  const params = Object.fromEntries(Object.entries(said.params ?? {}).map(([k, v]) => [k, param(v)]));
  // With the params: a plural id has only its forms (`_one`, `_other`), found by `count`.
  if (!i18next.exists(key, params)) return null;
  // The id is data from main, not a literal: typed keys cannot check it, `exists` did.
  return String(i18next.t(key as never, params as never));
}

/** A parameter as the sentence takes it: numbers stay numbers (plurals pick their form by `count`), a list an enumeration. */
function param(value: SaidParam): string | number {
  // ", " in each of our languages; Intl.ListFormat's "unit" lists put "y" between two items in Spanish.
  if (Array.isArray(value)) return value.map(part).join(', ');
  return part(value as string | number | Said);
}

const part = (value: string | number | Said): string | number => (typeof value === 'object' ? (words(value) ?? '') : value);
