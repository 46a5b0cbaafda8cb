import type { Language } from '@saimnieks/contracts/language';
import type { CatalogueSettings, Gates, ManagementDegree } from '@saimnieks/contracts/services';
import type { Kysely } from 'kysely';
import type { AuditContext } from '../../../platform/audit/audit.ts';
import type { Principal } from '../../../platform/auth/principal.ts';
import { rigaDay } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../../platform/errors/errors.ts';
import { involvementsIn } from '../../model/index.ts';
import { makeOrganisationAccess } from '../../organisations/index.ts';
import { toService, toServiceSummary } from '../services.mapper.ts';
import {
  canApprove,
  canDescribe,
  canManagePortfolio,
  canSeeService,
  DESCRIPTION_TASK,
  PORTFOLIO_TASK,
  type ServicePermissions,
  type ServicePlacement,
  serviceScopes,
} from '../services.policy.ts';
import {
  findPeopleNames,
  findServiceForUpdate,
  findServiceView,
  findSettings,
  findWorkingDescription,
  holdersOf,
  type ServiceView,
} from '../services.repository.ts';

/** Who acts: a signed-in person, or the system itself (start-up, demo data). */
export type Acting = { principal: Principal | 'system'; context: AuditContext };
export const personOf = (principal: Principal | 'system') => (principal === 'system' ? null : principal.person.id);

export const serviceNotFound = (id: string) => new NotFoundError('service-not-found', `No service ${id}`);
export const staleService = (now: number, yours: number) =>
  new ConflictError(
    'stale-version',
    `The service was changed meanwhile (now version ${now}, yours ${yours}); reload and try again`,
  );

export const placementOf = (view: Pick<ServiceView, 'id' | 'holder_id' | 'holder_path'>): ServicePlacement => ({
  id: view.id,
  holderId: view.holder_id,
  holderPath: view.holder_path,
});

/** Which roles the current responsibility matrix gives each act on services. */
export async function loadPermissions(db: Kysely<DB>): Promise<ServicePermissions> {
  const rows = await involvementsIn(db, [PORTFOLIO_TASK, DESCRIPTION_TASK]);
  const rolesIn = (taskCode: string, involvements: string[]) =>
    rows
      .filter((row) => row.taskCode === taskCode && involvements.includes(row.involvement))
      .map((row) => row.roleCode);
  return {
    portfolio: rolesIn(PORTFOLIO_TASK, ['performs', 'approves']),
    describe: rolesIn(DESCRIPTION_TASK, ['performs', 'approves']),
    approve: rolesIn(DESCRIPTION_TASK, ['approves']),
  };
}

/** What the caller may see in SQL terms; undefined means everything. */
export function visibilityOf(db: Kysely<DB>, principal: Principal) {
  const organisations = makeOrganisationAccess({ db }).visibleScopes(principal);
  return organisations ? { organisations, services: serviceScopes(principal) } : undefined;
}

export const canSee = (db: Kysely<DB>, principal: Principal | 'system', view: ServiceView) =>
  principal === 'system' ||
  canSeeService(principal, makeOrganisationAccess({ db }).visibleScopes(principal), placementOf(view));

/** A service the caller may see, or 404: another organisation's service does not exist for them. */
export async function loadVisibleService(db: Kysely<DB>, principal: Principal | 'system', id: string) {
  const view = await findServiceView(db, id);
  if (!view || !canSee(db, principal, view)) throw serviceNotFound(id);
  return view;
}

/**
 * Locks a service for a change: 404 when the caller cannot see it, 403 when `allowed` says no,
 * 409 when `version` is given and stale. Returns the locked row's view.
 */
export async function lockService(
  trx: Kysely<DB>,
  principal: Principal | 'system',
  id: string,
  {
    version: expected,
    allowed,
  }: {
    version?: number;
    allowed: (principal: Principal, permissions: ServicePermissions, placement: ServicePlacement) => boolean;
  },
) {
  const row = await findServiceForUpdate(trx, id);
  const view = row && (await findServiceView(trx, id));
  if (!view || !canSee(trx, principal, view)) throw serviceNotFound(id);
  if (principal !== 'system' && !allowed(principal, await loadPermissions(trx), placementOf(view))) {
    throw new ForbiddenError('forbidden', 'You may not do this with this service');
  }
  if (expected !== undefined && view.version !== expected) throw staleService(view.version, expected);
  return view;
}

/** Services in a list as `principal` sees them, each saying whether they may manage it. */
export async function presentServices(
  db: Kysely<DB>,
  principal: Principal,
  views: ServiceView[],
  language: Language,
  now: Date,
) {
  const today = rigaDay(now);
  const owners = await holdersOf(
    db,
    'R05',
    views.map((view) => view.id),
    today,
  );
  const permissions = await loadPermissions(db);
  return views.map((view) =>
    toServiceSummary(view, {
      language,
      today,
      owners: owners.filter((owner) => owner.scope_id === view.id).map(({ id, name }) => ({ id, name })),
      mayChangePortfolio: canManagePortfolio(principal, permissions, placementOf(view)),
    }),
  );
}

/** One service as `principal` sees it, with what they may do with it. */
export async function presentService(
  db: Kysely<DB>,
  principal: Principal | 'system',
  view: ServiceView,
  language: Language,
  now: Date,
) {
  const today = rigaDay(now);
  const [owners, portfolioOwners, names, permissions, working] = await Promise.all([
    holdersOf(db, 'R05', [view.id], today),
    holdersOf(db, 'R04', [view.holder_id], today),
    findPeopleNames(db, [view.assured_by]),
    loadPermissions(db),
    findWorkingDescription(db, view.id),
  ]);
  const placement = placementOf(view);
  const person = principal === 'system' ? undefined : principal;
  const ref = ({ id, name }: { id: string; name: string }) => ({ id, name });
  const mayChangePortfolio = !!person && canManagePortfolio(person, permissions, placement);
  return toService(view, {
    language,
    mayChangePortfolio,
    today,
    owners: owners.map(ref),
    portfolioOwners: portfolioOwners.map(ref),
    assuredBy: view.assured_by ? { id: view.assured_by, name: names.get(view.assured_by) ?? '' } : null,
    may: {
      changePortfolio: mayChangePortfolio,
      describe: !!person && canDescribe(person, permissions, placement),
      approve:
        !!person && working?.status === 'in_review' && canApprove(person, permissions, placement, working.submitted_by),
    },
  });
}

export async function readSettings(db: Kysely<DB>): Promise<CatalogueSettings & { version: number }> {
  const row = await findSettings(db);
  return {
    gates: row.gates as Gates,
    reviewIntervalMonths: row.review_interval_months,
    managementDegrees: row.management_degrees as ManagementDegree[],
    version: row.version,
  };
}

/** The day a review falls due: `months` after `day`, clamped to the end of a shorter month. */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}
