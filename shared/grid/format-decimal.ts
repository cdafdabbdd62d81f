/**
 * Shows a decimal string in the person's style ("12,50" in Germany) without ever turning
 * it into a float: the digits are the string's own, only the separator and the padding
 * change. Display only; the store keeps canonical strings ("12.50").
 */
const CANONICAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * A canonical decimal ("-1299.5") with `separator` and at least `minDecimals` decimals
 * ("-1299,50"); more decimals are kept, never rounded away. Anything not a canonical
 * decimal comes back unchanged, so a bad value is shown as it is rather than hidden.
 */
export function formatDecimal(value: string, separator: '.' | ',', minDecimals = 2): string {
  const match = CANONICAL.exec(value);
  if (!match) return value;
  const [, sign, whole, fraction = ''] = match;
  const digits = fraction.padEnd(minDecimals, '0');
  return `${sign}${whole}${digits ? separator + digits : ''}`;
}

/** Which way a change goes, from its canonical decimal string; null for no change. */
export function changeDirection(value: string): 'up' | 'down' | null {
  if (value.startsWith('-')) return /[1-9]/.test(value) ? 'down' : null;
  return /[1-9]/.test(value) ? 'up' : null;
}

/**
 * A change with its sign ("+1,50", "-3,10", "0,00"), so its direction reads without the
 * colour the grid and the preview add.
 */
export function formatChange(value: string, separator: '.' | ',', minDecimals = 2): string {
  const shown = formatDecimal(value, separator, minDecimals);
  return changeDirection(value) === 'up' ? `+${shown}` : shown;
}
