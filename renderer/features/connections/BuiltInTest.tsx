import { useState } from 'react';
import type { ConnectionTestResult } from '../../../shared/contract';
import { t } from '../../i18n';
import { say } from '../../i18n/say';
import { notifyError } from '../notifications/slice';
import { FieldsList } from './FieldsList';
import { useConnections } from './slice';

/**
 * Test connection for a built-in connection (the demo shop), which has no form to test
 * from: the answer and the price fields it learned, under the connection in the sidebar.
 */
export function BuiltInTest({ id }: { id: string }) {
  const test = useConnections((s) => s.test);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ConnectionTestResult | null>(null);

  async function run() {
    setBusy(true);
    try {
      setResult(await test(id));
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="connection-actions built-in-test">
      <button type="button" data-testid="connection-test" disabled={busy} onClick={() => void run()}>
        {busy ? t('connections:test.running') : t('connections:test.run')}
      </button>
      {result && (
        <div className="built-in-test-result">
          <p className={result.ok ? 'test-result ok' : 'test-result failed'} data-testid="connection-test-result" role="status">
            {say(result)}
          </p>
          <FieldsList fields={result.fields} />
        </div>
      )}
    </div>
  );
}
