import { diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import { ConflictError, ForbiddenError } from '../../../platform/errors/errors.ts';
import { auditedFields } from '../people.mapper.ts';
import { findPersonForUpdate, lockActiveAdministrators, updatePerson } from '../people.repository.ts';
import { assertVersion, personNotFound } from '../people.rules.ts';
import type { Acting, PeopleDependencies } from './dependencies.ts';

/**
 * Grants or revokes the technical administrator capability. Only an administrator may, and the
 * last active administrator keeps it, so the product never loses the person who can fix it.
 */
export function makeSetAdministrator({ db, clock }: Pick<PeopleDependencies, 'db' | 'clock'>) {
  return async function setAdministrator(
    id: string,
    { isAdministrator, version }: { isAdministrator: boolean; version: number },
    { principal, context }: Acting,
  ) {
    if (!principal.person.isAdministrator) {
      throw new ForbiddenError('forbidden', 'Only an administrator may grant or revoke the administrator capability');
    }
    const now = clock.now();
    return db.transaction().execute(async (trx) => {
      const administrators = await lockActiveAdministrators(trx);
      const before = await findPersonForUpdate(trx, id);
      if (!before) throw personNotFound(id);
      assertVersion(before.version, version);
      if (before.is_administrator === isAdministrator) return before;
      if (isAdministrator && !before.active) {
        throw new ConflictError('person-inactive', 'The person is deactivated; reactivate them first');
      }
      if (!isAdministrator && before.active && administrators.every((administrator) => administrator.id === id)) {
        throw new ConflictError('last-administrator', 'The person is the last active administrator');
      }
      const after = await updatePerson(trx, id, { is_administrator: isAdministrator, updated_at: now });
      await recordAudit(
        trx,
        context,
        {
          action: 'person.administrator',
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
