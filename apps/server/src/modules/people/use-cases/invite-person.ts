import { randomUUID } from 'node:crypto';
import type { PersonCreate } from '@saimnieks/contracts/people';
import { diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import { invitationMessage } from '../messages.ts';
import { issueOneTimeToken, linkTo } from '../one-time-tokens.ts';
import { auditedFields } from '../people.mapper.ts';
import { assertMayManagePeopleIn } from '../people.policy.ts';
import { insertPerson } from '../people.repository.ts';
import { rethrowDuplicate } from '../people.rules.ts';
import type { Acting, PeopleDependencies } from './dependencies.ts';

/**
 * Invites a person: creates them without a password and sends them a one-time link (valid for
 * 7 days) to set one. The mail goes out after the person is committed; a failed delivery is
 * logged and the invitation can be sent again.
 */
export function makeInvitePerson({ db, clock, mailer, publicUrl }: PeopleDependencies) {
  return async function invitePerson(input: PersonCreate, { principal, context }: Acting) {
    const now = clock.now();
    const { row, token } = await db
      .transaction()
      .execute(async (trx) => {
        await assertMayManagePeopleIn(trx, principal, input.organisationId);
        const row = await insertPerson(trx, {
          id: randomUUID(),
          name: input.name,
          email: input.email,
          organisation_id: input.organisationId,
          created_at: now,
          updated_at: now,
        });
        const token = await issueOneTimeToken(trx, 'invitation', row.id, now);
        await recordAudit(
          trx,
          context,
          {
            action: 'person.create',
            entityType: 'person',
            entityId: row.id,
            changes: diffOf(null, auditedFields(row)),
          },
          now,
        );
        return { row, token };
      })
      .catch(rethrowDuplicate);
    await mailer.deliver(invitationMessage(row, linkTo(publicUrl, 'invitation', token)));
    return row;
  };
}
