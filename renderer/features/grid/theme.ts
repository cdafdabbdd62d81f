/**
 * The grid's AG Grid theme, in its own module so the bench's bare AG Grid page draws its
 * rows with exactly the app's row height and font (test/bench/grid/bare-grid-page.ts).
 */
import { colorSchemeDark, colorSchemeLight, themeQuartz } from 'ag-grid-community';

// Compact rows: staff scan hundreds of prices, so more rows per screen beats whitespace.
const compact = themeQuartz.withParams({ rowHeight: 32, headerHeight: 36, fontSize: 13, spacing: 6 });
export const lightTheme = compact.withPart(colorSchemeLight);
export const darkTheme = compact.withPart(colorSchemeDark);
