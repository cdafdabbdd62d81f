import { useEffect, useRef } from 'react';
import { t } from '../i18n';

/** A modal yes/no question; Escape and the backdrop cancel. */
export function ConfirmDialog(props: { title: string; body: string; confirmLabel: string; onConfirm(): void; onCancel(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog" data-testid="confirm-dialog" onCancel={props.onCancel} aria-labelledby="confirm-title">
      <h3 id="confirm-title">{props.title}</h3>
      <p>{props.body}</p>
      <div className="dialog-buttons">
        <button type="button" onClick={props.onCancel} data-testid="confirm-cancel">
          {t('common:cancel')}
        </button>
        <button type="button" className="danger" onClick={props.onConfirm} data-testid="confirm-ok">
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
