import type { OrganisationKind, OrganisationUpdate } from '@saimnieks/contracts/organisations';
import type { Kysely } from 'kysely';
import { type AuditContext, diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import type { Principal } from '../../../platform/auth/principal.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../platform/errors/errors.ts';
import { auditedFields } from '../organisations.mapper.ts';
import { canManage, canSee } from '../organisations.policy.ts';
import {
  findOrganisation,
  findOrganisationForUpdate,
  type OrganisationRow,
  rewriteDescendantPaths,
  updateOrganisation,
} from '../organisations.repository.ts';
import { assertAtuCode, assertParentKind, rethrowDuplicate } from '../organisations.rules.ts';

export const organisationNotFound = (id: string) =>
  new NotFoundError('organisation-not-found', `No organisation ${id}`);

/** Loads an organisation for a change: 404 when the caller cannot see it, 403 when they may not change it. */
export async function lockForChange(trx: Kysely<DB>, principal: Principal, id: string, version: number) {
  const row = await findOrganisationForUpdate(trx, id);
  if (!row || !canSee(principal, row)) throw organisationNotFound(id);
  if (!canManage(principal, row)) throw new ForbiddenError('forbidden', 'You may not change this organisation');
  if (row.version !== version) {
    throw new ConflictError(
      'stale-version',
      `The organisation was changed meanwhile (now version ${row.version}, yours ${version}); reload and try again`,
    );
  }
  return row;
}

export function makeUpdateOrganisation({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return async function updateOrganisationUseCase(
    id: string,
    input: OrganisationUpdate,
    { principal, context }: { principal: Principal; context: AuditContext },
  ) {
    const now = clock.now();
    try {
      return await db.transaction().execute(async (trx) => {
        const before = await lockForChange(trx, principal, id, input.version);
        const kind = before.kind as OrganisationKind;
        const changes: Partial<OrganisationRow> = { updated_at: now };
        if (input.names) Object.assign(changes, { name_lv: input.names.lv, name_en: input.names.en });
        if (input.shortName !== undefined) changes.short_name = input.shortName;
        if (input.registrationNumber !== undefined) changes.registration_number = input.registrationNumber;
        if (input.atuCode !== undefined) {
          assertAtuCode(kind, input.atuCode);
          changes.atu_code = input.atuCode;
        }
        if (input.contact) {
          const { email, phone, address, website } = input.contact;
          Object.assign(
            changes,
            Object.fromEntries(Object.entries({ email, phone, address, website }).filter(([, v]) => v !== undefined)),
          );
        }
        if (input.parentId !== undefined && input.parentId !== before.parent_id) {
          const parent = await findOrganisation(trx, input.parentId);
          if (!parent || !canSee(principal, parent)) {
            throw new ValidationError('The new parent organisation does not exist', [
              { field: 'parentId', in: 'body', rule: 'unknown_organisation', message: 'no such organisation' },
            ]);
          }
          if (parent.ancestor_ids.includes(id)) {
            throw new ConflictError('cycle', 'An organisation cannot be moved under itself or one of its descendants');
          }
          assertParentKind(kind, parent);
          if (!canManage(principal, parent, true)) {
            throw new ForbiddenError('forbidden', 'You may not move organisations under that parent');
          }
          const ancestors = [...parent.ancestor_ids, id];
          await rewriteDescendantPaths(trx, id, before.ancestor_ids, ancestors);
          Object.assign(changes, { parent_id: parent.id, ancestor_ids: ancestors });
        }
        const after = await updateOrganisation(trx, id, changes);
        await recordAudit(
          trx,
          context,
          {
            action: 'organisation.update',
            entityType: 'organisation',
            entityId: id,
            changes: diffOf(auditedFields(before), auditedFields(after)),
          },
          now,
        );
        return after;
      });
    } catch (error) {
      return rethrowDuplicate(error);
    }
  };
}
