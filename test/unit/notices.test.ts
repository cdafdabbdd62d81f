/** Notices about the app's own files, worded by the window from their id (renderer/i18n/notices.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../../renderer/i18n';
import { sayNotice } from '../../renderer/i18n/notices';
import type { Notice } from '../../shared/said';

afterEach(() => applyLocale('en-US'));

const draft: Notice = { message: 'English from main.', said: { id: 'notice.draftDamaged', params: { file: 'x.json.damaged-1' } } };

describe('a notice of the app’s own files', () => {
  it('is worded in the window’s language from the app catalogue', () => {
    applyLocale('sv-SE');
    expect(sayNotice(draft)).toBe('Det sparade utkastet för den här anslutningen kunde inte läsas (filen är skadad), så tabellen startar utan det. Filen sparades som x.json.damaged-1 i mappen för utkast.');
  });

  it('falls back to the English message for an id that is not a notice', () => {
    applyLocale('es-ES');
    expect(sayNotice({ message: 'English from main.', said: { id: 'row.cancelled' } })).toBe('English from main.');
  });
});
