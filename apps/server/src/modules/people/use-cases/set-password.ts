import { type AuditContext, recordAudit } from '../../../platform/audit/audit.ts';
import { hashPassword } from '../../../platform/auth/password.ts';
import { hashSecret } from '../../../platform/auth/secrets.ts';
import { ConflictError } from '../../../platform/errors/errors.ts';
import { checkOneTimeToken, redeemOneTimeToken } from '../one-time-tokens.ts';
import {
  findOneTimeToken,
  findPerson,
  findPersonForUpdate,
  revokeAccess,
  updatePerson,
  useOneTimeTokens,
} from '../people.repository.ts';
import { assertPasswordAllowed } from '../people.rules.ts';
import type { PeopleDependencies } from './dependencies.ts';

const PURPOSES = ['invitation', 'password-reset'] as const;
const accountInactive = () => new ConflictError('person-inactive', 'The account is deactivated');

/**
 * Sets a person's password with an invitation or reset link. The link and every other unused
 * link of the person stop working, and so do their sessions, except the one making the request
 * when it is theirs.
 */
export function makeSetPassword({ db, clock }: Pick<PeopleDependencies, 'db' | 'clock'>) {
  return async function setPassword(
    { token, password }: { token: string; password: string },
    origin: Omit<AuditContext, 'actor'>,
    currentSession?: { personId: string; tokenHash: string },
  ) {
    const now = clock.now();
    // The policy needs the person's name and email, and hashing is slow: both happen before the
    // transaction, which then checks the link again under a lock.
    const preview = await findOneTimeToken(db, hashSecret(token));
    checkOneTimeToken(preview, [...PURPOSES], now);
    const owner = preview.person_id ? await findPerson(db, preview.person_id) : undefined;
    if (!owner?.active) throw accountInactive();
    await assertPasswordAllowed(password, owner);
    const passwordHash = await hashPassword(password);

    await db.transaction().execute(async (trx) => {
      const link = await redeemOneTimeToken(trx, token, [...PURPOSES], now);
      const person = link.person_id ? await findPersonForUpdate(trx, link.person_id) : undefined;
      if (!person?.active) throw accountInactive();
      const hadPassword = person.password_hash !== null;
      await updatePerson(trx, person.id, { password_hash: passwordHash, updated_at: now });
      await useOneTimeTokens(trx, person.id, [...PURPOSES], now);
      await revokeAccess(trx, person.id, now, {
        keepSessionHash: currentSession?.personId === person.id ? currentSession.tokenHash : undefined,
        tokens: false,
      });
      await recordAudit(
        trx,
        { ...origin, actor: { kind: 'person', personId: person.id, label: person.name } },
        {
          action: 'person.password-set',
          entityType: 'person',
          entityId: person.id,
          changes: { passwordSet: { before: hadPassword, after: true }, link: { before: null, after: link.purpose } },
        },
        now,
      );
    });
  };
}
