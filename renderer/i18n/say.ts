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
  if (!key || !i18next.exists(key)) return message ?? '';
  // The id is data from main, not a literal: typed keys cannot check it, `exists` did.
  const ours = String(i18next.t(key as never, (said.params ?? {}) as never));
  return vendorMessage ? `${ours} “${vendorMessage}”` : ours;
}
