import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { assertMayManageCredentials } from '../auth.policy.ts';
import { findOpenSessions } from '../auth.repository.ts';
import type { SessionSettings } from './open-session.ts';

/** The signed-in person's sessions that would still let someone in: not revoked, expired or idle. */
export function makeReadSessions({ db, clock, session }: { db: Kysely<DB>; clock: Clock; session: SessionSettings }) {
  return async function readMySessions(principal: Principal) {
    assertMayManageCredentials(principal);
    const now = clock.now();
    const seenSince = new Date(now.getTime() - session.idleMinutes * 60_000);
    return findOpenSessions(db, principal.person.id, now, seenSince);
  };
}
