import type { Kysely } from 'kysely';
import type { AuditContext } from '../../../platform/audit/audit.ts';
import { hashPassword, verifyPassword } from '../../../platform/auth/password.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { UnauthenticatedError } from '../../../platform/errors/errors.ts';
import { findPersonByEmail } from '../auth.repository.ts';
import { assertNotBlocked, clearFailures, recordFailure, SIGN_IN_RULES } from '../throttle.ts';
import { openSession, type SessionSettings } from './open-session.ts';

// Verifying against a real hash when the account does not exist keeps the answer time the same,
// so timing does not tell which emails have accounts.
const decoyHash = hashPassword('decoy password never used');

/**
 * Signs a person in with email and password and opens a session. Failures count against the
 * account and the address; past the limit both answer 429 until the block ends, even with the
 * right password.
 */
export function makeSignIn({ db, clock, session }: { db: Kysely<DB>; clock: Clock; session: SessionSettings }) {
  return async function signIn(input: { email: string; password: string }, context: Omit<AuditContext, 'actor'>) {
    const now = clock.now();
    const accountKey = `account:${input.email.toLowerCase()}`;
    const keyed = [
      { key: accountKey, rule: SIGN_IN_RULES.account },
      { key: `address:${context.address ?? 'unknown'}`, rule: SIGN_IN_RULES.address },
    ];
    await assertNotBlocked(
      db,
      keyed.map((entry) => entry.key),
      now,
    );

    const person = await findPersonByEmail(db, input.email);
    const passwordMatches = await verifyPassword(input.password, person?.password_hash ?? (await decoyHash));
    if (!person?.active || !person.password_hash || !passwordMatches) {
      await recordFailure(db, keyed, now);
      throw new UnauthenticatedError('sign-in-failed', 'The email or the password is not right');
    }

    const token = await db.transaction().execute(async (trx) => {
      await clearFailures(trx, [accountKey]);
      return openSession(trx, { person, method: 'password', context, settings: session, now });
    });
    return { token, personId: person.id };
  };
}
