import type { SignInMethod } from '@saimnieks/contracts/auth';
import type { Kysely } from 'kysely';
import { type AuditContext, diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import { hashSecret, randomSecret } from '../../../platform/auth/secrets.ts';
import type { DB } from '../../../platform/db/database.ts';
import { insertSession } from '../auth.repository.ts';

export interface SessionSettings {
  idleMinutes: number;
  absoluteHours: number;
}

/**
 * Opens a session for a person who has just proved who they are, however they did it, and records
 * it in the audit trail. Call it inside the transaction of the sign-in. Returns the cookie's token,
 * which exists nowhere else: the table keeps only its hash.
 */
export async function openSession(
  trx: Kysely<DB>,
  {
    person,
    method,
    context,
    settings,
    now,
  }: {
    person: { id: string; name: string };
    method: SignInMethod;
    context: Omit<AuditContext, 'actor'>;
    settings: SessionSettings;
    now: Date;
  },
): Promise<string> {
  const token = randomSecret();
  const { id } = await insertSession(trx, {
    token_hash: hashSecret(token),
    person_id: person.id,
    csrf_token: randomSecret(),
    method,
    created_at: now,
    last_seen_at: now,
    expires_at: new Date(now.getTime() + settings.absoluteHours * 3_600_000),
    address: context.address,
    user_agent: context.userAgent,
  });
  await recordAudit(
    trx,
    { ...context, actor: { kind: 'person', personId: person.id, label: person.name } },
    {
      action: 'session.open',
      entityType: 'person',
      entityId: person.id,
      changes: diffOf(null, { sessionId: id, method }),
    },
    now,
  );
  return token;
}
