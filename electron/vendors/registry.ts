/** Every connector the app ships, listed explicitly: adding a vendor means adding it here. */
import { AppError } from '../core/errors';
import { sandboxAdapter } from './sandbox';
import type { VendorAdapter } from './types';

export const adapters: readonly VendorAdapter[] = [sandboxAdapter];

export function getAdapter(vendor: string): VendorAdapter {
  const adapter = adapters.find((a) => a.description.id === vendor);
  if (!adapter) throw new AppError('not_found', `PriceDesk has no connector for "${vendor}".`);
  return adapter;
}
