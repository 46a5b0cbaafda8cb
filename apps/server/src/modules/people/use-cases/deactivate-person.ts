import { diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import { ConflictError } from '../../../platform/errors/errors.ts';
import { auditedFields } from '../people.mapper.ts';
import { lockPersonForChange } from '../people.policy.ts';
import { lockActiveAdministrators, revokeAccess, updatePerson, useOneTimeTokens } from '../people.repository.ts';
import type { Acting, PeopleDependencies } from './dependencies.ts';

/**
 * Deactivates a person instead of deleting them, so history keeps their name. Their sessions,
 * API tokens and unused links end at once. Nobody deactivates themselves, and the last active
 * administrator stays.
 */
export function makeDeactivatePerson({ db, clock }: Pick<PeopleDependencies, 'db' | 'clock'>) {
  return async function deactivatePerson(id: string, version: number, { principal, context }: Acting) {
    const now = clock.now();
    return db.transaction().execute(async (trx) => {
      // Administrators first, then the person: every change that could remove an administrator
      // takes the locks in this order.
      const administrators = await lockActiveAdministrators(trx);
      const before = await lockPersonForChange(trx, principal, id, version);
      if (id === principal.person.id) {
        throw new ConflictError('cannot-deactivate-self', 'You cannot deactivate yourself; ask another manager');
      }
      if (!before.active) throw new ConflictError('already-inactive', 'The person is deactivated already');
      if (before.is_administrator && administrators.every((administrator) => administrator.id === id)) {
        throw new ConflictError('last-administrator', 'The person is the last active administrator');
      }
      const after = await updatePerson(trx, id, { active: false, updated_at: now });
      await revokeAccess(trx, id, now, { tokens: true });
      await useOneTimeTokens(trx, id, ['invitation', 'password-reset'], now);
      await recordAudit(
        trx,
        context,
        {
          action: 'person.deactivate',
          entityType: 'person',
          entityId: id,
          changes: diffOf(auditedFields(before), auditedFields(after)),
        },
        now,
      );
      return after;
    });
  };
}
