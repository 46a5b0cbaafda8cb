import { randomUUID } from 'node:crypto';
import type { RecipientGroupCreate } from '@saimnieks/contracts/recipients';
import type { Kysely } from 'kysely';
import { diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { ForbiddenError, ValidationError } from '../../../platform/errors/errors.ts';
import { makeOrganisationAccess } from '../../organisations/index.ts';
import { auditedGroupFields } from '../recipients.mapper.ts';
import { findGroupView, type GroupView, insertGroup } from '../recipients.repository.ts';
import type { Acting } from './group-access.ts';

/** Only those who serve recipients directly keep recipient groups: institutions and municipalities. */
const KEEPS_GROUPS = ['institution', 'municipality'];

const organisationError = (rule: string, message: string) =>
  new ValidationError(`The organisation ${message}`, [{ field: 'organisationId', in: 'body', rule, message }]);

export function makeCreateRecipientGroup({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return async function createRecipientGroup(input: RecipientGroupCreate, { principal, context }: Acting) {
    const now = clock.now();
    return db.transaction().execute(async (trx): Promise<GroupView> => {
      const access = makeOrganisationAccess({ db: trx });
      const organisation = await access.findOrganisation(input.organisationId);
      if (!organisation || !(await access.canSee(principal, organisation.id))) {
        throw organisationError('unknown_organisation', 'no such organisation');
      }
      if (!KEEPS_GROUPS.includes(organisation.kind)) {
        throw organisationError('institution_or_municipality', 'must be an institution or a municipality');
      }
      if (!(await access.canManage(principal, organisation.id))) {
        throw new ForbiddenError('forbidden', "You may not change this organisation's recipient groups");
      }
      if (organisation.status === 'archived') throw organisationError('archived', 'is archived');
      const { id } = await insertGroup(trx, {
        id: randomUUID(),
        organisation_id: organisation.id,
        name_lv: input.names.lv,
        name_en: input.names.en,
        description_lv: input.descriptions?.lv ?? null,
        description_en: input.descriptions?.en ?? null,
        audience: input.audience,
        size_estimate: input.sizeEstimate,
        created_at: now,
        updated_at: now,
      });
      const created = (await findGroupView(trx, id)) as GroupView;
      await recordAudit(
        trx,
        context,
        {
          action: 'recipient-group.create',
          entityType: 'recipient_group',
          entityId: id,
          changes: diffOf(null, auditedGroupFields(created)),
        },
        now,
      );
      return created;
    });
  };
}
