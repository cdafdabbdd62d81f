/** The preview's change threshold box reads and shows the person's decimal separator (issue #16). */
import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../../renderer/i18n';
import { defaultThresholdText, readThreshold } from '../../renderer/features/preview/threshold';

afterEach(() => applyLocale('en-US'));

describe('the change threshold box', () => {
  it('reads a decimal comma in sv-SE and es-ES', () => {
    for (const locale of ['sv-SE', 'es-ES']) {
      applyLocale(locale);
      expect(readThreshold('2,5')).toBe('2.5');
      expect(readThreshold(' 30 ')).toBe('30');
      expect(readThreshold('2,5 %')).toBeNull();
      expect(readThreshold('')).toBeNull();
    }
  });

  it('reads a decimal point in en-US, as before', () => {
    expect(readThreshold('2.5')).toBe('2.5');
    expect(readThreshold('abc')).toBeNull();
    expect(defaultThresholdText()).toBe('30');
  });
});
