import { recordAudit } from '../../../platform/audit/audit.ts';
import { ConflictError, ForbiddenError } from '../../../platform/errors/errors.ts';
import { makeOrganisationAccess } from '../../organisations/index.ts';
import { invitationMessage } from '../messages.ts';
import { issueOneTimeToken, linkTo } from '../one-time-tokens.ts';
import { canSeePerson } from '../people.policy.ts';
import { findPersonForUpdate, useOneTimeTokens } from '../people.repository.ts';
import { personNotFound } from '../people.rules.ts';
import type { Acting, PeopleDependencies } from './dependencies.ts';

/** Sends a new invitation link to a person who has not set a password; earlier invitation links stop working. */
export function makeResendInvitation({ db, clock, mailer, publicUrl }: PeopleDependencies) {
  return async function resendInvitation(id: string, { principal, context }: Acting) {
    const now = clock.now();
    const { row, token } = await db.transaction().execute(async (trx) => {
      const row = await findPersonForUpdate(trx, id);
      if (!row || !(await canSeePerson(trx, principal, row))) throw personNotFound(id);
      if (!(await makeOrganisationAccess({ db: trx }).canManage(principal, row.organisation_id))) {
        throw new ForbiddenError('forbidden', 'You may not invite the people of this organisation');
      }
      if (!row.active) throw new ConflictError('person-inactive', 'The person is deactivated; reactivate them first');
      if (row.password_hash) {
        throw new ConflictError(
          'password-set-already',
          'The person has set a password already; they can ask for a reset link themselves',
        );
      }
      await useOneTimeTokens(trx, id, ['invitation'], now);
      const token = await issueOneTimeToken(trx, 'invitation', id, now);
      await recordAudit(
        trx,
        context,
        { action: 'person.invite', entityType: 'person', entityId: id, changes: {} },
        now,
      );
      return { row, token };
    });
    await mailer.deliver(invitationMessage(row, linkTo(publicUrl, 'invitation', token)));
  };
}
