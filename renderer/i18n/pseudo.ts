/**
 * The pseudo-locale's text: English with every letter accented and about 30 % added, in
 * brackets, so a string that skipped the catalogue stands out as plain English and a label
 * too long for its place shows where it is cut. Placeholders ({{count}}) stay as they are.
 */
const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ĺ', M: 'Ṁ',
  N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

export function pseudoLocalize(text: string): string {
  // Placeholders and the text between them, accenting only the text.
  const accented = text
    .split(/(\{\{[^}]*\}\})/)
    .map((part) => (part.startsWith('{{') ? part : [...part].map((ch) => ACCENTED[ch] ?? ch).join('')))
    .join('');
  const letters = text.replace(/\{\{[^}]*\}\}/g, '').length;
  const padding = '~'.repeat(Math.ceil(letters * 0.3));
  return `[${accented}${padding}]`;
}

/** A catalogue with every string pseudo-localised, keys unchanged. */
export function pseudoCatalogue<T>(catalogue: T): T {
  if (typeof catalogue === 'string') return pseudoLocalize(catalogue) as T;
  return Object.fromEntries(Object.entries(catalogue as Record<string, unknown>).map(([k, v]) => [k, pseudoCatalogue(v)])) as T;
}
