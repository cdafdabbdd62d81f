/**
 * The grid layout saved per connection (columns and the change threshold), read the same
 * way by the app's layouts:get and by the CLI, which takes the threshold as a hold-back limit.
 */
import { gridLayoutSchema, type GridLayout } from '../../shared/contract';
import type { SettingsStore } from './settings';

/** The connection's saved layout; one from an older or hand-edited settings file is ignored, not trusted. */
export function savedLayout(settings: Pick<SettingsStore, 'get'>, connectionId: string): GridLayout | null {
  const parsed = gridLayoutSchema.safeParse(settings.get('layouts')[connectionId]);
  return parsed.success ? parsed.data : null;
}
