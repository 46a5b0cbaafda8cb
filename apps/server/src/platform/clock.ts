/** The time source; tests pass their own to control expiry and timestamps. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The calendar day in Riga (YYYY-MM-DD), where dates such as role validity are meant. */
export const rigaDay = (instant: Date) => instant.toLocaleDateString('sv-SE', { timeZone: 'Europe/Riga' });
