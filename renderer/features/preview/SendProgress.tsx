import type { Progress } from '../../../shared/types';

/** Rows sent of total, or the rate-limit wait in words, with a Cancel that stops before the next request. */
export function SendProgress(props: { progress: Pick<Progress, 'done' | 'total' | 'waitMs'>; testId: string; cancelTestId: string; onCancel(): void }) {
  const { done, total, waitMs } = props.progress;
  return (
    <>
      <progress data-testid={props.testId} max={total} value={done} />
      <span className="progress-text" data-testid={`${props.testId}-text`}>
        {waitMs ? `Waiting ${Math.ceil(waitMs / 1000)} s for the rate limit` : `${done} of ${total} sent`}
      </span>
      <button type="button" data-testid={props.cancelTestId} onClick={props.onCancel}>
        Cancel
      </button>
    </>
  );
}
