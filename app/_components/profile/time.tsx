import { formatDate, formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';

/** A calendar date (YYYY-MM-DD) in words, machine-readable in its <time>. */
export function DateText({ date, locale }: { date: string; locale: Locale }) {
  return <time dateTime={date}>{formatDate(date, locale)}</time>;
}

/** An instant in Rome time, machine-readable in its <time>. */
export function DateTimeText({ iso, locale }: { iso: string; locale: Locale }) {
  return <time dateTime={iso}>{formatDateTime(iso, locale)}</time>;
}

const ROME = 'Europe/Rome';
const tag = (locale: Locale) => (locale === 'it' ? 'it-IT' : 'en-GB');
const romeDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: ROME, dateStyle: 'short' }).format(new Date(iso));
const romeTime = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(tag(locale), { hour: '2-digit', minute: '2-digit', timeZone: ROME }).format(new Date(iso));

/**
 * When an event runs, in Rome time: "mar 15 set 2026, 18:30 – 20:30" on one day, both
 * instants in full when it spans days.
 */
export function EventTime({ startsAt, endsAt, locale }: { startsAt: string; endsAt?: string | null; locale: Locale }) {
  if (!endsAt) return <DateTimeText iso={startsAt} locale={locale} />;
  const sameDay = romeDay(startsAt) === romeDay(endsAt);
  return (
    <>
      <DateTimeText iso={startsAt} locale={locale} />
      {' – '}
      {sameDay ? <time dateTime={endsAt}>{romeTime(endsAt, locale)}</time> : <DateTimeText iso={endsAt} locale={locale} />}
    </>
  );
}

/** "dal 1 marzo 2014 fino al 3 giugno 2020", or the part that is known; nothing when neither is. */
export function Period({
  since,
  until,
  locale,
  words,
}: {
  since?: string | null;
  until?: string | null;
  locale: Locale;
  words: { since: string; until: string };
}) {
  if (!since && !until) return null;
  return (
    <>
      {since && (
        <>
          {words.since} <DateText date={since} locale={locale} />
        </>
      )}
      {since && until && ' '}
      {until && (
        <>
          {words.until} <DateText date={until} locale={locale} />
        </>
      )}
    </>
  );
}
