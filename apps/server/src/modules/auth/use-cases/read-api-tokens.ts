import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.ts';
import type { DB } from '../../../platform/db/database.ts';
import { assertMayManageCredentials } from '../auth.policy.ts';
import { findApiTokensOf } from '../auth.repository.ts';

/** The signed-in person's tokens, newest first, revoked and expired ones included. */
export function makeReadApiTokens({ db }: { db: Kysely<DB> }) {
  return async function readMyApiTokens(principal: Principal) {
    assertMayManageCredentials(principal);
    return findApiTokensOf(db, principal.person.id);
  };
}
