import { randomUUID } from 'node:crypto';
import { API_TOKEN_PREFIX } from '@saimnieks/contracts/auth';
import type { Kysely } from 'kysely';
import { type AuditContext, diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import type { Principal } from '../../../platform/auth/principal.ts';
import { hashSecret, randomSecret } from '../../../platform/auth/secrets.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { ConflictError } from '../../../platform/errors/errors.ts';
import { assertMayManageCredentials } from '../auth.policy.ts';
import { countUsableApiTokensOf, insertApiToken, lockPerson } from '../auth.repository.ts';

/** More usable tokens than this per person is a sign of tokens made and forgotten. */
export const MAX_USABLE_API_TOKENS = 20;
const DAY_MS = 86_400_000;

/**
 * Creates a personal API token for the signed-in person. The secret is returned once and stored
 * only as its hash; the prefix makes a leaked one recognisable.
 */
export function makeCreateApiToken({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return async function createApiToken(
    input: { name: string; expiresInDays: number },
    { principal, context }: { principal: Principal; context: AuditContext },
  ) {
    assertMayManageCredentials(principal);
    const now = clock.now();
    const secret = `${API_TOKEN_PREFIX}${randomSecret()}`;
    const row = await db.transaction().execute(async (trx) => {
      // Counting and inserting for one person are serialised by locking the person's row.
      await lockPerson(trx, principal.person.id);
      if ((await countUsableApiTokensOf(trx, principal.person.id, now)) >= MAX_USABLE_API_TOKENS) {
        throw new ConflictError(
          'too-many-tokens',
          `You have ${MAX_USABLE_API_TOKENS} usable tokens already; revoke one you no longer use first`,
        );
      }
      const created = await insertApiToken(trx, {
        id: randomUUID(),
        person_id: principal.person.id,
        name: input.name,
        token_hash: hashSecret(secret),
        created_at: now,
        expires_at: new Date(now.getTime() + input.expiresInDays * DAY_MS),
      });
      await recordAudit(
        trx,
        context,
        {
          action: 'api-token.create',
          entityType: 'api_token',
          entityId: created.id,
          changes: diffOf(null, { personId: created.person_id, name: created.name, expiresAt: created.expires_at }),
        },
        now,
      );
      return created;
    });
    return { row, secret };
  };
}
