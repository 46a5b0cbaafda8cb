import type { PersonUpdate } from '@saimnieks/contracts/people';
import { diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import { invitationMessage } from '../messages.ts';
import { issueOneTimeToken, linkTo } from '../one-time-tokens.ts';
import { auditedFields } from '../people.mapper.ts';
import { assertMayManagePeopleIn, lockPersonForChange } from '../people.policy.ts';
import { type PersonRow, updatePerson, useOneTimeTokens } from '../people.repository.ts';
import { rethrowDuplicate } from '../people.rules.ts';
import type { Acting, PeopleDependencies } from './dependencies.ts';

/**
 * Changes a person's name, email or organisation; moving them needs the right to manage both
 * organisations. A new email voids the links sent to the old one (it may have been a typing
 * mistake, and someone else's mailbox); a person still invited gets a new invitation there.
 */
export function makeUpdatePerson({ db, clock, mailer, publicUrl }: PeopleDependencies) {
  return async function updatePersonUseCase(id: string, input: PersonUpdate, { principal, context }: Acting) {
    const now = clock.now();
    const { after, invitation } = await db
      .transaction()
      .execute(async (trx) => {
        const before = await lockPersonForChange(trx, principal, id, input.version);
        const changes: Partial<PersonRow> = { updated_at: now };
        if (input.name !== undefined) changes.name = input.name;
        if (input.email !== undefined) changes.email = input.email;
        if (input.organisationId !== undefined && input.organisationId !== before.organisation_id) {
          await assertMayManagePeopleIn(trx, principal, input.organisationId);
          changes.organisation_id = input.organisationId;
        }
        const after = await updatePerson(trx, id, changes);
        let invitation: string | undefined;
        if (after.email.toLowerCase() !== before.email.toLowerCase()) {
          await useOneTimeTokens(trx, id, ['invitation', 'password-reset'], now);
          if (after.active && after.password_hash === null) {
            invitation = await issueOneTimeToken(trx, 'invitation', id, now);
          }
        }
        await recordAudit(
          trx,
          context,
          {
            action: 'person.update',
            entityType: 'person',
            entityId: id,
            changes: diffOf(auditedFields(before), auditedFields(after)),
          },
          now,
        );
        return { after, invitation };
      })
      .catch(rethrowDuplicate);
    if (invitation) await mailer.deliver(invitationMessage(after, linkTo(publicUrl, 'invitation', invitation)));
    return after;
  };
}
