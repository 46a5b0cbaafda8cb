import type { RoleCode, SessionInfo } from '@saimnieks/contracts/auth';

/**
 * What the signed-in person may do in the portfolio where the API does not say it for a record (a service tells
 * its own `may`, a listed one its `mayChangePortfolio`): enough to keep the pages from offering what would surely be refused. Who manages a portfolio
 * follows the responsibility matrix (PU2-1), so any role held at an organisation may; the server decides.
 */
const PORTFOLIO_ROLES: readonly RoleCode[] = ['R01', 'R02', 'R03', 'R04'];

const managesSomePortfolio = (session: SessionInfo) =>
  session.person.isAdministrator ||
  session.roles.some((role) => role.scopeKind === 'organisation' && PORTFOLIO_ROLES.includes(role.roleCode));

/** Adds services to a portfolio. */
export const mayAddServices = managesSomePortfolio;

/** The portfolio's rules belong to the state lead institution, and the administrator who sets things up. */
export const mayChangeSettings = (session: SessionInfo) =>
  session.person.isAdministrator || session.roles.some((role) => role.roleCode === 'R01');
