/** Every connector the app ships, listed explicitly: adding a vendor means adding it here. */
import { wordedError, words } from './common/words';
import { alepheeAdapter } from './alephee';
import { cin7Adapter } from './cin7';
import { clinikoAdapter } from './cliniko';
import { geinsAdapter } from './geins';
import { sandboxAdapter } from './sandbox';
import type { VendorAdapter } from './types';
import { xcladeAdapter } from './xclade';

export const adapters: readonly VendorAdapter[] = [sandboxAdapter, xcladeAdapter, clinikoAdapter, geinsAdapter, alepheeAdapter, cin7Adapter];

export function getAdapter(vendor: string): VendorAdapter {
  const adapter = adapters.find((a) => a.description.id === vendor);
  if (!adapter) throw wordedError('not_found', words(`PriceDesk has no connector for "${vendor}".`, 'vendor.noConnector', { vendor }));
  return adapter;
}
