/**
 * The first-start guide on the Demo shop: one sentence on what the practice shop is for,
 * shown until dismissed. Remembered in the renderer's local storage (per user profile, no
 * secret in it), so it does not come back at every start.
 */
import { useState } from 'react';
import { t } from '../../i18n';
import { useConnections } from '../connections/slice';
import { useGrid } from './slice';

const KEY = 'pricedesk.demoGuideDismissed';

const dismissedBefore = (): boolean => {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
};

export function DemoGuide() {
  const connectionId = useGrid((s) => s.connectionId);
  const isDemo = useConnections((s) => s.connections.find((c) => c.id === connectionId)?.vendor === 'sandbox');
  const [dismissed, setDismissed] = useState(dismissedBefore);
  if (!isDemo || dismissed) return null;
  const dismiss = () => {
    try {
      localStorage.setItem(KEY, '1');
    } catch {
      // Storage unavailable: the guide stays away for this session only.
    }
    setDismissed(true);
  };
  return (
    <div className="demo-guide" data-testid="demo-guide" role="note">
      <p>
        <strong>{t('grid:demo.lead')}</strong> {t('grid:demo.body')}
      </p>
      <button type="button" data-testid="demo-guide-dismiss" onClick={dismiss}>
        {t('grid:demo.dismiss')}
      </button>
    </div>
  );
}
