import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.ts';
import { hashSecret } from '../../../platform/auth/secrets.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { findPersonById, findSession, heldRoles, touchSession } from '../auth.repository.ts';
import type { SessionSettings } from './sign-in.ts';

// Writing last_seen_at on every request would make every read a write; a minute is precise enough
// for a 30-minute idle timeout.
const TOUCH_AFTER_MS = 60_000;

/** A calendar day in Riga, where role validity dates are meant. */
export const rigaDay = (instant: Date) => instant.toLocaleDateString('sv-SE', { timeZone: 'Europe/Riga' });

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
    const person = await findPersonById(db, row.person_id);
    if (!person?.active) return null;
    if (now.getTime() - row.last_seen_at.getTime() >= TOUCH_AFTER_MS) await touchSession(db, tokenHash, now);
    return {
      person: {
        id: person.id,
        name: person.name,
        email: person.email,
        organisationId: person.organisation_id,
        isAdministrator: person.is_administrator,
      },
      roles: await heldRoles(db, person.id, rigaDay(now)),
      via: { kind: 'session', tokenHash, csrfToken: row.csrf_token, expiresAt: row.expires_at },
    };
  };
}
