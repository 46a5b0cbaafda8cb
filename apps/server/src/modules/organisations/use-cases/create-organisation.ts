import { randomUUID } from 'node:crypto';
import type { OrganisationCreate } from '@saimnieks/contracts/organisations';
import type { Kysely } from 'kysely';
import { type AuditContext, diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import type { Principal } from '../../../platform/auth/principal.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { ForbiddenError, ValidationError } from '../../../platform/errors/errors.ts';
import { auditedFields } from '../organisations.mapper.ts';
import { canManage, canSee } from '../organisations.policy.ts';
import { findOrganisation, insertOrganisation } from '../organisations.repository.ts';
import { assertAtuCode, assertParentKind, rethrowDuplicate } from '../organisations.rules.ts';

/** `system` creates without a person: only start-up does, for the state itself. */
export type Acting = { principal: Principal; context: AuditContext } | { principal: 'system'; context: AuditContext };

export function makeCreateOrganisation({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return async function createOrganisation(input: OrganisationCreate, { principal, context }: Acting) {
    const now = clock.now();
    try {
      return await db.transaction().execute(async (trx) => {
        const parent = input.parentId ? await findOrganisation(trx, input.parentId) : undefined;
        if (input.parentId && (!parent || (principal !== 'system' && !canSee(principal, parent)))) {
          throw new ValidationError('The parent organisation does not exist', [
            { field: 'parentId', in: 'body', rule: 'unknown_organisation', message: 'no such organisation' },
          ]);
        }
        assertParentKind(input.kind, parent);
        assertAtuCode(input.kind, input.atuCode);
        if (principal !== 'system') {
          const allowed = parent ? canManage(principal, parent, true) : principal.person.isAdministrator;
          if (!allowed) throw new ForbiddenError('forbidden', 'You may not create organisations here');
        }
        if (parent?.status === 'archived') {
          throw new ValidationError('The parent organisation is archived', [
            { field: 'parentId', in: 'body', rule: 'archived', message: 'is archived' },
          ]);
        }
        const id = randomUUID();
        const row = await insertOrganisation(trx, {
          id,
          kind: input.kind,
          parent_id: parent?.id ?? null,
          ancestor_ids: [...(parent?.ancestor_ids ?? []), id],
          name_lv: input.names.lv,
          name_en: input.names.en,
          short_name: input.shortName,
          registration_number: input.registrationNumber,
          atu_code: input.atuCode,
          email: input.contact.email,
          phone: input.contact.phone,
          address: input.contact.address,
          website: input.contact.website,
          created_at: now,
          updated_at: now,
        });
        await recordAudit(
          trx,
          context,
          {
            action: 'organisation.create',
            entityType: 'organisation',
            entityId: id,
            changes: diffOf(null, auditedFields(row)),
          },
          now,
        );
        return row;
      });
    } catch (error) {
      return rethrowDuplicate(error);
    }
  };
}
