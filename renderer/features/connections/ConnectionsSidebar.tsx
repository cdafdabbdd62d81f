import { useState } from 'react';
import type { ConnectionSummary } from '../../../shared/types';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { t } from '../../i18n';
import { say } from '../../i18n/say';
import { BuiltInTest } from './BuiltInTest';
import { vendorName as localVendorName } from './field-words';
import { useShell } from '../../app/shell';
import { useConnections } from './slice';

/** Why a connection needs attention, in words for the sidebar badge. */
function attention(c: ConnectionSummary): string | null {
  if (c.secretState === 'missing') return t('connections:sidebar.keyMissing');
  if (c.secretState === 'unavailable') return t('connections:sidebar.keychainUnavailable');
  if (c.lastTest && !c.lastTest.ok) return t('connections:sidebar.testFailed');
  return null;
}

export function ConnectionsSidebar() {
  const { connections, vendors, activeId, setActive, openDialog, duplicate, remove } = useConnections();
  const [removing, setRemoving] = useState<ConnectionSummary | null>(null);
  const vendorName = (id: string) => localVendorName(id, vendors.find((v) => v.id === id)?.displayName ?? id);
  // The built-in connection's name is ours, not the person's: it speaks their language.
  const labelOf = (c: ConnectionSummary) => (c.builtIn ? t('connections:sidebar.demoShop') : c.label);
  const { sidebarCollapsed, toggleSidebar } = useShell();

  // Folded: a strip with the button that brings it back, so a laptop screen goes to the grid.
  if (sidebarCollapsed) {
    return (
      <nav className="sidebar sidebar-collapsed" aria-label={t('connections:sidebar.title')} data-testid="connections-sidebar">
        <button type="button" className="sidebar-toggle" data-testid="sidebar-toggle" aria-expanded={false} title={t('connections:sidebar.show')} aria-label={t('connections:sidebar.show')} onClick={toggleSidebar}>
          »
        </button>
      </nav>
    );
  }

  return (
    <nav className="sidebar" aria-label={t('connections:sidebar.title')} data-testid="connections-sidebar">
      <div className="sidebar-head">
        <h2>{t('connections:sidebar.title')}</h2>
        <button type="button" className="sidebar-toggle" data-testid="sidebar-toggle" aria-expanded title={t('connections:sidebar.hide')} aria-label={t('connections:sidebar.hide')} onClick={toggleSidebar}>
          «
        </button>
      </div>
      <ul>
        {connections.map((c) => {
          const warning = attention(c);
          const active = c.id === activeId;
          return (
            <li key={c.id} className="connection-item">
              <button
                type="button"
                className={active ? 'connection active' : 'connection'}
                aria-current={active ? 'true' : undefined}
                data-testid={`connection-${c.builtIn ? c.id : c.label}`}
                onClick={() => void setActive(c.id)}
              >
                <span className="connection-label">{labelOf(c)}</span>
                <span className="connection-vendor">{vendorName(c.vendor)}</span>
                {warning && (
                  <span className="connection-warning" data-testid="connection-warning" title={c.lastTest ? say(c.lastTest) : warning}>
                    {warning}
                  </span>
                )}
              </button>
              {active && c.builtIn && <BuiltInTest id={c.id} />}
              {active && !c.builtIn && (
                <div className="connection-actions">
                  <button type="button" data-testid="connection-edit" onClick={() => openDialog({ mode: 'edit', connection: c })}>
                    {t('connections:sidebar.edit')}
                  </button>
                  <button type="button" data-testid="connection-duplicate" onClick={() => void duplicate(c.id)}>
                    {t('connections:sidebar.duplicate')}
                  </button>
                  <button type="button" data-testid="connection-remove" onClick={() => setRemoving(c)}>
                    {t('connections:sidebar.remove')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" className="add-connection" data-testid="connection-add" onClick={() => openDialog({ mode: 'add' })}>
        {t('connections:sidebar.add')}
      </button>
      {removing && (
        <ConfirmDialog
          title={t('connections:remove.title', { label: removing.label })}
          body={t('connections:remove.body')}
          confirmLabel={t('connections:remove.confirm')}
          onConfirm={() => {
            void remove(removing.id);
            setRemoving(null);
          }}
          onCancel={() => setRemoving(null)}
        />
      )}
    </nav>
  );
}
