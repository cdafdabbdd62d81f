/**
 * AG Grid's own words (the column filter menu: "Contains", "Filter...", its aria labels)
 * in the window's language, as its `localeText` option. The keys are the `grid:agGrid`
 * catalogue's, all in one place there; AG Grid keeps its English for any other key.
 * Looked up when the grid mounts: a change of language remounts the window.
 */
import { grid as english } from '../../i18n/catalogues/en/grid';
import { t } from '../../i18n';

type Key = keyof typeof english.agGrid;

export function gridLocaleText(): Record<string, string> {
  return Object.fromEntries((Object.keys(english.agGrid) as Key[]).map((key) => [key, t(`grid:agGrid.${key}`)]));
}
