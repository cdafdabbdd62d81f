import { useEffect, useMemo, useRef, useState } from 'react';
import type { ConnectionTestResult } from '../../../shared/contract';
import { changedRouting, formSections, splitFields, validateFields } from '../../../shared/validate-fields';
import type { VendorField } from '../../../shared/types';
import { t } from '../../i18n';
import { say } from '../../i18n/say';
import { useGrid } from '../grid/slice';
import { notifyError } from '../notifications/slice';
import { localField, problemWords } from './field-words';
import { FieldsList } from './FieldsList';
import { useConnections } from './slice';

/**
 * Add or edit a connection: platform (none preselected), name, the connector's fields with
 * help and the secret among them, advanced fields folded away. "Save and test" makes a new
 * connection active (and so loads its catalog) only once the test passes; a failed test
 * keeps the form open with the vendor's problem in plain words.
 */
export function ConnectionDialog() {
  const { editing, vendors, openDialog, save, test, setActive } = useConnections();
  const ref = useRef<HTMLDialogElement>(null);
  // The connection as last saved from this dialog (a new one becomes "existing" after Save).
  const [existing, setExisting] = useState(editing?.mode === 'edit' ? editing.connection : null);
  const choices = vendors.filter((v) => v.id !== 'sandbox');
  // No platform preselected: a wrong default is easy to miss when its fields look alike.
  const [vendorId, setVendorId] = useState(existing?.vendor ?? '');
  const [label, setLabel] = useState(existing?.label ?? '');
  const [values, setValues] = useState<Record<string, string>>(existing?.settings ?? {});
  const [secret, setSecret] = useState<Record<string, string>>({});
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ConnectionTestResult | null>(null);

  useEffect(() => {
    ref.current?.showModal();
  }, []);

  const vendor = vendors.find((v) => v.id === vendorId);
  // The connector's fields in the window's language: labels, help and problems alike.
  const fields = useMemo(() => (vendor ? vendor.fields.map((f) => localField(vendor.id, f)) : []), [vendor]);
  const { settings: settingFields, secrets: secretFields } = useMemo(() => splitFields(fields), [fields]);
  const sections = useMemo(() => formSections(fields), [fields]);
  // Advanced starts open only where a value is already set there.
  const [advancedOpen, setAdvancedOpen] = useState(() => sections.advanced.some((f) => (existing?.settings[f.key] ?? '') !== ''));
  // A changed address (tenant, account) clears the saved secret in main: it must be typed again.
  const moved = existing && secretFields.length ? changedRouting(settingFields, existing.settings, values) : [];
  const keepSecret = existing?.secretState === 'set' && moved.length === 0;
  // Secret fields may stay empty when editing: the keychain keeps the saved value.
  const secretRules = keepSecret ? secretFields.map((f) => ({ ...f, required: false })) : secretFields;
  const problems = { ...validateFields(settingFields, values, problemWords), ...validateFields(secretRules, secret, problemWords) };
  if (!label.trim()) problems.__label = t('connections:problems.name');
  if (!vendor) problems.__vendor = t('connections:problems.platform');
  if (moved.length && !Object.values(secret).some((v) => v.trim())) {
    problems.__secret = t('connections:problems.secretAgain', {
      moved: moved.map((f) => f.label).join(t('connections:problems.and')),
      secrets: secretFields.map((f) => f.label).join(t('connections:problems.or')),
    });
  }
  const close = () => openDialog(null);

  async function submit(andTest: boolean) {
    setTouched(new Set([...settingFields, ...secretFields].map((f) => f.key).concat('__label', '__vendor')));
    if (Object.keys(problems).length) {
      // A problem in a folded field must not stay hidden.
      if (sections.advanced.some((f) => problems[f.key])) setAdvancedOpen(true);
      return;
    }
    setBusy(true);
    setResult(null);
    try {
      const saved = await save({ id: existing?.id, label, vendor: vendorId, settings: values, secret });
      if (!andTest) {
        if (!existing) await setActive(saved.id);
        return close();
      }
      setExisting(saved);
      setSecret({});
      const outcome = await test(saved.id);
      setResult(outcome);
      // Only a connection that works becomes the open one; its catalog then loads by itself
      // (App loads on a new active id; the one already open is loaded again here).
      if (outcome.ok) {
        if (useConnections.getState().activeId !== saved.id) await setActive(saved.id);
        else void useGrid.getState().load(saved.id);
      }
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  }

  const field = (f: VendorField, isSecret: boolean) => {
    const store = isSecret ? secret : values;
    const update = isSecret ? setSecret : setValues;
    const error = touched.has(f.key) ? problems[f.key] : undefined;
    const common = {
      id: `field-${f.key}`,
      'data-testid': `field-${f.key}`,
      value: store[f.key] ?? '',
      'aria-invalid': error ? true : undefined,
      onBlur: () => setTouched(new Set(touched).add(f.key)),
    };
    return (
      <div className="form-field" key={f.key}>
        <label htmlFor={common.id}>
          {f.label}
          {f.required && !(isSecret && keepSecret) ? ' *' : ''}
        </label>
        {f.kind === 'select' ? (
          <select {...common} onChange={(e) => update({ ...store, [f.key]: e.target.value })}>
            <option value="">{t('connections:form.default')}</option>
            {f.options?.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : (
          <input
            {...common}
            type={isSecret ? 'password' : f.kind === 'email' ? 'email' : 'text'}
            autoComplete="off"
            spellCheck={false}
            // "e.g." and grey: an example never passes for a value already filled in.
            placeholder={isSecret && keepSecret ? t('connections:form.secretKept') : f.placeholder && t('connections:form.example', { example: f.placeholder })}
            onChange={(e) => update({ ...store, [f.key]: e.target.value })}
          />
        )}
        <small className="help">{f.help}</small>
        {error && <small className="field-error" data-testid={`error-${f.key}`}>{error}</small>}
      </div>
    );
  };

  return (
    <dialog ref={ref} className="dialog connection-dialog" data-testid="connection-dialog" onCancel={close} aria-labelledby="connection-dialog-title">
      <h3 id="connection-dialog-title">{existing ? t('connections:form.editTitle', { label: existing.label }) : t('connections:form.addTitle')}</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit(true);
        }}
      >
        {!existing && (
          <div className="form-field">
            <label htmlFor="field-vendor">{t('connections:form.platform')}</label>
            <select id="field-vendor" data-testid="field-vendor" value={vendorId} aria-invalid={touched.has('__vendor') && problems.__vendor ? true : undefined} onChange={(e) => { setVendorId(e.target.value); setValues({}); setSecret({}); }}>
              <option value="" disabled>
                {t('connections:form.choosePlatform')}
              </option>
              {choices.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.displayName}
                </option>
              ))}
            </select>
            {touched.has('__vendor') && problems.__vendor && <small className="field-error" data-testid="error-vendor">{problems.__vendor}</small>}
          </div>
        )}
        <div className="form-field">
          <label htmlFor="field-label">{t('connections:form.name')}</label>
          <input id="field-label" data-testid="field-label" value={label} placeholder={t('connections:form.namePlaceholder')} onChange={(e) => setLabel(e.target.value)} onBlur={() => setTouched(new Set(touched).add('__label'))} />
          {touched.has('__label') && problems.__label && <small className="field-error">{problems.__label}</small>}
        </div>
        {sections.main.map((f) => field(f, f.kind === 'secret'))}
        {problems.__secret && (
          <p className="field-error" data-testid="secret-again" role="alert">
            {problems.__secret}
          </p>
        )}
        {sections.advanced.length > 0 && (
          <details className="advanced-fields" data-testid="advanced-fields" open={advancedOpen} onToggle={(e) => setAdvancedOpen(e.currentTarget.open)}>
            <summary>{t('connections:form.advanced', { fields: sections.advanced.map((f) => f.label).join(', ') })}</summary>
            {sections.advanced.map((f) => field(f, f.kind === 'secret'))}
          </details>
        )}
        {result && (
          <p className={result.ok ? 'test-result ok' : 'test-result failed'} data-testid="connection-test-result" role="status">
            {say(result)}
          </p>
        )}
        <FieldsList fields={result?.fields} />
        <div className="dialog-buttons">
          <button type="button" onClick={close} data-testid="connection-cancel">
            {result?.ok ? t('connections:form.done') : t('common:cancel')}
          </button>
          <button type="button" disabled={busy} onClick={() => void submit(false)} data-testid="connection-save">
            {t('connections:form.save')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="connection-save-test">
            {busy ? t('connections:form.working') : t('connections:form.saveAndTest')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
