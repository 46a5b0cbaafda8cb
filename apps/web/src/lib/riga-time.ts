/**
 * Riga wall-clock time and instants: what a `datetime-local` or `date` input holds is meant in Europe/Riga, while
 * the API speaks UTC. Intl knows the zone's rules, summer time included, so no time-zone library is needed.
 */
const TIME_ZONE = 'Europe/Riga';

const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The wall clock in Riga at an instant, as milliseconds of a UTC clock showing the same figures. */
function rigaWallClock(instant: number): number {
  const found = parts.formatToParts(new Date(instant));
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(found.find((part) => part.type === type)?.value);
  return Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'), value('second'));
}

/** `2026-11-27T10:00` in Riga as an ISO instant (`2026-11-27T08:00:00.000Z`); undefined when not such a value. */
export function rigaLocalToInstant(local: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the guessed instant; a second pass settles guesses that fell on the other side of a change.
  let instant = wall - (rigaWallClock(wall) - wall);
  instant = wall - (rigaWallClock(instant) - instant);
  return new Date(instant).toISOString();
}

/** Today's date in Riga, `2026-11-27`. */
export function todayInRiga(now: Date = new Date()): string {
  return new Date(rigaWallClock(now.getTime())).toISOString().slice(0, 10);
}
