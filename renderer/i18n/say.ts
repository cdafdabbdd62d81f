/**
 * What the Node side reported, in the person's language: our words for its `said` id
 * where the catalogue has them, the vendor's own words quoted after them; the English
 * `message` where it has no id (or one this window does not know yet).
 */
import i18next from 'i18next';
import type { Reported } from '../../shared/said';

export function say(reported: Reported): string {
  const { said, message, vendorMessage } = reported;
  const key = said && `messages:${said.id}`;
  const params = said?.params ?? {};
  // With the params: a plural id has only its forms (`_one`, `_other`), found by `count`.
  if (!key || !i18next.exists(key, params)) return message ?? '';
  // The id is data from main, not a literal: typed keys cannot check it, `exists` did.
  const ours = String(i18next.t(key as never, params as never));
  return vendorMessage ? `${ours} “${vendorMessage}”` : ours;
}
