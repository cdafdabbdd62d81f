/**
 * Tests of our words (shared/said.ts): what a call throws, and what a report says in each
 * of the window's languages.
 */
import { applyLocale } from '../../renderer/i18n';
import { say } from '../../renderer/i18n/say';
import type { Reported } from '../../shared/said';

/** The error of class `kind` a call throws (or a promise rejects with); fails the test otherwise. */
export async function thrown<E extends Error>(run: () => unknown, kind: new (...args: never[]) => E): Promise<E> {
  try {
    await run();
  } catch (error) {
    if (error instanceof kind) return error;
    throw error;
  }
  throw new Error(`expected a ${kind.name}`);
}

/** The report in en-US, es-ES and sv-SE; the window is back in en-US afterwards. */
export function inEachLanguage(reported: Reported): [string, string, string] {
  const said = (['en-US', 'es-ES', 'sv-SE'] as const).map((locale) => {
    applyLocale(locale);
    return say(reported);
  }) as [string, string, string];
  applyLocale('en-US');
  return said;
}
