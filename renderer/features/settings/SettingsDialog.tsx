import { useEffect, useRef } from 'react';
import { t } from '../../i18n';
import { LOCALE_CHOICES, localeName } from '../../i18n/languages';
import { useSettings } from './slice';

const SYSTEM = '';

/** Settings: the language and region the window speaks and formats in. */
export function SettingsDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  const { chosen, system, setOpen } = useSettings();
  const close = () => setOpen(false);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  // The saved choice stays offered even when it is not in the list (the pseudo-locale, an older choice).
  const choices = [...new Set<string>([...LOCALE_CHOICES, ...(chosen ? [chosen] : [])])];
  return (
    <dialog ref={ref} className="dialog" data-testid="settings-dialog" onCancel={close} aria-labelledby="settings-title">
      <h3 id="settings-title">{t('app:settings.title')}</h3>
      <label className="form-field">
        <span>{t('app:settings.language')}</span>
        <select data-testid="settings-locale" value={chosen ?? SYSTEM} onChange={(e) => void useSettings.getState().choose(e.target.value === SYSTEM ? null : e.target.value)}>
          <option value={SYSTEM}>{t('app:settings.system', { name: localeName(system) })}</option>
          {choices.map((locale) => (
            <option key={locale} value={locale}>
              {localeName(locale)}
            </option>
          ))}
        </select>
        <small>{t('app:settings.languageHelp')}</small>
      </label>
      <div className="dialog-buttons">
        <button type="button" onClick={close} data-testid="settings-close">
          {t('app:settings.close')}
        </button>
      </div>
    </dialog>
  );
}
