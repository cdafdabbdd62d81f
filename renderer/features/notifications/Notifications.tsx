import { t } from '../../i18n';
import { useNotifications } from './slice';

export function Notifications() {
  const notices = useNotifications((s) => s.notices);
  const dismiss = useNotifications((s) => s.dismiss);
  return (
    <div className="notifications" role="status" aria-live="polite" data-testid="notifications">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} data-testid={`notice-${n.kind}`}>
          <span>{n.text}</span>
          <button type="button" aria-label={t('app:notifications.dismiss')} onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
