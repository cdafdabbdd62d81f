/**
 * A notice about the app's own files (a damaged draft or settings file set aside) in the
 * person's language: its id names words of the `app` catalogue (`notice.*`), not of
 * `messages`, which `say` reads; the English `message` where this window has no words.
 */
import i18next from 'i18next';
import type { Notice } from '../../shared/said';

export function sayNotice({ said, message }: Notice): string {
  const key = `app:${said.id}`;
  if (!said.id.startsWith('notice.') || !i18next.exists(key, said.params)) return message;
  // The id is data from main, not a literal: typed keys cannot check it, `exists` did.
  return String(i18next.t(key as never, (said.params ?? {}) as never));
}
