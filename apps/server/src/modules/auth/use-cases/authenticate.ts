import { API_TOKEN_PREFIX } from '@saimnieks/contracts/auth';
import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.ts';
import { hashSecret } from '../../../platform/auth/secrets.ts';
import { type Clock, rigaDay } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import {
  findApiTokenByHash,
  findPersonById,
  findSession,
  heldRoles,
  touchApiToken,
  touchSession,
} from '../auth.repository.ts';
import type { SessionSettings } from './open-session.ts';

// Writing last_seen_at (or last_used_at) on every request would make every read a write; a minute
// is precise enough for a 30-minute idle timeout and for "when was this token last used".
const TOUCH_AFTER_MS = 60_000;

/** The person behind a session or a token, with today's roles; nobody when deactivated. */
async function principalOf(
  db: Kysely<DB>,
  personId: string,
  now: Date,
  via: Principal['via'],
): Promise<Principal | null> {
  const person = await findPersonById(db, personId);
  if (!person?.active) return null;
  return {
    person: {
      id: person.id,
      name: person.name,
      email: person.email,
      organisationId: person.organisation_id,
      isAdministrator: person.is_administrator,
    },
    roles: await heldRoles(db, person.id, rigaDay(now)),
    via,
  };
}

const isStale = (lastTouched: Date | null, now: Date) =>
  !lastTouched || now.getTime() - lastTouched.getTime() >= TOUCH_AFTER_MS;

/**
 * Finds who a session cookie belongs to. An unknown, revoked, idle or expired session, or one
 * whose person was deactivated, is nobody.
 */
export function makeAuthenticateSession({
  db,
  clock,
  session,
}: {
  db: Kysely<DB>;
  clock: Clock;
  session: SessionSettings;
}) {
  return async function authenticateSession(token: string): Promise<Principal | null> {
    const now = clock.now();
    const tokenHash = hashSecret(token);
    const row = await findSession(db, tokenHash);
    if (!row || row.revoked_at || row.expires_at <= now) return null;
    if (now.getTime() - row.last_seen_at.getTime() >= session.idleMinutes * 60_000) return null;
    const principal = await principalOf(db, row.person_id, now, {
      kind: 'session',
      tokenHash,
      csrfToken: row.csrf_token,
      expiresAt: row.expires_at,
    });
    if (principal && isStale(row.last_seen_at, now)) await touchSession(db, tokenHash, now);
    return principal;
  };
}

/**
 * Finds who a personal API token belongs to. An unknown, revoked or expired token, or one whose
 * person was deactivated, is nobody.
 */
export function makeAuthenticateApiToken({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return async function authenticateApiToken(secret: string): Promise<Principal | null> {
    if (!secret.startsWith(API_TOKEN_PREFIX)) return null;
    const now = clock.now();
    const row = await findApiTokenByHash(db, hashSecret(secret));
    if (!row || row.revoked_at || row.expires_at <= now) return null;
    const principal = await principalOf(db, row.person_id, now, { kind: 'token', tokenId: row.id });
    if (principal && isStale(row.last_used_at, now)) await touchApiToken(db, row.id, now);
    return principal;
  };
}
