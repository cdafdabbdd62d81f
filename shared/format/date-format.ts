/** Dates and times for people, in the same locale as the numbers (Intl.DateTimeFormat). */

const formats = new Map<string, Intl.DateTimeFormat>();

/** An ISO time as a short date and time in the locale ("29/11/2026, 20:15" in es-ES); the text itself when it is not a time. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = formats.get(locale);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
    } catch {
      format = new Intl.DateTimeFormat('en-US', { dateStyle: 'short', timeStyle: 'short' });
    }
    formats.set(locale, format);
  }
  return format.format(date);
}
