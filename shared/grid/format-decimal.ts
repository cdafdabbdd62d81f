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
