import { useSyncExternalStore } from 'react';

const query = () => window.matchMedia('(prefers-color-scheme: dark)');

/** Follows the OS light/dark setting live. */
export function useColorScheme(): 'light' | 'dark' {
  return useSyncExternalStore(
    (notify) => {
      const q = query();
      q.addEventListener('change', notify);
      return () => q.removeEventListener('change', notify);
    },
    () => (query().matches ? 'dark' : 'light'),
  );
}
