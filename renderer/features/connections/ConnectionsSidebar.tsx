import { useConnections } from './slice';

export function ConnectionsSidebar() {
  const { connections, vendors, activeId, setActive } = useConnections();
  const vendorName = (id: string) => vendors.find((v) => v.id === id)?.displayName ?? id;
  return (
    <nav className="sidebar" aria-label="Connections" data-testid="connections-sidebar">
      <h2>Connections</h2>
      <ul>
        {connections.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className={c.id === activeId ? 'connection active' : 'connection'}
              aria-current={c.id === activeId ? 'true' : undefined}
              data-testid={`connection-${c.id}`}
              onClick={() => void setActive(c.id)}
            >
              <span className="connection-label">{c.label}</span>
              <span className="connection-vendor">{vendorName(c.vendor)}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
