import type { Locale } from './messages';

/** The community lives in Rome: instants are shown in its time zone whatever the server's. */
const TIME_ZONE = 'Europe/Rome';

const tag = (locale: Locale) => (locale === 'it' ? 'it-IT' : 'en-GB');

/** A calendar date (YYYY-MM-DD) as "15 settembre 2026" / "15 September 2026". */
export function formatDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** An instant as "mar 15 set 2026, 18:30" in Rome time. */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

/** A number with the locale's separators. */
export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(tag(locale)).format(n);
}
