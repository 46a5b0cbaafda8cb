import type { RoleCode, SessionInfo } from '@saimnieks/contracts/auth';
import type { Approver, ServiceSummary } from '@saimnieks/contracts/services';

/**
 * What the signed-in person may do in the portfolio, as far as the pages need to know to offer it; the server
 * decides (services.policy.ts). A sector or municipality lead institution manages the portfolios under it, which
 * the page cannot tell without the tree: it offers them the changes and the server answers.
 */
const holds = (session: SessionInfo, roleCodes: readonly RoleCode[], scopeId?: string) =>
  session.roles.some(
    (role) => roleCodes.includes(role.roleCode) && (scopeId === undefined || role.scopeId === scopeId),
  );

const seesEverything = (session: SessionInfo) => session.person.isAdministrator || holds(session, ['R01']);

type Placed = Pick<ServiceSummary, 'id' | 'holder'>;

const isPortfolioOwner = (session: SessionInfo, service: Placed) => holds(session, ['R04'], service.holder.id);
const isServiceOwner = (session: SessionInfo, service: Placed) => holds(session, ['R05'], service.id);

/** Adds services to portfolios: the administrator, R01, R02 and R03 under them, R04 at their institution. */
export const mayAddServices = (session: SessionInfo) =>
  seesEverything(session) || holds(session, ['R02', 'R03', 'R04']);

/** Moves a service through its lifecycle: whoever manages the portfolio, and the service owner. */
export const mayMoveThroughLifecycle = (session: SessionInfo, service: Placed) =>
  seesEverything(session) ||
  holds(session, ['R02', 'R03']) ||
  isPortfolioOwner(session, service) ||
  isServiceOwner(session, service);

/** Writes, submits and publishes the description: the portfolio owner and the service owner. */
export const mayDescribe = (session: SessionInfo, service: Placed) =>
  isPortfolioOwner(session, service) || isServiceOwner(session, service);

/** Approves a submitted description as the rules say; never what one submitted oneself. */
export function mayApprove(session: SessionInfo, service: Placed, approver: Approver, submittedBy: string | undefined) {
  if (submittedBy === session.person.id) return false;
  if (approver === 'portfolio_owner') return isPortfolioOwner(session, service);
  if (approver === 'service_owner') return isServiceOwner(session, service);
  return mayDescribe(session, service);
}

/** The portfolio's rules belong to the state lead institution. */
export const mayChangeSettings = seesEverything;
