import type { Progress } from '../../../shared/types';
import { showNumber } from '../../app/locale';
import { t } from '../../i18n';

/** Rows sent of total, or the rate-limit wait in words, with a Cancel that stops before the next request. */
export function SendProgress(props: { progress: Pick<Progress, 'done' | 'total' | 'waitMs'>; testId: string; cancelTestId: string; onCancel(): void }) {
  const { done, total, waitMs } = props.progress;
  return (
    <>
      <progress data-testid={props.testId} max={total} value={done} />
      <span className="progress-text" data-testid={`${props.testId}-text`}>
        {waitMs ? t('preview:progress.waiting', { s: showNumber(Math.ceil(waitMs / 1000)) }) : t('preview:progress.sent', { done: showNumber(done), total: showNumber(total) })}
      </span>
      <button type="button" data-testid={props.cancelTestId} onClick={props.onCancel}>
        {t('common:cancel')}
      </button>
    </>
  );
}
