import type { PartialHandlers } from '../registry';
import type { Host } from '../host';

export function appHandlers(host: Host) {
  return {
    'app:info': () => ({
      name: 'PriceDesk',
      version: host.appVersion,
      platform: host.platform,
      notices: host.startupNotices ?? [],
      locale: host.settings.get('locale') ?? null,
      systemLocale: host.systemLocale ?? null,
    }),
    'app:setLocale': ({ locale }) => {
      host.settings.set('locale', locale);
      host.localeChanged?.(locale);
      return null;
    },
    'app:openExternal': async ({ url }) => {
      await host.openExternal(url);
      return null;
    },
  } satisfies PartialHandlers;
}
