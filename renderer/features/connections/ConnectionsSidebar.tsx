import { useState } from 'react';
import type { ConnectionSummary } from '../../../shared/types';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { BuiltInTest } from './BuiltInTest';
import { useShell } from '../../app/shell';
import { useConnections } from './slice';

/** Why a connection needs attention, in words for the sidebar badge. */
function attention(c: ConnectionSummary): string | null {
  if (c.secretState === 'missing') return 'Key missing';
  if (c.secretState === 'unavailable') return 'Keychain unavailable';
  if (c.lastTest && !c.lastTest.ok) return 'Test failed';
  return null;
}

export function ConnectionsSidebar() {
  const { connections, vendors, activeId, setActive, openDialog, duplicate, remove } = useConnections();
  const [removing, setRemoving] = useState<ConnectionSummary | null>(null);
  const vendorName = (id: string) => vendors.find((v) => v.id === id)?.displayName ?? id;
  const { sidebarCollapsed, toggleSidebar } = useShell();

  // Folded: a strip with the button that brings it back, so a laptop screen goes to the grid.
  if (sidebarCollapsed) {
    return (
      <nav className="sidebar sidebar-collapsed" aria-label="Connections" data-testid="connections-sidebar">
        <button type="button" className="sidebar-toggle" data-testid="sidebar-toggle" aria-expanded={false} title="Show connections" aria-label="Show connections" onClick={toggleSidebar}>
          »
        </button>
      </nav>
    );
  }

  return (
    <nav className="sidebar" aria-label="Connections" data-testid="connections-sidebar">
      <div className="sidebar-head">
        <h2>Connections</h2>
        <button type="button" className="sidebar-toggle" data-testid="sidebar-toggle" aria-expanded title="Hide connections" aria-label="Hide connections" onClick={toggleSidebar}>
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
                <span className="connection-label">{c.label}</span>
                <span className="connection-vendor">{vendorName(c.vendor)}</span>
                {warning && (
                  <span className="connection-warning" data-testid="connection-warning" title={c.lastTest?.message ?? warning}>
                    {warning}
                  </span>
                )}
              </button>
              {active && c.builtIn && <BuiltInTest id={c.id} />}
              {active && !c.builtIn && (
                <div className="connection-actions">
                  <button type="button" data-testid="connection-edit" onClick={() => openDialog({ mode: 'edit', connection: c })}>
                    Edit
                  </button>
                  <button type="button" data-testid="connection-duplicate" onClick={() => void duplicate(c.id)}>
                    Duplicate
                  </button>
                  <button type="button" data-testid="connection-remove" onClick={() => setRemoving(c)}>
                    Remove
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" className="add-connection" data-testid="connection-add" onClick={() => openDialog({ mode: 'add' })}>
        + Add connection
      </button>
      {removing && (
        <ConfirmDialog
          title={`Remove "${removing.label}"?`}
          body="PriceDesk forgets this connection and deletes its API key from the keychain. Prices on the platform are not touched."
          confirmLabel="Remove"
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
