import type { Language } from '@saimnieks/contracts/language';
import type { RecipientGroup, RecipientNeed } from '@saimnieks/contracts/recipients';
import type { Kysely } from 'kysely';
import type { AuditContext } from '../../../platform/audit/audit.ts';
import type { Principal } from '../../../platform/auth/principal.ts';
import type { DB } from '../../../platform/db/database.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../platform/errors/errors.ts';
import { makeOrganisationAccess } from '../../organisations/index.ts';
import { toLinkedService, toRecipientGroup, toRecipientNeed } from '../recipients.mapper.ts';
import { canSeeService } from '../recipients.policy.ts';
import {
  findGroupView,
  findNeed,
  findNeedServiceLinks,
  findNeedsOfGroups,
  findServicePlaces,
  type GroupView,
  lockGroup,
  type NeedRow,
} from '../recipients.repository.ts';

export interface Acting {
  principal: Principal;
  context: AuditContext;
}

export const groupNotFound = (id: string) => new NotFoundError('recipient-group-not-found', `No recipient group ${id}`);
export const needNotFound = (id: string) =>
  new NotFoundError('recipient-need-not-found', `No need ${id} in this group`);
export const staleVersion = (what: string, now: number, yours: number) =>
  new ConflictError(
    'stale-version',
    `The ${what} was changed meanwhile (now version ${now}, yours ${yours}); reload and try again`,
  );

/** A group the caller may see, or 404: another organisation's group does not exist for them. */
export async function loadVisibleGroup(db: Kysely<DB>, principal: Principal, id: string) {
  const view = await findGroupView(db, id);
  if (!view || !(await makeOrganisationAccess({ db }).canSee(principal, view.organisation_id))) throw groupNotFound(id);
  return view;
}

/**
 * Locks a group for a change to it or its needs: 404 when the caller cannot see it, 403 when they
 * may not change it, 409 when it is archived or (with `version`) stale.
 */
export async function lockGroupForChange(trx: Kysely<DB>, principal: Principal, id: string, version?: number) {
  const locked = await lockGroup(trx, id);
  const view = locked && (await loadVisibleGroup(trx, principal, id));
  if (!view) throw groupNotFound(id);
  if (!(await makeOrganisationAccess({ db: trx }).canManage(principal, view.organisation_id))) {
    throw new ForbiddenError('forbidden', "You may not change this organisation's recipient groups");
  }
  if (view.archived) throw new ConflictError('recipient-group-archived', 'The recipient group is archived');
  if (version !== undefined && view.version !== version) throw staleVersion('recipient group', view.version, version);
  return view;
}

/**
 * A need of a group locked by lockGroupForChange, which serialises changes to its needs: 404 when
 * the group has no such need, 409 when `version` is stale.
 */
export async function loadNeedForChange(trx: Kysely<DB>, groupId: string, needId: string, version: number) {
  const need = await findNeed(trx, groupId, needId);
  if (!need) throw needNotFound(needId);
  if (need.version !== version) throw staleVersion('need', need.version, version);
  return need;
}

/**
 * The services a need is to link, checked: each must exist and be one the caller may see, else
 * 400 naming its place in `serviceIds`.
 */
export async function assertLinkableServices(db: Kysely<DB>, principal: Principal, serviceIds: readonly string[]) {
  const visibleOrganisations = makeOrganisationAccess({ db }).visibleScopes(principal);
  const places = new Map((await findServicePlaces(db, [...serviceIds])).map((place) => [place.id, place]));
  const errors = serviceIds.flatMap((id, index) => {
    const place = places.get(id);
    return place && canSeeService(principal, visibleOrganisations, place)
      ? []
      : [{ field: `serviceIds.${index}`, in: 'body' as const, rule: 'unknown_service', message: 'no such service' }];
  });
  if (errors.length > 0) throw new ValidationError('A linked service does not exist', errors);
}

/** The services of a need the caller may not see: a change by them leaves these links alone. */
export async function hiddenServiceIds(db: Kysely<DB>, principal: Principal, serviceIds: readonly string[]) {
  const visibleOrganisations = makeOrganisationAccess({ db }).visibleScopes(principal);
  const places = await findServicePlaces(db, [...serviceIds]);
  return places.filter((place) => !canSeeService(principal, visibleOrganisations, place)).map((place) => place.id);
}

/** The needs as the caller sees them: their linked services split into those shown and a count of the others. */
export async function presentNeeds(
  db: Kysely<DB>,
  principal: Principal,
  needs: NeedRow[],
  language: Language,
): Promise<Map<string, RecipientNeed>> {
  const links = await findNeedServiceLinks(
    db,
    needs.map((need) => need.id),
  );
  const places = new Map(
    (await findServicePlaces(db, [...new Set(links.map((link) => link.service_id))])).map((place) => [place.id, place]),
  );
  const visibleOrganisations = makeOrganisationAccess({ db }).visibleScopes(principal);
  return new Map(
    needs.map((need) => {
      const ids = new Set(links.flatMap((link) => (link.need_id === need.id ? [link.service_id] : [])));
      const linked = [...places.values()].filter((place) => ids.has(place.id));
      const shown = linked.filter((place) => canSeeService(principal, visibleOrganisations, place));
      return [
        need.id,
        toRecipientNeed(need, {
          services: shown.map((place) => toLinkedService(place, language)),
          hiddenServices: linked.length - shown.length,
          language,
        }),
      ];
    }),
  );
}

export async function presentNeed(db: Kysely<DB>, principal: Principal, need: NeedRow, language: Language) {
  return (await presentNeeds(db, principal, [need], language)).get(need.id) as RecipientNeed;
}

/** Groups as the caller sees them, with their needs and whether the caller may change them. */
export async function presentGroups(
  db: Kysely<DB>,
  principal: Principal,
  views: GroupView[],
  language: Language,
): Promise<RecipientGroup[]> {
  const access = makeOrganisationAccess({ db });
  const needs = await findNeedsOfGroups(
    db,
    views.map((view) => view.id),
  );
  const presented = await presentNeeds(db, principal, needs, language);
  const organisationIds = [...new Set(views.map((view) => view.organisation_id))];
  const managed = new Set(
    (
      await Promise.all(organisationIds.map(async (id) => ((await access.canManage(principal, id)) ? [id] : [])))
    ).flat(),
  );
  return views.map((view) =>
    toRecipientGroup(view, {
      needs: needs.flatMap((need) => (need.group_id === view.id ? [presented.get(need.id) as RecipientNeed] : [])),
      mayChange: managed.has(view.organisation_id) && !view.archived,
      language,
    }),
  );
}

export async function presentGroup(db: Kysely<DB>, principal: Principal, view: GroupView, language: Language) {
  const [group] = await presentGroups(db, principal, [view], language);
  return group as RecipientGroup;
}
