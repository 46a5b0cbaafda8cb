import type { Language } from '@saimnieks/contracts/language';
import type { RecipientNeed, ServiceNeed } from '@saimnieks/contracts/recipients';
import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.ts';
import type { DB } from '../../../platform/db/database.ts';
import { NotFoundError } from '../../../platform/errors/errors.ts';
import { makeOrganisationAccess } from '../../organisations/index.ts';
import { toRecipientGroup } from '../recipients.mapper.ts';
import { canSeeService } from '../recipients.policy.ts';
import { findGroupViews, findNeedsOfService, findServicePlaces } from '../recipients.repository.ts';
import { presentNeeds } from './group-access.ts';

/** The needs a service meets, in the groups the caller may see; 404 for a service they may not see. */
export function makeReadServiceNeeds({ db }: { db: Kysely<DB> }) {
  return async function readServiceNeeds(
    principal: Principal,
    serviceId: string,
    language: Language,
  ): Promise<ServiceNeed[]> {
    const visibleOrganisations = makeOrganisationAccess({ db }).visibleScopes(principal);
    const [service] = await findServicePlaces(db, [serviceId]);
    if (!service || !canSeeService(principal, visibleOrganisations, service)) {
      throw new NotFoundError('service-not-found', `No service ${serviceId}`);
    }
    const needs = await findNeedsOfService(db, serviceId, visibleOrganisations);
    const groups = new Map(
      (await findGroupViews(db, [...new Set(needs.map((need) => need.group_id))])).map((view) => [
        view.id,
        toRecipientGroup(view, { needs: [], mayChange: false, language }),
      ]),
    );
    const presented = await presentNeeds(db, principal, needs, language);
    return needs.flatMap((need) => {
      const group = groups.get(need.group_id);
      if (!group) return [];
      const { id, name, organisation, archived } = group;
      return [{ need: presented.get(need.id) as RecipientNeed, group: { id, name, organisation, archived } }];
    });
  };
}
