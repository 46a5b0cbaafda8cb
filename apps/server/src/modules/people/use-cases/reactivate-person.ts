import { diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import { ConflictError } from '../../../platform/errors/errors.ts';
import { auditedFields } from '../people.mapper.ts';
import { lockPersonForChange } from '../people.policy.ts';
import { updatePerson } from '../people.repository.ts';
import type { Acting, PeopleDependencies } from './dependencies.ts';

/** Reactivates a person; they sign in again with their password or ask for a reset link. */
export function makeReactivatePerson({ db, clock }: Pick<PeopleDependencies, 'db' | 'clock'>) {
  return async function reactivatePerson(id: string, version: number, { principal, context }: Acting) {
    const now = clock.now();
    return db.transaction().execute(async (trx) => {
      const before = await lockPersonForChange(trx, principal, id, version);
      if (before.active) throw new ConflictError('already-active', 'The person is active already');
      const after = await updatePerson(trx, id, { active: true, updated_at: now });
      await recordAudit(
        trx,
        context,
        {
          action: 'person.reactivate',
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
