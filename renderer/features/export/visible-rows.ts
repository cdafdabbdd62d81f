/**
 * Which rows the grid shows after its search and filters, for "Export filtered rows".
 * The grid registers a provider (it owns the AG Grid API: forEachNodeAfterFilterAndSort);
 * the export feature only asks. Until a provider is registered the option is disabled.
 */
import { create } from 'zustand';

type Provider = () => string[];

export const useVisibleRows = create<{ provider: Provider | null }>(() => ({ provider: null }));

/** Called by the grid when it mounts (and with null when it unmounts). */
export function provideVisibleRowKeys(provider: Provider | null): void {
  useVisibleRows.setState({ provider });
}
