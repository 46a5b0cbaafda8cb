import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/database.ts';
import { TooManyRequestsError } from '../../platform/errors/errors.ts';
import { clearSignInFailures, findSignInFailure, saveSignInFailure } from './auth.repository.ts';

/** How many failed sign-ins a key may have within the window before it is blocked. */
export interface ThrottleRule {
  maxFailures: number;
  windowMinutes: number;
  blockMinutes: number;
}

export const SIGN_IN_RULES: Record<'account' | 'address', ThrottleRule> = {
  account: { maxFailures: 5, windowMinutes: 15, blockMinutes: 15 },
  address: { maxFailures: 20, windowMinutes: 15, blockMinutes: 15 },
};

const MINUTE = 60_000;

/** Refuses with 429 and Retry-After while any of the keys is blocked. */
export async function assertNotBlocked(db: Kysely<DB>, keys: string[], now: Date) {
  for (const key of keys) {
    const row = await findSignInFailure(db, key);
    if (row?.blocked_until && row.blocked_until > now) {
      const seconds = Math.ceil((row.blocked_until.getTime() - now.getTime()) / 1000);
      throw new TooManyRequestsError(`Too many failed sign-ins; try again in ${seconds} seconds`, seconds);
    }
  }
}

/** Counts a failure against each key; blocks a key that reaches its rule's limit. */
export async function recordFailure(db: Kysely<DB>, keyed: { key: string; rule: ThrottleRule }[], now: Date) {
  for (const { key, rule } of keyed) {
    const row = await findSignInFailure(db, key);
    const windowOpen = row && now.getTime() - row.window_started_at.getTime() < rule.windowMinutes * MINUTE;
    const failures = windowOpen ? row.failures + 1 : 1;
    await saveSignInFailure(db, {
      key,
      failures,
      window_started_at: windowOpen ? row.window_started_at : now,
      blocked_until: failures >= rule.maxFailures ? new Date(now.getTime() + rule.blockMinutes * MINUTE) : null,
    });
  }
}

export async function clearFailures(db: Kysely<DB>, keys: string[]) {
  for (const key of keys) await clearSignInFailures(db, key);
}
