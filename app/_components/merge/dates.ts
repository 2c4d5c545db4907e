/** Calendar days of the audit log's filter, read in Rome time (where the community lives). */

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function romeOffsetMinutes(instant: Date): number {
  const name =
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', timeZoneName: 'shortOffset' })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** The instant a Rome calendar day starts (null for anything but a valid YYYY-MM-DD). */
export function romeDayStart(day: string | undefined, plusDays = 0): string | null {
  if (!day || !DAY.test(day) || Number.isNaN(Date.parse(day))) return null;
  const utc = new Date(`${day}T00:00:00Z`);
  utc.setUTCDate(utc.getUTCDate() + plusDays);
  return new Date(utc.getTime() - romeOffsetMinutes(utc) * 60_000).toISOString();
}
